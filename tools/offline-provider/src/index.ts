/**
 * @rampart/offline-provider: offline stand-in provider plugins and helpers to run the real Pulumi
 * CLI's `pulumi preview --policy-pack` with no cloud.
 */
export * from "./invokes";
export * from "./provider";
export * from "./shims";
