import { describe, expect, it } from "vitest";
import { at } from "@/lib/domain/at";

describe("at: an index read that is in range by construction", () => {
  it("reads arrays, typed arrays and strings like plain indexing", () => {
    expect(at([10, 20, 30], 2)).toBe(30);
    expect(at(new Uint32Array([0, 2, 4]), 1)).toBe(2);
    expect(at("👍🏽日本", 0)).toBe("\uD83D"); // a UTF-16 unit, as text[0] would be
    expect(at([null, 0], 0)).toBeNull();
  });

  it("throws a RangeError instead of returning undefined outside the array", () => {
    expect(() => at([1, 2], 2)).toThrow(new RangeError("index 2 is outside 0..1"));
    expect(() => at([1, 2], -1)).toThrow(RangeError);
    expect(() => at([], 0)).toThrow(RangeError);
    expect(() => at([1, 2], 0.5)).toThrow(RangeError);
  });
});
