import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "log_connections", good: "on", bad: "off", defaultValue: "off", absentOk: false });
