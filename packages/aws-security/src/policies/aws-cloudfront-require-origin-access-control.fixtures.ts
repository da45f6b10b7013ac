import { fixtures, unknown } from "@rampart/policy-testing";
import { distribution, customOrigin } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "S3 origin with OAC", expect: "pass", resource: distribution() },
  { name: "custom origin needs no OAC", expect: "pass", resource: distribution({ origins: [customOrigin()] }) },
  {
    name: "S3 website endpoint is a custom origin",
    expect: "pass",
    resource: distribution({ origins: [{ originId: "web", domainName: "site.s3-website-us-east-1.amazonaws.com" }] }),
  },
  {
    name: "legacy OAI",
    expect: "violate",
    message: "origins[0] uses a legacy origin access identity",
    resource: distribution({
      origins: [{ originId: "s3", domainName: "site.s3.amazonaws.com", s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1" } }],
    }),
  },
  {
    name: "S3 origin without access control",
    expect: "violate",
    message: "origins[0] is an S3 origin without origin access control",
    resource: distribution({ origins: [{ originId: "s3", domainName: "site.s3.eu-west-1.amazonaws.com" }] }),
  },
  { name: "origin domain unknown during preview", expect: "unknown", resource: distribution({ origins: [{ originId: "s3", domainName: unknown() }] }) },
]);
