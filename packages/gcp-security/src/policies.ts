/**
 * The policies of the gcp-security pack and the pack's name and description. The list itself is
 * generated from the files in src/policies/ (src/generated/policies.ts, by tools/policy-registry.mjs;
 * a test fails when it is stale): adding a policy is adding its file and its fixtures.
 */
import { registry } from "./generated/policies";

/** Every policy of the pack, in file-name order. */
export const policies = registry;

/** The compliance frameworks the pack's controls belong to, each a full control list (`rampart compliance`). */
export { FRAMEWORKS } from "./frameworks";

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "gcp-security";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "Google Cloud security best practices for Pulumi programs on @pulumi/gcp 9, mapped to the CIS Google Cloud Platform Foundations Benchmark.";
