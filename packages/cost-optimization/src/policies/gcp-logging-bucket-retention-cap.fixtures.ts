import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const P = "gcp:logging/projectBucketConfig:ProjectBucketConfig";
const bucket = (retentionDays?: unknown) => ({
  type: P,
  props: { project: "p", location: "global", bucketId: "app", ...(retentionDays === undefined ? {} : { retentionDays }) },
});

export default fixtures([
  { name: "30 days", expect: "pass", resource: bucket(30) },
  { name: "default retention", expect: "pass", resource: bucket() },
  ...inAndOutsideProduction("365 days", bucket(365), "retentionDays is 365, above the non-production cap nonProductionMaxRetentionDays = 30"),
  {
    name: "folder bucket over the production cap",
    expect: "violate",
    message: "maxRetentionDays = 365",
    config: { productionStackPattern: "^dev$" },
    resource: {
      type: "gcp:logging/folderBucketConfig:FolderBucketConfig",
      props: { folder: "folders/1", location: "global", bucketId: "b", retentionDays: 3650 },
    },
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxRetentionDays: 400 }, resource: bucket(365) },
  { name: "retention unknown", expect: "unknown", resource: bucket(unknown()) },
]);
