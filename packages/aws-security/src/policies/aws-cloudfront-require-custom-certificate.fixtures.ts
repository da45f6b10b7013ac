import { fixtures, unknown } from "@rampart/policy-testing";
import { distribution } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "ACM certificate", expect: "pass", resource: distribution() },
  {
    name: "default certificate",
    expect: "violate",
    message: "cloudfrontDefaultCertificate is true",
    resource: distribution({ viewerCertificate: { cloudfrontDefaultCertificate: true } }),
  },
  {
    name: "default certificate flag unknown during preview",
    expect: "unknown",
    resource: distribution({ viewerCertificate: { cloudfrontDefaultCertificate: unknown() } }),
  },
]);
