// Generated files are fresh: each generator, run in its check mode, finds nothing to change.
// (The packs' policy registries are checked in packs.test.ts, their docs in tools/cli's docs test.)
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./workspace";

describe("generated files", () => {
  it("data-location's src/generated/resource-types.ts matches the installed SDKs (python3 packages/data-location/scripts/gen-resource-types.py)", () => {
    const r = spawnSync("python3", [path.join(ROOT, "packages", "data-location", "scripts", "gen-resource-types.py"), "--check"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("is up to date");
  });
});
