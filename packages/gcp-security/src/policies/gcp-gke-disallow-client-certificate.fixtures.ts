import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "cluster with defaults (no client certificate)", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } } },
  {
    name: "client certificate explicitly off",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", masterAuth: { clientCertificateConfig: { issueClientCertificate: false } } } },
  },
  {
    name: "client certificate issued",
    expect: "violate",
    message: "issueClientCertificate is true",
    resource: { type: C, props: { location: "europe-west1", masterAuth: { clientCertificateConfig: { issueClientCertificate: true } } } },
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", masterAuth: { clientCertificateConfig: { issueClientCertificate: unknown() } } } },
  },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c", nodeCount: 1 } },
  },
]);
