import { msg, peek, peekItems, requireKnown, show } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

const VPN_GATEWAY = "azure-native:network:VirtualNetworkGateway";

/**
 * Point-to-site VPN on a virtual network gateway should authenticate users with Microsoft Entra ID
 * only (`vpnClientConfiguration.vpnAuthenticationTypes: ["AAD"]`). Gateways without a
 * `vpnClientConfiguration` have no point-to-site access and are not judged. When the types are
 * omitted, the gateway uses what is configured: Entra ID when only `aadTenant` is given.
 */
export default azurePolicy({
  name: "azure-network-vpn-gateway-require-entra-auth",
  description: "Point-to-site VPN configurations authenticate clients with Microsoft Entra ID only (no certificate or RADIUS authentication).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `vpnClientConfiguration.vpnAuthenticationTypes: ["AAD"]` with `aadTenant`, `aadAudience` and `aadIssuer` (OpenVPN protocol), and remove `vpnClientRootCertificates` and RADIUS servers.',
  url: "https://learn.microsoft.com/en-us/azure/vpn-gateway/point-to-site-entra-gateway",
  resourceTypes: [VPN_GATEWAY],
  validateResource: ({ props, notApplicable }, report) => {
    const cfg = peek<unknown>(props, "vpnClientConfiguration");
    if (cfg.state === "absent") notApplicable("no point-to-site configuration");
    const types = peekItems<unknown>(props, "vpnClientConfiguration.vpnAuthenticationTypes");
    if (types.unknown) return requireKnown(props, "vpnClientConfiguration.vpnAuthenticationTypes");
    if (peek(props, "vpnClientConfiguration.vpnAuthenticationTypes").state === "known") {
      const other = types.known.filter((t) => !(typeof t === "string" && t.toLowerCase() === "aad"));
      if (other.length)
        report(
          msg`vpnClientConfiguration.vpnAuthenticationTypes includes ${show(other[0])}: clients can connect without Microsoft Entra ID (and its MFA and Conditional Access). Allow "AAD" only.`,
        );
      else if (!types.known.length)
        report('vpnClientConfiguration.vpnAuthenticationTypes is empty: no Entra ID authentication is configured. Set it to ["AAD"].');
      return;
    }
    // Types omitted: judged by what the configuration holds.
    for (const path of [
      "vpnClientConfiguration.aadTenant",
      "vpnClientConfiguration.vpnClientRootCertificates",
      "vpnClientConfiguration.radiusServerAddress",
      "vpnClientConfiguration.radiusServers",
    ]) {
      if (peek(props, path).state === "unknown") return requireKnown(props, path);
    }
    const certs = peekItems<unknown>(props, "vpnClientConfiguration.vpnClientRootCertificates").known.length > 0;
    const radius =
      peek(props, "vpnClientConfiguration.radiusServerAddress").state === "known" ||
      peekItems<unknown>(props, "vpnClientConfiguration.radiusServers").known.length > 0;
    const aad = peek(props, "vpnClientConfiguration.aadTenant").state === "known";
    if (aad && !certs && !radius) return;
    report(
      certs || radius
        ? 'vpnClientConfiguration.vpnAuthenticationTypes is not set and the configuration has root certificates or RADIUS servers: clients can connect without Microsoft Entra ID. Set vpnAuthenticationTypes to ["AAD"] and remove them.'
        : 'vpnClientConfiguration.vpnAuthenticationTypes and aadTenant are not set: point-to-site clients do not authenticate with Microsoft Entra ID. Set vpnAuthenticationTypes to ["AAD"] with the Entra tenant, audience and issuer.',
    );
  },
});
