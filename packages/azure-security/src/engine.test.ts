// Conformance: the built pack, started as the Pulumi CLI starts it and spoken to over the engine's
// gRPC analyzer protocol, gives the same verdict on every fixture as the in-process runner.
import type { Fixture } from "@rampart/policy-testing";
import { describePackOverEngine, fixturesByPolicy } from "@rampart/policy-testing/vitest";
import * as path from "node:path";
import { PACK_NAME, policies } from "./policies";

describePackOverEngine({
  packDir: path.resolve(__dirname, ".."),
  packName: PACK_NAME,
  policies,
  fixturesByPolicy: fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true })),
});
