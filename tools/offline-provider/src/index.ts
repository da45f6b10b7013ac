/**
 * @rampart/offline-provider: offline stand-in provider plugins and helpers to run the real Pulumi
 * CLI's `pulumi preview --policy-pack` with no cloud.
 */
export * from "./cli";
export * from "./invokes";
export * from "./preview";
export * from "./provider";
export * from "./schema";
export * from "./shims";
export * from "./python";
