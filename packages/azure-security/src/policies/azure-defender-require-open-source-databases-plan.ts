import { planPolicy } from "../lib/defender";

/** The Defender for open-source relational databases plan must be on: a `security:Pricing` with pricingName OpenSourceRelationalDatabases must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-open-source-databases-plan",
  plan: "OpenSourceRelationalDatabases",
  title: "Defender for open-source relational databases",
  turnsOn: "threat detection for PostgreSQL, MySQL and MariaDB servers",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-databases-introduction",
});
