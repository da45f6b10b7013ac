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
  { name: "ssl_min_protocol_version TLSv1.3", expect: "pass", resources: [server, conf({ configurationName: "ssl_min_protocol_version", value: "TLSv1.3" })] },
  {
    name: "ssl_min_protocol_version TLSv1.3, linked by property dependency",
    expect: "pass",
    resources: [
      server,
      { ...conf({ configurationName: "ssl_min_protocol_version", value: "TLSv1.3", serverName: unknown() }), propertyDependencies: { serverName: ["db"] } },
    ],
  },
  { name: "server without the Configuration (default TLSv1.2)", expect: "pass", resources: [server] },
  {
    name: "ssl_min_protocol_version TLSv1.1",
    expect: "violate",
    target: "param",
    message: "ssl_min_protocol_version",
    resources: [server, conf({ configurationName: "ssl_min_protocol_version", value: "TLSv1.1" })],
  },
  {
    name: "ssl_min_protocol_version TLSv1.1 on a server outside the stack",
    expect: "violate",
    target: "param",
    message: "on this server",
    resources: [conf({ configurationName: "ssl_min_protocol_version", value: "TLSv1.1", serverName: "other01" })],
  },
  {
    name: "another parameter does not count",
    expect: "pass",
    resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
  },
  { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName: "ssl_min_protocol_version", value: unknown() })] },
  {
    name: "no server or Configuration in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:dbforpostgresql:Database", name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
  },
]);
