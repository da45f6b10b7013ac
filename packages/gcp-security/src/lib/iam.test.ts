import { describe, expect, it } from "vitest";
import { findGrants, iamFamily, iamModule, iamTarget, isPrimitiveRole, isPublicPrincipal } from "./iam";

describe("lib/iam", () => {
  it("recognises the three families in every spelling of the provider", () => {
    expect(iamFamily("gcp:storage/bucketIAMMember:BucketIAMMember")).toBe("member");
    expect(iamFamily("gcp:projects/iAMBinding:IAMBinding")).toBe("binding");
    expect(iamFamily("gcp:cloudrun/iamPolicy:IamPolicy")).toBe("policy");
    expect(iamFamily("gcp:bigquery/datasetIamMember:DatasetIamMember")).toBe("member");
    expect(iamFamily("gcp:projects/iamMemberRemove:IamMemberRemove")).toBeUndefined();
    expect(iamFamily("gcp:iam/denyPolicy:DenyPolicy")).toBeUndefined();
    expect(iamFamily("gcp:storage/bucket:Bucket")).toBeUndefined();
    expect(iamModule("gcp:storage/bucketIAMMember:BucketIAMMember")).toBe("storage");
    expect(iamTarget("gcp:storage/bucketIAMMember:BucketIAMMember")).toBe("bucket");
    expect(iamTarget("gcp:projects/iAMMember:IAMMember")).toBe("");
  });
  it("knows public principals and primitive roles", () => {
    expect(isPublicPrincipal("allUsers")).toBe(true);
    expect(isPublicPrincipal("allAuthenticatedUsers")).toBe(true);
    expect(isPublicPrincipal("user:a@example.com")).toBe(false);
    expect(isPrimitiveRole("roles/editor")).toBe(true);
    expect(isPrimitiveRole("roles/storage.admin")).toBe(false);
  });
  it("finds grants in members, bindings and policy documents", () => {
    expect(
      findGrants("gcp:storage/bucketIAMMember:BucketIAMMember", { role: "roles/storage.objectViewer", member: "allUsers" }, { member: isPublicPrincipal }).hits,
    ).toEqual([{ role: "roles/storage.objectViewer", member: "allUsers", path: "member" }]);
    expect(
      findGrants("gcp:projects/iAMBinding:IAMBinding", { role: "roles/owner", members: ["user:a@x.com", "allUsers"] }, { member: isPublicPrincipal }).hits[0]
        .path,
    ).toBe("members.1");
    const policyData = JSON.stringify({
      bindings: [
        { role: "roles/viewer", members: ["group:g@x.com"] },
        { role: "roles/editor", members: ["allAuthenticatedUsers"] },
      ],
    });
    const m = findGrants("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData }, { member: isPublicPrincipal });
    expect(m.hits.map((h) => h.path)).toEqual(["policyData.bindings.1.members.0"]);
    expect(findGrants("gcp:projects/iAMPolicy:IAMPolicy", { policyData: "not json" }).hits).toEqual([]);
  });
});

describe("lib/iam-types", () => {
  it("every listed token is recognised as an IAM resource", async () => {
    const { ALL_IAM_TYPES } = await import("./iam-types");
    expect(ALL_IAM_TYPES.length).toBeGreaterThan(400);
    expect(ALL_IAM_TYPES.filter((t) => iamFamily(t) === undefined)).toEqual([]);
  });
});
