/** A hand-made check report for the renderers' tests (no pack is started). */
import type { Violation } from "../../check";
import type { Report } from "../model";

export const v = (policy: string, name: string, level: Violation["enforcementLevel"], severity: Violation["severity"], message: string): Violation => ({
  pack: "aws-security",
  packVersion: "0.1.0",
  policy,
  enforcementLevel: level,
  severity,
  description: `${policy} description.`,
  message,
  urn: `urn:pulumi:prod::webapp::aws:s3/bucket:Bucket::${name}`,
  resourceName: name,
  resourceType: "aws:s3/bucket:Bucket",
});

const policyInfo = (name: string) => ({ name, description: `${name} description.`, remediationSteps: `Fix ${name} like \`this\`.`, url: `https://docs.example/${name}`, tags: [] }) as any;

export function sampleReport(over: Partial<Report> = {}): Report {
  const violations = [
    v("aws-s3-disallow-public-acl", "assets", "mandatory", "critical", 'acl is "public-read". Set acl to "private".'),
    v("aws-s3-require-versioning", "logs", "advisory", "low", "versioning is off | and <b>bold</b> *stars* [link](x)\nsecond line"),
    v("aws-s3-require-sse-kms", "assets", "advisory", "medium", "no KMS key."),
  ];
  return {
    tool: { name: "rampart", version: "0.1.0" },
    input: { path: "stack.json", kind: "stack-export", stack: "prod", project: "webapp" },
    packs: [{ name: "aws-security", version: "0.1.0", policies: violations.map((x) => policyInfo(x.policy)) }],
    resourcesChecked: 4,
    violations,
    exempted: [
      {
        violation: v("aws-s3-require-sse-kms", "public-site", "advisory", "medium", "no KMS key."),
        exemption: { policy: "aws-s3-require-sse-kms", resource: "public-site", reason: "Public assets (SEC-42)", expires: "2099-01-31" },
      },
    ],
    baselined: [v("aws-s3-require-versioning", "old", "advisory", "low", "versioning is off.")],
    baselineUsed: true,
    expiredExemptions: [{ policy: "aws-s3-require-versioning", resource: "logs", reason: "until migration", expires: "2020-01-31" }],
    failOn: "mandatory",
    failed: true,
    unexpandedComponents: [],
    warnings: [],
    ...over,
  };
}

