import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbformysql",
  parameter: "audit_log_enabled",
  good: "ON",
  bad: "OFF",
  defaultValue: "OFF",
  defaultOk: false,
});
