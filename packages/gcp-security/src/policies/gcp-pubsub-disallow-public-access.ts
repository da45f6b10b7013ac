import { checkNoPublicGrant } from "../lib/iam-public";
import { gcpPolicy } from "../policy";

/**
 * Pub/Sub topics and subscriptions must not grant IAM roles to allUsers or allAuthenticatedUsers
 * (`gcp:pubsub/topicIAM*`, `gcp:pubsub/subscriptionIAM*`): anyone could publish to the topic or
 * read its messages.
 */
export default gcpPolicy({
  name: "gcp-pubsub-disallow-public-access",
  description: "Pub/Sub topics and subscriptions must not grant IAM roles to allUsers or allAuthenticatedUsers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove allUsers and allAuthenticatedUsers from the topic's or subscription's IAM member, binding or policy; grant roles/pubsub.publisher or roles/pubsub.subscriber to specific service accounts.",
  url: "https://cloud.google.com/pubsub/docs/access-control",
  resourceTypes: [
    "gcp:pubsub/topicIAMMember:TopicIAMMember",
    "gcp:pubsub/topicIAMBinding:TopicIAMBinding",
    "gcp:pubsub/topicIAMPolicy:TopicIAMPolicy",
    "gcp:pubsub/subscriptionIAMMember:SubscriptionIAMMember",
    "gcp:pubsub/subscriptionIAMBinding:SubscriptionIAMBinding",
    "gcp:pubsub/subscriptionIAMPolicy:SubscriptionIAMPolicy",
  ],
  validateResource: (resource, report) => checkNoPublicGrant("Pub/Sub topic or subscription", resource, report),
});
