import { serverParameterFixtures } from "../lib/server-parameters.fixtures-kit";

export default serverParameterFixtures({
  engine: "dbformysql",
  parameter: "tls_version",
  good: "TLSv1.2,TLSv1.3",
  bad: "TLSv1,TLSv1.1,TLSv1.2",
  defaultValue: "TLSv1.2",
  defaultOk: true,
});
