import { fixtures, unknown } from "@rampart/policy-testing";
import { policyDocument as doc } from "../lib/public-statements.fixtures-kit";

export default fixtures([
  {
    name: "default topic policy restricted by AWS:SourceOwner",
    expect: "pass",
    resource: {
      type: "aws:sns/topicPolicy:TopicPolicy",
      props: {
        arn: "arn:aws:sns:us-east-1:111122223333:t",
        policy: doc([
          {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["SNS:Publish", "SNS:Subscribe"],
            Resource: "*",
            Condition: { StringEquals: { "AWS:SourceOwner": "111122223333" } },
          },
        ]),
      },
    },
  },
  {
    name: "service principal may publish",
    expect: "pass",
    resource: {
      type: "aws:sns/topic:Topic",
      props: { policy: doc([{ Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sns:Publish", Resource: "*" }]) },
    },
  },
  {
    name: "topic open to everyone for Subscribe",
    expect: "violate",
    message: "policy Statement[0] allows any principal",
    resource: { type: "aws:sns/topic:Topic", props: { policy: doc([{ Effect: "Allow", Principal: "*", Action: "sns:Subscribe", Resource: "*" }]) } },
  },
  {
    name: "TopicPolicy with an IfExists-only condition is still public",
    expect: "violate",
    message: "allows any principal",
    resource: {
      type: "aws:sns/topicPolicy:TopicPolicy",
      props: {
        arn: "a",
        policy: doc([
          {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "sns:Publish",
            Resource: "*",
            Condition: { StringEqualsIfExists: { "aws:SourceAccount": "111122223333" } },
          },
        ]),
      },
    },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: "aws:sns/topicPolicy:TopicPolicy", props: { arn: "a", policy: unknown() } } },
  { name: "SQS queue is not a topic", expect: "not-applicable", resource: { type: "aws:sqs/queue:Queue", props: {} } },
]);
