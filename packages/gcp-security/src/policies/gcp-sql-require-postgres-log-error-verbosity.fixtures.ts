import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "log_error_verbosity", good: "default", bad: "verbose", defaultValue: "default", absentOk: true });
