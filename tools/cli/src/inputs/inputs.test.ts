import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { SECRET_SIG, SIG_KEY, UNKNOWN_WIRE } from "@rampart/engine-client";
import { loadInput } from ".";
import { InputError } from "../errors";
import { resolveTypeToken } from "./providers";

const EXAMPLES = path.resolve(__dirname, "../../../../examples");
const TESTDATA = path.join(__dirname, "testdata");
const byName = (rs: { name: string; type: string }[], name: string, type?: string) => {
  const r = rs.find((x) => x.name === name && (!type || x.type === type));
  if (!r) throw new Error(`no resource ${name}`);
  return r as any;
};
const isSecret = (v: any) => !!v && v[SIG_KEY] === SECRET_SIG;

describe("stack export", () => {
  it("reads inputs for Analyze, outputs for AnalyzeStack and the URN's line", async () => {
    const input = await loadInput(path.join(EXAMPLES, "webapp-insecure/stack.json"));
    expect(input.kind).toBe("stack-export");
    expect(input.stack).toBe("prod");
    const bucket = byName(input.resources, "assets", "aws:s3/bucket:Bucket");
    expect(bucket.props.acl).toBe("public-read");
    expect(bucket.provider.type).toBe("pulumi:providers:aws");
    expect(input.locations?.get(bucket.urn)?.line).toBeGreaterThan(1);
  });
});

describe("pulumi preview --json", () => {
  it("checks every resource that exists after the update and skips deletes", async () => {
    const input = await loadInput(path.join(EXAMPLES, "webapp-preview/preview.json"));
    expect(input.kind).toBe("preview");
    expect(input.project).toBe("webapp");
    const names = input.resources.map((r) => r.name);
    expect(names).not.toContain("legacy-uploads"); // op delete
    // updated: the new state's inputs
    expect(byName(input.resources, "assets", "aws:s3/bucket:Bucket").props.acl).toBe("public-read-write");
    // replaced: one resource, from the replace step's newState
    expect(input.resources.filter((r) => r.type === "aws:rds/instance:Instance")).toHaveLength(1);
    // created: computed values are unknown; the block's bucket links through propertyDependencies
    const pab = byName(input.resources, "uploads", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    expect(pab.props.bucket).toBe(UNKNOWN_WIRE);
    expect(pab.propertyDependencies.bucket).toEqual([byName(input.resources, "uploads", "aws:s3/bucket:Bucket").urn]);
    expect(pab.provider.props.region).toBe("eu-west-1");
  });
});

describe("Pulumi YAML program", () => {
  it("reads literals, references, config and providers like a preview", async () => {
    const input = await loadInput(path.join(EXAMPLES, "yaml-webapp"));
    expect(input.kind).toBe("yaml-program");
    expect(input.stack).toBe("dev");
    const assets = byName(input.resources, "assets");
    expect(assets.type).toBe("aws:s3/bucket:Bucket"); // aws:s3:Bucket resolved
    expect(assets.urn).toBe("urn:pulumi:dev::yaml-webapp::aws:s3/bucket:Bucket::assets");
    expect(assets.props).toMatchObject({ bucket: "assets-dev", acl: "public-read", tags: { project: "yaml-webapp", stack: "dev" } });
    expect(assets.provider).toMatchObject({ type: "pulumi:providers:aws", props: { region: "eu-west-1" } });
    expect(assets.provider.name).toMatch(/^default_7_/);
    // ${assets.id}: unknown during preview, with its property dependency
    const block = byName(input.resources, "assetsBlock");
    expect(block.type).toBe("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    expect(block.props.bucket).toBe(UNKNOWN_WIRE);
    expect(block.propertyDependencies.bucket).toEqual([assets.urn]);
    // options.provider: the explicit provider resource
    const logs = byName(input.resources, "logs");
    expect(logs.provider).toMatchObject({ name: "usEast1", props: { region: "us-east-1" } });
    // stack config interpolation in a list
    const web = byName(input.resources, "web");
    expect(web.props.ingress[1].cidrBlocks).toEqual(["0.0.0.0/0"]);
    // fn::invoke → unknown; secure config in fn::secret → secret whose value is unknown
    const server = byName(input.resources, "server");
    expect(server.props.ami).toBe(UNKNOWN_WIRE);
    expect(isSecret(server.props.userData)).toBe(true);
    expect(server.props.userData.value).toBe(UNKNOWN_WIRE);
    expect(server.propertyDependencies.vpcSecurityGroupIds).toEqual([web.urn]);
    // each resource's line in Pulumi.yaml
    const loc = input.locations?.get(assets.urn);
    expect(loc?.file).toBe(path.join(EXAMPLES, "yaml-webapp/Pulumi.yaml"));
    expect(loc?.line).toBe(36);
  });

  it("rejects an unknown reference with its file and line", async () => {
    await expect(loadInput(path.join(TESTDATA, "yaml-errors"))).rejects.toThrow(/Pulumi\.yaml:4: .*unknown reference \$\{missingThing\}/);
  });

  it("resolves short type tokens by the provider's module naming rule, checked against @pulumi/aws", () => {
    expect(resolveTypeToken("aws:s3:Bucket", EXAMPLES)).toEqual({ type: "aws:s3/bucket:Bucket", found: true });
    expect(resolveTypeToken("aws:ec2:SecurityGroup", EXAMPLES)).toEqual({ type: "aws:ec2/securityGroup:SecurityGroup", found: true });
    expect(resolveTypeToken("aws:s3/bucketV2:BucketV2", EXAMPLES).type).toBe("aws:s3/bucketV2:BucketV2");
    expect(resolveTypeToken("aws:Provider", EXAMPLES).type).toBe("pulumi:providers:aws");
    expect(resolveTypeToken("aws:s3:NoSuchThing", EXAMPLES).found).toBe(false);
  });
});

describe("TypeScript / JavaScript program under mocks", () => {
  it("runs the TypeScript example and records resources, providers, parents and secrets", async () => {
    const input = await loadInput(path.join(EXAMPLES, "ts-webapp"));
    expect(input.kind).toBe("nodejs-program");
    expect(input.stack).toBe("dev");
    // component children: URNs qualified by the component type, parent the component
    const site = byName(input.resources, "site-content");
    expect(site.urn).toBe("urn:pulumi:dev::ts-webapp::rampart:examples:StaticSite$aws:s3/bucket:Bucket::site-content");
    expect(site.parent).toBe("urn:pulumi:dev::ts-webapp::rampart:examples:StaticSite::site");
    expect(site.props.acl).toBe("public-read");
    expect(site.provider).toMatchObject({ type: "pulumi:providers:aws", props: { region: "eu-west-1" } });
    // the component, the stack and the default provider are analyzed too, as the engine analyzes every registered resource
    expect(input.resources.find((r) => r.type === "rampart:examples:StaticSite")).toBeDefined();
    expect(input.resources.find((r) => r.type === "pulumi:pulumi:Stack")).toBeDefined();
    expect(input.stackResources.find((r) => r.type === "rampart:examples:StaticSite")).toBeDefined();
    // explicit provider passed through the component's providers option
    const backup = byName(input.resources, "backup-content", "aws:s3/bucket:Bucket");
    expect(backup.provider).toMatchObject({ name: "us-east-1", props: { region: "us-east-1" } });
    const pab = byName(input.resources, "backup-content", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    expect(pab.propertyDependencies.bucket).toEqual([backup.urn]);
    // config from Pulumi.dev.yaml; secure config is a secret with an unknown value
    expect(byName(input.resources, "web").props.ingress[1].cidrBlocks).toEqual(["0.0.0.0/0"]);
    const db = byName(input.resources, "db");
    expect(isSecret(db.props.password)).toBe(true);
    expect(db.props.password.value).toBe(UNKNOWN_WIRE);
    // top-level resources are children of the stack, not qualified by its type
    expect(db.urn).toBe("urn:pulumi:dev::ts-webapp::aws:rds/instance:Instance::db");
  });

  it("runs a JavaScript program with --stack config", async () => {
    const input = await loadInput(path.join(TESTDATA, "js-program"), { stack: "test" });
    const b = byName(input.resources, "js-bucket");
    expect(b.props.acl).toBe("public-read");
    expect(b.provider.props.region).toBe("ap-southeast-2");
  });

  it("reports a program that throws with its message and line, without stack frames", async () => {
    const err = await loadInput(path.join(TESTDATA, "throwing-program")).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^program .*throwing-program failed at index\.js:9: bucket name is required$/);
  });
});

describe("detection errors", () => {
  it("names what it expected for a file of no known kind", async () => {
    await expect(loadInput(path.join(__dirname, "../../package.json"))).rejects.toThrow(/is of no known kind; expected a stack export/);
    await expect(loadInput(path.join(TESTDATA, "nope.json"))).rejects.toThrow(/cannot read .*nope\.json: ENOENT/);
    await expect(loadInput(path.join(TESTDATA, "js-program"), { stack: "prod" })).rejects.toThrow(/has no Pulumi\.prod\.yaml/);
  });
});
