import { describe, expect, it } from "vitest";
import {
  findSelectedLayer,
  GOLD_LAYER,
  isGoldLayer,
  layerOwnersIn,
  layerParam,
  layerUserId,
  parseLayerParam,
  selectedLayer,
  USER_LAYER_RANGE,
  userIdFromParam,
  userLayer,
} from "@/lib/domain/spans/layers";

describe("layer names", () => {
  it("round-trip an annotator's id and tell gold apart", () => {
    expect(userLayer("u1")).toBe("user:u1");
    expect(layerUserId(userLayer("u1"))).toBe("u1");
    expect(layerUserId(GOLD_LAYER)).toBeNull();
    expect(layerUserId("user:")).toBeNull();
    expect(isGoldLayer("gold")).toBe(true);
    expect(isGoldLayer("user:gold")).toBe(false);
    expect(layerParam(userLayer("u1"))).toBe("u1");
    expect(layerParam(GOLD_LAYER)).toBe("gold");
  });

  it("bound every annotator layer, and nothing else, for an indexed SQL range", () => {
    const inRange = (layer: string) => layer >= USER_LAYER_RANGE.from && layer < USER_LAYER_RANGE.to;
    // SQLite compares TEXT by bytes, as JavaScript compares these ASCII strings.
    for (const id of ["a", "Z9", "cm1x_-", "~", "zzzz"]) expect(inRange(userLayer(id)), id).toBe(true);
    for (const other of [GOLD_LAYER, "user", "user;x", "users", "usea:x", ""]) expect(inRange(other), other).toBe(false);
  });

  it("find the annotators a history snapshot names, at any depth", () => {
    const snapshot = {
      label: "claim",
      layer: userLayer("a1"),
      versions: [{ span: { layer: userLayer("a2") } }, { span: { layer: GOLD_LAYER } }],
      note: '"layer":"user:not-a-field"', // text that looks like JSON is not a field
    };
    expect([...layerOwnersIn([snapshot, null, { gold: { layer: userLayer("a3") } }])].sort()).toEqual(["a1", "a2", "a3"]);
    const into = new Set(["actor"]);
    layerOwnersIn({ layer: 5, after: "user:x" }, into);
    expect([...into]).toEqual(["actor"]);
  });
});

describe("the ?layer= grammar", () => {
  it.each([
    [null, "mine", "mine"],
    ["", "all", "all"],
    ["  ", "mine", "mine"],
    ["mine", "all", "mine"],
    ["gold", "mine", "gold"],
    [" all ", "mine", "all"],
    ["cm1abc_-9", "mine", { userId: "cm1abc_-9" }],
    ["user:cm1abc", "mine", { userId: "cm1abc" }],
    ["user:", "mine", null],
    ["a b", "mine", null],
    ["x".repeat(65), "mine", null],
    ["user:../x", "all", null],
  ] as const)("%j (fallback %s) → %j", (value, fallback, expected) => {
    expect(parseLayerParam(value, fallback)).toEqual(expected);
  });

  it("names user ids as themselves or as their layer name", () => {
    expect(userIdFromParam("u_1")).toBe("u_1");
    expect(userIdFromParam("user:u_1")).toBe("u_1");
    expect(userIdFromParam("gold!")).toBeNull();
  });

  it("resolves a selector to the stored layer for the caller", () => {
    expect(selectedLayer("mine", "me")).toBe("user:me");
    expect(selectedLayer("gold", "me")).toBe(GOLD_LAYER);
    expect(selectedLayer({ userId: "u2" }, "me")).toBe("user:u2");
    expect(selectedLayer("all", "me")).toBeNull();
  });

  it("picks the listed layer a value names, in either spelling", () => {
    const layers = [{ layer: GOLD_LAYER }, { layer: userLayer("me") }, { layer: userLayer("u2") }];
    expect(findSelectedLayer(layers, undefined, "me")).toBeUndefined();
    expect(findSelectedLayer(layers, "u2", "me")).toBe(layers[2]);
    expect(findSelectedLayer(layers, "user:u2", "me")).toBe(layers[2]);
    expect(findSelectedLayer(layers, "mine", "me")).toBe(layers[1]);
    expect(findSelectedLayer(layers, "gold", "me")).toBe(layers[0]);
    expect(findSelectedLayer(layers, "all", "me")).toBeUndefined();
    expect(findSelectedLayer(layers, "nobody", "me")).toBeUndefined();
    expect(findSelectedLayer(layers, "no body", "me")).toBeUndefined();
  });
});
