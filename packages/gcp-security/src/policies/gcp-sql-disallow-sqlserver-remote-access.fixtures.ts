import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "remote access", good: "off", bad: "on", defaultValue: "on", absentOk: false });
