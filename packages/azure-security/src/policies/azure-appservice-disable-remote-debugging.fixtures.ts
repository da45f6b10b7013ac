import { fixtures, unknown } from "@rampart/policy-testing";
import { SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";
import { FTP_POLICY_IS_NOT_A_SITE } from "../lib/web.fixtures-kit";

export default fixtures([
  { name: "web app with defaults", expect: "pass", resource: { type: WEBAPP, props: SITE_BASE } },
  { name: "remote debugging off", expect: "pass", resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { remoteDebuggingEnabled: false } } } },
  {
    name: "remote debugging on",
    expect: "violate",
    message: "siteConfig.remoteDebuggingEnabled is true",
    resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { remoteDebuggingEnabled: true, remoteDebuggingVersion: "VS2022" } } },
  },
  {
    name: "remote debugging on a slot",
    expect: "violate",
    message: "remoteDebuggingEnabled is true",
    resource: { type: WEBAPP_SLOT, props: { ...SITE_BASE, slot: "dev", siteConfig: { remoteDebuggingEnabled: true } } },
  },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { remoteDebuggingEnabled: unknown() } } },
  },
  FTP_POLICY_IS_NOT_A_SITE,
]);
