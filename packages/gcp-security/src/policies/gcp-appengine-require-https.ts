import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/**
 * App Engine versions must redirect HTTP to HTTPS: every URL handler `securityLevel:
 * "SECURE_ALWAYS"`. A handler without it (SECURE_DEFAULT, i.e. optional) or a version without
 * handlers serves plain HTTP too.
 */
export default gcpPolicy({
  name: "gcp-appengine-require-https",
  description: 'App Engine standard and flexible versions must enforce HTTPS (`securityLevel: "SECURE_ALWAYS"` on every handler).',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Declare `handlers` with `securityLevel: "SECURE_ALWAYS"` for every URL pattern (e.g. `{ urlRegex: ".*", securityLevel: "SECURE_ALWAYS", script: { scriptPath: "auto" } }`).',
  url: "https://cloud.google.com/appengine/docs/standard/reference/app-yaml#handlers_secure",
  resourceTypes: ["gcp:appengine/standardAppVersion:StandardAppVersion", "gcp:appengine/flexibleAppVersion:FlexibleAppVersion"],
  validateResource: ({ props }, report) => {
    const handlers = peek<unknown>(props, "handlers");
    if (handlers.state === "unknown") {
      requireKnown(props, "handlers");
      return;
    }
    if (handlers.state === "absent" || !Array.isArray(handlers.value) || handlers.value.length === 0) {
      report(
        'handlers is not set, so the version serves HTTP as well as HTTPS (the default security level is optional). Add handlers with securityLevel "SECURE_ALWAYS".',
      );
      return;
    }
    const list: unknown[] = handlers.value;
    for (let i = 0; i < list.length; i++) {
      const s = peek<unknown>(list, [i, "securityLevel"]);
      if (s.state === "unknown") requireKnown(props, `handlers.${i}.securityLevel`);
      else if (s.state === "absent") report(msg`handlers.${i}.securityLevel is not set (SECURE_DEFAULT: HTTP allowed). Set it to "SECURE_ALWAYS".`);
      else if (String(s.value).toUpperCase() !== "SECURE_ALWAYS")
        report(msg`handlers.${i}.securityLevel is ${show(s.value)}, so the URLs it serves accept plain HTTP. Set it to "SECURE_ALWAYS".`);
    }
  },
});
