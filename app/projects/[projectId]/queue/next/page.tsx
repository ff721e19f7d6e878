import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { myQueue } from "@/lib/server/projects/assignments";

export const metadata: Metadata = { title: "Next document" };

/**
 * "Next document": the first document of my queue still to finish (in progress, then to do,
 * in queue order) other than the one I came from (?after=); or a page saying there is none.
 */
export default async function NextInQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ after?: string }>;
}) {
  const { projectId } = await params;
  const { after } = await searchParams;
  const scope = await pageProjectScope(projectId);
  const queue = await myQueue(scope);
  const next = queue.find((q) => q.status !== "done" && q.documentId !== after);
  if (next) redirect(`/documents/${next.documentId}`);
  return (
    <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900" data-testid="queue-finished">
      <p className="font-medium">Nothing else is waiting in your queue.</p>
      <p className="mt-1">
        {queue.length === 0 ? "Nothing is assigned to you in this project yet." : "Every other document assigned to you is marked done."}{" "}
        <Link href={`/projects/${projectId}/queue`} className="text-indigo-700 hover:underline">
          Back to my queue
        </Link>
      </p>
    </div>
  );
}
