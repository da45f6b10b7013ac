import type { Fixture } from "@rampart/policy-testing";
import { testPackFixtures, testPolicy } from "@rampart/policy-testing/vitest";
import { policies } from "./policies";

// Every `<policy>.fixtures.ts` beside its policy, found by file name.
const modules = import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true });
const byPolicy = new Map<string, Fixture[]>();
for (const [file, mod] of Object.entries(modules)) {
  const base = file.replace(/^.*\//, "").replace(/\.fixtures\.ts$/, "");
  byPolicy.set(`aws-${base}`, mod.default);
}

testPackFixtures(policies, byPolicy);
for (const policy of policies) testPolicy(policy, byPolicy.get(policy.name) ?? []);
