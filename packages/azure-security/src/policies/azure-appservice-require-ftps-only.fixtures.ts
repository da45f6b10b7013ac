import { fixtures, unknown } from "@rampart/policy-testing";
import { SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";
import { FTP_POLICY_IS_NOT_A_SITE } from "../lib/web.fixtures-kit";

export default fixtures([
  { name: "FTP disabled", expect: "pass", resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { ftpsState: "Disabled" } } } },
  {
    name: "FTPS only on a slot",
    expect: "pass",
    resource: { type: WEBAPP_SLOT, props: { ...SITE_BASE, slot: "staging", siteConfig: { ftpsState: "FtpsOnly" } } },
  },
  {
    name: "web app with defaults",
    expect: "violate",
    message: "siteConfig.ftpsState is not set: the API default is AllAllowed",
    resource: { type: WEBAPP, props: SITE_BASE },
  },
  {
    name: "plain FTP allowed",
    expect: "violate",
    message: 'siteConfig.ftpsState is "AllAllowed"',
    resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { ftpsState: "AllAllowed" } } },
  },
  { name: "state unknown during preview", expect: "unknown", resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: { ftpsState: unknown() } } } },
  { name: "site config unknown during preview", expect: "unknown", resource: { type: WEBAPP, props: { ...SITE_BASE, siteConfig: unknown() } } },
  FTP_POLICY_IS_NOT_A_SITE,
]);
