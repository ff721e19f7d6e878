// One simulated annotator for bench:load: signs in as the browser does, then repeats a
// realistic mix of edits (create, retag, attribute edit, delete) and reads (the workspace
// page, the proposition board) on its own documents, with an exponential think time between
// actions. Each annotator writes only its own layer, so every 409 or 5xx is a real error.
import type { Client } from "../../tests/support/http-client";

export type Action = "create" | "retag" | "attributes" | "delete" | "workspace" | "board";
export const SAVE_ACTIONS: readonly Action[] = ["create", "retag", "attributes", "delete"];

// Weights of the mix: adding spans dominates; a tenth of the actions read a page.
const MIX: [Action, number][] = [
  ["create", 45],
  ["retag", 15],
  ["attributes", 15],
  ["delete", 10],
  ["workspace", 12],
  ["board", 3],
];
const LABELS = ["claim", "quote", "measure", "date"];
const ATTRIBUTES: Record<string, Record<string, unknown>> = {
  claim: { holder: "Seoul", stance: "asserts", voice: "attributed", hedged: true },
  quote: { speaker: "a ministry spokesman", kind: "direct" },
  measure: { value: 30, unit: "percent" },
  date: { value: "2019-07" },
};

export interface Sample {
  action: Action;
  at: number;
  ms: number;
  status: number;
  ok: boolean;
}

interface OwnSpan {
  id: string;
  documentId: string;
  label: string;
  start: number;
  end: number;
  version: number;
}

export interface LoadTarget {
  docs: { id: string; text: string }[];
  boardPath: string;
}

export interface Tally {
  created: number;
  deleted: number;
}

export class LoadAnnotator {
  private spans: OwnSpan[] = [];
  private used = new Set<string>();
  private n = 0;

  constructor(
    private readonly client: Client,
    private readonly target: LoadTarget,
    private readonly rand: () => number,
    readonly tally: Tally,
  ) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }

  private nextAction(savesOnly: boolean): Action {
    const mix = savesOnly ? MIX.filter(([a]) => SAVE_ACTIONS.includes(a)) : MIX;
    let r = this.rand() * mix.reduce((s, [, w]) => s + w, 0);
    for (const [a, w] of mix) if ((r -= w) < 0) return this.spans.length === 0 && a !== "workspace" && a !== "board" ? "create" : a;
    return "create";
  }

  private key(documentId: string, label: string, start: number, end: number) {
    return `${documentId}|${label}|${start}|${end}`;
  }

  /** One action; returns its sample. Texts are ASCII, so string indexes are code points. */
  async act(savesOnly = false): Promise<Sample> {
    const action = this.nextAction(savesOnly);
    const at = performance.now();
    const done = (status: number, ok: boolean): Sample => ({ action, at, ms: performance.now() - at, status, ok });
    const c = this.client;
    if (action === "create") {
      const doc = this.pick(this.target.docs);
      let label: string, start: number, end: number;
      do {
        label = this.pick(LABELS);
        start = Math.floor(this.rand() * (doc.text.length - 80));
        end = start + 4 + Math.floor(this.rand() * 70);
      } while (this.used.has(this.key(doc.id, label, start, end)));
      const res = await c.json("POST", `/api/documents/${doc.id}/annotations`, { label, start, end, text: doc.text.slice(start, end) });
      if (res.status === 201) {
        this.used.add(this.key(doc.id, label, start, end));
        this.spans.push({ id: res.body.annotation.id, documentId: doc.id, label, start, end, version: res.body.annotation.version });
        this.tally.created++;
      }
      return done(res.status, res.status === 201);
    }
    if (action === "retag" || action === "attributes") {
      const s = this.pick(this.spans);
      let body: Record<string, unknown>;
      if (action === "retag") {
        const label = LABELS.find((l) => l !== s.label && !this.used.has(this.key(s.documentId, l, s.start, s.end)));
        if (!label) return this.act(savesOnly);
        body = { version: s.version, label };
      } else body = { version: s.version, attributes: ATTRIBUTES[s.label], note: `edit ${++this.n}` };
      const res = await c.json("PATCH", `/api/annotations/${s.id}`, body);
      if (res.status === 200) {
        if (action === "retag") {
          this.used.delete(this.key(s.documentId, s.label, s.start, s.end));
          s.label = String(body.label);
          this.used.add(this.key(s.documentId, s.label, s.start, s.end));
        }
        s.version = res.body.annotation.version;
      }
      return done(res.status, res.status === 200);
    }
    if (action === "delete") {
      const i = Math.floor(this.rand() * this.spans.length);
      const s = this.spans[i];
      const res = await c.fetch(`/api/annotations/${s.id}?version=${s.version}`, { method: "DELETE" });
      await res.arrayBuffer();
      if (res.status === 204) {
        this.spans.splice(i, 1);
        this.used.delete(this.key(s.documentId, s.label, s.start, s.end));
        this.tally.deleted++;
      }
      return done(res.status, res.status === 204);
    }
    const path = action === "workspace" ? `/documents/${this.pick(this.target.docs).id}` : this.target.boardPath;
    const res = await c.fetch(path);
    await res.arrayBuffer();
    return done(res.status, res.status === 200);
  }
}
