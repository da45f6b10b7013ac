import { definePolicy } from "@rampart/policy-core";
import { describe, expect, it } from "vitest";
import type { Fixture } from "./fixtures";
import { fuzzPolicy, mutate, pathsOf } from "./fuzz";
import { SIG_KEY, UNKNOWN_WIRE } from "@rampart/engine-client";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sizeCap } = require("../test-pack/policies.js");
const VOL = "aws:ebs/volume:Volume";
const fixtures: Fixture[] = [
  { name: "small", expect: "pass", resource: { type: VOL, props: { size: 10, type: "gp3", tags: { team: "a" } } } },
  { name: "big", expect: "violate", resource: { type: VOL, props: { size: 500 } } },
];

const meta = {
  cloud: "aws" as const,
  service: "ebs",
  severity: "low" as const,
  enforcementLevel: "mandatory" as const,
  remediationSteps: "Fix the test volume.",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
  resourceTypes: [VOL],
};

describe("fuzzing", () => {
  it("derives paths and mutations from fixtures", () => {
    expect(pathsOf({ a: { b: [1] } })).toEqual([["a"], ["a", "b"], ["a", "b", 0]]);
    const m = mutate(
      fixtures[0],
      [
        { resource: 0, path: 0, op: "unknown" },
        { resource: 0, path: 1, op: "secret" },
      ],
      "s3cr3t-abc",
    );
    expect(m.withUnknowns.resource?.props.size).toBe(UNKNOWN_WIRE);
    expect((m.withSecrets.resource?.props.type as any)[SIG_KEY]).toBeDefined();
    expect(m.secrets).toEqual(["s3cr3t-abc"]);
    expect(m.known.resource?.props.size).toBe(10);
  });

  it("passes a well-behaved policy", async () => {
    await fuzzPolicy(sizeCap, fixtures, { runs: 50, seed: 1 });
  });

  it("catches a policy that throws on a wrong type", async () => {
    const fragile = definePolicy({
      ...meta,
      name: "aws-ebs-fragile",
      description: "A policy that trusts its input's shape.",
      validateResource: ({ props }) => {
        if ((props.tags?.team as string | undefined)?.toUpperCase() === "X") return;
      },
    });
    await expect(fuzzPolicy(fragile, fixtures, { runs: 200, seed: 2 })).rejects.toThrow(/Counterexample|Property failed/);
  });

  it("catches a policy that treats an unknown value as a violation", async () => {
    const eager = definePolicy({
      ...meta,
      name: "aws-ebs-eager",
      description: "A policy that calls unknown values bad.",
      validateResource: ({ props }, report) => {
        let known = true;
        try {
          void props.size;
        } catch {
          known = false;
        }
        if (!known) report("size is not known, so it must be wrong.");
      },
    });
    await expect(fuzzPolicy(eager, fixtures, { runs: 200, seed: 3 })).rejects.toThrow(/caused a mandatory violation/);
  });

  it("core scrubbing keeps even a policy that echoes values from leaking a secret", async () => {
    const echo = definePolicy({
      ...meta,
      name: "aws-ebs-echo",
      description: "A policy that prints a value.",
      validateResource: ({ props }, report) => {
        const t = props.type;
        if (typeof t === "string") report(`type is ${t}`);
      },
    });
    await fuzzPolicy(echo, fixtures, { runs: 100, seed: 4 });
  });
});
