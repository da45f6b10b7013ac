import { fixtures, unknown } from "@rampart/policy-testing";

const TM = "gcp:pubsub/topicIAMMember:TopicIAMMember";
const SB = "gcp:pubsub/subscriptionIAMBinding:SubscriptionIAMBinding";
const TP = "gcp:pubsub/topicIAMPolicy:TopicIAMPolicy";

export default fixtures([
  {
    name: "publisher is a service account",
    expect: "pass",
    resource: { type: TM, props: { topic: "events", role: "roles/pubsub.publisher", member: "serviceAccount:app@p.iam.gserviceaccount.com" } },
  },
  {
    name: "anyone can publish",
    expect: "violate",
    message: "member grants allUsers",
    resource: { type: TM, props: { topic: "events", role: "roles/pubsub.publisher", member: "allUsers" } },
  },
  {
    name: "any Google account can subscribe",
    expect: "violate",
    message: "members grants allAuthenticatedUsers",
    resource: { type: SB, props: { subscription: "s", role: "roles/pubsub.subscriber", members: ["allAuthenticatedUsers"] } },
  },
  {
    name: "public policy document",
    expect: "violate",
    message: "policyData bindings grants allUsers",
    resource: { type: TP, props: { topic: "events", policyData: JSON.stringify({ bindings: [{ role: "roles/pubsub.viewer", members: ["allUsers"] }] }) } },
  },
  {
    name: "binding members unknown during preview",
    expect: "unknown",
    resource: { type: SB, props: { subscription: "s", role: "roles/pubsub.subscriber", members: unknown() } },
  },
  { name: "a topic is not an IAM grant", expect: "not-applicable", resource: { type: "gcp:pubsub/topic:Topic", props: { name: "events" } } },
]);
