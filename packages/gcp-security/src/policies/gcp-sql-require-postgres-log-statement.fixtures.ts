import { sqlFlagFixtures, sqlInstance } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "log_statement", good: "ddl", bad: "none", defaultValue: "none", absentOk: false }, [
  {
    name: "log_statement mod also logs DDL",
    expect: "pass",
    resource: sqlInstance("POSTGRES_15", [{ name: "log_statement", value: "mod" }], "db-f1-micro"),
  },
]);
