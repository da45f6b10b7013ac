import { fixtures, unknown } from "@rampart/policy-testing";

const K = "aws:kms/key:Key";
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const root = { Sid: "Root", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };

export default fixtures([
  { name: "account root only", expect: "pass", resource: { type: K, props: { policy: doc(root) } } },
  { name: "no policy (default key policy)", expect: "pass", resource: { type: K, props: { description: "k" } } },
  {
    name: "AWS * limited by kms:CallerAccount",
    expect: "pass",
    resource: {
      type: K,
      props: {
        policy: doc(root, {
          Effect: "Allow",
          Principal: { AWS: "*" },
          Action: ["kms:Decrypt"],
          Resource: "*",
          Condition: { StringEquals: { "kms:CallerAccount": "111122223333", "kms:ViaService": "ec2.eu-west-1.amazonaws.com" } },
        }),
      },
    },
  },
  {
    name: "Deny for everyone",
    expect: "pass",
    resource: {
      type: "aws:kms/keyPolicy:KeyPolicy",
      props: { keyId: "k", policy: doc(root, { Effect: "Deny", Principal: "*", Action: "kms:ScheduleKeyDeletion", Resource: "*" }) },
    },
  },
  {
    name: "Principal * on a key",
    expect: "violate",
    message: 'policy Statement[1] allows Principal "*"',
    resource: { type: K, props: { policy: doc(root, { Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" }) } },
  },
  {
    name: "KeyPolicy with AWS * and a wildcard org condition",
    expect: "violate",
    message: "any AWS account can use or manage the key",
    resource: {
      type: "aws:kms/keyPolicy:KeyPolicy",
      props: {
        keyId: "k",
        policy: doc({
          Sid: "Open",
          Effect: "Allow",
          Principal: { AWS: "*" },
          Action: "kms:*",
          Resource: "*",
          Condition: { StringLike: { "aws:PrincipalOrgID": "*" } },
        }),
      },
    },
  },
  {
    name: "policy unknown",
    expect: "unknown",
    resource: { type: "aws:kms/replicaKey:ReplicaKey", props: { primaryKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/mrk-1", policy: unknown() } },
  },
  {
    name: "principal unknown",
    expect: "unknown",
    resource: { type: K, props: { policy: { Statement: [{ Effect: "Allow", Principal: unknown(), Action: "kms:*", Resource: "*" }] } } },
  },
]);
