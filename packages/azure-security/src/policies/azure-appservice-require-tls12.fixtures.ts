import { fixtures, unknown } from "@rampart/policy-testing";
import { SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";
import { FTP_POLICY_IS_NOT_A_SITE } from "../lib/web.fixtures-kit";

export default fixtures([
  { name: "web app with defaults (TLS 1.2)", expect: "pass", resource: { type: WEBAPP, props: SITE_BASE } },
  {
    name: "web app with TLS 1.3",
    expect: "pass",
    resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { minTlsVersion: "1.3", scmMinTlsVersion: "1.2" } } },
  },
  {
    name: "app with TLS 1.0",
    expect: "violate",
    message: 'siteConfig.minTlsVersion is "1.0"',
    resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { minTlsVersion: "1.0" } } },
  },
  {
    name: "slot SCM site with TLS 1.1",
    expect: "violate",
    message: 'siteConfig.scmMinTlsVersion is "1.1"',
    resource: { type: WEBAPP_SLOT, props: { ...SITE_BASE, slot: "staging", siteConfig: { scmMinTlsVersion: "1.1" } } },
  },
  { name: "version unknown during preview", expect: "unknown", resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { minTlsVersion: unknown() } } } },
  FTP_POLICY_IS_NOT_A_SITE,
]);
