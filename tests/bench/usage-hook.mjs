// Preloaded with `node --import` into a build under measurement: when the process ends it
// writes its resource usage (peak RSS covers the worker threads too) to the file named by
// NEWSGRAPH_USAGE_FILE. Plain JS so the measured process needs no TypeScript loader.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.NEWSGRAPH_USAGE_FILE;
if (file && isMainThread) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS * 1024, userCPU: u.userCPUTime, systemCPU: u.systemCPUTime }));
  });
}
