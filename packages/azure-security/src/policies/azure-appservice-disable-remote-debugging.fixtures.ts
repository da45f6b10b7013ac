import { fixtures, unknown } from "@rampart/policy-testing";
import { SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";

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
  {
    name: "FTP publishing policy is not a site",
    expect: "not-applicable",
    resource: { type: "azure-native:web:WebAppFtpAllowed", props: { resourceGroupName: "rg", name: "app", allow: false } },
  },
]);
