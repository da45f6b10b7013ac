import { fixtures, unknown } from "@rampart/policy-testing";

const HUB = "azure-native:iothub:IotHubResource";
const SOL = "azure-native:security:IotSecuritySolution";
const id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Devices/IotHubs/hub01";
const hub = { type: HUB, name: "hub", props: { resourceGroupName: "rg", sku: { name: "S1", capacity: 1 } } };
const solution = (props: Record<string, unknown>, deps?: Record<string, string[]>) => ({
  type: SOL,
  name: "sol",
  props: { resourceGroupName: "rg", displayName: "iot", ...props },
  propertyDependencies: deps,
});

export default fixtures([
  { name: "solution linked by property dependency", expect: "pass", resources: [hub, solution({ iotHubs: [unknown()] }, { iotHubs: ["hub"] })] },
  { name: "solution linked by id, status default Enabled", expect: "pass", resources: [{ ...hub, props: { ...hub.props, id } }, solution({ iotHubs: [id] })] },
  { name: "hub without a solution", expect: "violate", target: "hub", message: "No enabled Defender for IoT security solution", resources: [hub] },
  {
    name: "disabled solution",
    expect: "violate",
    target: "sol",
    message: 'status is "Disabled"',
    resources: [{ ...hub, props: { ...hub.props, id } }, solution({ iotHubs: [id], status: "Disabled" })],
  },
  { name: "solution hubs unknown during preview, no dependency", expect: "unknown", resources: [hub, solution({ iotHubs: unknown() })] },
  {
    name: "no IoT hub in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:network:VirtualNetwork", name: "vnet", props: { resourceGroupName: "rg" } }],
  },
]);
