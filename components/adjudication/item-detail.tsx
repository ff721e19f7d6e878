"use client";
import type { ItemState } from "@/lib/domain/adjudication/adjudication-state";
import type { Span } from "@/lib/domain/spans/spans";
import { Button } from "@/components/ui/button";
import { KindBadge, LabelChip } from "./kind-badge";
import { DECISION_LABELS, type LabelInfo } from "./kinds";

const CONTEXT = 70; // code points of context shown on each side of a span

/** Context beside a span: whole words only, line breaks shown as ¶ so a snippet stays one paragraph. */
function contextText(text: string, side: "before" | "after", cut: boolean): string {
  let t = text;
  if (cut) t = side === "before" ? t.replace(/^\S*\s/, "") : t.replace(/\s\S*$/, "");
  return t.replace(/\s*\n\s*/g, " ¶ ");
}

export function SpanInContext({
  span,
  textOf,
  length,
}: {
  span: Pick<Span, "start" | "end">;
  textOf: (s: number, e: number) => string;
  length: number;
}) {
  const from = Math.max(0, span.start - CONTEXT);
  const to = Math.min(length, span.end + CONTEXT);
  return (
    <p className="text-sm leading-relaxed text-slate-500">
      {from > 0 && "… "}
      {contextText(textOf(from, span.start), "before", from > 0)}
      <mark className="whitespace-pre-wrap rounded bg-yellow-200 px-0.5 text-slate-900">{textOf(span.start, span.end)}</mark>
      {contextText(textOf(span.end, to), "after", to < length)}
      {to < length && " …"}
    </p>
  );
}

export function Attributes({ attributes, note }: { attributes: Record<string, unknown>; note?: string }) {
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0 && !note) return <p className="text-xs text-slate-400">no attributes</p>;
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {entries.map(([k, v]) => (
        <div key={k} className="flex gap-1">
          <dt className="text-slate-500">{k}</dt>
          <dd className="font-medium text-slate-800">{String(v)}</dd>
        </div>
      ))}
      {note && <div className="w-full text-slate-600">note: {note}</div>}
    </dl>
  );
}

/** A claim version's proposition links (they go into gold with the version). */
function Links({
  links,
  propositions,
}: {
  links: readonly { propositionId: string; stance: string }[] | undefined;
  propositions: Record<string, string>;
}) {
  if (!links || links.length === 0) return null;
  return (
    <ul className="mt-2 space-y-0.5 text-xs text-slate-700" data-testid="version-links">
      {links.map((l) => (
        <li key={l.propositionId}>
          <span className="font-medium">{l.stance}</span> “{propositions[l.propositionId] ?? l.propositionId}”
        </li>
      ))}
    </ul>
  );
}

function DecisionLine({ state, people }: { state: ItemState; people: Record<string, string> }) {
  const d = state.decision;
  if (!d)
    return (
      <p className="text-sm font-medium text-amber-700" data-testid="decision-status">
        Undecided: accept a version, edit, or reject.
      </p>
    );
  const version = d.version ? ` version ${d.version}` : "";
  const who = d.reviewerId ? (people[d.reviewerId] ?? "a reviewer") : "a reviewer";
  const what = d.recorded
    ? `${DECISION_LABELS[d.decision]}${version} by ${who}`
    : d.decision === "reject"
      ? "Left out of gold"
      : `In gold as${version || " a version"}`;
  return (
    <p className="text-sm font-medium text-emerald-800" data-testid="decision-status">
      {what}
      {!d.recorded && (
        <span className="font-normal text-slate-500"> (no recorded decision: gold imported or adjudicated before decisions were kept)</span>
      )}
      {d.decision !== "reject" && !d.gold && <span className="text-rose-700"> (its gold span was removed since)</span>}
    </p>
  );
}

export function ItemDetail({
  state,
  position,
  total,
  labels,
  people,
  propositions = {},
  textOf,
  length,
  readOnly,
  pending,
  onAccept,
  onEdit,
  onReject,
  onUndo,
}: {
  state: ItemState;
  /** proposition id → statement, for the versions' links. */
  propositions?: Record<string, string>;
  position: number;
  total: number;
  labels: readonly LabelInfo[];
  people: Record<string, string>;
  textOf: (s: number, e: number) => string;
  length: number;
  readOnly: boolean;
  pending: boolean;
  onAccept: (version: number) => void;
  onEdit: () => void;
  onReject: () => void;
  onUndo: () => void;
}) {
  const { item, decision } = state;
  const chosen = decision?.version ?? null;
  const disabled = readOnly || pending;
  return (
    <section aria-label="Current item" data-testid="item-detail" data-item-key={item.key}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold text-slate-900">
          Item {position} of {total}
        </h2>
        <KindBadge kind={item.kind} />
        <span className="text-xs tabular-nums text-slate-500">
          [{item.start}, {item.end})
        </span>
      </div>
      <div className="mt-1">
        <DecisionLine state={state} people={people} />
      </div>
      {item.missing.length > 0 && (
        <p className="mt-1 text-sm text-sky-800">Not marked by {item.missing.map((id) => people[id] ?? id).join(", ")}.</p>
      )}
      <ol className="mt-3 space-y-3">
        {item.versions.map((v, i) => (
          <li
            key={i}
            className={`rounded-lg border p-3 ${chosen === i + 1 ? "border-emerald-400 bg-emerald-50/50" : "border-slate-200 bg-white"}`}
            data-testid="version"
          >
            <div className="flex flex-wrap items-center gap-2">
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 text-xs font-semibold text-slate-700">{i + 1}</kbd>
              <LabelChip label={v.span.label} labels={labels} />
              <span className="text-xs tabular-nums text-slate-500">
                [{v.span.start}, {v.span.end})
              </span>
              <span className="text-xs text-slate-600">by {v.annotatorIds.map((id) => people[id] ?? id).join(", ")}</span>
              <Button
                size="sm"
                variant={chosen === i + 1 ? "secondary" : "primary"}
                className="ml-auto"
                disabled={disabled || chosen === i + 1}
                onClick={() => onAccept(i + 1)}
              >
                {chosen === i + 1 ? "Accepted" : `Accept (${i + 1})`}
              </Button>
            </div>
            <div className="mt-2">
              <SpanInContext span={v.span} textOf={textOf} length={length} />
            </div>
            <div className="mt-2">
              <Attributes attributes={v.span.attributes} note={v.span.note} />
            </div>
            <Links links={v.span.links} propositions={propositions} />
          </li>
        ))}
      </ol>
      {decision?.decision === "edit" && decision.gold && (
        <div className="mt-3 rounded-lg border border-indigo-300 bg-indigo-50/50 p-3">
          <div className="flex items-center gap-2 text-sm font-medium text-indigo-900">
            Gold (edited) <LabelChip label={decision.gold.label} labels={labels} />
            <span className="text-xs tabular-nums text-slate-500">
              [{decision.gold.start}, {decision.gold.end})
            </span>
          </div>
          <div className="mt-2">
            <SpanInContext span={decision.gold} textOf={textOf} length={length} />
          </div>
          <div className="mt-2">
            <Attributes attributes={decision.gold.attributes} note={decision.gold.note} />
          </div>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" disabled={disabled} onClick={onEdit}>
          Edit… (e)
        </Button>
        <Button variant="secondary" disabled={disabled || decision?.decision === "reject"} onClick={onReject}>
          Reject (x)
        </Button>
        <Button variant="ghost" className="disabled:opacity-40" disabled={disabled || !decision} onClick={onUndo}>
          Undo (u)
        </Button>
      </div>
    </section>
  );
}
