// The evaluation's items: the demo's claims (each document's working layer, gold where
// adjudicated, else annotator 1's, the layers the demo links from) with their 14 links, the
// written set in ./cases (tune, held-out), the fresh set in ./fresh-cases, the second fresh
// set in ./fresh2-cases, the third in ./fresh3-cases, the fourth in ./fresh4-cases and the fifth
// in ./fresh5-cases and the sixth in ./fresh6-cases (tuning sets now; fresh6 was written blind on
// 2026-12-04 and measured with pass 7), and the seventh in ./fresh7-cases (written blind on
// 2026-12-07, measured with passes 7 and 8, a tuning set since), and the eighth in ./fresh8-cases
// (written blind on 2026-12-07, measured with pass 9, a tuning set since 2026-12-07), and the ninth
// in ./fresh9-cases (written blind on 2026-12-07, measured with pass 10, a tuning set since
// 2026-12-08), and the tenth in ./fresh10-cases (written blind on 2026-12-08, measured with pass
// 11, a tuning set since), and the eleventh in ./fresh11-cases (written blind on 2026-12-08; held
// out: LINKING_HELD_OUT), each appended
// after the ones before so that filtering them out leaves the earlier sets exactly as they were.
// Claims carry holder, voice and the outlet's perspective.
import fs from "node:fs";
import path from "node:path";
import { normalizeText } from "../../lib/domain/text/text";
import { resolveDemoAnnotations } from "../../lib/server/demo/demo-annotations";
import { EVAL_CLAIMS, EXTRA_PROPOSITIONS, type EvalClaim, type WrittenSet } from "./cases";
import { FRESH_CLAIMS } from "./fresh-cases";
import { FRESH2_CLAIMS } from "./fresh2-cases";
import { FRESH3_CLAIMS } from "./fresh3-cases";
import { FRESH4_CLAIMS } from "./fresh4-cases";
import { FRESH5_CLAIMS } from "./fresh5-cases";
import { FRESH6_CLAIMS } from "./fresh6-cases";
import { FRESH7_CLAIMS } from "./fresh7-cases";
import { FRESH8_CLAIMS } from "./fresh8-cases";
import { FRESH9_CLAIMS } from "./fresh9-cases";
import { FRESH10_CLAIMS } from "./fresh10-cases";
import { FRESH11_CLAIMS } from "./fresh11-cases";

export type Stance = "supports" | "refutes" | "reports";
export type SetName = "demo" | WrittenSet;

/**
 * The set written blind and not yet measured: reported only by `npm run eval:linking --
 * --report-<name>`, never with its errors, never fitted on (scripts/fit-*.ts). null between a
 * closing measurement (after which the set becomes a tuning set) and the next blind set.
 */
export const LINKING_HELD_OUT: SetName | null = "fresh11";

export interface ItemClaim {
  id: string;
  text: string;
  holder: string | null;
  voice: string | null;
  denies: boolean;
  perspective: string;
  document: string;
  /** Proposition key and stance when the claim is about one. */
  proposition: string | null;
  stance: Stance | null;
  set: SetName;
  kind: "demo-link" | "demo-other" | "paraphrase" | "distractor";
}

export interface ItemProposition {
  key: string;
  statement: string;
}

export function loadEvalData(): { claims: ItemClaim[]; propositions: ItemProposition[] } {
  const dir = path.join(process.cwd(), "prisma", "demo");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "corpus", "manifest.json"), "utf8")).documents as {
    file: string;
    perspective: string;
  }[];
  const texts = new Map(manifest.map((m) => [m.file, normalizeText(fs.readFileSync(path.join(dir, "corpus", m.file), "utf8"))]));
  const demo = resolveDemoAnnotations(JSON.parse(fs.readFileSync(path.join(dir, "annotations.json"), "utf8")), texts);
  const claims: ItemClaim[] = [];
  for (const d of demo.documents) {
    const layer = d.gold ? "gold" : "a1";
    const spans = layer === "gold" ? d.gold! : d.layers[layer];
    for (const s of spans.filter((x) => x.label === "claim")) {
      const link = demo.propositions
        .flatMap((p) => p.links.map((l) => ({ p, l })))
        .find(({ l }) => l.file === d.file && l.layer === layer && l.span.start === s.start && l.span.end === s.end);
      const a = s.attributes;
      claims.push({
        id: `demo:${d.file}:${s.start}`,
        text: s.text,
        holder: (a.holder as string) ?? null,
        voice: (a.voice as string) ?? null,
        denies: a.stance === "denies",
        perspective: manifest.find((m) => m.file === d.file)!.perspective,
        document: d.file,
        proposition: link?.p.key ?? null,
        stance: (link?.l.stance as Stance) ?? null,
        set: "demo",
        kind: link ? "demo-link" : "demo-other",
      });
    }
  }
  const written = (prefix: string) => (c: EvalClaim, i: number) => {
    claims.push({
      id: `${prefix}:${i}`,
      text: c.text,
      holder: c.holder,
      voice: null,
      denies: false,
      perspective: c.perspective,
      document: `${prefix}-${i}`,
      proposition: c.proposition,
      stance: c.stance,
      set: c.split,
      kind: c.kind,
    });
  };
  EVAL_CLAIMS.forEach(written("eval"));
  FRESH_CLAIMS.forEach(written("fresh"));
  FRESH2_CLAIMS.forEach(written("fresh2"));
  FRESH3_CLAIMS.forEach(written("fresh3"));
  FRESH4_CLAIMS.forEach(written("fresh4"));
  FRESH5_CLAIMS.forEach(written("fresh5"));
  FRESH6_CLAIMS.forEach(written("fresh6"));
  FRESH7_CLAIMS.forEach(written("fresh7"));
  FRESH8_CLAIMS.forEach(written("fresh8"));
  FRESH9_CLAIMS.forEach(written("fresh9"));
  FRESH10_CLAIMS.forEach(written("fresh10"));
  FRESH11_CLAIMS.forEach(written("fresh11"));
  const propositions = [...demo.propositions.map((p) => ({ key: p.key, statement: p.statement })), ...EXTRA_PROPOSITIONS];
  return { claims, propositions };
}
