import { describe, expect, it } from "vitest";
import { QUOTE_CONTEXT } from "@/lib/domain/formats/w3c-annotation";
import { W3C_CONTEXT, encodeW3c } from "@/lib/domain/formats/w3c-encode";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { expectGolden } from "./golden";
import { TEXT, collectText, project, propositions, spans, streamDocuments } from "./sample-corpus";

const encode = () => collectText(encodeW3c(project, streamDocuments(), () => propositions));

describe("W3C Web Annotation export", () => {
  it("matches the golden file", async () => {
    expectGolden("corpus.w3c.jsonld", await encode());
  });

  it("is one valid JSON AnnotationCollection with the exact context and a correct total", async () => {
    const collection = JSON.parse(await encode());
    expect(collection["@context"]).toBe(W3C_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.first.type).toBe("AnnotationPage");
    // 12 spans + linking (refutes, supports) + one reconciliation.
    expect(collection.first.items).toHaveLength(15);
    expect(collection.total).toBe(15);
  });

  it("selects each span by quote and by code-point position, on the document URN", async () => {
    const items = JSON.parse(await encode()).first.items;
    const index = new OffsetIndex(TEXT);
    const tagged = items.filter((a: { motivation: string }) => a.motivation === "tagging");
    expect(tagged).toHaveLength(spans.length);
    for (const a of tagged) {
      expect(a.target.source).toBe("urn:parallax:document:d1");
      const [quote, position] = a.target.selector;
      expect(index.slice(position.start, position.end)).toBe(quote.exact);
      expect(index.slice(Math.max(0, position.start - QUOTE_CONTEXT), position.start)).toBe(quote.prefix ?? "");
      expect(index.slice(position.end, Math.min(index.length, position.end + QUOTE_CONTEXT))).toBe(quote.suffix ?? "");
      expect(Array.from(quote.suffix ?? "").length).toBeLessThanOrEqual(QUOTE_CONTEXT);
    }
  });

  it("writes labels as tagging, attributes as describing, notes as commenting bodies, and the author", async () => {
    const items = JSON.parse(await encode()).first.items;
    const s4 = items.find((a: { id: string }) => a.id === "urn:parallax:annotation:s4");
    expect(s4.body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "claim" },
      { type: "TextualBody", purpose: "describing", value: "hedged: true", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "holder: Yonhap", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "stance: asserts", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "voice: outlet", format: "text/plain" },
    ]);
    expect(s4.creator).toEqual({ id: "urn:parallax:user:u1", type: "Person", name: "Ana" });
    const s1 = items.find((a: { id: string }) => a.id === "urn:parallax:annotation:s1");
    expect(s1.body.at(-1)).toEqual({
      type: "TextualBody",
      purpose: "commenting",
      value: "Japan's denial,\nas reported",
      format: "text/plain",
    });
  });

  it("links propositions to one target per mention, grouped by stance, with the proposition as the other end", async () => {
    const items = JSON.parse(await encode()).first.items;
    const linking = items.filter((a: { motivation: string }) => a.motivation === "linking");
    const prop = "urn:parallax:proposition:prop1";
    expect(linking.map((a: { body: { value: string }[]; target: string[] }) => [a.body[2].value, a.target])).toEqual([
      ["refutes", [prop, "urn:parallax:annotation:g1", "urn:parallax:annotation:s1"]],
      // One mention still makes a two-ended link.
      ["supports", [prop, "urn:parallax:annotation:s4"]],
    ]);
    expect(linking[0].body.slice(0, 2)).toEqual([
      { type: "SpecificResource", source: prop, purpose: "identifying" },
      { type: "TextualBody", purpose: "describing", value: propositions[0].statement, format: "text/plain" },
    ]);
  });

  it("streams valid JSON for an empty corpus", async () => {
    const out = JSON.parse(await collectText(encodeW3c(project, [])));
    expect(out.first.items).toEqual([]);
    expect(out.total).toBe(0);
  });
});
