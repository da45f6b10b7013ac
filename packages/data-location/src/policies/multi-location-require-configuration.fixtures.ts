import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "aws:s3/bucket:Bucket";
const SA = "azure-native:storage:StorageAccount";
const ROLE = "aws:iam/role:Role";

export default fixtures([
  { name: "configured with a jurisdiction", expect: "pass", config: { allowedJurisdictions: ["EU"] }, resources: [{ type: BUCKET, name: "b", props: {} }] },
  {
    name: "configured with AWS regions only, stack deploys only to AWS",
    expect: "pass",
    config: { allowedRegions: { aws: ["eu-west-1"] } },
    resources: [{ type: BUCKET, name: "b", props: {} }],
  },
  { name: "only global resources need no configuration", expect: "pass", resources: [{ type: ROLE, name: "r", props: {} }] },
  {
    name: "not configured at all",
    expect: "violate",
    target: "b",
    message: "data residency is not configured for aws",
    resources: [{ type: BUCKET, name: "b", props: {} }],
  },
  {
    name: "AWS configured but the stack also deploys to Azure",
    expect: "violate",
    target: "acct",
    message: "data residency is not configured for azure: no allowedJurisdictions and no allowedRegions.azure",
    config: { allowedRegions: { aws: ["eu-west-1"] } },
    resources: [
      { type: BUCKET, name: "b", props: {} },
      { type: SA, name: "acct", props: { location: "westeurope" } },
    ],
  },
  {
    name: "unknown property values do not matter: configuration is what is checked",
    expect: "violate",
    message: "not configured for aws",
    resources: [{ type: BUCKET, name: "b", props: { region: unknown() } }],
  },
]);
