/**
 * The policies of the aws-security pack and the pack's name and description. The list itself is generated
 * from the files in src/policies/ (src/generated/policies.ts, by tools/policy-registry.mjs; a test
 * fails when it is stale): adding a policy is adding its file and its fixtures.
 */
import { registry } from "./generated/policies";

/** Every policy of the pack, in file-name order. */
export const policies = registry;

/** The compliance frameworks the pack's controls belong to, each a full control list (`rampart compliance`). */
export { FRAMEWORKS } from "./frameworks";

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "aws-security";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "AWS security best practices for Pulumi programs, mapped to AWS Foundational Security Best Practices and the CIS AWS Foundations Benchmark v3.0.0 and v5.0.0.";
