/**
 * The compliance frameworks aws-security maps to, each a full control list with its source:
 * `rampart compliance --framework <id>` reports every control of one.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";
import { AWS_FSBP_1_0_0 } from "./aws-fsbp";
import { CIS_AWS_3_0_0 } from "./cis-aws-3.0.0";
import { CIS_AWS_5_0_0 } from "./cis-aws-5.0.0";

export { AWS_FSBP_1_0_0, CIS_AWS_3_0_0, CIS_AWS_5_0_0 };

/** Every framework catalog of the pack, by id order. */
export const FRAMEWORKS: readonly FrameworkCatalog[] = [AWS_FSBP_1_0_0, CIS_AWS_3_0_0, CIS_AWS_5_0_0];
