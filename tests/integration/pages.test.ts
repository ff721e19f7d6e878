import { describe, expect, it, inject } from "vitest";
import { Client, signedIn } from "../support/http-client";

const baseUrl = () => inject("baseUrl");

// Pages every account opens: they must render (a 500 here is broken for every user).
describe("pages every account uses", () => {
  it.each(["admin@example.com", "reviewer@example.com", "annotator1@example.com"])("the API tokens page renders for %s", async (email) => {
    const c = await signedIn(baseUrl(), email, { "x-forwarded-for": "10.9.1.1" });
    const res = await c.fetch("/settings");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Create token");
  });

  it("serves an icon", async () => {
    const res = await new Client(baseUrl()).fetch("/favicon.ico");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/image/);
  });
});
