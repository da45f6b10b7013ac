import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:compute/backendService:BackendService";

export default fixtures([
  {
    name: "logging on",
    expect: "pass",
    resource: { type: B, props: { protocol: "HTTPS", loadBalancingScheme: "EXTERNAL_MANAGED", logConfig: { enable: true, sampleRate: 1 } } },
  },
  { name: "TCP backend (not an HTTP(S) load balancer)", expect: "pass", resource: { type: B, props: { protocol: "TCP", loadBalancingScheme: "EXTERNAL" } } },
  { name: "Traffic Director backend", expect: "pass", resource: { type: B, props: { protocol: "GRPC", loadBalancingScheme: "INTERNAL_SELF_MANAGED" } } },
  {
    name: "defaults (HTTP, logging off)",
    expect: "violate",
    message: "logConfig.enable is not set (logging is off by default)",
    resource: { type: B, props: { healthChecks: "hc" } },
  },
  {
    name: "logging explicitly off",
    expect: "violate",
    message: "logConfig.enable is false",
    resource: { type: B, props: { protocol: "HTTP2", logConfig: { enable: false } } },
  },
  {
    name: "sample rate 0",
    expect: "violate",
    message: "logConfig.sampleRate is 0",
    resource: { type: B, props: { protocol: "HTTPS", logConfig: { enable: true, sampleRate: 0 } } },
  },
  { name: "protocol unknown during preview", expect: "unknown", resource: { type: B, props: { protocol: unknown() } } },
  {
    name: "a regional backend service is another type",
    expect: "not-applicable",
    resource: { type: "gcp:compute/regionBackendService:RegionBackendService", props: { region: "europe-west1", protocol: "TCP" } },
  },
]);
