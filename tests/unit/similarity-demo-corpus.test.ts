// Similarity ranking on the real demo annotations (prisma/demo/annotations.json), not on
// hand-copied sentences. Candidates are every claim of each document's working layer (gold
// where the reviewer adjudicated it, else annotator 1's layer: the layers the demo links
// from), ranked against the retaliation proposition's statement. Mentions are exactly the
// spans the demo links to it; every other claim is a distractor.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDemoAnnotations, type DemoSpan } from "@/lib/domain/demo-annotations";
import { normalizeText } from "@/lib/domain/text";
import { buildRanker, extractTerms } from "@/lib/domain/similarity";

const DEMO_DIR = path.join(__dirname, "..", "..", "prisma", "demo");
const manifest: { documents: { file: string }[] } = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, "corpus", "manifest.json"), "utf8"));
const texts = new Map(manifest.documents.map((d) => [d.file, normalizeText(fs.readFileSync(path.join(DEMO_DIR, "corpus", d.file), "utf8"))]));
const demo = resolveDemoAnnotations(JSON.parse(fs.readFileSync(path.join(DEMO_DIR, "annotations.json"), "utf8")), texts);

interface Claim {
  id: string;
  file: string;
  layer: string;
  span: DemoSpan;
}

const workingLayer = (d: (typeof demo.documents)[number]) => (d.gold ? "gold" : "a1");

const claims: Claim[] = demo.documents.flatMap((d) => {
  const layer = workingLayer(d);
  const spans = layer === "gold" ? d.gold! : d.layers[layer];
  return spans.filter((s) => s.label === "claim").map((span) => ({ id: `${d.file}|${span.start}|${span.end}`, file: d.file, layer, span }));
});

const linkedTo = (key: string) => (c: Claim) =>
  demo.propositions
    .find((p) => p.key === key)!
    .links.some((l) => l.file === c.file && l.layer === c.layer && l.span.start === c.span.start && l.span.end === c.span.end);

const retaliation = demo.propositions.find((p) => p.key === "retaliation")!;
const isRetaliation = linkedTo("retaliation");
const ranked = buildRanker(claims.map((c) => ({ id: c.id, text: c.span.text }))).rank(retaliation.statement, claims.length);
const rank = new Map(ranked.map((m, i) => [m.id, i]));
const positionOf = (c: Claim) => rank.get(c.id) ?? Number.POSITIVE_INFINITY;

describe("similarity on the demo corpus's own annotations", () => {
  const mentions = claims.filter(isRetaliation);
  const worded = mentions.filter((c) => extractTerms(c.span.text).includes("~retaliation"));
  const otherPropositions = claims.filter((c) => !isRetaliation(c) && (linkedTo("us-sided-with-japan")(c) || linkedTo("settled-1965")(c)));
  const usRole = claims.filter(linkedTo("us-sided-with-japan"));

  it("has the data this test is about", () => {
    expect(claims.length).toBeGreaterThan(40);
    expect(mentions.length).toBe(retaliation.links.length); // every link is in a working layer
    expect(worded.length).toBeGreaterThanOrEqual(6);
    expect(otherPropositions.length).toBeGreaterThanOrEqual(6);
  });

  it("puts only retaliation mentions in the top four", () => {
    expect(ranked.slice(0, 4).every((m) => isRetaliation(claims.find((c) => c.id === m.id)!))).toBe(true);
  });

  it("ranks every mention worded as retaliation (retaliatory, retribution, tit-for-tat…) above every claim linked to another proposition", () => {
    const worst = Math.max(...worded.map(positionOf));
    const best = Math.min(...otherPropositions.map(positionOf));
    expect(worst).toBeLessThan(best);
  });

  it("ranks every retaliation mention, the wire's plain account included, above every claim about the US role", () => {
    // Known limit, kept visible here: the wire's sentence that links the controls to the
    // ruling without any retaliation word ("…in response to a court ruling…") ranks below
    // on-topic background about the court and the controls. Similarity finds wordings,
    // not readings; a reviewer links that one by reading it.
    const worst = Math.max(...mentions.map(positionOf));
    expect(worst).toBeLessThan(Math.min(...usRole.map(positionOf)));
  });
});
