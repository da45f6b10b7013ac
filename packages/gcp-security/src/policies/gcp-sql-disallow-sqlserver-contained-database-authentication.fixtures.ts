import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "contained database authentication", good: "off", bad: "on", defaultValue: "off", absentOk: true });
