/**
 * Debian's redis-server and PostgreSQL, started by the tests on loopback, on free ports, in
 * temporary folders, and stopped by them. PostgreSQL refuses to run as root: as root (CI) the
 * server runs as the `postgres` user, its folder handed to that user.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export const PASSWORD = "test-secret";
export const USER = "newsgraph";

function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0]!, "bin") : null;
}

const which = (name: string) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;

/** Why the distributed tests cannot run here, or null when they can. */
export function missingServices(): string | null {
  const missing = [which("redis-server") ? null : "redis-server (Debian package redis-server)", postgresBin() ? null : "PostgreSQL (Debian package postgresql)"].filter(Boolean);
  return missing.length > 0 ? `not installed: ${missing.join(", ")}; bash .ci/system-deps installs them` : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tests/distributed: ${what} did not start in ${ms / 1000} s`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

export interface Service {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-redis-"));
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
    stdio: "ignore",
  });
  const ready = () =>
    spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG";
  await waitFor(ready, "redis-server");
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopChild(child) };
}

export interface Postgres extends Service {
  /** Stops the server (fast shutdown: open connections are cut) and starts it again on the same port. */
  restart(): Promise<void>;
  urlAs(user: string, password: string, database?: string): string;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  if (!bin) throw new Error("tests/distributed: PostgreSQL is not installed");
  const asRoot = userInfo().uid === 0;
  // Run as `postgres` when root; runuser keeps the environment small and exact.
  const as = (cmd: string, args: string[]) => (asRoot ? { cmd: "runuser", args: ["-u", "postgres", "--", cmd, ...args] } : { cmd, args });
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-pg-"));
  const data = join(dir, "data");
  const pwfile = join(dir, "pw");
  writeFileSync(pwfile, `${PASSWORD}\n`);
  if (asRoot) {
    chownSync(dir, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout), Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout));
    chownSync(pwfile, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout), 0);
  }
  chmodSync(dir, 0o755);
  const init = as(join(bin, "initdb"), ["-D", data, "-U", USER, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "-E", "UTF8", "--no-sync"]);
  const made = spawnSync(init.cmd, init.args, { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`tests/distributed: initdb failed: ${made.stderr}`);
  const port = await freePort();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  // pg_ctl, not a child process of ours: runuser does not pass signals on to the server.
  const ctl = (args: string[]) => {
    const run = as(join(bin, "pg_ctl"), ["-D", data, "-w", "-t", "60", ...args]);
    const result = spawnSync(run.cmd, run.args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`tests/distributed: pg_ctl ${args[0]} failed: ${result.stderr}`);
  };
  const start = () => ctl(["start", "-l", join(dir, "log"), "-o", options]);
  // Fast shutdown ends every session, as a database restart does.
  const stop = () => ctl(["stop", "-m", "fast"]);
  start();
  return {
    url,
    port,
    stop: async () => stop(),
    async restart() {
      stop();
      start();
    },
    urlAs: (user, password, database = "postgres") => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
  };
}
