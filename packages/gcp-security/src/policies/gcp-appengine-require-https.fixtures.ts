import { fixtures, unknown } from "@rampart/policy-testing";

const S = "gcp:appengine/standardAppVersion:StandardAppVersion";
const F = "gcp:appengine/flexibleAppVersion:FlexibleAppVersion";
const base = {
  service: "default",
  runtime: "nodejs20",
  entrypoint: { shell: "node ./app.js" },
  deployment: { zip: { sourceUrl: "https://storage.googleapis.com/b/app.zip" } },
};

export default fixtures([
  {
    name: "every handler HTTPS only",
    expect: "pass",
    resource: { type: S, props: { ...base, handlers: [{ urlRegex: ".*", securityLevel: "SECURE_ALWAYS", script: { scriptPath: "auto" } }] } },
  },
  { name: "no handlers", expect: "violate", message: "handlers is not set", resource: { type: S, props: base } },
  {
    name: "handler without a security level",
    expect: "violate",
    message: "handlers.1.securityLevel is not set",
    resource: { type: S, props: { ...base, handlers: [{ urlRegex: "/api/.*", securityLevel: "SECURE_ALWAYS" }, { urlRegex: ".*" }] } },
  },
  {
    name: "flexible handler optional",
    expect: "violate",
    message: 'handlers.0.securityLevel is "SECURE_OPTIONAL"',
    resource: { type: F, props: { service: "api", runtime: "nodejs", handlers: [{ urlRegex: ".*", securityLevel: "SECURE_OPTIONAL" }] } },
  },
  { name: "handlers unknown during preview", expect: "unknown", resource: { type: S, props: { ...base, handlers: unknown() } } },
  {
    name: "an App Engine firewall rule is not a version",
    expect: "not-applicable",
    resource: { type: "gcp:appengine/firewallRule:FirewallRule", props: { sourceRange: "*", action: "ALLOW", priority: 100 } },
  },
]);
