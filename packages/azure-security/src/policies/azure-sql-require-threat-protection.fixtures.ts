import { fixtures, unknown } from "@rampart/policy-testing";

const S = "azure-native:sql:Server";
const AP = "azure-native:sql:ServerSecurityAlertPolicy";
const server = { type: S, name: "sql", props: { resourceGroupName: "rg", serverName: "sql01" } };
const policy = (p: Record<string, unknown>) => ({
  type: AP,
  name: "alerts",
  props: { resourceGroupName: "rg", serverName: "sql01", securityAlertPolicyName: "Default", ...p },
});

export default fixtures([
  { name: "threat detection on", expect: "pass", resources: [server, policy({ state: "Enabled", emailAccountAdmins: true })] },
  { name: "threat detection off", expect: "violate", target: "alerts", message: 'state is not "Enabled"', resources: [server, policy({ state: "Disabled" })] },
  { name: "server without alert policy", expect: "advisory", message: "no ServerSecurityAlertPolicy in the stack", resources: [server] },
  { name: "state unknown during preview", expect: "unknown", resources: [server, policy({ state: unknown() })] },
  {
    name: "no server or alert policy in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:sql:Database", name: "db", props: { resourceGroupName: "rg", serverName: "sql01" } }],
  },
]);
