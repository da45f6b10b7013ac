import type { PolicyResource } from "@pulumi/policy";
import { msg, peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { FTP_ALLOWED, FTP_ALLOWED_SLOT, SCM_ALLOWED, SCM_ALLOWED_SLOT, WEBAPP, WEBAPP_SLOT } from "../lib/web";

const KINDS = [
  { type: FTP_ALLOWED, label: "FTP", resource: "web.WebAppFtpAllowed" },
  { type: SCM_ALLOWED, label: "SCM (Kudu/WebDeploy)", resource: "web.WebAppScmAllowed" },
] as const;

const SLOT_KINDS = [
  { type: FTP_ALLOWED_SLOT, label: "FTP", resource: "web.WebAppFtpAllowedSlot" },
  { type: SCM_ALLOWED_SLOT, label: "SCM (Kudu/WebDeploy)", resource: "web.WebAppScmAllowedSlot" },
] as const;

/**
 * Whether a slot policy (`name` = app name, `slot` = slot name) belongs to a deployment slot: by a
 * property dependency on the slot, else by both names (compared case-insensitively); "maybe" while
 * one of them is unknown during preview. Slots of different apps may share a slot name, so both
 * names must match.
 */
function slotLink(s: PolicyResource, c: PolicyResource): "yes" | "no" | "maybe" {
  const deps = [...(c.propertyDependencies?.["slot"] ?? []), ...(c.propertyDependencies?.["name"] ?? [])];
  if (deps.some((d) => d.urn === s.urn)) return "yes";
  let maybe = false;
  for (const k of ["name", "slot"]) {
    const a = peek<unknown>(s.props, k);
    const b = peek<unknown>(c.props, k);
    if (a.state === "unknown" || b.state === "unknown") {
      maybe = true;
      continue;
    }
    if (a.state !== "known" || b.state !== "known" || String(a.value).toLowerCase() !== String(b.value).toLowerCase()) return "no";
  }
  return maybe ? "maybe" : "yes";
}

function allowState(c: PolicyResource): "allowed" | "denied" | "unknown" {
  const a = peek<unknown>(c.props, "allow");
  if (a.state === "unknown") return "unknown";
  return a.state === "known" && a.value === false ? "denied" : "allowed";
}

/**
 * Basic-auth publishing credentials must be off for FTP and SCM: they are allowed unless a
 * `web:WebAppFtpAllowed` / `web:WebAppScmAllowed` (slots: `...Slot`) with `allow: false` exists.
 * Stack policy: each web app is linked to its policies by their `name` (the app's name) or, during
 * preview, by property dependency; unplaced policies make the verdict advisory-unknown. A policy
 * resource with `allow: true` is reported wherever its app lives. Each `web:WebAppSlot` needs its
 * own `...Slot` policies (a slot's credentials are separate from the app's), linked by app
 * `name` and `slot` or by property dependency.
 */
export default azurePolicy({
  name: "azure-appservice-disable-basic-auth-publishing",
  description: "App Service and Function apps must disable basic-auth publishing credentials for FTP and SCM.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add `new azure_native.web.WebAppFtpAllowed(..., { name: app.name, resourceGroupName, allow: false })` and `new azure_native.web.WebAppScmAllowed(..., { name: app.name, resourceGroupName, allow: false })` for each app (slots: the ...Slot resources), and deploy with Microsoft Entra ID credentials.",
  url: "https://learn.microsoft.com/en-us/azure/app-service/configure-basic-auth-disable",
  resourceTypes: [WEBAPP, WEBAPP_SLOT, FTP_ALLOWED, SCM_ALLOWED, FTP_ALLOWED_SLOT, SCM_ALLOWED_SLOT],
  validateStack: ({ index }, report) => {
    for (const c of index.ofType(FTP_ALLOWED, SCM_ALLOWED, FTP_ALLOWED_SLOT, SCM_ALLOWED_SLOT)) {
      if (allowState(c) === "allowed")
        report(msg`${c.type.split(":")[2]} "${c.name}" has allow true, so basic-auth publishing credentials work. Set allow to false.`, c.urn);
    }
    for (const k of KINDS) {
      const links = index.companions({ targetTypes: [WEBAPP], companionTypes: [k.type], linkProperty: "name", targetKeys: ["name"] });
      for (const app of index.ofType(WEBAPP)) {
        const mine = links.byTarget.get(app.urn) ?? [];
        if (mine.length === 0) {
          if (links.unresolved.length) report.unknown(msg`Web app "${app.name}": a ${k.resource} whose app name is not known yet may cover it.`, app.urn);
          else
            report(
              msg`Web app "${app.name}" has no ${k.resource} with allow false, so ${k.label} basic-auth publishing credentials are allowed (the default). Add one with allow: false.`,
              app.urn,
            );
          continue;
        }
        const states = mine.map(allowState);
        if (!states.includes("denied") && states.includes("unknown"))
          report.unknown(msg`Web app "${app.name}": allow of its ${k.resource} is not known yet.`, app.urn);
      }
    }
    for (const k of SLOT_KINDS) {
      const policies = index.ofType(k.type);
      for (const slot of index.ofType(WEBAPP_SLOT)) {
        const links = policies.map((c) => ({ c, link: slotLink(slot, c) }));
        const mine = links.filter((l) => l.link === "yes").map((l) => l.c);
        const maybe = links.some((l) => l.link === "maybe");
        const states = mine.map(allowState);
        if (states.includes("denied")) continue;
        if (mine.length === 0 && !maybe) {
          report(
            msg`Deployment slot "${slot.name}" has no ${k.resource} with allow false, so ${k.label} basic-auth publishing credentials are allowed on the slot (the default). Add one with its name, slot and allow: false.`,
            slot.urn,
          );
        } else if (maybe || states.includes("unknown")) {
          report.unknown(msg`Deployment slot "${slot.name}": whether a ${k.resource} with allow false covers it is not known yet.`, slot.urn);
        }
      }
    }
  },
});
