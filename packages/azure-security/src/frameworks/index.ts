/**
 * The compliance frameworks azure-security maps to, each a full control list with its source:
 * `rampart compliance --framework <id>` reports every control of one.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";
import { CIS_AZURE_6_0_0 } from "./cis-azure-6.0.0";
import { MCSB_1_0 } from "./mcsb";

export { CIS_AZURE_6_0_0, MCSB_1_0 };

/** Every framework catalog of the pack, by id order. */
export const FRAMEWORKS: readonly FrameworkCatalog[] = [CIS_AZURE_6_0_0, MCSB_1_0];
