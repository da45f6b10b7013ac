import { fixtures, unknown } from "@rampart/policy-testing";
import { noSqlServerCase, sqlCompanion, SQL_SERVER_RESOURCE } from "../lib/sql.fixtures-kit";

const server = SQL_SERVER_RESOURCE;
const policy = sqlCompanion("azure-native:sql:ServerSecurityAlertPolicy", "alerts", { securityAlertPolicyName: "Default" });

export default fixtures([
  { name: "threat detection on", expect: "pass", resources: [server, policy({ state: "Enabled", emailAccountAdmins: true })] },
  { name: "threat detection off", expect: "violate", target: "alerts", message: 'state is not "Enabled"', resources: [server, policy({ state: "Disabled" })] },
  { name: "server without alert policy", expect: "advisory", message: "no ServerSecurityAlertPolicy in the stack", resources: [server] },
  { name: "state unknown during preview", expect: "unknown", resources: [server, policy({ state: unknown() })] },
  noSqlServerCase("no server or alert policy in the stack"),
]);
