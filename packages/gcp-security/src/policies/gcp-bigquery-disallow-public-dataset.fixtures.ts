import { fixtures, unknown } from "@rampart/policy-testing";

const D = "gcp:bigquery/dataset:Dataset";
const A = "gcp:bigquery/datasetAccess:DatasetAccess";
const M = "gcp:bigquery/datasetIamMember:DatasetIamMember";
const T = "gcp:bigquery/iamBinding:IamBinding";
/** The project owners' access entry every dataset has. */
const OWNERS = { role: "OWNER", specialGroup: "projectOwners" };

export default fixtures([
  {
    name: "dataset shared with a group and the project owners",
    expect: "pass",
    resource: { type: D, props: { datasetId: "sales", accesses: [OWNERS, { role: "READER", groupByEmail: "analysts@example.com" }] } },
  },
  { name: "dataset with default access", expect: "pass", resource: { type: D, props: { datasetId: "sales", location: "EU" } } },
  { name: "access resource for a user", expect: "pass", resource: { type: A, props: { datasetId: "sales", role: "READER", userByEmail: "a@example.com" } } },
  {
    name: "dataset IAM member for a service account",
    expect: "pass",
    resource: { type: M, props: { datasetId: "sales", role: "roles/bigquery.dataViewer", member: "serviceAccount:etl@p.iam.gserviceaccount.com" } },
  },
  {
    name: "dataset readable by all authenticated users",
    expect: "violate",
    message: "accesses[1].specialGroup grants",
    resource: { type: D, props: { datasetId: "sales", accesses: [OWNERS, { role: "READER", specialGroup: "allAuthenticatedUsers" }] } },
  },
  {
    name: "dataset readable by allUsers through iamMember",
    expect: "violate",
    message: "accesses[0].iamMember grants",
    resource: { type: D, props: { datasetId: "sales", accesses: [{ role: "READER", iamMember: "allUsers" }] } },
  },
  {
    name: "public DatasetAccess resource",
    expect: "violate",
    message: "iamMember grants",
    resource: { type: A, props: { datasetId: "sales", role: "READER", iamMember: "allUsers" } },
  },
  {
    name: "public dataset IAM member",
    expect: "violate",
    message: "member grants allUsers",
    resource: { type: M, props: { datasetId: "sales", role: "roles/bigquery.dataViewer", member: "allUsers" } },
  },
  {
    name: "public table IAM binding",
    expect: "violate",
    message: "members grants allAuthenticatedUsers",
    resource: { type: T, props: { datasetId: "sales", tableId: "t", role: "roles/bigquery.dataViewer", members: ["allAuthenticatedUsers"] } },
  },
  {
    name: "access entry unknown during preview",
    expect: "unknown",
    resource: { type: D, props: { datasetId: "sales", accesses: [{ role: "READER", iamMember: unknown() }] } },
  },
  { name: "access list unknown during preview", expect: "unknown", resource: { type: D, props: { datasetId: "sales", accesses: unknown() } } },
  { name: "a table is not a dataset", expect: "not-applicable", resource: { type: "gcp:bigquery/table:Table", props: { datasetId: "sales", tableId: "t" } } },
]);
