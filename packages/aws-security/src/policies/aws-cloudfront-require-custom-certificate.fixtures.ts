import { fixtures, unknown } from "@rampart/policy-testing";
import { D, base } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "ACM certificate", expect: "pass", resource: { type: D, props: base } },
  {
    name: "default certificate",
    expect: "violate",
    message: "cloudfrontDefaultCertificate is true",
    resource: { type: D, props: { ...base, viewerCertificate: { cloudfrontDefaultCertificate: true } } },
  },
  {
    name: "default certificate flag unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { ...base, viewerCertificate: { cloudfrontDefaultCertificate: unknown() } } },
  },
]);
