import { sqlFlagFixtures } from "../lib/sql-flags.fixtures-kit";

export default sqlFlagFixtures({ engine: "MYSQL", flag: "local_infile", good: "off", bad: "on", defaultValue: "on", absentOk: false });
