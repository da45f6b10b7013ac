/**
 * The compliance frameworks this pack maps to, each a full control list with its source:
 * `rampart compliance --framework <id>` reports every control of one.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";
import { CIS_GCP_5_0_0 } from "./cis-gcp-5.0.0";
import { CIS_GKE_1_6_0 } from "./cis-gke-1.6.0";

export { CIS_GCP_5_0_0, CIS_GKE_1_6_0 };

/** Every framework catalog of the pack, by id order. */
export const FRAMEWORKS: readonly FrameworkCatalog[] = [CIS_GCP_5_0_0, CIS_GKE_1_6_0];
