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
export { isStale } from "./stale.js";

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

  const server = createServer((req, res) => {
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
    "Content-Type": contentType(file),
    "X-Content-Type-Options": "nosniff",
    // A rebuilt graph must show on reload, and the viewer is small enough to revalidate.
    "Cache-Control": "no-cache",
  });
  if (req.method === "HEAD") return void res.end();
  await new Promise<void>((ok, fail) => {
    createReadStream(file).on("error", fail).pipe(res).on("finish", ok).on("close", ok);
  });
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
  res.end(text + "\n");
}
