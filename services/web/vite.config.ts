import { defineConfig } from "vitest/config";

// The app is built into the jar's META-INF/resources; the gateway serves it at "/" on the API's
// own origin. `npm run dev` proxies /api and /config.json to a running gateway (./enkat up).
export default defineConfig({
  root: "src/main/webapp",
  base: "/",
  build: {
    outDir: "../../../target/classes/META-INF/resources",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    // keycloak-js, @bufbuild/cel and React in one file of ~520 kB (145 kB gzipped): fine for a form.
    chunkSizeWarningLimit: 700,
  },
  oxc: { jsx: { runtime: "automatic" } },
  server: {
    proxy: {
      "/api": "http://localhost:8080",
      "/config.json": "http://localhost:8080",
    },
  },
  test: {
    root: ".",
    include: ["src/test/webapp/**/*.test.ts"],
    benchmark: { include: ["src/test/webapp/**/*.bench.ts"] },
  },
});
