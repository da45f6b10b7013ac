import { fixtures, unknown } from "@rampart/policy-testing";
import { SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";
import { FTP_POLICY_IS_NOT_A_SITE } from "../lib/web.fixtures-kit";

export default fixtures([
  { name: "web app with HTTPS only", expect: "pass", resource: { type: WEBAPP, props: { ...SITE_BASE, httpsOnly: true } } },
  { name: "slot with HTTPS only", expect: "pass", resource: { type: WEBAPP_SLOT, props: { ...SITE_BASE, name: "app", slot: "staging", httpsOnly: true } } },
  { name: "web app with defaults", expect: "violate", message: "httpsOnly is not set: the default is false", resource: { type: WEBAPP, props: SITE_BASE } },
  {
    name: "function app serving HTTP",
    expect: "violate",
    message: "httpsOnly is false",
    resource: { type: WEBAPP, props: { ...SITE_BASE, kind: "functionapp,linux", httpsOnly: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: WEBAPP, props: { ...SITE_BASE, httpsOnly: unknown() } } },
  FTP_POLICY_IS_NOT_A_SITE,
]);
