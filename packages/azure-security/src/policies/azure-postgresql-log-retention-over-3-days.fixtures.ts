import { fixtures, secret, unknown } from "@rampart/policy-testing";

const SERVER = "azure-native:dbforpostgresql:Server";
const CONF = "azure-native:dbforpostgresql:Configuration";
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
  { name: "logfiles.retention_days 7", expect: "pass", resources: [server, conf({ configurationName: "logfiles.retention_days", value: "7" })] },
  {
    name: "logfiles.retention_days 7, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "logfiles.retention_days", value: "7", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  {
    name: "server without the Configuration (default 3 is not enough)",
    expect: "advisory",
    message: "no logfiles.retention_days Configuration in the stack",
    resources: [server],
  },
  {
    name: "logfiles.retention_days 3",
    expect: "violate",
    target: "param",
    message: "logfiles.retention_days",
    resources: [server, conf({ configurationName: "logfiles.retention_days", value: "3" })],
  },
  {
    name: "logfiles.retention_days 3 on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "logfiles.retention_days", value: "3", serverName: "other01" })],
  },
  {
    name: "another parameter does not count",
    expect: "advisory",
    resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
  },
  { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName: "logfiles.retention_days", value: unknown() })] },
  {
    name: "no server or Configuration in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:dbforpostgresql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
