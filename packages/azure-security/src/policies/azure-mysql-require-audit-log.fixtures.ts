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
  { name: "audit_log_enabled ON", expect: "pass", resources: [server, conf({ configurationName: "audit_log_enabled", value: "ON" })] },
  {
    name: "audit_log_enabled ON, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "audit_log_enabled", value: "ON", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  {
    name: "server without the Configuration (default OFF is not enough)",
    expect: "advisory",
    message: "no audit_log_enabled Configuration in the stack",
    resources: [server],
  },
  {
    name: "audit_log_enabled OFF",
    expect: "violate",
    target: "param",
    message: "audit_log_enabled",
    resources: [server, conf({ configurationName: "audit_log_enabled", value: "OFF" })],
  },
  {
    name: "audit_log_enabled OFF on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "audit_log_enabled", value: "OFF", serverName: "other01" })],
  },
  {
    name: "another parameter does not count",
    expect: "advisory",
    resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
  },
  { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName: "audit_log_enabled", value: unknown() })] },
  {
    name: "no server or Configuration in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:dbformysql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
