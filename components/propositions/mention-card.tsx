import Link from "next/link";
import type { MentionView } from "@/lib/views/propositions";
import { StanceBadge } from "./stance-badge";
import { STANCE_STYLE } from "./stance-style";
import { ClaimContext } from "./claim-context";
import { formatDay } from "./format";

/**
 * One linked claim on the board: stance, source, the claim in its context, and the claim's
 * own attributes (holder, voice, hedge). With `evidenceForm`, a checkbox belonging to that
 * form (HTML form="…") cites the mention as evidence of the reconciliation.
 */
export function MentionCard({ mention, cited, evidenceForm }: { mention: MentionView; cited: boolean; evidenceForm?: string }) {
  const style = STANCE_STYLE[mention.stance];
  return (
    <article
      id={`mention-${mention.annotationId}`}
      className="scroll-mt-20 rounded-md border border-slate-200 border-l-4 bg-white p-3 shadow-sm target:ring-2 target:ring-indigo-400"
      style={{ borderLeftColor: style.color }}
      data-testid="mention-card"
      data-annotation-id={mention.annotationId}
    >
      <div className="mb-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
        <StanceBadge stance={mention.stance} />
        <span className="font-semibold text-slate-700">{mention.outlet || "Unknown outlet"}</span>
        <span>{formatDay(mention.publishedAt)}</span>
      </div>
      {mention.context ? (
        <ClaimContext context={mention.context} tint={style.tint} />
      ) : (
        <p className="text-sm font-medium">{mention.text}</p>
      )}
      <div className="mt-2 flex flex-wrap gap-1 text-xs">
        <Attr label="held by" value={mention.holder ?? "—"} />
        <Attr
          value={mention.voice === "outlet" ? "outlet's own voice" : mention.voice === "attributed" ? "attributed" : "voice not set"}
          strong={mention.voice === "outlet"}
        />
        {mention.hedged && <Attr value="hedged" strong />}
        {mention.claimStance === "denies" && <Attr value="a denial" />}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
        <Link href={`/documents/${mention.documentId}`} className="truncate text-indigo-700 hover:underline" title={mention.documentTitle}>
          {mention.documentTitle}
        </Link>
        <span>layer: {mention.layerName}</span>
        {evidenceForm ? (
          <label className="ml-auto inline-flex cursor-pointer items-center gap-1 font-medium text-slate-700">
            <input
              type="checkbox"
              name="evidence"
              value={mention.annotationId}
              form={evidenceForm}
              defaultChecked={cited}
              className="h-3.5 w-3.5 accent-indigo-600"
              data-testid="evidence-checkbox"
            />
            cite as evidence
          </label>
        ) : (
          cited && <span className="ml-auto font-semibold text-indigo-700">★ cited as evidence</span>
        )}
      </div>
    </article>
  );
}

function Attr({ label, value, strong = false }: { label?: string; value: string; strong?: boolean }) {
  return (
    <span
      className={`rounded border px-1.5 py-0.5 ${strong ? "border-slate-400 bg-slate-100 font-semibold text-slate-800" : "border-slate-200 text-slate-600"}`}
    >
      {label && <span className="text-slate-400">{label} </span>}
      {value}
    </span>
  );
}
