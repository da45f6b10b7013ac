import { fixtures, unknown } from "@rampart/policy-testing";
import { FTP_ALLOWED, FTP_ALLOWED_SLOT, SCM_ALLOWED, SCM_ALLOWED_SLOT, SITE_BASE, WEBAPP, WEBAPP_SLOT } from "../lib/web";

const app = { type: WEBAPP, name: "app", props: { ...SITE_BASE, name: "app-prod" } };
const ftp = (allow: unknown, name: unknown = "app-prod") => ({ type: FTP_ALLOWED, name: "app-ftp", props: { resourceGroupName: "rg", name, allow } });
const scm = (allow: unknown, name: unknown = "app-prod") => ({ type: SCM_ALLOWED, name: "app-scm", props: { resourceGroupName: "rg", name, allow } });
const slot = (app = "app-prod", res = "staging") => ({ type: WEBAPP_SLOT, name: res, props: { ...SITE_BASE, name: app, slot: "staging" } });
const slotFtp = (allow: unknown, app: unknown = "app-prod", res = "staging-ftp") => ({
  type: FTP_ALLOWED_SLOT,
  name: res,
  props: { resourceGroupName: "rg", name: app, slot: "staging", allow },
});
const slotScm = (allow: unknown, app: unknown = "app-prod", res = "staging-scm") => ({
  type: SCM_ALLOWED_SLOT,
  name: res,
  props: { resourceGroupName: "rg", name: app, slot: "staging", allow },
});

export default fixtures([
  { name: "both publishing methods denied", expect: "pass", resources: [app, ftp(false), scm(false)] },
  {
    name: "linked by dependency during preview",
    expect: "pass",
    resources: [
      { ...app, props: { ...SITE_BASE, name: unknown() } },
      { ...ftp(false, unknown()), propertyDependencies: { name: ["app"] } },
      { ...scm(false, unknown()), propertyDependencies: { name: ["app"] } },
    ],
  },
  {
    name: "app with defaults (basic auth allowed)",
    expect: "violate",
    target: "app",
    message: "has no web.WebAppFtpAllowed with allow false",
    resources: [app],
  },
  { name: "SCM policy missing", expect: "violate", target: "app", message: "has no web.WebAppScmAllowed", resources: [app, ftp(false)] },
  {
    name: "FTP explicitly allowed",
    expect: "violate",
    target: "app-ftp",
    message: 'WebAppFtpAllowed "app-ftp" has allow true',
    resources: [app, ftp(true), scm(false)],
  },
  {
    name: "slot SCM explicitly allowed",
    expect: "violate",
    target: "slot-ftp",
    message: "has allow true",
    resources: [
      app,
      ftp(false),
      scm(false),
      { type: FTP_ALLOWED_SLOT, name: "slot-ftp", props: { resourceGroupName: "rg", name: "app-prod", slot: "staging", allow: true } },
    ],
  },
  // Deployment slots have their own publishing credentials policies.
  { name: "app and slot both denied", expect: "pass", resources: [app, ftp(false), scm(false), slot(), slotFtp(false), slotScm(false)] },
  {
    name: "slot with defaults (basic auth allowed on the slot)",
    expect: "violate",
    target: "staging",
    message: "has no web.WebAppFtpAllowedSlot with allow false",
    resources: [app, ftp(false), scm(false), slot()],
  },
  {
    name: "another app's slot of the same slot name is not covered",
    expect: "violate",
    target: "other-staging",
    message: "has no web.WebAppScmAllowedSlot",
    resources: [app, ftp(false), scm(false), slot(), slotFtp(false), slotScm(false), slot("app-other", "other-staging"), slotFtp(false, "app-other", "o-ftp")],
  },
  {
    name: "slot policy whose app name is unknown during preview",
    expect: "unknown",
    resources: [app, ftp(false), scm(false), slot(), slotFtp(false, unknown()), slotScm(false)],
  },
  { name: "allow unknown during preview", expect: "unknown", resources: [app, ftp(unknown()), scm(false)] },
  { name: "policy whose app name is unknown", expect: "unknown", resources: [app, ftp(false, unknown()), scm(false)] },
]);
