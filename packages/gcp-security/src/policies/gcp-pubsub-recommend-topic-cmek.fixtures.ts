import { fixtures, unknown } from "@rampart/policy-testing";

const T = "gcp:pubsub/topic:Topic";

export default fixtures([
  {
    name: "topic with a CMEK",
    expect: "pass",
    resource: { type: T, props: { name: "events", kmsKeyName: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/ps" } },
  },
  { name: "key from another resource (unknown) counts as set", expect: "pass", resource: { type: T, props: { name: "events", kmsKeyName: unknown() } } },
  { name: "topic with Google-managed keys", expect: "violate", message: "kmsKeyName is not set", resource: { type: T, props: { name: "events" } } },
  { name: "a subscription is not a topic", expect: "not-applicable", resource: { type: "gcp:pubsub/subscription:Subscription", props: { topic: "events" } } },
]);
