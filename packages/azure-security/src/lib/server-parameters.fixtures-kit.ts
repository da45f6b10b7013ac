/**
 * The standard fixture cases of a server parameter policy (`checkServerParameter` of
 * ./server-parameters): a PostgreSQL/MySQL flexible server and its `Configuration` resources,
 * linked by `serverName` or by property dependency during preview.
 */
import { fixtures, secret, unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";
import { configurationType, flexibleServerType, type FlexibleEngine } from "./servers";

/** What varies between the server parameter fixtures: the parameter and example values. */
export interface ServerParameterCases {
  /** The flexible-server module. */
  engine: FlexibleEngine;
  /** The parameter (`configurationName`), as the policy checks it. */
  parameter: string;
  /** A value the policy accepts (shown in the case names). */
  good: string;
  /** A value the policy reports (shown in the case names). */
  bad: string;
  /** The service default as the case names state it ("on", "TLSv1.2", "3"). */
  defaultValue: string;
  /** Whether the default is acceptable: then a server without the Configuration passes, else it gets the advisory. */
  defaultOk: boolean;
}

/**
 * The eight cases every server parameter policy has, in this order: good value (by server name
 * and by property dependency), a server without the Configuration (pass or advisory by the
 * default), bad value (on the server in the stack and on one outside it), a Configuration of another
 * parameter, a value unknown during preview, and a stack with neither server nor Configuration.
 */
export function serverParameterFixtures(c: ServerParameterCases): Fixture[] {
  const server: FixtureResource = {
    type: flexibleServerType(c.engine),
    name: "db",
    props: { resourceGroupName: "rg", serverName: "db01", administratorLogin: "dbadmin", administratorLoginPassword: secret("P@ssw0rd-Example!") },
  };
  const conf = (p: Record<string, unknown>, name = "param"): FixtureResource => ({
    type: configurationType(c.engine),
    name,
    props: { resourceGroupName: "rg", serverName: "db01", source: "user-override", ...p },
  });
  const { parameter: configurationName, good, bad } = c;
  const withoutConfiguration: Fixture = c.defaultOk
    ? { name: `server without the Configuration (default ${c.defaultValue})`, expect: "pass", resources: [server] }
    : {
        name: `server without the Configuration (default ${c.defaultValue} is not enough)`,
        expect: "advisory",
        message: `no ${configurationName} Configuration in the stack`,
        resources: [server],
      };
  return fixtures([
    { name: `${configurationName} ${good}`, expect: "pass", resources: [server, conf({ configurationName, value: good })] },
    {
      name: `${configurationName} ${good}, linked by property dependency`,
      expect: "pass",
      resources: [server, { ...conf({ configurationName, value: good, serverName: unknown() }), propertyDependencies: { serverName: ["db"] } }],
    },
    withoutConfiguration,
    {
      name: `${configurationName} ${bad}`,
      expect: "violate",
      target: "param",
      message: configurationName,
      resources: [server, conf({ configurationName, value: bad })],
    },
    {
      name: `${configurationName} ${bad} on a server outside the stack`,
      expect: "violate",
      target: "param",
      message: "on this server",
      resources: [conf({ configurationName, value: bad, serverName: "other01" })],
    },
    {
      name: "another parameter does not count",
      expect: c.defaultOk ? "pass" : "advisory",
      resources: [server, conf({ configurationName: "max_connections", value: "100" }, "other")],
    },
    { name: "value unknown during preview", expect: "unknown", resources: [server, conf({ configurationName, value: unknown() })] },
    {
      name: "no server or Configuration in the stack",
      expect: "not-applicable",
      resources: [{ type: `azure-native:${c.engine}:Database`, name: "d", props: { resourceGroupName: "rg", serverName: "db01" } }],
    },
  ]);
}
