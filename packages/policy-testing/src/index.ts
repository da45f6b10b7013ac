/**
 * @rampart/policy-testing: the fixture model and two runners for rampart policies: in process
 * through @pulumi/policy's own Analyze handlers (Runner A), and over the Pulumi engine's gRPC
 * analyzer protocol against a started pack (Runner B). Vitest helpers are in
 * `@rampart/policy-testing/vitest`.
 */
export * from "./wire";
export * from "./proto";
export * from "./fixtures";
export * from "./in-process";
export * from "./engine";
export * from "./run";
export * from "./fuzz";
export * from "./secret-leaks";
