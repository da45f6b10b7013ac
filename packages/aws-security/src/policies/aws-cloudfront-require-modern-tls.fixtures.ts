import { fixtures, unknown } from "@rampart/policy-testing";
import { base, distribution } from "../fixture-data/cloudfront";

export default fixtures([
  { name: "TLSv1.2_2021", expect: "pass", resource: distribution() },
  {
    name: "TLSv1.3_2025",
    expect: "pass",
    resource: distribution({ viewerCertificate: { ...base.viewerCertificate, minimumProtocolVersion: "TLSv1.3_2025" } }),
  },
  { name: "default certificate is skipped", expect: "pass", resource: distribution({ viewerCertificate: { cloudfrontDefaultCertificate: true } }) },
  {
    name: "TLSv1.1_2016",
    expect: "violate",
    message: 'minimumProtocolVersion is "TLSv1.1_2016"',
    resource: distribution({ viewerCertificate: { ...base.viewerCertificate, minimumProtocolVersion: "TLSv1.1_2016" } }),
  },
  {
    name: "custom certificate without minimumProtocolVersion",
    expect: "violate",
    message: 'not set (default "TLSv1")',
    resource: distribution({ viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c", sslSupportMethod: "sni-only" } }),
  },
  {
    name: "version unknown during preview",
    expect: "unknown",
    resource: distribution({ viewerCertificate: { ...base.viewerCertificate, minimumProtocolVersion: unknown() } }),
  },
]);
