import { fixtures } from "@rampart/policy-testing";
import { flagResource, requiredPropertyCases } from "../lib/property.fixtures-kit";

const c = requiredPropertyCases({
  resource: flagResource("gcp:pubsub/topic:Topic", { name: "events" }, "kmsKeyName"),
  path: "kmsKeyName",
  value: "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/ps",
  names: { set: "topic with a CMEK", unknown: "key from another resource (unknown) counts as set", absent: "topic with Google-managed keys" },
});

export default fixtures([
  c.set,
  c.unknown,
  c.absent,
  { name: "a subscription is not a topic", expect: "not-applicable", resource: { type: "gcp:pubsub/subscription:Subscription", props: { topic: "events" } } },
]);
