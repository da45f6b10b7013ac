import type { Fixture } from "@rampart/policy-testing";
import { fixturesByPolicy, testPackFixtures, testPolicy } from "@rampart/policy-testing/vitest";
import { policies } from "./policies";

// Every `policies/<policy-name>.fixtures.ts`, found by file name.
const byPolicy = fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true }));

testPackFixtures(policies, byPolicy);
for (const policy of policies) testPolicy(policy, byPolicy.get(policy.name) ?? []);
