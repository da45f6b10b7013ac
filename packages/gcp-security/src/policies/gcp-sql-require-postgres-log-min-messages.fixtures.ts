import { sqlFlagFixtures, sqlInstance } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "log_min_messages", good: "error", bad: "debug1", defaultValue: "error", absentOk: true }, [
  {
    name: "log_min_messages warning is the minimum",
    expect: "pass",
    resource: sqlInstance("POSTGRES_15", [{ name: "log_min_messages", value: "WARNING" }], "db-f1-micro"),
  },
  {
    name: "log_min_messages notice is below warning",
    expect: "violate",
    message: 'is "notice"',
    resource: sqlInstance("POSTGRES_15", [{ name: "log_min_messages", value: "notice" }], "db-f1-micro"),
  },
]);
