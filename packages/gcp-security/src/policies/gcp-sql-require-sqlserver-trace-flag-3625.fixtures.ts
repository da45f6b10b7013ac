import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "3625", good: "on", bad: "off", defaultValue: "off", absentOk: false });
