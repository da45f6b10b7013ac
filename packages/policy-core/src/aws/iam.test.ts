import { describe, expect, it } from "vitest";
import { allowsPublicAccess, parsePolicyDocument, UNKNOWN } from "../policy-document";
import { actionMatches, coversAction, grantsFullAdmin, identityPolicyDocuments, scanStatements } from "./iam";

const stmt = (s: object) => {
  const doc = parsePolicyDocument({ Statement: [s] });
  if (doc.state !== "known") throw new Error("not parsed");
  return doc.statements[0];
};

describe("awsIam", () => {
  it("matches IAM action patterns case-insensitively with * and ?", () => {
    expect(actionMatches("kms:*", "kms:Decrypt")).toBe(true);
    expect(actionMatches("KMS:decrypt", "kms:Decrypt")).toBe(true);
    expect(actionMatches("kms:ReEncrypt*", "kms:ReEncryptFrom")).toBe(true);
    expect(actionMatches("kms:Re?ncryptFrom", "kms:ReEncryptFrom")).toBe(true);
    expect(actionMatches("kms:Encrypt", "kms:Decrypt")).toBe(false);
    expect(actionMatches("s3:Get.Object", "s3:GetxObject")).toBe(false);
  });

  it("reads Action and NotAction", () => {
    expect(coversAction(stmt({ Effect: "Allow", Action: "*", Resource: "*" }), "kms:Decrypt")).toBe("yes");
    expect(coversAction(stmt({ Effect: "Allow", NotAction: "kms:*", Resource: "*" }), "kms:Decrypt")).toBe("no");
    expect(coversAction(stmt({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }), "kms:Decrypt")).toBe("yes");
    expect(coversAction(stmt({ Effect: "Allow", Action: ["s3:GetObject", UNKNOWN], Resource: "*" }), "kms:Decrypt")).toBe("unknown");
  });

  it("recognises full admin only for Allow * on *", () => {
    expect(grantsFullAdmin(stmt({ Effect: "Allow", Action: "*", Resource: "*" }))).toBe(true);
    expect(grantsFullAdmin(stmt({ Effect: "Allow", Action: ["*:*"], Resource: ["*"] }))).toBe(true);
    expect(grantsFullAdmin(stmt({ Effect: "Deny", Action: "*", Resource: "*" }))).toBe(false);
    expect(grantsFullAdmin(stmt({ Effect: "Allow", Action: "s3:*", Resource: "*" }))).toBe(false);
  });

  it("finds documents of managed, inline and role policies", () => {
    expect(identityPolicyDocuments("aws:iam/policy:Policy", { policy: '{"Statement":[]}' }).map((d) => d.path)).toEqual(["policy"]);
    const role = identityPolicyDocuments("aws:iam/role:Role", { assumeRolePolicy: "{}", inlinePolicies: [{ name: "a", policy: '{"Statement":[]}' }] });
    expect(role.map((d) => d.path)).toEqual(["inlinePolicies[0].policy"]);
  });

  it("scans statements and reports open verdicts", () => {
    const docs = identityPolicyDocuments("aws:iam/policy:Policy", { policy: { Statement: [{ Sid: "A", Effect: "Allow", Action: "*", Resource: "*" }] } });
    const r = scanStatements(docs, (s) => (grantsFullAdmin(s) ? "yes" : "no"));
    expect(r.hits.map((h) => h.label)).toEqual(['Statement[0] (Sid "A")']);
    expect(scanStatements([{ path: "policy", doc: { state: "unknown" } }], () => "no").unknown).toBe(true);
  });

  it("treats kms:CallerAccount as restricting a * principal (KMS key policies)", () => {
    const s = stmt({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "kms:Decrypt",
      Resource: "*",
      Condition: { StringEquals: { "kms:CallerAccount": "111122223333" } },
    });
    expect(allowsPublicAccess(s)).toBe(false);
    expect(allowsPublicAccess(stmt({ Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:Decrypt", Resource: "*" }))).toBe(true);
  });
});
