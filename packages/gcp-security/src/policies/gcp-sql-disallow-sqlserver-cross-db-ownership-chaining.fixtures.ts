import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "cross db ownership chaining", good: "off", bad: "on", defaultValue: "off", absentOk: true });
