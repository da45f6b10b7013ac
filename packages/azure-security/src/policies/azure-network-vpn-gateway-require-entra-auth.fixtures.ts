import { fixtures, unknown } from "@rampart/policy-testing";

const GW = "azure-native:network:VirtualNetworkGateway";
const base = { resourceGroupName: "rg", gatewayType: "Vpn", vpnType: "RouteBased", sku: { name: "VpnGw1AZ", tier: "VpnGw1AZ" } };
const aad = {
  aadTenant: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/",
  aadAudience: "c632b3df-fb67-4d84-bdcf-b95ad541b5c8",
  aadIssuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/",
  vpnClientProtocols: ["OpenVPN"],
  vpnClientAddressPool: { addressPrefixes: ["172.16.0.0/24"] },
};
const gw = (vpnClientConfiguration: unknown) => ({ type: GW, props: { ...base, vpnClientConfiguration } });
const cert = { name: "root", publicCertData: "MIIC" };

export default fixtures([
  { name: "Entra ID only", expect: "pass", resource: gw({ ...aad, vpnAuthenticationTypes: ["AAD"] }) },
  { name: "Entra tenant, types omitted", expect: "pass", resource: gw(aad) },
  { name: "no point-to-site configuration", expect: "pass", resource: { type: GW, props: base } },
  {
    name: "Entra ID and certificates",
    expect: "violate",
    message: 'vpnAuthenticationTypes includes "Certificate"',
    resource: gw({ ...aad, vpnAuthenticationTypes: ["AAD", "Certificate"], vpnClientRootCertificates: [cert] }),
  },
  {
    name: "certificates, types omitted",
    expect: "violate",
    message: "root certificates or RADIUS servers",
    resource: gw({ vpnClientAddressPool: aad.vpnClientAddressPool, vpnClientRootCertificates: [cert] }),
  },
  { name: "RADIUS only", expect: "violate", message: '"Radius"', resource: gw({ vpnAuthenticationTypes: ["Radius"], radiusServerAddress: "10.0.0.4" }) },
  { name: "types unknown during preview", expect: "unknown", resource: gw({ ...aad, vpnAuthenticationTypes: unknown() }) },
  { name: "a VNet is not a gateway", expect: "not-applicable", resource: { type: "azure-native:network:VirtualNetwork", props: { resourceGroupName: "rg" } } },
]);
