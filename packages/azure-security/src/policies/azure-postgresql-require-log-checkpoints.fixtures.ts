import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbforpostgresql",
  parameter: "log_checkpoints",
  good: "on",
  bad: "off",
  defaultValue: "on",
  defaultOk: true,
});
