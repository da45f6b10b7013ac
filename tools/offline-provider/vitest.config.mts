import { defineConfig } from "vitest/config";

// Previews start the real Pulumi CLI, a language host, provider plugins and three policy packs: slow.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 900_000, fileParallelism: false },
});
