/**
 * The policies of the azure-security pack and the pack's name and description. The list itself is
 * generated from the files in src/policies/ (src/generated/policies.ts, by tools/policy-registry.mjs;
 * a test fails when it is stale): adding a policy is adding its file and its fixtures.
 */
import { registry } from "./generated/policies";

/** Every policy of the pack, in file-name order. */
export const policies = registry;

/** The compliance frameworks the pack's controls belong to, each a full control list (`rampart compliance`). */
export { FRAMEWORKS } from "./frameworks";

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "azure-security";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "Azure security best practices for Pulumi programs on azure-native 3, mapped to the CIS Microsoft Azure Foundations Benchmark and the Microsoft cloud security benchmark.";
