import { fixtures, unknown } from "@rampart/policy-testing";

const PLAN = "aws:backup/plan:Plan";
const EU = { allowedJurisdictions: ["EU"] };
const vault = (region: string) => `arn:aws:backup:${region}:123456789012:backup-vault:dr`;
const plan = (...copyActions: unknown[]) => ({ name: "p", rules: [{ ruleName: "daily", targetVaultName: "main", copyActions }] });

export default fixtures([
  {
    name: "plan without copy actions",
    expect: "pass",
    config: EU,
    resource: { type: PLAN, props: { name: "p", rules: [{ ruleName: "daily", targetVaultName: "main" }] } },
  },
  {
    name: "copy to a vault in eu-central-1",
    expect: "pass",
    config: EU,
    resource: { type: PLAN, props: plan({ destinationVaultArn: vault("eu-central-1") }) },
  },
  {
    name: "copy to a vault in us-east-2",
    expect: "violate",
    config: EU,
    message: 'rules[0].copyActions[1].destinationVaultArn copies to region "us-east-2" (US East (Ohio), US)',
    resource: { type: PLAN, props: plan({ destinationVaultArn: vault("eu-central-1") }, { destinationVaultArn: vault("us-east-2") }) },
  },
  {
    name: "copy to eu-central-2 (Zurich) with CH allowed",
    expect: "pass",
    config: { allowedJurisdictions: ["EU", "CH"] },
    resource: { type: PLAN, props: plan({ destinationVaultArn: vault("eu-central-2") }) },
  },
  {
    name: "not configured: left to aws-location-allowed-region",
    expect: "pass",
    resource: { type: PLAN, props: plan({ destinationVaultArn: vault("us-east-2") }) },
  },
  { name: "vault ARN unknown during preview", expect: "unknown", config: EU, resource: { type: PLAN, props: plan({ destinationVaultArn: unknown() }) } },
]);
