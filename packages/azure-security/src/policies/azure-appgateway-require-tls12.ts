import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { APP_GATEWAY } from "../lib/appgw";
import { tls12OrNewer } from "../lib/tls";

/** Predefined SSL policies whose minimum protocol is below TLS 1.2 (learn.microsoft.com application-gateway-ssl-policy-overview). */
const OLD_PREDEFINED = new Set(["appgwsslpolicy20150501", "appgwsslpolicy20170401"]);

/**
 * Application Gateway SSL policies must accept TLS 1.2 or newer only. An omitted `sslPolicy` is the
 * API default (AppGwSslPolicy20220101, TLS 1.2 minimum, for API versions 2023-02-01 and later).
 */
export default azurePolicy({
  name: "azure-appgateway-require-tls12",
  description: "Application Gateway listeners accept TLS 1.2 or newer only (a TLS 1.2 predefined policy or a custom policy with minProtocolVersion TLSv1_2).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101" }` (or a CustomV2 policy with `minProtocolVersion: "TLSv1_2"`), or leave `sslPolicy` out to get that default.',
  url: "https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-ssl-policy-overview",
  resourceTypes: [APP_GATEWAY],
  validateResource: ({ props }, report) => {
    const min = peek<unknown>(props, "sslPolicy.minProtocolVersion");
    if (min.state === "unknown") return requireKnown(props, "sslPolicy.minProtocolVersion");
    if (min.state === "known") {
      if (!tls12OrNewer(min.value))
        report(msg`sslPolicy.minProtocolVersion is ${show(min.value)}: clients can negotiate TLS versions older than 1.2. Set it to "TLSv1_2" or "TLSv1_3".`);
      return;
    }
    const name = peek<unknown>(props, "sslPolicy.policyName");
    if (name.state === "unknown") return requireKnown(props, "sslPolicy.policyName");
    if (name.state === "known") {
      if (typeof name.value === "string" && OLD_PREDEFINED.has(name.value.toLowerCase()))
        report(
          msg`sslPolicy.policyName is ${show(name.value)}: that predefined policy allows TLS versions older than 1.2. Use "AppGwSslPolicy20220101" (or 20220101S / 20170401S).`,
        );
      return;
    }
    // No version and no predefined name: the API default (TLS 1.2) applies, except to a Custom
    // policy, whose minimum protocol without minProtocolVersion is TLS 1.0 (advisory: the
    // gateway may also disable old versions through disabledSslProtocols).
    const type = peek<unknown>(props, "sslPolicy.policyType");
    if (type.state === "known" && typeof type.value === "string" && type.value.toLowerCase() === "custom") {
      const disabled = peek<unknown>(props, "sslPolicy.disabledSslProtocols");
      const list = disabled.state === "known" && Array.isArray(disabled.value) ? disabled.value.map((v) => String(v).toLowerCase()) : [];
      if (disabled.state === "unknown" || (list.includes("tlsv1_0") && list.includes("tlsv1_1"))) return;
      report.advisory(
        'sslPolicy.policyType is "Custom" without sslPolicy.minProtocolVersion: a custom policy then accepts TLS 1.0 and 1.1. Set minProtocolVersion to "TLSv1_2".',
      );
    }
  },
});
