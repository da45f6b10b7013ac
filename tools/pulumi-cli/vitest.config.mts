import { defineConfig } from "vitest/config";

// Real-CLI runs start three packs per test: give them room on a busy 2-core machine.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 120_000 } });
