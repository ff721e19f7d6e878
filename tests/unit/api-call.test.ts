import { describe, expect, it } from "vitest";
import { apiRequest, NO_CONNECTION, type FetchLike } from "@/lib/client/api-call";

/** A server behind `fetch` that answers what it is told and records what it was sent. */
function server(answer: () => Response | Promise<Response>) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    return answer();
  };
  return { fetch, sent };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("apiRequest", () => {
  it("sends JSON with its content type and returns the decoded body", async () => {
    const s = server(() => json(201, { annotation: { id: "a1", text: "👍🏽 日本" } }));
    const r = await apiRequest<{ annotation: { id: string; text: string } }>("POST", "/api/x", {
      json: { text: "👍🏽 日本", n: 1 },
      fetch: s.fetch,
    });
    expect(r).toEqual({ ok: true, status: 201, data: { annotation: { id: "a1", text: "👍🏽 日本" } } });
    expect(s.sent[0].init.method).toBe("POST");
    expect(s.sent[0].init.headers).toEqual({ "Content-Type": "application/json" });
    expect(JSON.parse(String(s.sent[0].init.body))).toEqual({ text: "👍🏽 日本", n: 1 });
  });

  it("sends no body and no content type without one, and reads 204 as null", async () => {
    const s = server(() => new Response(null, { status: 204 }));
    expect(await apiRequest("DELETE", "/api/y", { fetch: s.fetch })).toEqual({ ok: true, status: 204, data: null });
    expect(s.sent[0].init.body).toBeUndefined();
    expect(s.sent[0].init.headers).toEqual({});
  });

  it("uploads bytes with the given type", async () => {
    const s = server(() => json(200, { report: {} }));
    const bytes = new Blob(["a,b\n"]);
    await apiRequest("POST", "/api/import", { bytes, contentType: "application/octet-stream", fetch: s.fetch });
    expect(s.sent[0].init.body).toBe(bytes);
    expect(s.sent[0].init.headers).toEqual({ "Content-Type": "application/octet-stream" });
  });

  it("decodes {error:{code,message,field,details}} once, with the status", async () => {
    const s = server(() => json(400, { error: { code: "invalid", message: "start must be a whole number", field: "start" } }));
    expect(await apiRequest("PATCH", "/api/z", { json: {}, fetch: s.fetch })).toEqual({
      ok: false,
      error: { code: "invalid", message: "start must be a whole number", field: "start", status: 400 },
    });
    const c = server(() => json(409, { error: { code: "conflict", message: "stale", details: { current: null } } }));
    const r = await apiRequest("PATCH", "/api/z", { json: {}, fetch: c.fetch });
    expect(r.ok === false && r.error).toEqual({ code: "conflict", message: "stale", status: 409, details: { current: null } });
  });

  it("gives an error without a usable body a message naming the status", async () => {
    for (const res of [new Response("<html>Bad gateway</html>", { status: 502 }), json(500, { error: "boom" }), json(403, null)]) {
      const s = server(() => res);
      const r = await apiRequest("GET", "/api/q", { fetch: s.fetch });
      expect(r).toEqual({ ok: false, error: { code: "http", message: `The server answered ${res.status}.`, status: res.status } });
    }
  });

  it("turns no connection into a result with status 0 instead of a rejection", async () => {
    const s = server(() => {
      throw new TypeError("Failed to fetch");
    });
    expect(await apiRequest("GET", "/api/q", { fetch: s.fetch })).toEqual({
      ok: false,
      error: { code: "network", message: NO_CONNECTION, status: 0 },
    });
  });

  it("reads a success whose body is not JSON as null", async () => {
    const s = server(() => new Response("ok", { status: 200 }));
    expect(await apiRequest("GET", "/api/q", { fetch: s.fetch })).toEqual({ ok: true, status: 200, data: null });
  });
});
