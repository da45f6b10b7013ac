import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbforpostgresql",
  parameter: "require_secure_transport",
  good: "on",
  bad: "off",
  defaultValue: "on",
  defaultOk: true,
});
