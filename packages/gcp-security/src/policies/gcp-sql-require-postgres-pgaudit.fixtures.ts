import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "POSTGRES", flag: "cloudsql.enable_pgaudit", good: "on", bad: "off", defaultValue: "off", absentOk: false });
