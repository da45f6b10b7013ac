import { ENVIRONMENT_CONFIG, peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

/** Provisioned DynamoDB read/write capacity (table and GSIs) must stay within the stack's cap. */
export default costPolicy({
  name: "aws-dynamodb-provisioned-capacity-cap",
  description: "DynamoDB tables in provisioned mode keep readCapacity and writeCapacity (table and global secondary indexes) at or below the stack's cap.",
  severity: "medium",
  remediationSteps:
    'Lower the provisioned capacity to the measured load and use Application Auto Scaling for peaks, switch to billingMode "PAY_PER_REQUEST" for spiky or low traffic, or raise maxCapacityUnits / nonProductionMaxCapacityUnits for the stack.',
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html",
  tags: ["database"],
  resourceTypes: ["aws:dynamodb/table:Table"],
  config: {
    maxCapacityUnits: {
      type: "integer",
      minimum: 1,
      description: "Largest provisioned read or write capacity units per table or index on production stacks.",
      default: 1000,
    },
    nonProductionMaxCapacityUnits: {
      type: "integer",
      minimum: 1,
      description: "Largest provisioned read or write capacity units per table or index on non-production stacks.",
      default: 25,
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const mode = peek<string>(props, "billingMode");
    if (mode.state === "unknown") return requireKnown(props, "billingMode");
    if (mode.state === "known" && mode.value === "PAY_PER_REQUEST") return;
    const cap = limitFor({ urn, stackTags }, config, "maxCapacityUnits");
    const spots: { path: string; obj: unknown }[] = [{ path: "", obj: props }];
    const gsis = peekItems<unknown>(props, "globalSecondaryIndexes");
    gsis.known.forEach((g, i) => spots.push({ path: `globalSecondaryIndexes[${i}].`, obj: g }));
    let unknown = gsis.unknown;
    let hit = false;
    for (const s of spots) {
      for (const key of ["readCapacity", "writeCapacity"]) {
        const v = peek<number>(s.obj, key);
        if (v.state === "unknown") unknown = true;
        else if (v.state === "known" && typeof v.value === "number" && v.value > cap.value) {
          hit = true;
          report(
            msg`${s.path}${key} is ${v.value}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it, use auto scaling or PAY_PER_REQUEST, or raise ${cap.key}.`,
          );
        }
      }
    }
    if (!hit && unknown) requireKnown(props);
  },
});
