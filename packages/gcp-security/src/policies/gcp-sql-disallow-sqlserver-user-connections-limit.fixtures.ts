import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "SQLSERVER", flag: "user connections", good: "0", bad: "50", defaultValue: "0 (no limit)", absentOk: true });
