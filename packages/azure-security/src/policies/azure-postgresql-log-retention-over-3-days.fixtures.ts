import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbforpostgresql",
  parameter: "logfiles.retention_days",
  good: "7",
  bad: "3",
  defaultValue: "3",
  defaultOk: false,
});
