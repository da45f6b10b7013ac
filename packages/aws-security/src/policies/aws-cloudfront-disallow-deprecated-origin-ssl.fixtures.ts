import { fixtures, unknown } from "@rampart/policy-testing";
import { D, s3Origin, base } from "../fixture-data/cloudfront";

const custom = (originSslProtocols: unknown) => ({
  originId: "api",
  domainName: "api.example.com",
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols },
});

export default fixtures([
  { name: "TLSv1.2 only", expect: "pass", resource: { type: D, props: { ...base, origins: [custom(["TLSv1.2"])] } } },
  { name: "S3 origin only", expect: "pass", resource: { type: D, props: base } },
  {
    name: "SSLv3 offered",
    expect: "violate",
    message: "originSslProtocols includes SSLv3",
    resource: { type: D, props: { ...base, origins: [s3Origin, custom(["SSLv3", "TLSv1.2"])] } },
  },
  {
    name: "TLSv1 and TLSv1.1 offered",
    expect: "violate",
    message: "includes TLSv1, TLSv1.1",
    resource: { type: D, props: { ...base, origins: [custom(["TLSv1", "TLSv1.1", "TLSv1.2"])] } },
  },
  {
    name: "TLSv1.1 allowed by config",
    expect: "pass",
    config: { deniedProtocols: ["SSLv3"] },
    resource: { type: D, props: { ...base, origins: [custom(["TLSv1.1", "TLSv1.2"])] } },
  },
  { name: "protocols unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, origins: [custom(unknown())] } } },
]);
