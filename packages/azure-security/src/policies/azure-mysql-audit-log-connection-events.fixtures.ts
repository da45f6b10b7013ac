import { fixtures, secret, unknown } from "@rampart/policy-testing";

const SERVER = "azure-native:dbformysql:Server";
const CONF = "azure-native:dbformysql:Configuration";
const server = {
  type: SERVER,
  name: "db",
  props: { resourceGroupName: "rg", serverName: "db01", administratorLogin: "dbadmin", administratorLoginPassword: secret("P@ssw0rd-Example!") },
};
const conf = (p: Record<string, unknown>, name = "param") => ({
  type: CONF,
  name,
  props: { resourceGroupName: "rg", serverName: "db01", source: "user-override", ...p },
});

export default fixtures([
  { name: "audit_log_events CONNECTION,DDL", expect: "pass", resources: [server, conf({ configurationName: "audit_log_events", value: "CONNECTION,DDL" })] },
  {
    name: "audit_log_events CONNECTION,DDL, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "audit_log_events", value: "CONNECTION,DDL", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  { name: "server without the Configuration (default CONNECTION)", expect: "pass", resources: [server] },
  {
    name: "audit_log_events DML_SELECT",
    expect: "violate",
    target: "param",
    message: "audit_log_events",
    resources: [server, conf({ configurationName: "audit_log_events", value: "DML_SELECT" })],
  },
  {
    name: "audit_log_events DML_SELECT on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "audit_log_events", value: "DML_SELECT", serverName: "other01" })],
  },
  {
    name: "another parameter does not count",
    expect: "pass",
    resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
  },
  { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName: "audit_log_events", value: unknown() })] },
  {
    name: "no server or Configuration in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:dbformysql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
