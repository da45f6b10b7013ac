import { booleanFlagFixtures, flagResource } from "../lib/boolean.fixtures-kit";

const B = "gcp:storage/bucket:Bucket";

export default booleanFlagFixtures(
  {
    resource: flagResource(B, { location: "EU" }, "uniformBucketLevelAccess"),
    want: true,
    label: "uniformBucketLevelAccess",
    names: {
      want: "bucket with uniform bucket-level access",
      absent: "bucket without the setting (the provider's default is false)",
      other: "bucket with fine-grained ACLs",
      unknown: "setting unknown during preview",
    },
  },
  [
    {
      name: "a bucket object is not a bucket",
      expect: "not-applicable",
      resource: { type: "gcp:storage/bucketObject:BucketObject", props: { bucket: "b", name: "o" } },
    },
  ],
);
