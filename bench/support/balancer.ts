// A small round-robin HTTP load balancer, for benchmarks of several app instances on one
// database: each request goes to the next instance, whatever instance the client's previous
// request went to (no sticky sessions: the app keeps no per-instance state a session needs).
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Balancer {
  url: string;
  /** Requests sent to each target, in the order given. */
  counts: number[];
  close(): Promise<void>;
}

/** Listen on `port` (0: any free one) and spread requests over `targets` ("http://host:port"). */
export async function startBalancer(targets: string[], port = 0): Promise<Balancer> {
  const upstream = targets.map((t) => new URL(t));
  const counts = targets.map(() => 0);
  // Kept-alive connections to the instances, closed after 4 s idle: before Node's 5 s server
  // keep-alive timeout ends them from the other side, which would reset a request sent on one.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % upstream.length;
    counts[i]++;
    const target = upstream[i];
    const forward = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: req.headers.host },
        agent,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on("error", (e) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`balancer: ${e.message}`);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
