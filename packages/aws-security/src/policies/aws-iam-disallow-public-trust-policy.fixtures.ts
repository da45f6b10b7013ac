import { fixtures, unknown } from "@rampart/policy-testing";

const R = "aws:iam/role:Role";
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
/** A role whose trust policy (assumeRolePolicy) holds `Statement`. */
const role = (...Statement: object[]) => ({ type: R, props: { assumeRolePolicy: doc(...Statement) } });

export default fixtures([
  { name: "service principal", expect: "pass", resource: role({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }) },
  { name: "one account", expect: "pass", resource: role({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }) },
  {
    name: "any principal in the organization",
    expect: "pass",
    resource: role({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
    }),
  },
  {
    name: "OIDC federation",
    expect: "pass",
    resource: role({
      Effect: "Allow",
      Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
      Action: "sts:AssumeRoleWithWebIdentity",
    }),
  },
  { name: "Deny for everyone", expect: "pass", resource: role({ Effect: "Deny", Principal: "*", Action: "sts:AssumeRole" }) },
  {
    name: "Principal * without condition",
    expect: "violate",
    message: "assumeRolePolicy Statement[0] lets any AWS principal assume this role",
    resource: role({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" }),
  },
  {
    name: "AWS * with only an external id",
    expect: "violate",
    message: "Name the trusted principals",
    resource: role({
      Effect: "Allow",
      Principal: { AWS: ["*"] },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "sts:ExternalId": "x1" } },
    }),
  },
  { name: "trust policy unknown", expect: "unknown", resource: { type: R, props: { assumeRolePolicy: unknown() } } },
  {
    name: "principal unknown",
    expect: "unknown",
    resource: {
      type: R,
      props: { assumeRolePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: unknown(), Action: "sts:AssumeRole" }] } },
    },
  },
  {
    name: "condition unknown with public principal",
    expect: "unknown",
    resource: {
      type: R,
      props: { assumeRolePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole", Condition: unknown() }] } },
    },
  },
]);
