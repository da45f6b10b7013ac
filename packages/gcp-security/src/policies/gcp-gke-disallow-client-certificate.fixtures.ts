import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "cluster with defaults (no client certificate)", expect: "pass", resource: cluster({ initialNodeCount: 1 }) },
  {
    name: "client certificate explicitly off",
    expect: "pass",
    resource: cluster({ masterAuth: { clientCertificateConfig: { issueClientCertificate: false } } }),
  },
  {
    name: "client certificate issued",
    expect: "violate",
    message: "issueClientCertificate is true",
    resource: cluster({ masterAuth: { clientCertificateConfig: { issueClientCertificate: true } } }),
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: cluster({ masterAuth: { clientCertificateConfig: { issueClientCertificate: unknown() } } }),
  },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
