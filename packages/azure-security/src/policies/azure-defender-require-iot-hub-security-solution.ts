import { peek, peekItems } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { sameText } from "../lib/settings";

const IOT_HUB = "azure-native:iothub:IotHubResource";
const IOT_SECURITY_SOLUTION = "azure-native:security:IotSecuritySolution";

/**
 * Each IoT hub should be covered by Microsoft Defender for IoT: a `security:IotSecuritySolution`
 * of the stack that lists the hub in `iotHubs` (by property dependency or id) and is not Disabled
 * (`status` defaults to Enabled). Advisory: the solution may be managed in another stack.
 */
export default azurePolicy({
  name: "azure-defender-require-iot-hub-security-solution",
  description: "Every IoT hub is covered by an enabled Microsoft Defender for IoT security solution.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Create an azure-native.security.IotSecuritySolution with `iotHubs: [hub.id]`, a `displayName` and `status: "Enabled"` (optionally a Log Analytics `workspace`).',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-iot/device-builders/quickstart-onboard-iot-hub",
  resourceTypes: [IOT_HUB, IOT_SECURITY_SOLUTION],
  validateStack: ({ index }, report) => {
    const urns = new Set<string>();
    const ids = new Set<string>();
    let unresolved = false;
    for (const s of index.ofType(IOT_SECURITY_SOLUTION)) {
      const status = peek<unknown>(s.props, "status");
      if (status.state === "known" && sameText(status.value, "Disabled")) {
        report('status is "Disabled": this Defender for IoT security solution does not protect its IoT hubs. Set status to "Enabled".', s.urn);
        continue;
      }
      if (status.state === "unknown") unresolved = true;
      const deps = s.propertyDependencies?.iotHubs ?? [];
      for (const d of deps) urns.add(d.urn);
      const hubs = peekItems<unknown>(s.props, "iotHubs");
      if (hubs.unknown && !deps.length) unresolved = true;
      for (const h of hubs.known) {
        if (typeof h === "string") ids.add(h.toLowerCase());
        else if (!deps.length) unresolved = true;
      }
    }
    for (const hub of index.ofType(IOT_HUB)) {
      if (urns.has(hub.urn)) continue;
      const id = peek<unknown>(hub.props, "id");
      if (id.state === "known" && typeof id.value === "string" && ids.has(id.value.toLowerCase())) continue;
      if (unresolved || (id.state === "unknown" && ids.size))
        report.unknown("a Defender for IoT security solution whose hubs or status are not known yet may cover this IoT hub.", hub.urn);
      else
        report(
          "No enabled Defender for IoT security solution in the stack lists this IoT hub: Defender for IoT is off for it. Add an IotSecuritySolution whose iotHubs include the hub's id.",
          hub.urn,
        );
    }
  },
});
