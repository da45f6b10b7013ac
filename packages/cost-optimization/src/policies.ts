/**
 * The policies of the cost-optimization pack and the pack's name and description. The list itself is generated
 * from the files in src/policies/ (src/generated/policies.ts, by tools/policy-registry.mjs; a test
 * fails when it is stale): adding a policy is adding its file and its fixtures.
 */
import { registry } from "./generated/policies";

/** Every policy of the pack, in file-name order. */
export const policies = registry;

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "cost-optimization";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "Cost optimization for Pulumi programs on AWS, Azure and GCP: right-sized compute, current generations, storage and database caps, log retention, network waste and cost-allocation tags.";
