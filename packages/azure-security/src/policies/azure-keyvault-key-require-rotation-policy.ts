import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { sameText } from "../lib/settings";

/** Key Vault keys should rotate automatically: a `properties.rotationPolicy` lifetime action of type "rotate" (none by default). */
export default azurePolicy({
  name: "azure-keyvault-key-require-rotation-policy",
  description: "Key Vault keys should have a rotation policy that rotates them automatically.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `properties.rotationPolicy: { attributes: { expiryTime: "P1Y" }, lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeBeforeExpiry: "P30D" } }] }` on the key.',
  url: "https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation",
  resourceTypes: ["azure-native:keyvault:Key"],
  validateResource: ({ props }, report) => {
    const actions = peekItems(props, "properties.rotationPolicy.lifetimeActions");
    const rotates = actions.known.some((a) => {
      const t = peek(a, "action.type");
      return t.state === "unknown" || (t.state === "known" && sameText(t.value, "rotate"));
    });
    if (rotates) return;
    if (actions.unknown) requireKnown(props, "properties.rotationPolicy.lifetimeActions");
    report(
      'properties.rotationPolicy has no lifetime action of type "rotate", so the key is never rotated automatically. Add a rotate lifetime action to the rotation policy.',
    );
  },
});
