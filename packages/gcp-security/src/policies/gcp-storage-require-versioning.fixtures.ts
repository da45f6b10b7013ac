import { booleanFlagFixtures, flagResource } from "../lib/boolean.fixtures-kit";

const B = "gcp:storage/bucket:Bucket";

export default booleanFlagFixtures(
  {
    resource: flagResource(B, { location: "EU" }, "versioning.enabled"),
    want: true,
    label: "versioning.enabled",
    saysDefault: true,
    names: { want: "versioned", absent: "no versioning block (off by default)", other: "versioning suspended", unknown: "unknown during preview" },
  },
  [
    {
      name: "an object is not a bucket",
      expect: "not-applicable",
      resource: { type: "gcp:storage/bucketObject:BucketObject", props: { bucket: "b", name: "o" } },
    },
  ],
);
