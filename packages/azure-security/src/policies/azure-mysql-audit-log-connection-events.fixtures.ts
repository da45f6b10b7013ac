import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbformysql",
  parameter: "audit_log_events",
  good: "CONNECTION,DDL",
  bad: "DML_SELECT",
  defaultValue: "CONNECTION",
  defaultOk: true,
});
