import { describe, expect, it } from "vitest";
import { checkPublishedAt } from "@/lib/domain/dates/published-date";
import { checkPasswordStrength } from "@/lib/domain/access/passwords";
import { validateAttributes } from "@/lib/domain/spans/attributes";
import { can } from "@/lib/domain/access/roles";
import { retryAfter, withFailure, type RateWindow } from "@/lib/domain/access/rate-limit";
import { documentInputSchema } from "@/lib/schemas/document";
import { labelSetSchema } from "@/lib/schemas/project";

describe("publication dates", () => {
  it.each(["2019-07-11", "2019-07-14T17:10+09:00", "2019-07-14T17:10:00+09:00", "2020-02-29", "2019-07-14T08:10:00Z"])(
    "accepts %s",
    (v) => {
      expect(checkPublishedAt(v)).toBeNull();
    },
  );
  it.each(["2019-02-30", "2019-13-01", "14/07/2019", "2019-07-14T17:10", "2019-07-14T25:00+09:00", "yesterday"])("refuses %s", (v) => {
    expect(checkPublishedAt(v)).toMatch(/date|time/);
  });
});

describe("passwords", () => {
  it.each([
    ["short", /at least 10/],
    ["aaaaaaaaaaaa", /repeated/],
    ["abababababab", /too simple/],
  ])("refuses %j", (p, msg) => expect(checkPasswordStrength(p)).toMatch(msg));
  it("accepts the demo password", () => expect(checkPasswordStrength("parallax-demo")).toBeNull());
});

describe("attributes per label", () => {
  it.each([
    ["claim", { holder: "Japan (government)", stance: "denies", voice: "attributed", hedged: false }],
    ["quote", { speaker: "Morgan Ortagus", kind: "direct" }],
    ["measure", { value: 100000000, unit: "KRW" }],
    ["date", { value: "2019-07-04" }],
    ["custom", { anything: "goes", n: 1 }],
  ])("accepts valid %s attributes", (label, attrs) => {
    expect(validateAttributes(label, attrs)).toEqual({ ok: true, value: attrs });
  });

  it.each([
    ["claim", { stance: "maybe" }, /attributes.stance/],
    ["claim", { hedged: "yes" }, /attributes.hedged/],
    ["measure", { value: "a lot" }, /attributes.value/],
    ["date", { value: "July 4" }, /ISO/],
    ["claim", { colour: "red" }, /attributes/],
    ["claim", [], /JSON object/],
  ])("refuses %s %j naming the attribute", (label, attrs, msg) => {
    const r = validateAttributes(label, attrs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(msg);
  });

  it("drops empty values so unset has one form", () => {
    expect(validateAttributes("claim", { holder: "", hedged: true })).toEqual({ ok: true, value: { hedged: true } });
  });
});

describe("roles", () => {
  it.each([
    [["annotator"], "annotate", true],
    [["annotator"], "layers:read-all", false],
    [["annotator"], "documents:add", false],
    [["reviewer"], "review", true],
    [["reviewer"], "annotate", false],
    [["reviewer"], "project:edit", false],
    [["manager"], "members:manage", true],
    [["annotator", "reviewer"], "review", true],
    [[], "project:read", false],
  ] as const)("%j can %s: %s", (roles, cap, expected) => {
    expect(can(roles, false, cap)).toBe(expected);
  });
  it("lets an administrator act as manager anywhere", () => expect(can([], true, "project:edit")).toBe(true));
});

describe("sign-in failure windows", () => {
  const rule = { maxFailures: 3, windowMs: 1000 };
  it("blocks after the limit inside the window and forgets after it", () => {
    let w: RateWindow | undefined;
    for (let i = 0; i < 3; i++) w = withFailure(w, rule, 100 + i);
    expect(w).toEqual({ failures: 3, windowStart: 100 });
    expect(retryAfter(w, rule, 200)).toBe(900);
    expect(retryAfter(undefined, rule, 200)).toBe(0);
    expect(retryAfter(w, rule, 1100)).toBe(0);
  });
  it("stays open below the limit and starts a new window once the old one ran out", () => {
    const two = withFailure(withFailure(undefined, rule, 0), rule, 10);
    expect(retryAfter(two, rule, 20)).toBe(0);
    expect(withFailure(two, rule, 1000)).toEqual({ failures: 1, windowStart: 1000 });
  });
});

describe("boundary schemas", () => {
  it("names the field in document errors", () => {
    const r = documentInputSchema.safeParse({ title: "t", text: "x", perspective: "Mars" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(["perspective"]);
    expect(r.error?.issues[0].message).toMatch(/unknown perspective "Mars"/);
  });
  it("refuses duplicate label keys and hotkeys", () => {
    const l = (key: string, hotkey: string) => ({ key, name: key, color: "#000000", hotkey });
    expect(labelSetSchema.safeParse([l("a", "1"), l("a", "2")]).error?.issues[0].message).toMatch(/used twice/);
    expect(labelSetSchema.safeParse([l("a", "1"), l("b", "1")]).error?.issues[0].message).toMatch(/hotkey 1/);
  });
});
