"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkspaceModel, ContentSnapshot } from "@/lib/client/workspace-model";
import { decideSuggestion, decideSuggestions, fetchSuggestions, type ClientSuggestion } from "@/lib/client/suggestion-requests";
import { stableSet } from "@/lib/client/stable-set";
import { allSuggestions, findSuggestion, MAX_BULK_DECISIONS, parseMatchId } from "@/lib/domain/suggest/suggestion-list";
import { LabeledRanges } from "@/lib/domain/suggest/labeled-ranges";

// The annotator's pending suggestions on this document and what they can do with them. A
// suggestion disappears as soon as it is decided here (optimistic; it comes back with a
// notice if the server refuses) or when the annotator's layer holds the same label over the
// same range (accepted, or tagged by hand). Accepting goes through the API, which creates the
// span with history; the model adopts it, so undo removes it like any other span.

export interface SuggestionsState {
  pending: readonly ClientSuggestion[];
  current: ClientSuggestion | null;
  counts: Record<string, number>;
  loading: boolean;
  move(dir: 1 | -1): void;
  accept(id?: string): void;
  reject(id?: string): void;
  acceptAll(label: string): void;
}

const POLL_MS = 2500;
const MAX_POLLS = 12;

/**
 * `inView` gives the code-point range of the paragraphs on screen (null: no text on screen),
 * for "accept all of this label" on screen.
 */
export function useSuggestions(
  documentId: string,
  model: WorkspaceModel,
  snap: ContentSnapshot,
  canAnnotate: boolean,
  inView: () => readonly [number, number] | null,
): SuggestionsState {
  const [all, setAll] = useState<ClientSuggestion[]>([]);
  const [loading, setLoading] = useState(true);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [currentId, setCurrentId] = useState<string | null>(null);

  useEffect(() => {
    let stop = false;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = "";
    const load = () =>
      fetchSuggestions(documentId).then((r) => {
        if (stop) return;
        setLoading(false);
        if (!r.ok) return;
        // A poll while the rule suggesters run mostly brings the same list again: reading it
        // into objects and re-bucketing costs ~0.5 s on 400,000 matches, so only a list whose
        // counts changed is read (rules arrive in one transaction per document, with `ready`).
        const signature = JSON.stringify([r.data.ready, r.data.counts]);
        if (signature !== seen) setAll(allSuggestions(r.data));
        seen = signature;
        // The rule suggesters run in the background after a document arrives: look again.
        if (!r.data.ready && ++polls < MAX_POLLS) timer = setTimeout(() => void load(), POLL_MS);
      });
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [documentId]);

  // Every span edit gives snap.spans a new identity, but seldom changes which suggestions are
  // pending: keep the previous array then, so that the highlights (keyed on it) are not all
  // redrawn per edit (bench:workspace: 4 s per add with 2,000 spans before this). The check
  // itself is one integer lookup per span: suggestions are indexed by start once per load, and
  // the list is filtered again only when the set of covered suggestions changes (a Set of
  // "label:start:end" strings over every span cost ~15 ms per edit at 2,000 spans).
  const byStart = useMemo(() => {
    const m = new Map<number, ClientSuggestion[]>();
    for (const s of all) (m.get(s.start) ?? m.set(s.start, []).get(s.start)!).push(s);
    return m;
  }, [all]);
  const previousCovered = useRef<ReadonlySet<string>>(new Set());
  const covered = useMemo(() => {
    const ids = new Set<string>();
    for (const span of snap.spans) {
      const at = byStart.get(span.start);
      if (at) for (const s of at) if (s.end === span.end && s.label === span.label) ids.add(s.id);
    }
    return stableSet(previousCovered.current, ids);
  }, [byStart, snap.spans]);
  previousCovered.current = covered;
  // String matches are taken out by label and range (what their ids name), so filtering
  // 400,000 of them never makes their ids; nothing to take out on a fresh load.
  const pending = useMemo(() => {
    if (!decided.size && !covered.size) return all;
    const matches = new LabeledRanges();
    const rules = new Set<string>();
    for (const id of [...decided, ...covered]) {
      const m = parseMatchId(id);
      if (m) matches.add(m.label, m.start, m.end);
      else rules.add(id);
    }
    return all.filter((s) => (s.source === "match" ? !matches.has(s.label, s.start, s.end) : !rules.has(s.id)));
  }, [all, decided, covered]);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const s of pending) c[s.label] = (c[s.label] ?? 0) + 1;
    return c;
  }, [pending]);
  const current = useMemo(() => findSuggestion(pending, currentId) ?? pending[0] ?? null, [pending, currentId]);

  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const currentRef = useRef(current);
  currentRef.current = current;

  const move = useCallback((dir: 1 | -1) => {
    const list = pendingRef.current;
    if (!list.length) return;
    const i = Math.max(0, currentRef.current ? list.indexOf(currentRef.current) : 0);
    setCurrentId(list[(i + dir + list.length) % list.length].id);
  }, []);

  /** After deciding `id`, the next pending suggestion becomes current. */
  const advancePast = useCallback((ids: ReadonlySet<string>) => {
    const list = pendingRef.current;
    const i = currentRef.current ? list.indexOf(currentRef.current) : -1;
    const next = list.slice(i + 1).find((s) => !ids.has(s.id)) ?? list.find((s) => !ids.has(s.id));
    setCurrentId(next?.id ?? null);
  }, []);

  /** Annotators decide; everyone else is told why nothing happens. */
  const mayDecide = useCallback(() => {
    if (!canAnnotate) model.notify("warn", "You are not an annotator on this project: suggestions are read-only here.");
    return canAnnotate;
  }, [canAnnotate, model]);

  const decide = useCallback(
    (ids: string[], decision: "accept" | "reject") => {
      if (!mayDecide()) return;
      if (!ids.length) return;
      const set = new Set(ids);
      advancePast(set);
      setDecided((d) => new Set([...d, ...ids]));
      for (const id of ids) {
        void decideSuggestion(documentId, id, decision).then((r) => {
          if (r.ok) {
            if (r.data.annotation) model.adopt(r.data.annotation);
            return;
          }
          setDecided((d) => new Set([...d].filter((x) => x !== id)));
          model.notify("error", `The suggestion could not be ${decision}ed: ${r.error.message}`);
        });
      }
    },
    [advancePast, documentId, mayDecide, model],
  );

  const accept = useCallback(
    (id?: string) =>
      decide(
        [id ?? currentRef.current?.id].filter((x): x is string => Boolean(x)),
        "accept",
      ),
    [decide],
  );
  const reject = useCallback(
    (id?: string) =>
      decide(
        [id ?? currentRef.current?.id].filter((x): x is string => Boolean(x)),
        "reject",
      ),
    [decide],
  );
  // Shift+A: every pending suggestion of the label on screen (the "in the view"; a
  // document-wide accept of 400,000 matches is nobody's intent), decided in bulk calls.
  const acceptAll = useCallback(
    (label: string) => {
      if (!mayDecide()) return;
      const view = inView();
      const chosen = view ? pendingRef.current.filter((s) => s.label === label && s.start < view[1] && s.end > view[0]) : [];
      if (!chosen.length) {
        model.notify("info", `No ${label} suggestion is on screen: scroll to some, or press n to go to the next.`);
        return;
      }
      const ids = chosen.map((s) => s.id);
      advancePast(new Set(ids));
      setDecided((d) => new Set([...d, ...ids]));
      for (let i = 0; i < ids.length; i += MAX_BULK_DECISIONS) {
        const batch = ids.slice(i, i + MAX_BULK_DECISIONS);
        void decideSuggestions(documentId, batch, "accept").then((r) => {
          const back = r.ok ? r.data.refused.map((x) => x.id) : batch;
          if (r.ok) for (const a of r.data.accepted) model.adopt(a.annotation);
          if (back.length) setDecided((d) => new Set([...d].filter((x) => !back.includes(x))));
          if (!r.ok) model.notify("error", `The suggestions could not be accepted: ${r.error.message}`);
          else if (r.data.refused.length)
            model.notify("warn", `${r.data.refused.length} of ${batch.length} could not be accepted: ${r.data.refused[0]?.message ?? ""}`);
          else
            model.notify(
              "info",
              `Accepted ${r.data.accepted.length} ${label} suggestion${r.data.accepted.length === 1 ? "" : "s"} on screen.`,
            );
        });
      }
    },
    [advancePast, documentId, inView, mayDecide, model],
  );

  return { pending, current, counts, loading, move, accept, reject, acceptAll };
}
