import { fixtures, unknown } from "@rampart/policy-testing";
import { s3Origin, distribution } from "../fixture-data/cloudfront";

const custom = (originSslProtocols: unknown) => ({
  originId: "api",
  domainName: "api.example.com",
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols },
});

export default fixtures([
  { name: "TLSv1.2 only", expect: "pass", resource: distribution({ origins: [custom(["TLSv1.2"])] }) },
  { name: "S3 origin only", expect: "pass", resource: distribution() },
  {
    name: "SSLv3 offered",
    expect: "violate",
    message: "originSslProtocols includes SSLv3",
    resource: distribution({ origins: [s3Origin, custom(["SSLv3", "TLSv1.2"])] }),
  },
  {
    name: "TLSv1 and TLSv1.1 offered",
    expect: "violate",
    message: "includes TLSv1, TLSv1.1",
    resource: distribution({ origins: [custom(["TLSv1", "TLSv1.1", "TLSv1.2"])] }),
  },
  {
    name: "TLSv1.1 allowed by config",
    expect: "pass",
    config: { deniedProtocols: ["SSLv3"] },
    resource: distribution({ origins: [custom(["TLSv1.1", "TLSv1.2"])] }),
  },
  { name: "protocols unknown during preview", expect: "unknown", resource: distribution({ origins: [custom(unknown())] }) },
]);
