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
  { name: "require_secure_transport on", expect: "pass", resources: [server, conf({ configurationName: "require_secure_transport", value: "on" })] },
  {
    name: "require_secure_transport on, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "require_secure_transport", value: "on", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  { name: "server without the Configuration (default on)", expect: "pass", resources: [server] },
  {
    name: "require_secure_transport off",
    expect: "violate",
    target: "param",
    message: "require_secure_transport",
    resources: [server, conf({ configurationName: "require_secure_transport", value: "off" })],
  },
  {
    name: "require_secure_transport off on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "require_secure_transport", value: "off", serverName: "other01" })],
  },
  {
    name: "another parameter does not count",
    expect: "pass",
    resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
  },
  { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName: "require_secure_transport", value: unknown() })] },
  {
    name: "no server or Configuration in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:dbforpostgresql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
