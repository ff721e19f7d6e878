import Link from "next/link";
import { Badge } from "./ui/card";
import { DateText } from "./ui/date-text";

type Doc = { title: string; outlet: string; perspective: string; publishedAt: string | null; url: string; language: string };

export function DocumentHeader({ doc, projectId, children }: { doc: Doc; projectId: string; children?: React.ReactNode }) {
  return (
    <header className="mt-1">
      <h1 className="text-xl font-semibold" data-testid="document-title">
        {doc.title}
      </h1>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span>{doc.outlet || "Unknown outlet"}</span>
        <Badge tone="indigo">{doc.perspective}</Badge>
        <DateText value={doc.publishedAt} />
        <span className="text-slate-400">·</span>
        <span>{doc.language}</span>
        {doc.url && (
          <a href={doc.url} target="_blank" rel="noreferrer noopener" className="text-indigo-700 hover:underline">
            source ↗
          </a>
        )}
        <Link href={`/projects/${projectId}/guidelines`} target="_blank" className="text-indigo-700 hover:underline">
          guidelines ↗
        </Link>
        {children}
      </div>
    </header>
  );
}
