import { fixtures, unknown } from "@rampart/policy-testing";
import { D, base } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "S3 origin with index.html", expect: "pass", resource: { type: D, props: { ...base, defaultRootObject: "index.html" } } },
  {
    name: "custom origin only",
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
  { name: "S3 origin without root object", expect: "violate", message: "defaultRootObject is not set", resource: { type: D, props: base } },
  {
    name: "origin domain unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { ...base, origins: [{ originId: "o", domainName: unknown() }] } },
  },
]);
