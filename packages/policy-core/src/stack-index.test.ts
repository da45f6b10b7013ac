import type { PolicyResource } from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { StackIndex } from "./stack-index";

const U = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
function res(type: string, name: string, props: Record<string, unknown>, extra: Partial<PolicyResource> = {}): PolicyResource {
  return {
    type,
    name,
    urn: `urn:pulumi:dev::p::${type}::${name}`,
    props: unknownCheckingProxy(props) as any,
    opts: {} as any,
    dependencies: [],
    propertyDependencies: {},
    isType: () => false,
    asType: () => undefined,
    ...extra,
  } as PolicyResource;
}

describe("StackIndex", () => {
  const bucket = res("aws:s3/bucket:Bucket", "a", { bucket: "a-1", id: "a-1" });
  const bucket2 = res("aws:s3/bucket:Bucket", "b", { bucket: U });
  const byName = res("pab", "pa", { bucket: "a-1" });
  const byDep = res("pab", "pb", { bucket: U }, { propertyDependencies: { bucket: [bucket2] } });
  const loose = res("pab", "pc", { bucket: U });
  const external = res("pab", "pd", { bucket: "elsewhere" });
  const child = res("x", "child", {}, { parent: bucket, dependencies: [bucket] });
  const idx = new StackIndex([bucket, bucket2, byName, byDep, loose, external, child]);

  it("indexes by URN, type, parent and dependents", () => {
    expect(idx.get(bucket.urn)).toBe(bucket);
    expect(idx.ofType("aws:s3/bucket:Bucket")).toEqual([bucket, bucket2]);
    expect(idx.childrenOf(bucket.urn)).toEqual([child]);
    expect(idx.dependentsOf(bucket.urn)).toEqual([child]);
    expect(idx.dependentsOf(bucket2.urn)).toEqual([byDep]);
  });

  it("links companions by known value or property dependency, and keeps the rest apart", () => {
    const links = idx.companions({ targetTypes: ["aws:s3/bucket:Bucket"], companionTypes: ["pab"], linkProperty: "bucket", targetKeys: ["bucket", "id"] });
    const names = (rs: PolicyResource[] | undefined) => (rs ?? []).map((r) => r.name);
    expect(names(links.byTarget.get(bucket.urn))).toEqual(["pa"]);
    expect(names(links.byTarget.get(bucket2.urn))).toEqual(["pb"]);
    // bucket2's name is unknown, so a block naming an unseen bucket might be bucket2's.
    expect(names(links.unresolved)).toEqual(["pc", "pd"]);
    expect(links.external).toEqual([]);
    const known = new StackIndex([bucket, byName, external]);
    const l2 = known.companions({ targetTypes: ["aws:s3/bucket:Bucket"], companionTypes: ["pab"], linkProperty: "bucket", targetKeys: ["bucket", "id"] });
    expect(names(l2.external)).toEqual(["pd"]);
    expect(l2.unresolved).toEqual([]);
  });
});
