import { describe, expect, it } from "vitest";
import { RecentAnswers } from "@/lib/client/recent-answers";

describe("RecentAnswers", () => {
  it("gives an answer back until it is older than maxAgeMs, then forgets it", () => {
    let t = 1000;
    const r = new RecentAnswers<string[]>(500, () => t);
    r.set("a", []);
    expect(r.get("a")).toEqual([]);
    t = 1500;
    expect(r.get("a")).toEqual([]);
    t = 1501;
    expect(r.get("a")).toBeUndefined();
    t = 1000;
    expect(r.get("a")).toBeUndefined(); // forgotten, not only hidden
  });

  it("a newer answer replaces the older one and restarts its age", () => {
    let t = 0;
    const r = new RecentAnswers<number>(100, () => t);
    r.set("claim", 0);
    t = 90;
    r.set("claim", 2);
    t = 150;
    expect(r.get("claim")).toBe(2);
    expect(r.get("other")).toBeUndefined();
    r.forget("claim");
    expect(r.get("claim")).toBeUndefined();
  });

  it("keeps at most `capacity` keys, dropping the least recently set", () => {
    const r = new RecentAnswers<number>(1000, () => 0, 2);
    r.set("x", 1);
    r.set("y", 2);
    r.set("x", 3); // x is now the newest
    r.set("z", 4);
    expect(r.get("y")).toBeUndefined();
    expect(r.get("x")).toBe(3);
    expect(r.get("z")).toBe(4);
  });
});
