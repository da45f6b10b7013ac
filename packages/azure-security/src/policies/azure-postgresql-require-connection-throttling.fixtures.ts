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
  { name: "connection_throttle.enable on", expect: "pass", resources: [server, conf({ configurationName: "connection_throttle.enable", value: "on" })] },
  {
    name: "connection_throttle.enable on, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "connection_throttle.enable", value: "on", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  {
    name: "server without the Configuration (default off is not enough)",
    expect: "advisory",
    message: "no connection_throttle.enable Configuration in the stack",
    resources: [server],
  },
  {
    name: "connection_throttle.enable off",
    expect: "violate",
    target: "param",
    message: "connection_throttle.enable",
    resources: [server, conf({ configurationName: "connection_throttle.enable", value: "off" })],
  },
  {
    name: "connection_throttle.enable off on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "connection_throttle.enable", value: "off", serverName: "other01" })],
  },
  {
    name: "another parameter does not count",
    expect: "advisory",
    resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
  },
  { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName: "connection_throttle.enable", value: unknown() })] },
  {
    name: "no server or Configuration in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:dbforpostgresql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
