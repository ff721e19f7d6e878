import { describe, expect, it } from "vitest";
import { packSpan, unpackSpan, type UnpackedSpan } from "@/lib/domain/spans/packed-spans";

// Offsets are code points over texts with emoji, combining marks, CJK and line breaks; packing
// must hand back exactly what it was given, whatever is left out as a default.
const span = (over: Partial<UnpackedSpan>): UnpackedSpan => ({
  id: "s1",
  label: "claim",
  start: 3, // after "👍🏽\n" (emoji + skin tone + line break: 3 code points)
  end: 9,
  attributes: {},
  note: "",
  version: 1,
  ...over,
});

describe("packed spans", () => {
  it.each([
    ["all defaults", span({}), 4],
    ["a later version", span({ version: 4 }), 5],
    ["attributes", span({ attributes: { holder: "東京の政府", stance: "denies" } }), 6],
    ["a note, with default attributes", span({ note: "Zoë’s line\nbreak 👩‍💻" }), 7],
    ["a span over CJK after a combining mark", span({ start: 120, end: 126, label: "date", attributes: { value: "2019-07-04" } }), 6],
  ])("%s round-trips and leaves out only defaults", (_, s, length) => {
    const packed = packSpan(s);
    expect(packed).toHaveLength(length);
    expect(unpackSpan(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(s);
  });

  it("is smaller on the wire than the object it packs", () => {
    const s = span({ id: "ckz8v0k3h0000bench0001", label: "measure", start: 32710, end: 32739 });
    expect(JSON.stringify(packSpan(s)).length).toBeLessThan(JSON.stringify(s).length / 2);
  });
});
