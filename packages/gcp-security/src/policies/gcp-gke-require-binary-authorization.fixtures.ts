import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "Binary Authorization enforced",
    expect: "pass",
    resource: cluster({ binaryAuthorization: { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" } }),
  },
  { name: "deprecated enabled flag", expect: "pass", resource: cluster({ binaryAuthorization: { enabled: true } }) },
  {
    name: "Autopilot cluster with Binary Authorization",
    expect: "pass",
    resource: cluster({ enableAutopilot: true, binaryAuthorization: { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" } }),
  },
  {
    name: "omitted (off by default)",
    expect: "violate",
    message: "binaryAuthorization is not set (off by default)",
    resource: cluster(),
  },
  {
    name: "explicitly disabled",
    expect: "violate",
    message: 'binaryAuthorization.evaluationMode is "DISABLED"',
    resource: cluster({ binaryAuthorization: { evaluationMode: "DISABLED" } }),
  },
  {
    name: "evaluation mode unknown during preview",
    expect: "unknown",
    resource: cluster({ binaryAuthorization: { evaluationMode: unknown() } }),
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
