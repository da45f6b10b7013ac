import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbforpostgresql",
  parameter: "connection_throttle.enable",
  good: "on",
  bad: "off",
  defaultValue: "off",
  defaultOk: false,
});
