import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "log_min_duration_statement", good: "-1", bad: "0", defaultValue: "-1", absentOk: true });
