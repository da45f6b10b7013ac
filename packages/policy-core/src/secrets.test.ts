import { unknownCheckingProxy } from "@pulumi/policy";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";
import { scrubSecrets, SecretMatcher, secretValuesOf } from "./secrets";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

// The SDK module whose exported deserializeProperties the SDK's server calls per policy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdkDeserialize = require(path.join(path.dirname(require.resolve("@pulumi/policy")), "deserialize.js"));

describe("secret tracking and the shared deserializer", () => {
  it("records secrets and shares one deserialization per request, also for a second copy of policy-core", async () => {
    const first = await import("./secrets.js");
    expect((await import("./sdk-hooks.js")).installSdkHooks()).toBe(true);
    vi.resetModules();
    const second = await import("./secrets.js");
    expect(second).not.toBe(first);
    expect((await import("./sdk-hooks.js")).installSdkHooks()).toBe(true);

    const struct = structPb.Struct.fromJavaScript({ password: { [SIG]: SECRET, value: "hunter2-long" }, size: 5 } as any);
    const a = sdkDeserialize.deserializeProperties(struct, false);
    const b = sdkDeserialize.deserializeProperties(struct, false);
    expect(b).toBe(a); // one deserialization for every policy of the request
    expect(a.password).toBe("hunter2-long");

    const props = unknownCheckingProxy(a);
    for (const copy of [first, second]) {
      expect([...copy.secretsOf(props)]).toEqual(["hunter2-long"]);
      expect(copy.scrubSecrets("password is hunter2-long", copy.secretsOf(props))).toBe("password is [secret]");
    }
    // A new request is deserialized anew.
    const other = structPb.Struct.fromJavaScript({ size: 5 } as any);
    expect(sdkDeserialize.deserializeProperties(other, false)).not.toBe(a);
  });
});

describe("structural secrecy: msg, show and the textual scrub", () => {
  it("renders values derived from a secret as [secret], whatever the policy did to them", async () => {
    const { msg, withSecretContext } = await import("./secrets.js");
    const { show } = await import("./unknown.js");
    const secrets = new Set(["EU-West-3", "arn:aws:iam::123456789012:role/deploy-admin"]);
    const out = withSecretContext(
      () => secrets,
      () => [
        msg`region ${"EU-West-3".toLowerCase()} is not allowed`,
        msg`region ${"euwest3"} is not allowed`,
        msg`role ${"deploy-admin"} in ${"123456789012"} and ${"arn:aws:iam::123456789012:role/deploy-admin".slice(0, 30)}`,
        msg`replicas ${["eu-west-3", "us-east-1"]} and count ${2}`,
        show("EU-WEST-3"),
        show({ region: "eu-west-3", size: 5 }),
      ],
    );
    expect(out).toEqual([
      "region [secret] is not allowed",
      "region [secret] is not allowed",
      "role [secret] in [secret] and [secret]",
      'replicas ["[secret]","us-east-1"] and count 2',
      "[secret]",
      '{"region":"[secret]","size":5}',
    ]);
    // Outside a policy call nothing is secret.
    expect(msg`region ${"eu-west-3"}`).toBe("region eu-west-3");
  });

  it("treats the parts of a secret JSON document as secrets (a statement's Sid)", () => {
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "BreakGlassAdmin", Effect: "Allow", Action: "*", Resource: "*" }] });
    const found = secretValuesOf({ policy: { [SIG]: SECRET, value: doc } });
    expect(found.has("BreakGlassAdmin")).toBe(true);
    expect(found.has(doc)).toBe(false); // its keys are no secret; its parts are
    expect(secretValuesOf({ policy: doc }).size).toBe(0);
  });

  it("scrubs whole secret values in any case, but never a common word outside quotes", () => {
    expect(scrubSecrets("Region EU-WEST-3 (eu-west-3) is not eu-west-31", ["eu-west-3"])).toBe("Region [secret] ([secret]) is not eu-west-31");
    // A secret equal to a common word: only its quoted occurrence is a value.
    expect(scrubSecrets('the host "host" listens on every host', ["host"])).toBe('the host "[secret]" listens on every host');
    // A secret too long for a regular expression (found by the fuzzer: a 10,000-character value).
    const long = "x".repeat(10_000);
    expect(scrubSecrets(`acl is "${long}" or ${long.toUpperCase()}`, [long])).toBe('acl is "[secret]" or [secret]');
    const longPath = "a1-".repeat(4_000);
    expect(scrubSecrets(`path ${longPath} is open`, [longPath])).toBe("path [secret] is open");
    expect(scrubSecrets("port 22 of 220", ["22"])).toBe("port 22 of 220");
    expect(scrubSecrets('Action "*" on Resource "*"', ["*"])).toBe('Action "*" on Resource "*"');
  });

  it("matches values against long secrets (a quadratic matcher would not finish)", () => {
    const m = new SecretMatcher(["s".repeat(50_000)]);
    expect(m.isDerived("x".repeat(200_000))).toBe(false);
    expect(m.isDerived(`abc${"S".repeat(6)}`)).toBe(true);
    expect(m.isDerived("sssss")).toBe(false);
  });
});
