import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../bench/measure.js";

const DRIVERS = /\bfrom\s+["'](?:bullmq|ioredis|pg)["']|import\s+["'](?:bullmq|ioredis|pg)["']/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("the local build stays embedded", () => {
  it("loads no queue or database driver outside src/distributed, which the CLI imports only for its commands", () => {
    const src = join(ROOT, "src");
    const outside = sources(src).filter((f) => !relative(src, f).startsWith("distributed"));
    expect(outside.filter((f) => DRIVERS.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f))).toEqual([]);
    const cli = readFileSync(join(src, "cli.ts"), "utf8");
    expect(cli.match(/^import .*distributed.*$/gm)).toEqual(['import { DISTRIBUTED_DEFAULTS } from "./distributed/defaults.js";']);
    expect(readFileSync(join(src, "distributed", "defaults.ts"), "utf8")).not.toMatch(/^import /m);
    expect(cli).toMatch(/await import\("\.\/distributed\//);
  });
});
