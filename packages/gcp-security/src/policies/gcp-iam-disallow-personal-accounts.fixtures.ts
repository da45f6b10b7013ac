import { fixtures, unknown } from "@rampart/policy-testing";
import { projectMember } from "../lib/iam.fixtures-kit";

const BB = "gcp:storage/bucketIAMBinding:BucketIAMBinding";

export default fixtures([
  { name: "corporate user", expect: "pass", resource: projectMember("roles/viewer", "user:alice@example.com") },
  {
    name: "service account",
    expect: "pass",
    resource: { type: BB, props: { bucket: "b", role: "roles/storage.objectViewer", members: ["serviceAccount:app@prod-123.iam.gserviceaccount.com"] } },
  },
  {
    name: "gmail user on the project",
    expect: "violate",
    message: "member is a personal Google account",
    resource: projectMember("roles/viewer", "user:someone@gmail.com"),
  },
  {
    name: "gmail user in a bucket binding",
    expect: "violate",
    message: "members.1 is a personal Google account",
    resource: { type: BB, props: { bucket: "b", role: "roles/storage.objectViewer", members: ["group:g@example.com", "user:x@googlemail.com"] } },
  },
  { name: "member unknown during preview", expect: "unknown", resource: projectMember("roles/viewer", unknown()) },
  { name: "a bucket is not an IAM grant", expect: "not-applicable", resource: { type: "gcp:storage/bucket:Bucket", props: { location: "EU" } } },
]);
