import { fixtures, unknown } from "@rampart/policy-testing";
import { D, base } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "S3 origin with OAC", expect: "pass", resource: { type: D, props: base } },
  {
    name: "custom origin needs no OAC",
    expect: "pass",
    resource: {
      type: D,
      props: {
        ...base,
        origins: [
          {
            originId: "api",
            domainName: "api.example.com",
            customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] },
          },
        ],
      },
    },
  },
  {
    name: "S3 website endpoint is a custom origin",
    expect: "pass",
    resource: { type: D, props: { ...base, origins: [{ originId: "web", domainName: "site.s3-website-us-east-1.amazonaws.com" }] } },
  },
  {
    name: "legacy OAI",
    expect: "violate",
    message: "origins[0] uses a legacy origin access identity",
    resource: {
      type: D,
      props: {
        ...base,
        origins: [{ originId: "s3", domainName: "site.s3.amazonaws.com", s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1" } }],
      },
    },
  },
  {
    name: "S3 origin without access control",
    expect: "violate",
    message: "origins[0] is an S3 origin without origin access control",
    resource: { type: D, props: { ...base, origins: [{ originId: "s3", domainName: "site.s3.eu-west-1.amazonaws.com" }] } },
  },
  {
    name: "origin domain unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { ...base, origins: [{ originId: "s3", domainName: unknown() }] } },
  },
]);
