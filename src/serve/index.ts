import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { contentType } from "./content-type.js";
import { DATA_FILES, DEFAULTS, type ServeOptions } from "./defaults.js";
import { resolveUnder } from "./resolve-path.js";

/** The build's evidence files (src/export/evidence-shards.ts), which the viewer fetches per link. */
const EVIDENCE_SHARD = /^evidence\/\d{1,4}\.json$/;

export { DEFAULTS as SERVE_DEFAULTS, type ServeOptions } from "./defaults.js";

export interface Serving {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the built viewer and a build output directory's graph files at one origin, so the
 * viewer's default `./graph.json` is the graph of `dir`.
 */
export async function serve(dir: string, options: Partial<ServeOptions> = {}): Promise<Serving> {
  const opts: ServeOptions = { ...DEFAULTS, ...options };
  const dataDir = resolve(dir);
  const viewerDir = resolve(opts.viewerDir);
  try {
    await access(join(viewerDir, "index.html"));
  } catch {
    throw new Error(`newsgraph/serve: no built viewer at ${viewerDir} (run \`npm run build\`)`);
  }

  let allowed: ReadonlySet<string> = new Set();
  const server = createServer((req, res) => {
    // DNS rebinding: a page of any site can resolve its own name to 127.0.0.1; its requests then carry that name.
    if (allowed.size > 0 && !allowed.has((req.headers.host ?? "").toLowerCase())) return send(res, 421, "Unknown host");
    handle(req, res, dataDir, viewerDir).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, "Internal error");
      else res.destroy();
      console.error(`newsgraph/serve: ${req.url}: ${String(error)}`);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(new Error(`newsgraph/serve: cannot listen on ${opts.host}:${opts.port}: ${error.code ?? error.message}`)),
    );
    server.listen(opts.port, opts.host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  allowed = allowedHosts(opts.host, port);
  return {
    url: `http://${host}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** The Host values of a loopback server: its address and "localhost", with its port. None (no check) when it listens beyond loopback. */
function allowedHosts(address: string, port: number): ReadonlySet<string> {
  if (!/^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/.test(address)) return new Set();
  const names = new Set([address.includes(":") ? `[${address}]` : address, "localhost"]);
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
}

/** Sent with every answer: the viewer's own policy (index.html repeats it), no framing, no sniffing, no referrer. */
const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

async function handle(req: IncomingMessage, res: ServerResponse, dataDir: string, viewerDir: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "Method not allowed");
  }
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const name = path.slice(1);
  const file = DATA_FILES.includes(name) || EVIDENCE_SHARD.test(name) ? await resolveUnder(dataDir, name) : await resolveUnder(viewerDir, path);
  if (!file) return send(res, 404, "Not found");

  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": contentType(file),
    // A rebuilt graph must show on reload, and the viewer is small enough to revalidate.
    "Cache-Control": "no-cache",
  });
  if (req.method === "HEAD") return void res.end();
  await new Promise<void>((ok, fail) => {
    createReadStream(file).on("error", fail).pipe(res).on("finish", ok).on("close", ok);
  });
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
  res.end(text + "\n");
}
