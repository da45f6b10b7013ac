import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "azure-native:resources:ResourceGroup";
const VM = "azure-native:compute:VirtualMachine";

export default fixtures([
  {
    name: "resource group with both tags",
    expect: "pass",
    resource: { type: RG, props: { location: "westeurope", tags: { "cost-center": "cc-1", owner: "team-a" } } },
  },
  {
    name: "keys compare case-insensitively",
    expect: "pass",
    resource: { type: VM, props: { resourceGroupName: "rg", tags: { "Cost-Center": "cc-1", Owner: "team-a" } } },
  },
  {
    name: "VM without tags",
    expect: "violate",
    message: 'tags lacks the required cost-allocation tags "cost-center", "owner"',
    resource: { type: VM, props: { resourceGroupName: "rg" } },
  },
  {
    name: "value not allowed",
    expect: "violate",
    message: "has a value outside allowedValues",
    config: { allowedValues: { owner: ["team-a"] } },
    resource: { type: RG, props: { tags: { "cost-center": "cc-1", owner: "team-z" } } },
  },
  {
    name: "type without tags",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobContainer", props: { accountName: "a", resourceGroupName: "rg" } },
  },
  { name: "tags unknown", expect: "unknown", resource: { type: RG, props: { tags: unknown() } } },
]);
