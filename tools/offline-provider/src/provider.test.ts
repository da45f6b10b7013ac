import * as grpc from "@grpc/grpc-js";
import * as providerGrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerPb from "@pulumi/pulumi/proto/provider_pb";
import { spawn } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFLINE_ACCOUNT_ID, SECRET_SIG, SIG_KEY } from "./invokes";
import { RunningProvider, startOfflineProvider } from "./provider";
import { installedSdkVersion, writeProviderShims } from "./shims";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const URN = "urn:pulumi:dev::proj::aws:ec2/securityGroup:SecurityGroup::web";

function call<Req, Res>(client: any, method: string, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => client[method](req, (err: grpc.ServiceError | null, res: Res) => (err ? reject(err) : resolve(res))));
}

function struct(o: Record<string, unknown>): structPb.Struct {
  return structPb.Struct.fromJavaScript(o as Record<string, structPb.JavaScriptValue>);
}

describe("offline provider over gRPC", () => {
  let server: RunningProvider;
  let client: providerGrpc.ResourceProviderClient;

  beforeAll(async () => {
    server = await startOfflineProvider({ pkg: "aws", version: "7.48.0" });
    client = new providerGrpc.ResourceProviderClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
  });
  afterAll(() => {
    client.close();
    server.stop();
  });

  it("reports the version it was given and accepts secrets and resource references", async () => {
    const info: any = await call(client, "getPluginInfo", new emptyPb.Empty());
    expect(info.getVersion()).toBe("7.48.0");
    const hs: providerPb.ProviderHandshakeResponse = await call(client, "handshake", new providerPb.ProviderHandshakeRequest());
    expect([hs.getAcceptSecrets(), hs.getAcceptResources(), hs.getAcceptOutputs()]).toEqual([true, true, false]);
    const req = new providerPb.ConfigureRequest();
    req.setArgs(struct({ region: "eu-west-1" }));
    const cfg: providerPb.ConfigureResponse = await call(client, "configure", req);
    expect([cfg.getAcceptsecrets(), cfg.getSupportspreview(), cfg.getAcceptresources()]).toEqual([true, true, true]);
  });

  it("Check returns the inputs as given, secrets and unknowns included", async () => {
    const news = {
      description: "Web",
      vpcId: UNKNOWN,
      ingress: [{ cidrBlocks: ["0.0.0.0/0"], fromPort: 22 }],
      password: { [SIG_KEY]: SECRET_SIG, value: "s3cret" },
    };
    const req = new providerPb.CheckRequest();
    req.setUrn(URN);
    req.setNews(struct(news));
    const resp: providerPb.CheckResponse = await call(client, "check", req);
    expect(resp.getInputs()?.toJavaScript()).toEqual(news);
    expect(resp.getFailuresList()).toEqual([]);
  });

  it("Create in preview returns the inputs and no id; outside preview a stable made-up id", async () => {
    const req = new providerPb.CreateRequest();
    req.setUrn(URN);
    req.setProperties(struct({ description: "Web", vpcId: UNKNOWN }));
    req.setPreview(true);
    const preview: providerPb.CreateResponse = await call(client, "create", req);
    expect(preview.getId()).toBe("");
    expect(preview.getProperties()?.toJavaScript()).toEqual({ description: "Web", vpcId: UNKNOWN });
    req.setPreview(false);
    const up1: providerPb.CreateResponse = await call(client, "create", req);
    const up2: providerPb.CreateResponse = await call(client, "create", req);
    expect(up1.getId()).toMatch(/^offline-[0-9a-f]{16}$/);
    expect(up2.getId()).toBe(up1.getId());
  });

  it("Diff names the changed top-level properties", async () => {
    const req = new providerPb.DiffRequest();
    req.setUrn(URN);
    req.setOlds(struct({ a: 1, b: [1, 2], c: "x" }));
    req.setNews(struct({ a: 1, b: [1, 3], d: true }));
    const resp: providerPb.DiffResponse = await call(client, "diff", req);
    expect(resp.getChanges()).toBe(providerPb.DiffResponse.DiffChanges.DIFF_SOME);
    expect(resp.getDiffsList()).toEqual(["b", "c", "d"]);
    req.setNews(struct({ a: 1, b: [1, 2], c: "x" }));
    const same: providerPb.DiffResponse = await call(client, "diff", req);
    expect(same.getChanges()).toBe(providerPb.DiffResponse.DiffChanges.DIFF_NONE);
  });

  it("Invoke answers data sources from the configured region and {} for others", async () => {
    const invoke = async (tok: string, args: Record<string, unknown> = {}) => {
      const req = new providerPb.InvokeRequest();
      req.setTok(tok);
      req.setArgs(struct(args));
      const resp: providerPb.InvokeResponse = await call(client, "invoke", req);
      return resp.getReturn()?.toJavaScript() as Record<string, any>;
    };
    const zones = await invoke("aws:index/getAvailabilityZones:getAvailabilityZones");
    expect(zones.names).toEqual(["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
    expect(zones.zoneIds).toEqual(["euw1-az1", "euw1-az2", "euw1-az3"]);
    expect((await invoke("aws:index/getAvailabilityZones:getAvailabilityZones", { region: "ap-southeast-2" })).zoneIds[0]).toBe("apse2-az1");
    expect((await invoke("aws:index/getCallerIdentity:getCallerIdentity")).accountId).toBe(OFFLINE_ACCOUNT_ID);
    expect((await invoke("aws:index/getPartition:getPartition", { region: "cn-north-1" })).partition).toBe("aws-cn");
    const vpc = await invoke("aws:ec2/getVpc:getVpc", { default: true });
    expect(vpc.id).toMatch(/^vpc-[0-9a-f]{17}$/);
    expect(vpc.default).toBe(true);
    const subnets = await invoke("aws:ec2/getSubnets:getSubnets", { filters: [{ name: "vpc-id", values: [vpc.id] }] });
    expect(subnets.ids).toHaveLength(3);
    expect((await invoke("aws:ec2/getAmi:getAmi", { owners: ["amazon"], mostRecent: true })).imageId).toMatch(/^ami-[0-9a-f]{17}$/);
    expect(await invoke("aws:lambda/getFunction:getFunction", { functionName: "x" })).toEqual({});
  });
});

describe("provider shims", () => {
  it("writes one executable per package that prints a port and serves the protocol", async () => {
    const { binDir, versions } = writeProviderShims({ versions: { gcp: "9.0.0" } });
    try {
      for (const pkg of ["aws", "azure-native", "gcp"]) {
        const file = path.join(binDir, `pulumi-resource-${pkg}`);
        expect(existsSync(file)).toBe(true);
        expect(statSync(file).mode & 0o111).not.toBe(0);
      }
      expect(versions).toEqual({ aws: installedSdkVersion("aws"), "azure-native": installedSdkVersion("azure-native"), gcp: "9.0.0" });
      const child = spawn(path.join(binDir, "pulumi-resource-gcp"), ["127.0.0.1:1"], { stdio: ["ignore", "pipe", "pipe"] });
      try {
        const port = await new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("no port within 20 s")), 20_000);
          child.stdout.setEncoding("utf8").once("data", (d: string) => {
            clearTimeout(timer);
            resolve(Number(d.trim()));
          });
        });
        const client = new providerGrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
        const info: any = await call(client, "getPluginInfo", new emptyPb.Empty());
        expect(info.getVersion()).toBe("9.0.0");
        client.close();
      } finally {
        child.kill();
      }
    } finally {
      rmSync(binDir, { recursive: true, force: true });
    }
  });
});

describe("GetSchema", () => {
  it("derives resources, secret inputs and function outputs from the installed @pulumi/aws", async () => {
    const server = await startOfflineProvider({ pkg: "aws", version: "7.48.0" });
    const client = new providerGrpc.ResourceProviderClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 1 << 30,
    });
    try {
      const resp: providerPb.GetSchemaResponse = await call(client, "getSchema", new providerPb.GetSchemaRequest());
      const schema = JSON.parse(resp.getSchema());
      expect(schema.name).toBe("aws");
      expect(schema.meta.moduleFormat).toBe("(.*)(?:/[^/]*)");
      const bucket = schema.resources["aws:s3/bucket:Bucket"];
      expect(Object.keys(bucket.inputProperties)).toContain("acl");
      expect(Object.keys(bucket.inputProperties)).not.toContain("arn");
      expect(Object.keys(bucket.properties)).toContain("arn");
      expect(schema.resources["aws:rds/instance:Instance"].inputProperties.password.secret).toBe(true);
      expect(schema.resources["aws:s3/bucketV2:BucketV2"]).toBeDefined();
      expect(Object.keys(schema.provider.inputProperties)).toContain("region");
      expect(Object.keys(schema.functions["aws:index/getRegion:getRegion"].outputs.properties)).toEqual(expect.arrayContaining(["name", "endpoint"]));
      expect(Object.keys(schema.functions["aws:ec2/getAmi:getAmi"].inputs.properties)).toContain("owners");
      expect(Object.keys(schema.resources).length).toBeGreaterThan(1000);
    } finally {
      client.close();
      server.stop();
    }
  });
});
