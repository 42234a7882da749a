import { PassThrough } from "node:stream";
import { afterEach, expect, it, vi } from "vitest";
import { createProgress } from "../../src/pipeline/progress.js";

afterEach(() => vi.useRealTimers());

it("tells the rate and the time left on a long run's plain progress lines", () => {
  vi.useFakeTimers({ now: 0 });
  const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream & PassThrough;
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const progress = createProgress({ total: 30, stream, intervalMs: 1000 });
  for (let i = 0; i < 10; i++) {
    vi.setSystemTime((i + 1) * 200);
    progress.tick();
  }
  // 10 articles in 2 s: 5 a second, 20 to go.
  expect(text).toBe("newsgraph: 5/30 articles, 5.0/s, 0:05 left\nnewsgraph: 10/30 articles, 5.0/s, 0:04 left\n");
});
