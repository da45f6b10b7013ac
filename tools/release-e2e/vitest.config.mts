import { defineConfig } from "vitest/config";

// One file, steps in order, one process: the registry and the Pulumi Cloud stand-in live in it.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 360_000, hookTimeout: 180_000, fileParallelism: false, pool: "forks" },
});
