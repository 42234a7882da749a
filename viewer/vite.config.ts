import { defineConfig } from "vite";

// The root is the folder given on the command line (`vite build viewer`), i.e. this one.
// base "./" lets the built app be served from any path (newsgraph serve, a static host, a file share).
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1500,
  },
});
