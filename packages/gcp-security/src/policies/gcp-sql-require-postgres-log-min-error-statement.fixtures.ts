import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "log_min_error_statement", good: "error", bad: "warning", defaultValue: "error", absentOk: true });
