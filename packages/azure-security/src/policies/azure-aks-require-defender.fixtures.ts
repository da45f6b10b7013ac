import { fixtures, unknown } from "@rampart/policy-testing";
import { AKS, AKS_BASE } from "../lib/aks";

const P = "azure-native:security:Pricing";
const scopeId = "/subscriptions/00000000-0000-0000-0000-000000000000";

export default fixtures([
  {
    name: "cluster with the Defender sensor",
    expect: "pass",
    resources: [
      {
        type: AKS,
        name: "aks",
        props: { ...AKS_BASE, securityProfile: { defender: { securityMonitoring: { enabled: true }, logAnalyticsWorkspaceResourceId: "/subscriptions/s/w" } } },
      },
    ],
  },
  {
    name: "Defender for Containers plan in the stack",
    expect: "pass",
    resources: [
      { type: AKS, name: "aks", props: AKS_BASE },
      { type: P, name: "containers", props: { pricingName: "Containers", pricingTier: "Standard", scopeId } },
    ],
  },
  {
    name: "cluster without Defender",
    expect: "violate",
    target: "aks",
    message: 'Cluster "aks" has no Defender sensor',
    resources: [{ type: AKS, name: "aks", props: AKS_BASE }],
  },
  {
    name: "plan on Free and sensor off",
    expect: "violate",
    target: "aks",
    message: "no Defender for Containers plan",
    resources: [
      { type: AKS, name: "aks", props: { ...AKS_BASE, securityProfile: { defender: { securityMonitoring: { enabled: false } } } } },
      { type: P, name: "containers", props: { pricingName: "Containers", pricingTier: "Free", scopeId } },
      { type: P, name: "vms", props: { pricingName: "VirtualMachines", pricingTier: "Standard", scopeId } },
    ],
  },
  {
    name: "sensor flag unknown during preview",
    expect: "unknown",
    resources: [{ type: AKS, name: "aks", props: { ...AKS_BASE, securityProfile: { defender: { securityMonitoring: { enabled: unknown() } } } } }],
  },
  {
    name: "plan tier unknown during preview",
    expect: "unknown",
    resources: [
      { type: AKS, name: "aks", props: AKS_BASE },
      { type: P, name: "containers", props: { pricingName: "Containers", pricingTier: unknown(), scopeId } },
    ],
  },
]);
