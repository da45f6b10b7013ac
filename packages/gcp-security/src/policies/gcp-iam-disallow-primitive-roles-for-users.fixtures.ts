import { fixtures, unknown } from "@rampart/policy-testing";
import { projectBinding, projectMember } from "../lib/iam.fixtures-kit";

const FM = "gcp:folder/iAMMember:IAMMember";
const OP = "gcp:organizations/iAMPolicy:IAMPolicy";

export default fixtures([
  {
    name: "predefined role to a user",
    expect: "pass",
    resource: projectMember("roles/compute.viewer", "user:alice@example.com"),
  },
  {
    name: "editor to a service account (another policy's concern)",
    expect: "pass",
    resource: projectMember("roles/editor", "serviceAccount:ci@prod-123.iam.gserviceaccount.com"),
  },
  {
    name: "viewer to a group",
    expect: "pass",
    resource: projectBinding("roles/viewer", ["group:ops@example.com"]),
  },
  {
    name: "owner to a user",
    expect: "violate",
    message: 'role "roles/owner" is granted to a "user" principal (member) at project level',
    resource: projectMember("roles/owner", "user:alice@example.com"),
  },
  {
    name: "editor to a group on a folder",
    expect: "violate",
    message: "at folder level",
    resource: { type: FM, props: { folder: "folders/123", role: "roles/editor", member: "group:devs@example.com" } },
  },
  {
    name: "organization policy with an editor domain",
    expect: "violate",
    message: '"domain" principal (policyData.bindings.0.members.0) at organization level',
    resource: { type: OP, props: { orgId: "123", policyData: JSON.stringify({ bindings: [{ role: "roles/editor", members: ["domain:example.com"] }] }) } },
  },
  {
    name: "role unknown during preview",
    expect: "unknown",
    resource: projectMember(unknown(), "user:alice@example.com"),
  },
  {
    name: "bucket IAM is not project level",
    expect: "not-applicable",
    resource: { type: "gcp:storage/bucketIAMMember:BucketIAMMember", props: { bucket: "b", role: "roles/storage.admin", member: "user:a@example.com" } },
  },
]);
