/**
 * The reviewed compliance mapping of the aws-security pack: policy name → controls.
 *
 * - `aws-fsbp`: AWS Foundational Security Best Practices v1.0.0 (AWS Security Hub). Each id and
 *   title was checked against the Security Hub user guide's control reference pages
 *   (https://docs.aws.amazon.com/securityhub/latest/userguide/<service>-controls.html).
 * - `cis-aws`: CIS AWS Foundations Benchmark v3.0.0 recommendations, as listed under "Related
 *   requirements" on those same Security Hub pages.
 *
 * One table, so a reviewer checks every id in one place. Policies read their controls from here
 * with `controlsFor(name)`; a test fails when a policy name here matches no policy.
 */
import type { ComplianceControl } from "@rampart/policy-core";

const FSBP = (id: string, anchor: string, service: string): ComplianceControl => ({
  framework: "aws-fsbp",
  version: "1.0.0",
  id,
  reference: `https://docs.aws.amazon.com/securityhub/latest/userguide/${service}-controls.html#${anchor}`,
});
const CIS = (id: string): ComplianceControl => ({ framework: "cis-aws", version: "3.0.0", id });

/** Policy name → controls (FSBP first, then CIS). */
export const CONTROLS: Readonly<Record<string, readonly ComplianceControl[]>> = {
  "aws-s3-disallow-public-acl": [FSBP("S3.2", "s3-2", "s3"), FSBP("S3.3", "s3-3", "s3")],
  "aws-s3-require-public-access-block": [FSBP("S3.8", "s3-8", "s3"), CIS("2.1.4")],
  "aws-ec2-disallow-open-ssh": [FSBP("EC2.13", "ec2-13", "ec2"), CIS("5.2"), CIS("5.3")],
};

/** The controls of a policy (empty when none applies). */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return CONTROLS[policyName] ?? [];
}
