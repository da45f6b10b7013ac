import { fixtures, unknown } from "@rampart/policy-testing";

const V1 = "gcp:cloudrun/service:Service";
const V2 = "gcp:cloudrunv2/service:Service";
const template = { containers: [{ image: "gcr.io/p/api" }] };

export default fixtures([
  {
    name: "v2 behind a load balancer",
    expect: "pass",
    resource: { type: V2, props: { location: "europe-west1", ingress: "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER", template } },
  },
  { name: "v2 internal only", expect: "pass", resource: { type: V2, props: { location: "europe-west1", ingress: "INGRESS_TRAFFIC_INTERNAL_ONLY", template } } },
  {
    name: "v1 internal",
    expect: "pass",
    resource: {
      type: V1,
      props: {
        location: "europe-west1",
        metadata: { annotations: { "run.googleapis.com/ingress": "internal" } },
        template: { spec: { containers: [{ image: "gcr.io/p/api" }] } },
      },
    },
  },
  {
    name: "v2 all traffic",
    expect: "violate",
    message: 'ingress is "INGRESS_TRAFFIC_ALL"',
    resource: { type: V2, props: { location: "europe-west1", ingress: "INGRESS_TRAFFIC_ALL", template } },
  },
  { name: "v2 default (all traffic)", expect: "violate", message: "ingress is not set", resource: { type: V2, props: { location: "europe-west1", template } } },
  {
    name: "v1 default (all traffic)",
    expect: "violate",
    message: 'metadata.annotations["run.googleapis.com/ingress"] is not set',
    resource: { type: V1, props: { location: "europe-west1", template: { spec: { containers: [{ image: "gcr.io/p/api" }] } } } },
  },
  {
    name: "v1 explicitly all",
    expect: "violate",
    message: 'is "all"',
    resource: { type: V1, props: { location: "europe-west1", metadata: { annotations: { "run.googleapis.com/ingress": "all" } } } },
  },
  { name: "v2 ingress unknown during preview", expect: "unknown", resource: { type: V2, props: { location: "europe-west1", ingress: unknown(), template } } },
  {
    name: "v1 annotation unknown during preview",
    expect: "unknown",
    resource: { type: V1, props: { location: "europe-west1", metadata: { annotations: { "run.googleapis.com/ingress": unknown() } } } },
  },
  {
    name: "a Cloud Run job is not a service",
    expect: "not-applicable",
    resource: { type: "gcp:cloudrunv2/job:Job", props: { location: "europe-west1", template: {} } },
  },
]);
