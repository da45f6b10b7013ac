/**
 * @rampart/engine-client: talking to a policy pack as the Pulumi engine does. Wire values
 * (unknowns, secrets, URNs), protobuf conversion with @pulumi/pulumi's generated classes, a started
 * pack process over the gRPC `Analyzer` service (`PolicyPackProcess`), the Configure payload the
 * Pulumi CLI computes from a `--policy-pack-config` file (`resolveEngineConfig`), and the one
 * reader of preview advisories (`isPreviewAdvisory`). Used by the rampart CLI and by
 * @rampart/policy-testing's engine runner.
 */
export * from "./wire";
export * from "./proto";
export * from "./engine";
export * from "./preview";
export * from "./aliases";
