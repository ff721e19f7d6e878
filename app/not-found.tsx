import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">That page, project or document does not exist.</p>
      <Link href="/projects" className="mt-4 inline-block text-sm text-indigo-700 hover:underline">
        Back to your projects
      </Link>
    </div>
  );
}
