import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "external scripts enabled", good: "off", bad: "on", defaultValue: "off", absentOk: true });
