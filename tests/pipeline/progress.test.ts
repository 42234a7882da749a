import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/pipeline/progress.js";

function capture(isTTY: boolean) {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  Object.assign(stream, { isTTY, columns: 80 });
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe("progress", () => {
  it("writes plain lines, not a redrawn bar, when not on a terminal", () => {
    const { stream, text } = capture(false);
    const progress = createProgress({ total: 3, stream, intervalMs: 0 });
    progress.tick();
    progress.tick();
    progress.stage("resolving");
    progress.stop();
    expect(text()).toBe("newsgraph: 1/3 articles\nnewsgraph: 2/3 articles\nnewsgraph: resolving\n");
  });

  it("draws a bar on a terminal", () => {
    const { stream, text } = capture(true);
    const progress = createProgress({ total: null, stream });
    progress.tick();
    progress.stop();
    expect(text()).toContain("1/1 articles");
    expect(text()).not.toContain("newsgraph: 1");
  });

  it("says nothing when quiet", () => {
    const { stream, text } = capture(false);
    const progress = createProgress({ total: 1, stream, quiet: true, intervalMs: 0 });
    progress.tick();
    progress.stage("writing");
    expect(text()).toBe("");
  });
});
