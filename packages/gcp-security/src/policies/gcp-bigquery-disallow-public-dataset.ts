import { peek, peekItems, requireKnown, type Report } from "@rampart/policy-core";
import { isPublicPrincipal } from "../lib/iam";
import { checkNoPublicGrant } from "../lib/iam-public";
import { gcpPolicy } from "../policy";

const DATASET = "gcp:bigquery/dataset:Dataset";
const ACCESS = "gcp:bigquery/datasetAccess:DatasetAccess";
const IAM = [
  "gcp:bigquery/datasetIamMember:DatasetIamMember",
  "gcp:bigquery/datasetIamBinding:DatasetIamBinding",
  "gcp:bigquery/datasetIamPolicy:DatasetIamPolicy",
  "gcp:bigquery/iamMember:IamMember",
  "gcp:bigquery/iamBinding:IamBinding",
  "gcp:bigquery/iamPolicy:IamPolicy",
];

/** Public principals of one access entry (`specialGroup`, `iamMember`), or the path of an unknown one. */
function entryVerdict(entry: unknown, path: string): { public?: string; unknown?: string } {
  for (const key of ["specialGroup", "iamMember"]) {
    const v = peek<string>(entry, key);
    if (v.state === "unknown") return { unknown: `${path}${path ? "." : ""}${key}` };
    if (v.state === "known" && isPublicPrincipal(v.value)) return { public: `${path}${path ? "." : ""}${key}` };
  }
  return {};
}

function checkEntries(props: Record<string, unknown>, entries: { entry: unknown; path: string }[], listUnknown: string | undefined, report: Report): void {
  const pub: string[] = [];
  let unknownPath = listUnknown;
  for (const { entry, path } of entries) {
    const v = entryVerdict(entry, path);
    if (v.public) pub.push(v.public);
    else if (v.unknown) unknownPath ??= v.unknown;
  }
  if (pub.length > 0) {
    report(
      `${pub.map((p) => p.replace(/\.(\d+)\./g, "[$1].")).join(", ")} grants allUsers or allAuthenticatedUsers access, which makes the dataset public. Remove that access entry and grant specific users, groups or service accounts.`,
    );
  } else if (unknownPath) requireKnown(props, unknownPath);
}

/**
 * BigQuery datasets must not be public: no `accesses` entry (of `gcp:bigquery/dataset:Dataset`)
 * or `gcp:bigquery/datasetAccess:DatasetAccess` with `specialGroup` / `iamMember` allUsers or
 * allAuthenticatedUsers, and no dataset or table IAM member, binding or policy naming them.
 */
export default gcpPolicy({
  name: "gcp-bigquery-disallow-public-dataset",
  description: "BigQuery datasets and tables must not grant access to allUsers or allAuthenticatedUsers.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove access entries with specialGroup allAuthenticatedUsers or iamMember allUsers from the dataset (accesses or gcp.bigquery.DatasetAccess) and remove those principals from dataset and table IAM resources; share with specific groups or authorized views instead.",
  url: "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
  resourceTypes: [DATASET, ACCESS, ...IAM],
  validateResource: (resource, report) => {
    const { type, props } = resource;
    if (type === DATASET) {
      const list = peekItems<unknown>(props, "accesses");
      checkEntries(
        props,
        list.known.map((entry, i) => ({ entry, path: `accesses.${i}` })),
        list.unknown ? "accesses" : undefined,
        report,
      );
      return;
    }
    if (type === ACCESS) {
      checkEntries(props, [{ entry: props, path: "" }], undefined, report);
      return;
    }
    checkNoPublicGrant("BigQuery data", resource, report);
  },
});
