import { fixtures, unknown } from "@rampart/policy-testing";
import { base, distribution } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "sni-only", expect: "pass", resource: distribution() },
  { name: "default certificate", expect: "pass", resource: distribution({ viewerCertificate: { cloudfrontDefaultCertificate: true } }) },
  {
    name: "dedicated IP",
    expect: "violate",
    message: 'sslSupportMethod is "vip"',
    resource: distribution({ viewerCertificate: { ...base.viewerCertificate, sslSupportMethod: "vip", minimumProtocolVersion: "TLSv1" } }),
  },
  {
    name: "method unknown during preview",
    expect: "unknown",
    resource: distribution({ viewerCertificate: { ...base.viewerCertificate, sslSupportMethod: unknown() } }),
  },
]);
