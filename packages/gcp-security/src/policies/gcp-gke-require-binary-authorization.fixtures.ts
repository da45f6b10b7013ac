import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  {
    name: "Binary Authorization enforced",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", binaryAuthorization: { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" } } },
  },
  { name: "deprecated enabled flag", expect: "pass", resource: { type: C, props: { location: "europe-west1", binaryAuthorization: { enabled: true } } } },
  {
    name: "Autopilot cluster with Binary Authorization",
    expect: "pass",
    resource: {
      type: C,
      props: { location: "europe-west1", enableAutopilot: true, binaryAuthorization: { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" } },
    },
  },
  {
    name: "omitted (off by default)",
    expect: "violate",
    message: "binaryAuthorization is not set (off by default)",
    resource: { type: C, props: { location: "europe-west1" } },
  },
  {
    name: "explicitly disabled",
    expect: "violate",
    message: 'binaryAuthorization.evaluationMode is "DISABLED"',
    resource: { type: C, props: { location: "europe-west1", binaryAuthorization: { evaluationMode: "DISABLED" } } },
  },
  {
    name: "evaluation mode unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", binaryAuthorization: { evaluationMode: unknown() } } },
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
