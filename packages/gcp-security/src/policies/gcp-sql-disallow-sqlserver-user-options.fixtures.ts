import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "user options", bad: "32", defaultValue: "not configured", absentOk: true });
