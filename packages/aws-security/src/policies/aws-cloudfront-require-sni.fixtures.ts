import { fixtures, unknown } from "@rampart/policy-testing";
import { D, base } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "sni-only", expect: "pass", resource: { type: D, props: base } },
  { name: "default certificate", expect: "pass", resource: { type: D, props: { ...base, viewerCertificate: { cloudfrontDefaultCertificate: true } } } },
  {
    name: "dedicated IP",
    expect: "violate",
    message: 'sslSupportMethod is "vip"',
    resource: { type: D, props: { ...base, viewerCertificate: { ...base.viewerCertificate, sslSupportMethod: "vip", minimumProtocolVersion: "TLSv1" } } },
  },
  {
    name: "method unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { ...base, viewerCertificate: { ...base.viewerCertificate, sslSupportMethod: unknown() } } },
  },
]);
