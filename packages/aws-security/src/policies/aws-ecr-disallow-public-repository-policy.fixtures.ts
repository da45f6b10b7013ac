import { fixtures, unknown } from "@rampart/policy-testing";

const RP = "aws:ecr/repositoryPolicy:RepositoryPolicy";
const doc = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });
const PULL = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"];

export default fixtures([
  {
    name: "pull for one account",
    expect: "pass",
    resource: {
      type: RP,
      props: { repository: "app", policy: doc([{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: PULL }]) },
    },
  },
  {
    name: "pull for the organization",
    expect: "pass",
    resource: {
      type: RP,
      props: {
        repository: "app",
        policy: doc([{ Effect: "Allow", Principal: "*", Action: PULL, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }]),
      },
    },
  },
  {
    name: "pull for everyone",
    expect: "violate",
    message: 'policy Statement[0] (Sid "public") allows any principal',
    resource: { type: RP, props: { repository: "app", policy: doc([{ Sid: "public", Effect: "Allow", Principal: "*", Action: PULL }]) } },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: RP, props: { repository: "app", policy: unknown() } } },
  { name: "repository itself", expect: "not-applicable", resource: { type: "aws:ecr/repository:Repository", props: { name: "app" } } },
]);
