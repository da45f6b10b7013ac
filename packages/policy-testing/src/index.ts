/**
 * @rampart/policy-testing: the fixture model and two runners for rampart policies: in process
 * through @pulumi/policy's own Analyze handlers (Runner A), and over the Pulumi engine's gRPC
 * analyzer protocol against a started pack (Runner B, with @rampart/engine-client). Vitest
 * helpers are in `@rampart/policy-testing/vitest`.
 */
// The engine client (wire values, protobuf conversion, PolicyPackProcess, resolveEngineConfig,
// isPreviewAdvisory) lives in @rampart/engine-client; re-exported so fixtures and tests keep one import.
export * from "@rampart/engine-client";
export * from "./fixtures";
export * from "./in-process";
export * from "./run";
export * from "./fuzz";
export * from "./frameworks";
export { findSecretLeak, jsonParts, LEAK_RUN, normalizeText, secretForms } from "@rampart/policy-core";
