import { unknown } from "@rampart/policy-testing";
import { policyFixtures } from "../lib/public-statements.fixtures-kit";

const PULL = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"];

export default policyFixtures("aws:ecr/repositoryPolicy:RepositoryPolicy", { repository: "app" }, [
  ["pull for one account", "pass", [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: PULL }]],
  ["pull for the organization", "pass", [{ Effect: "Allow", Principal: "*", Action: PULL, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }]],
  [
    "pull for everyone",
    "violate",
    [{ Sid: "public", Effect: "Allow", Principal: "*", Action: PULL }],
    'policy Statement[0] (Sid "public") allows any principal',
  ],
  ["policy unknown during preview", "unknown", unknown()],
  { name: "repository itself", expect: "not-applicable", resource: { type: "aws:ecr/repository:Repository", props: { name: "app" } } },
]);
