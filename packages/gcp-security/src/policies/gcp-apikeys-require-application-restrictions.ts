import { isOpenCidr, msg, peek } from "@rampart/policy-core";
import { apiKeyPolicy, reportListEntries } from "../lib/apikeys";

const KINDS = ["browserKeyRestrictions", "serverKeyRestrictions", "androidKeyRestrictions", "iosKeyRestrictions"] as const;

/** API keys must be limited to the hosts or apps that use them: HTTP referrers, IP addresses, Android or iOS apps. */
export default apiKeyPolicy({
  name: "gcp-apikeys-require-application-restrictions",
  description: "API keys must be restricted to specific websites, IP addresses or mobile apps, and not to any referrer or any address.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add one application restriction to `restrictions`: `browserKeyRestrictions.allowedReferrers` (your sites, not `*`), `serverKeyRestrictions.allowedIps` (your servers, not 0.0.0.0/0), `androidKeyRestrictions` or `iosKeyRestrictions`.",
  url: "https://cloud.google.com/docs/authentication/api-keys#adding-application-restrictions",
  check: (props, report) => {
    const set = KINDS.filter((k) => peek(props, `restrictions.${k}`).state !== "absent");
    if (!set.length) {
      report(
        "restrictions has no browserKeyRestrictions, serverKeyRestrictions, androidKeyRestrictions or iosKeyRestrictions, so anyone who obtains the key can use it from anywhere. Add an application restriction.",
      );
      return;
    }
    reportListEntries(
      props,
      "restrictions.browserKeyRestrictions.allowedReferrers",
      (v) => typeof v === "string" && /^\s*(\*|\*\.\*|\*\/\*)\s*$/.test(v),
      (i) => msg`restrictions.browserKeyRestrictions.allowedReferrers.${i} matches every website. List your own sites instead.`,
      report,
    );
    reportListEntries(
      props,
      "restrictions.serverKeyRestrictions.allowedIps",
      (v) => isOpenCidr(v),
      (i) => msg`restrictions.serverKeyRestrictions.allowedIps.${i} allows every address. List your servers' addresses instead.`,
      report,
    );
  },
});
