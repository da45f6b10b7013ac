import { fixtures, unknown } from "@rampart/policy-testing";
import { policyDocument as doc } from "../lib/public-statements.fixtures-kit";

export default fixtures([
  {
    name: "QueuePolicy for an account principal",
    expect: "pass",
    resource: {
      type: "aws:sqs/queuePolicy:QueuePolicy",
      props: {
        queueUrl: "https://sqs/q",
        policy: doc([{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sqs:SendMessage", Resource: "*" }]),
      },
    },
  },
  {
    name: "Principal * narrowed by aws:SourceArn (SNS fan-out)",
    expect: "pass",
    resource: {
      type: "aws:sqs/queue:Queue",
      props: {
        policy: doc([
          {
            Effect: "Allow",
            Principal: "*",
            Action: "sqs:SendMessage",
            Resource: "*",
            Condition: { ArnEquals: { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t" } },
          },
        ]),
      },
    },
  },
  { name: "queue without a policy", expect: "pass", resource: { type: "aws:sqs/queue:Queue", props: { name: "q" } } },
  {
    name: "QueuePolicy open to everyone",
    expect: "violate",
    message: 'policy Statement[1] (Sid "open") allows any principal',
    resource: {
      type: "aws:sqs/queuePolicy:QueuePolicy",
      props: {
        queueUrl: "https://sqs/q",
        policy: doc([
          { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sqs:*", Resource: "*" },
          { Sid: "open", Effect: "Allow", Principal: { AWS: "*" }, Action: "sqs:ReceiveMessage", Resource: "*" },
        ]),
      },
    },
  },
  {
    name: "inline queue policy as an object with Principal *",
    expect: "violate",
    message: "Statement[0] allows any principal",
    resource: {
      type: "aws:sqs/queue:Queue",
      props: { policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "sqs:SendMessage", Resource: "*" }] } },
    },
  },
  {
    name: "policy unknown during preview",
    expect: "unknown",
    resource: { type: "aws:sqs/queuePolicy:QueuePolicy", props: { queueUrl: "u", policy: unknown() } },
  },
  {
    name: "condition value unknown during preview",
    expect: "unknown",
    resource: {
      type: "aws:sqs/queue:Queue",
      props: {
        policy: { Statement: [{ Effect: "Allow", Principal: "*", Action: "sqs:SendMessage", Condition: { ArnEquals: { "aws:SourceArn": unknown() } } }] },
      },
    },
  },
  { name: "SNS topic is not a queue", expect: "not-applicable", resource: { type: "aws:sns/topic:Topic", props: {} } },
  {
    name: "condition value nested in an array with an unknown does not throw",
    expect: "unknown",
    resource: {
      type: "aws:sqs/queue:Queue",
      props: {
        policy: {
          Statement: [
            {
              Effect: "Allow",
              Principal: "*",
              Action: "sqs:SendMessage",
              Condition: { ArnEquals: { "aws:SourceArn": [["arn:aws:sns:us-east-1:111122223333:t", unknown()]] } },
            },
          ],
        },
      },
    },
  },
]);
