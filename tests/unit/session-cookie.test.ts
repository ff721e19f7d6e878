import { describe, expect, it } from "vitest";
import { cookieValue, sessionTokenFromCookieHeader } from "@/lib/domain/access/session-cookie";

describe("cookieValue", () => {
  it.each([
    ["a=1; b=2", "b", "2"],
    ["a=1;b=2", "b", "2"],
    ["  b = 2 ", "b", "2"],
    ['b="quoted"', "b", "quoted"],
    ["b=%E2%9C%93%20ok", "b", "✓ ok"],
    ["b=%E0%A4%A", "b", "%E0%A4%A"], // malformed escape: kept as sent
    ["b=x=y=z", "b", "x=y=z"],
    ["ab=1; b=2", "b", "2"],
    ["b=first; b=second", "b", "first"],
  ])("%j, %s → %j", (header, name, want) => {
    expect(cookieValue(header, name)).toBe(want);
  });

  it.each([[null], [undefined], [""], ["bb=1"], ["novalue"], ['x="b=2"']])("%j has no b", (header) => {
    expect(cookieValue(header, "b")).toBeUndefined();
  });
});

describe("sessionTokenFromCookieHeader", () => {
  it("prefers the HTTPS cookie, falls back to the plain one, ignores empty values", () => {
    expect(sessionTokenFromCookieHeader("next-auth.session-token=plain; __Secure-next-auth.session-token=secure")).toBe("secure");
    expect(sessionTokenFromCookieHeader("next-auth.csrf-token=c; next-auth.session-token=plain")).toBe("plain");
    expect(sessionTokenFromCookieHeader("__Secure-next-auth.session-token=; next-auth.session-token=plain")).toBe("plain");
    expect(sessionTokenFromCookieHeader("next-auth.session-token.0=chunk")).toBeUndefined();
    expect(sessionTokenFromCookieHeader(null)).toBeUndefined();
  });
});
