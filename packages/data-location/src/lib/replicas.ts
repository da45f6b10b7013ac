/**
 * Replica lists: resources whose list property names one region per full copy of the data
 * (DynamoDB global table `replicas[].regionName`, Cosmos DB `locations[].locationName`). Every
 * named region must be allowed.
 */
import {
  checkRegion,
  describeAllowed,
  describeRegion,
  msg,
  peek,
  peekItems,
  type LocationCloud,
  type Report,
  type ResidencySettings,
} from "@rampart/policy-core";
import { listForMessage } from "../config";

/** Where a resource lists its replicas' regions, and how a finding is worded. */
export interface ReplicaListSpec {
  cloud: LocationCloud;
  /** The list property (`replicas`, `locations`). */
  list: string;
  /** The region property of each item (`regionName`, `locationName`). */
  field: string;
  /** Regions not checked (Azure's global pseudo-locations); default none. */
  skip?: (region: string) => boolean;
  /** The advisory when the list itself is unknown: "the table's replicas are not known yet." */
  listUnknown: string;
  /** The advisory when an item's region is unknown: "a replica's regionName is not known yet." */
  itemUnknown: string;
  /**
   * The finding, given the rendered list of offending items (`replicas[1].regionName "us-east-1" (US)`),
   * how many there are, and the allowed locations as `describeAllowed` words them.
   */
  finding(items: string, count: number, allowed: string): string;
}

/**
 * Checks every item's region of the list `spec.list` of `props` against `settings`: reports one
 * finding naming every item outside the allowed locations; otherwise raises rampart's preview
 * advisory (`report.unknown`) when the list or a region is unknown. A non-string region is not checked.
 */
export function checkReplicaList(props: unknown, settings: ResidencySettings, spec: ReplicaListSpec, report: Report): void {
  const items = peekItems<unknown>(props, spec.list);
  if (items.unknown) return report.unknown(spec.listUnknown);
  const bad: string[] = [];
  let unknown = false;
  items.known.forEach((item, i) => {
    const n = peek<unknown>(item, spec.field);
    if (n.state === "unknown") unknown = true;
    else if (n.state === "known" && typeof n.value === "string" && !spec.skip?.(n.value)) {
      const v = checkRegion(spec.cloud, n.value, settings);
      // The property names are the spec's own text, not values: only the index and region are rendered by msg.
      if (!v.allowed) bad.push(`${spec.list}[${msg`${i}`}].${spec.field} ${msg`${describeRegion(v)}`}`);
    }
  });
  if (bad.length) return report(spec.finding(listForMessage(bad), bad.length, describeAllowed(spec.cloud, settings)));
  if (unknown) report.unknown(spec.itemUnknown);
}
