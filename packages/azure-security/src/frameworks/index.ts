/**
 * The compliance frameworks this pack maps to, each a full control list with its source:
 * `rampart compliance --framework <id>` reports every control of one.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";

/** Every framework catalog of the pack, by id order. */
export const FRAMEWORKS: readonly FrameworkCatalog[] = [];
