import { ENVIRONMENT_CONFIG, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig, reportOverCap, type CapSpot } from "../lib/cap";
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
    ...capConfig("maxCapacityUnits", {
      what: "Largest provisioned read or write capacity units per table or index",
      minimum: 1,
      production: 1000,
      nonProduction: 25,
    }),
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
    const values: CapSpot[] = spots.flatMap((s) =>
      ["readCapacity", "writeCapacity"].map((key) => ({ path: `${s.path}${key}`, value: peek<number>(s.obj, key) })),
    );
    reportOverCap(props, values, cap, report, { unknown: gsis.unknown, advice: (key) => `Lower it, use auto scaling or PAY_PER_REQUEST, or raise ${key}.` });
  },
});
