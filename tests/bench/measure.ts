/**
 * Runs `newsgraph build` in a child process, as a user would, and measures it from outside:
 * wall time, peak resident memory (worker threads included, via usage-hook.mjs), and when the
 * build reached its later stages (from its plain progress lines).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(ROOT, "dist", "cli.js");
const USAGE_HOOK = join(ROOT, "tests", "bench", "usage-hook.mjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the whole process (bytes). */
  maxRSS: number;
  /** CPU time of the whole process, all threads (ms). */
  cpuMs: number;
  ms: number;
  /** Milliseconds from start at which each progress stage line ("laying out", "writing"…) appeared. */
  stages: Record<string, number>;
}

export function runBuild(args: string[]): Promise<CliRun> {
  const usage = join(mkdtempSync(join(tmpdir(), "newsgraph-usage-")), "usage.json");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", USAGE_HOOK, CLI, "build", ...args], {
      env: { ...process.env, NEWSGRAPH_USAGE_FILE: usage },
    });
    let stdout = "";
    let stderr = "";
    const stages: Record<string, number> = {};
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => {
      const at = performance.now() - started;
      stderr += d;
      for (const m of d.toString().matchAll(/^newsgraph: ([a-z][a-z ]*)$/gm)) stages[m[1]!] ??= at;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      const ms = performance.now() - started;
      const u = existsSync(usage) ? JSON.parse(readFileSync(usage, "utf8")) : null;
      resolve({
        status,
        stdout,
        stderr,
        maxRSS: u ? u.maxRSS : NaN,
        cpuMs: u ? (u.userCPU + u.systemCPU) / 1000 : NaN,
        ms,
        stages,
      });
    });
  });
}
