import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "MYSQL", flag: "skip_show_database", good: "on", bad: "off", defaultValue: "off", absentOk: false });
