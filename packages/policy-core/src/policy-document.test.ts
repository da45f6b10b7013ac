import { describe, expect, it } from "vitest";
import { allowsPublicAccess, deniesInsecureTransport, isWildcard, parsePolicyDocument, UNKNOWN } from "./policy-document";

describe("policy documents", () => {
  it("normalizes single values and arrays", () => {
    const doc = parsePolicyDocument(
      JSON.stringify({ Statement: { Effect: "Allow", Action: "*", Resource: ["*"], Principal: { AWS: "arn:aws:iam::1:root" } } }),
    );
    expect(doc.state).toBe("known");
    if (doc.state !== "known") return;
    expect(doc.statements[0].actions).toEqual(["*"]);
    expect(doc.statements[0].principal).toEqual({ AWS: ["arn:aws:iam::1:root"] });
    expect(isWildcard(doc.statements[0].resources)).toBe(true);
  });

  it("treats a public principal narrowed by aws:SourceArn as not public", () => {
    const open = parsePolicyDocument({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }] });
    const narrowed = parsePolicyDocument({
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: "*" },
          Action: "s3:GetObject",
          Resource: "*",
          Condition: { ArnLike: { "aws:SourceArn": "arn:aws:cloudfront::1:distribution/X" } },
        },
      ],
    });
    const wildcardCondition = parsePolicyDocument({
      Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: { StringLike: { "aws:SourceAccount": "*" } } }],
    });
    expect(open.state === "known" && allowsPublicAccess(open.statements[0])).toBe(true);
    expect(narrowed.state === "known" && allowsPublicAccess(narrowed.statements[0])).toBe(false);
    expect(wildcardCondition.state === "known" && allowsPublicAccess(wildcardCondition.statements[0])).toBe(true);
  });

  it("recognizes a TLS-only deny", () => {
    const doc = parsePolicyDocument({
      Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }],
    });
    expect(deniesInsecureTransport(doc, "s3")).toBe(true);
    expect(deniesInsecureTransport(parsePolicyDocument({ Statement: [] }), "s3")).toBe(false);
  });

  it("reports invalid JSON and keeps unknown parts", () => {
    expect(parsePolicyDocument("{not json").state).toBe("invalid");
    expect(parsePolicyDocument(undefined).state).toBe("absent");
  });

  it("exports the unknown marker", () => {
    expect(typeof UNKNOWN).toBe("symbol");
  });
});
