/**
 * Issue 16, class 1 at the CLI: a stack export with secrets in a provider region, replica regions,
 * a policy document, names and tags gives no form of those secrets (case-folded, stripped of
 * punctuation, any 6-character run) in any report format or in the baseline.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findSecretLeak } from "@rampart/policy-core";
import { run } from "../commands/test-util";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** A secret as `pulumi stack export --show-secrets` writes it: the value JSON-encoded in `plaintext`. */
const secret = (v: unknown) => ({ [SIG]: SECRET_SIG, plaintext: JSON.stringify(v) });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-secrets-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const PROVIDER_REGION = "SA-East-1";
const REPLICA_REGION = "ap-southeast-2";
const SID = "Qwv7HxPlumSid";
const POLICY_NAME = "zephyr-quokka-7731";
const BUCKET = "acme-finance-ledger-2291";
const OWNER = "zqx-ocelot-77k";
const SECRETS = [PROVIDER_REGION, REPLICA_REGION, SID, POLICY_NAME, BUCKET, OWNER];

const stackUrn = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";
const providerUrn = "urn:pulumi:prod::shop::pulumi:providers:aws::default_7_47_0";
const provider = `${providerUrn}::0b5e2a6c-1111-4222-8333-944455556666`;
const res = (type: string, name: string, inputs: Record<string, unknown>) => ({
  urn: `urn:pulumi:prod::shop::${type}::${name}`,
  custom: true,
  id: `${name}-id`,
  type,
  inputs,
  outputs: inputs,
  parent: stackUrn,
  provider,
  dependencies: [],
});
const doc = { Version: "2012-10-17", Statement: [{ Sid: SID, Effect: "Allow", Action: "*", Resource: "*" }] };
const exportDoc = {
  version: 3,
  deployment: {
    manifest: { time: "2026-11-02T09:13:51Z", magic: "", version: "v3.200.0" },
    resources: [
      { urn: stackUrn, custom: false, type: "pulumi:pulumi:Stack", outputs: {} },
      {
        urn: providerUrn,
        custom: true,
        id: "0b5e2a6c-1111-4222-8333-944455556666",
        type: "pulumi:providers:aws",
        inputs: { region: secret(PROVIDER_REGION) },
        outputs: { region: secret(PROVIDER_REGION) },
      },
      res("aws:dynamodb/table:Table", "orders", {
        name: "orders",
        billingMode: "PAY_PER_REQUEST",
        hashKey: "id",
        replicas: [{ regionName: secret(REPLICA_REGION) }],
        tags: secret({ owner: OWNER }),
      }),
      res("aws:iam/policy:Policy", "ops", { name: secret(POLICY_NAME), policy: secret(JSON.stringify(doc)) }),
      res("aws:s3/bucket:Bucket", "files", { bucket: secret(BUCKET), acl: "public-read", tags: { owner: secret(OWNER) } }),
    ],
  },
};

describe("secrets in a stack export never reach a report or baseline", () => {
  it("text, json, sarif and junit reports and the baseline show no form of any secret", async () => {
    const input = path.join(tmp, "stack.json");
    fs.writeFileSync(input, JSON.stringify(exportDoc, null, 2));
    const config = path.join(tmp, "policy-config.json");
    // With the level set, as the Pulumi CLI requires when one file serves packs that lack a policy.
    const residency = { enforcementLevel: "mandatory", allowedJurisdictions: ["EU"] };
    fs.writeFileSync(config, JSON.stringify({ "aws-location-allowed-region": residency, "aws-dynamodb-replica-regions": residency }));
    const seen = new Set<string>();
    for (const format of ["text", "json", "sarif", "junit"]) {
      const out = path.join(tmp, `report.${format}`);
      const baseline = path.join(tmp, `baseline.${format}.json`);
      const r = await run([
        "check",
        input,
        "--pack",
        "aws-security",
        "--pack",
        "data-location",
        "--config",
        config,
        "--format",
        format,
        "--output",
        out,
        "--write-baseline",
        baseline,
        "--fail-on",
        "never",
      ]);
      expect(r.err, format).toBe("");
      expect(r.code, format).toBe(0);
      const report = fs.readFileSync(out, "utf8");
      for (const [what, text] of [
        [`${format} report`, report],
        ["baseline", fs.readFileSync(baseline, "utf8")],
        ["stdout", r.out],
      ]) {
        const leak = findSecretLeak(text, SECRETS);
        expect(leak, `${what} shows ${leak}: ${text}`).toBeUndefined();
      }
      for (const p of ["aws-location-allowed-region", "aws-dynamodb-replica-regions", "aws-iam-disallow-full-admin-policy", "aws-s3-disallow-public-acl"])
        if (report.includes(p)) seen.add(p);
      expect(report, format).toContain("[secret]");
    }
    // The policies that used to leak did report: the test saw their messages.
    expect([...seen].sort()).toEqual([
      "aws-dynamodb-replica-regions",
      "aws-iam-disallow-full-admin-policy",
      "aws-location-allowed-region",
      "aws-s3-disallow-public-acl",
    ]);
  }, 120_000);
});
