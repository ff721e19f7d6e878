import type { Metadata } from "next";
import Link from "next/link";
import { pageProjectScope } from "@/lib/server/access/page-guards";
import { listDocumentPage } from "@/lib/server/documents/document-page";
import { countAnnotationsByDocument } from "@/lib/server/annotations/annotation-counts";
import { annotatorStatuses } from "@/lib/server/documents/document-status";
import { AssignmentStatusBadge, DocumentStatusBadge } from "@/components/assignment/status-badge";
import { PERSPECTIVES } from "@/lib/domain/projects/perspectives";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { DateText } from "@/components/ui/date-text";
import { Pager, SortHeader } from "@/components/document-list-controls";
import { DOCUMENT_STATUSES, parseDocumentListQuery } from "@/lib/domain/projects/document-list-query";

export const metadata: Metadata = { title: "Documents" };

const STATUS_NAMES: Record<string, string> = { open: "Open", in_adjudication: "In adjudication", adjudicated: "Adjudicated" };

export default async function ProjectDocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await params;
  const query = parseDocumentListQuery(await searchParams);
  const scope = await pageProjectScope(projectId);
  // One page of documents, and counts and statuses for just those rows.
  const list = await listDocumentPage(scope, query);
  const { documents } = list;
  const ids = documents.map((d) => d.id);
  const [counts, statuses] = await Promise.all([countAnnotationsByDocument(scope, ids), annotatorStatuses(scope, ids)]);
  const base = `/projects/${projectId}`;
  const seeAll = scope.can("layers:read-all");
  const canReview = scope.can("review");
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <form className="flex flex-wrap items-end gap-2" role="search">
          <label className="text-sm">
            <span className="text-slate-600">Search titles and outlets</span>
            <TextInput name="q" defaultValue={query.q} placeholder="e.g. Pompeo" className="w-56" />
          </label>
          <label className="text-sm">
            <span className="text-slate-600">Perspective</span>
            <Select name="perspective" defaultValue={query.perspective} className="w-40">
              <option value="">All</option>
              {PERSPECTIVES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </label>
          <label className="text-sm">
            <span className="text-slate-600">Status</span>
            <Select name="status" defaultValue={query.status} className="w-44">
              <option value="">All</option>
              {DOCUMENT_STATUSES.map((st) => (
                <option key={st} value={st}>
                  {STATUS_NAMES[st]}
                </option>
              ))}
            </Select>
          </label>
          {query.sort !== "published" && <input type="hidden" name="sort" value={query.sort} />}
          {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
        {scope.can("documents:add") && (
          <Link
            href={`/projects/${projectId}/documents/new`}
            className="ml-auto rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-indigo-700"
          >
            Add documents
          </Link>
        )}
      </div>
      <DataTable
        testId="document-table"
        head={
          <>
            <SortHeader base={base} query={query} sort="title">
              Title
            </SortHeader>
            <SortHeader base={base} query={query} sort="outlet">
              Outlet
            </SortHeader>
            <th className="px-3 py-2">Perspective</th>
            <SortHeader base={base} query={query} sort="published">
              Published
            </SortHeader>
            <SortHeader base={base} query={query} sort="size" align="right">
              Size
            </SortHeader>
            {seeAll ? (
              <>
                <th className="px-3 py-2 text-right" title="Spans in every annotator's layer, added up">
                  Annotators&apos; spans
                </th>
                <th className="px-3 py-2 text-right" title="Spans in the adjudicated gold layer">
                  Gold spans
                </th>
              </>
            ) : (
              <th className="px-3 py-2 text-right" title="Spans in your own layer">
                My spans
              </th>
            )}
            <th className="px-3 py-2">Annotators</th>
            <th className="px-3 py-2">Status</th>
          </>
        }
      >
        <tbody className="divide-y divide-slate-100">
          {documents.map((d) => {
            const c = counts.get(d.id);
            return (
              <tr key={d.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link href={`/documents/${d.id}`} className="font-medium text-indigo-700 hover:underline">
                    {d.title}
                  </Link>
                </td>
                <td className="px-3 py-2 text-slate-700">{d.outlet}</td>
                <td className="px-3 py-2">
                  <Badge>{d.perspective}</Badge>
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                  <DateText value={d.publishedAt} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap text-slate-600">
                  {d.length.toLocaleString("en")} chars
                </td>
                {seeAll ? (
                  <>
                    <td className="px-3 py-2 text-right tabular-nums">{c?.all ?? 0}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{c?.gold ?? 0}</td>
                  </>
                ) : (
                  <td className="px-3 py-2 text-right tabular-nums">{c?.mine ?? 0}</td>
                )}
                <td className="px-3 py-2" data-testid="annotator-statuses">
                  <ul className="space-y-0.5 text-xs whitespace-nowrap text-slate-700">
                    {(statuses.get(d.id) ?? []).map((a) => (
                      <li key={a.userId} className="flex items-center gap-1.5">
                        {a.name} <AssignmentStatusBadge status={a.status} />
                      </li>
                    ))}
                  </ul>
                  {!statuses.get(d.id)?.length && <span className="text-xs text-slate-400">unassigned</span>}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <DocumentStatusBadge status={d.status} />
                  {canReview && (
                    <Link href={`/documents/${d.id}/review`} className="ml-2 text-xs font-medium text-indigo-700 hover:underline">
                      Review
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
          {documents.length === 0 && (
            <tr>
              <td colSpan={8} className="px-3 py-6 text-center text-slate-500">
                No documents match.
              </td>
            </tr>
          )}
        </tbody>
      </DataTable>
      <Pager base={base} query={query} {...list} />
    </div>
  );
}
