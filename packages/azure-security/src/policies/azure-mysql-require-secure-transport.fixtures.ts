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
  { name: "require_secure_transport ON", expect: "pass", resources: [server, conf({ configurationName: "require_secure_transport", value: "ON" })] },
  {
    name: "require_secure_transport ON, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "require_secure_transport", value: "ON", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  { name: "server without the Configuration (default ON)", expect: "pass", resources: [server] },
  {
    name: "require_secure_transport OFF",
    expect: "violate",
    target: "param",
    message: "require_secure_transport",
    resources: [server, conf({ configurationName: "require_secure_transport", value: "OFF" })],
  },
  {
    name: "require_secure_transport OFF on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "require_secure_transport", value: "OFF", serverName: "other01" })],
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
    resources: [{ type: "azure-native:dbformysql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
