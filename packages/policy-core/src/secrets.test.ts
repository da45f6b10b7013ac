import { unknownCheckingProxy } from "@pulumi/policy";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

// The SDK module whose exported deserializeProperties the SDK's server calls per policy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdkDeserialize = require(path.join(path.dirname(require.resolve("@pulumi/policy")), "deserialize.js"));

describe("secret tracking and the shared deserializer", () => {
  it("records secrets and shares one deserialization per request, also for a second copy of policy-core", async () => {
    const first = await import("./secrets.js");
    expect(first.installSecretTracking()).toBe(true);
    vi.resetModules();
    const second = await import("./secrets.js");
    expect(second).not.toBe(first);
    expect(second.installSecretTracking()).toBe(true);

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
