// Fuzzes every policy from its fixtures (100 runs each; `npm run fuzz` runs 1,000).
import type { Fixture } from "@rampart/policy-testing";
import { fixturesByPolicy, testPackFuzz } from "@rampart/policy-testing/vitest";
import { policies } from "./policies";

testPackFuzz(policies, fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true })));
