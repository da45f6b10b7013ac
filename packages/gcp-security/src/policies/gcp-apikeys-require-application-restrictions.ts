import { isOpenCidr, msg, peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const KINDS = ["browserKeyRestrictions", "serverKeyRestrictions", "androidKeyRestrictions", "iosKeyRestrictions"] as const;

/** API keys must be limited to the hosts or apps that use them: HTTP referrers, IP addresses, Android or iOS apps. */
export default gcpPolicy({
  name: "gcp-apikeys-require-application-restrictions",
  description: "API keys must be restricted to specific websites, IP addresses or mobile apps, and not to any referrer or any address.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add one application restriction to `restrictions`: `browserKeyRestrictions.allowedReferrers` (your sites, not `*`), `serverKeyRestrictions.allowedIps` (your servers, not 0.0.0.0/0), `androidKeyRestrictions` or `iosKeyRestrictions`.",
  url: "https://cloud.google.com/docs/authentication/api-keys#adding-application-restrictions",
  resourceTypes: ["gcp:projects/apiKey:ApiKey"],
  validateResource: ({ props }, report) => {
    const r = peek<unknown>(props, "restrictions");
    if (r.state === "unknown") {
      requireKnown(props, "restrictions");
      return;
    }
    const set = KINDS.filter((k) => peek(props, `restrictions.${k}`).state !== "absent");
    if (!set.length) {
      report(
        "restrictions has no browserKeyRestrictions, serverKeyRestrictions, androidKeyRestrictions or iosKeyRestrictions, so anyone who obtains the key can use it from anywhere. Add an application restriction.",
      );
      return;
    }
    const refs = peek<unknown>(props, "restrictions.browserKeyRestrictions.allowedReferrers");
    if (refs.state === "known" && Array.isArray(refs.value)) {
      const list: unknown[] = refs.value;
      for (let i = 0; i < list.length; i++) {
        const v = peek<unknown>(list, [i]);
        if (v.state === "known" && typeof v.value === "string" && /^\s*(\*|\*\.\*|\*\/\*)\s*$/.test(v.value)) {
          report(msg`restrictions.browserKeyRestrictions.allowedReferrers.${i} matches every website. List your own sites instead.`);
        }
      }
    }
    const ips = peek<unknown>(props, "restrictions.serverKeyRestrictions.allowedIps");
    if (ips.state === "known" && Array.isArray(ips.value)) {
      const list: unknown[] = ips.value;
      for (let i = 0; i < list.length; i++) {
        const v = peek<unknown>(list, [i]);
        if (v.state === "known" && isOpenCidr(v.value))
          report(msg`restrictions.serverKeyRestrictions.allowedIps.${i} allows every address. List your servers' addresses instead.`);
      }
    }
  },
});
