import { planPolicy } from "../lib/defender";

/** The Defender for Azure SQL databases plan must be on: a `security:Pricing` with pricingName SqlServers must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-sql-databases-plan",
  plan: "SqlServers",
  title: "Defender for Azure SQL databases",
  turnsOn: "vulnerability assessment and threat detection for Azure SQL and SQL Managed Instance",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-introduction",
});
