import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbformysql",
  parameter: "require_secure_transport",
  good: "ON",
  bad: "OFF",
  defaultValue: "ON",
  defaultOk: true,
});
