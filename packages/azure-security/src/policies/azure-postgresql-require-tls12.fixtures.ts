import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbforpostgresql",
  parameter: "ssl_min_protocol_version",
  good: "TLSv1.3",
  bad: "TLSv1.1",
  defaultValue: "TLSv1.2",
  defaultOk: true,
});
