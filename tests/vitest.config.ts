import { defineConfig } from "vitest/config";

const root = new URL("..", import.meta.url).pathname;

/**
 * Three projects so each kind can be run apart (`npm run test:unit|test:integration|test:browser`):
 * unit tests are pure functions on invented inputs; integration tests run the compiled CLI, the
 * worker pool, the services or the quality floors; browser tests drive Debian's Chromium.
 */
const BROWSER = ["tests/e2e/**/*.test.ts"];
const INTEGRATION = [
  "tests/pipeline/**/*.test.ts",
  "tests/scale/**/*.test.ts",
  "tests/cli/**/*.test.ts",
  "tests/quality/**/*.test.ts",
  "tests/robust/**/*.test.ts",
  "tests/distributed/**/*.test.ts",
];

const shared = { root, testTimeout: 60_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    ...shared,
    projects: [
      { test: { ...shared, name: "unit", include: ["tests/**/*.test.ts"], exclude: [...BROWSER, ...INTEGRATION] } },
      { test: { ...shared, name: "integration", include: INTEGRATION } },
      { test: { ...shared, name: "browser", include: BROWSER } },
    ],
  },
});
