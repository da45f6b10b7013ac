import { publicGrantFixtures } from "../lib/public-grant.fixtures-kit";

export default publicGrantFixtures(
  {
    member: { type: "gcp:pubsub/topicIAMMember:TopicIAMMember", props: { topic: "events", role: "roles/pubsub.publisher" } },
    binding: { type: "gcp:pubsub/subscriptionIAMBinding:SubscriptionIAMBinding", props: { subscription: "s", role: "roles/pubsub.subscriber" } },
    policy: { type: "gcp:pubsub/topicIAMPolicy:TopicIAMPolicy", props: { topic: "events" }, role: "roles/pubsub.viewer" },
    names: {
      pass: "publisher is a service account",
      member: "anyone can publish",
      binding: "any Google account can subscribe",
      policy: "public policy document",
      unknown: "binding members unknown during preview",
    },
    unknownIn: "binding",
  },
  [{ name: "a topic is not an IAM grant", expect: "not-applicable", resource: { type: "gcp:pubsub/topic:Topic", props: { name: "events" } } }],
);
