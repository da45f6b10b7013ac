/**
 * The bench's workload: a deterministic (seeded) stack of N resources with a realistic mix of AWS,
 * Azure and GCP type tokens (@pulumi/aws 7, azure-native 3, gcp 9) and plausible inputs, as the
 * Pulumi engine hands them to an analyzer: a root stack resource, default and explicit providers
 * (sent with every resource), component resources with children (parent type chains in the URN),
 * and companion resources linked through property values, `dependencies` and
 * `propertyDependencies` (S3 bucket + encryption/versioning/public-access-block/lifecycle, security
 * group + rules, VPC + subnets + flow log, role + policy attachment, resource group + storage
 * account + management policy, ...). Both S3 shapes appear: inline configuration on
 * `aws:s3/bucket:Bucket` and the companion-resource shape. Most settings are good, some are not,
 * so policies do real work and report some violations.
 */
import type { EngineProvider, EngineResource } from "@rampart/policy-testing";

/** Stack and project names used in every URN. */
export const STACK = "prod";
export const PROJECT = "shop";

/** Clouds a resource belongs to (by the package of its type token). */
export type CloudOf = "aws" | "azure" | "gcp" | "pulumi";

/** The cloud of a type token (`aws:...` → aws, `azure-native:...` → azure, `gcp:...` → gcp). */
export function cloudOf(type: string): CloudOf {
  const pkg = type.startsWith("pulumi:providers:") ? type.slice("pulumi:providers:".length) : type.split(":")[0];
  if (pkg === "aws") return "aws";
  if (pkg === "azure-native") return "azure";
  if (pkg === "gcp") return "gcp";
  return "pulumi";
}

/** A deterministic PRNG (mulberry32): same seed → same sequence. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A URN as the engine builds it: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, where
 * the qualified type is the parent chain's types joined by `$` (children of the root stack
 * resource carry only their own type).
 */
export function urnOf(type: string, name: string, parentQualifiedType?: string): string {
  const q = parentQualifiedType ? `${parentQualifiedType}$${type}` : type;
  return `urn:pulumi:${STACK}::${PROJECT}::${q}::${name}`;
}

/** The pattern every generated URN matches. */
export const URN_PATTERN = /^urn:pulumi:[^:]+::[^:]+::(?:[^$:]+:[^$:]*:[^$:]+\$)*[^$:]+:[^$:]*:[^$:]+::[^:]+$/;

const ROOT_TYPE = "pulumi:pulumi:Stack";
const ROOT_URN = urnOf(ROOT_TYPE, `${PROJECT}-${STACK}`);

interface Ctx {
  rnd: () => number;
  out: EngineResource[];
  seq: number;
  providers: Record<string, EngineProvider[]>;
}

const pick = <T>(c: Ctx, xs: readonly T[]): T => xs[Math.floor(c.rnd() * xs.length)];
const chance = (c: Ctx, p: number) => c.rnd() < p;
const int = (c: Ctx, lo: number, hi: number) => lo + Math.floor(c.rnd() * (hi - lo + 1));
const hex = (c: Ctx, n: number) => {
  let s = "";
  for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(c.rnd() * 16)];
  return s;
};

const ACCOUNT = "123456789012";
const AWS_REGIONS = ["eu-west-1", "eu-west-1", "eu-west-1", "eu-central-1", "eu-central-1", "us-east-1"];
const AZ_LOCATIONS = ["westeurope", "westeurope", "northeurope", "germanywestcentral", "eastus"];
const GCP_REGIONS = ["europe-west1", "europe-west1", "europe-west3", "europe-west4", "us-central1"];
const TEAMS = ["payments", "catalog", "search", "checkout", "platform", "data"];

function tags(c: Ctx, extra: Record<string, string> = {}): Record<string, string> {
  const t: Record<string, string> = { team: pick(c, TEAMS), env: STACK, "cost-center": `cc-${int(c, 100, 140)}` };
  if (chance(c, 0.1)) delete t["cost-center"];
  return { ...t, ...extra };
}

function makeProviders(): Record<string, EngineProvider[]> {
  const p = (pkg: string, name: string, props: Record<string, unknown>): EngineProvider => ({
    type: `pulumi:providers:${pkg}`,
    name,
    urn: urnOf(`pulumi:providers:${pkg}`, name),
    props,
  });
  return {
    aws: AWS_REGIONS.filter((r, i) => AWS_REGIONS.indexOf(r) === i).map((region, i) =>
      p("aws", i === 0 ? "default_7_47_0" : `aws-${region}`, { region, version: "7.47.0", skipCredentialsValidation: "false" }),
    ),
    azure: [p("azure-native", "default_3_28_0", { location: "westeurope", version: "3.28.0" })],
    gcp: [p("gcp", "default_9_37_0", { project: "shop-prod-4711", region: "europe-west1", version: "9.37.0" })],
  };
}

interface AddOpts {
  parent?: EngineResource;
  deps?: Record<string, EngineResource>;
  provider?: EngineProvider;
}

/** Adds a resource; `deps` maps a property name to the resource its value came from. */
function add(c: Ctx, type: string, base: string, props: Record<string, unknown>, opts: AddOpts = {}): EngineResource {
  const name = `${base}-${c.seq++}`;
  const parentQ = opts.parent ? opts.parent.urn.split("::")[2] : undefined;
  const deps = Object.values(opts.deps ?? {}).map((d) => d.urn);
  const propertyDependencies: Record<string, string[]> = {};
  for (const [k, d] of Object.entries(opts.deps ?? {})) propertyDependencies[k] = [d.urn];
  const r: EngineResource = {
    type,
    name,
    urn: urnOf(type, name, parentQ),
    props,
    provider: opts.provider,
    parent: opts.parent?.urn ?? ROOT_URN,
    dependencies: [...new Set(deps)],
    propertyDependencies,
  };
  c.out.push(r);
  return r;
}

const awsProvider = (c: Ctx) => pick(c, c.providers.aws.concat(c.providers.aws[0], c.providers.aws[0]));
const regionOf = (p: EngineProvider) => String(p.props.region);
const arn = (svc: string, region: string, rest: string) => `arn:aws:${svc}:${region}:${ACCOUNT}:${rest}`;

// ---------------------------------------------------------------- AWS units

function s3Inline(c: Ctx, parent?: EngineResource) {
  const provider = awsProvider(c);
  const bucket = `shop-${pick(c, TEAMS)}-${hex(c, 8)}`;
  const good = chance(c, 0.8);
  add(
    c,
    "aws:s3/bucket:Bucket",
    "assets",
    {
      bucket,
      acl: good ? "private" : pick(c, ["public-read", "private"]),
      forceDestroy: false,
      versioning: { enabled: good, mfaDelete: false },
      serverSideEncryptionConfiguration: good
        ? { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: arn("kms", regionOf(provider), `key/${hex(c, 8)}`) }, bucketKeyEnabled: true } }
        : undefined,
      loggings: chance(c, 0.6) ? [{ targetBucket: "shop-logs", targetPrefix: `${bucket}/` }] : [],
      lifecycleRules: chance(c, 0.5) ? [{ enabled: true, id: "expire", expiration: { days: 365 }, transitions: [{ days: 30, storageClass: "STANDARD_IA" }] }] : [],
      tags: tags(c),
    },
    { provider, parent },
  );
}

function s3Companions(c: Ctx, parent?: EngineResource) {
  const provider = awsProvider(c);
  const name = `shop-${pick(c, TEAMS)}-${hex(c, 8)}`;
  const type = chance(c, 0.25) ? "aws:s3/bucketV2:BucketV2" : "aws:s3/bucket:Bucket";
  const b = add(c, type, "data", { bucket: name, forceDestroy: false, objectLockEnabled: false, tags: tags(c) }, { provider, parent });
  const key = add(c, "aws:kms/key:Key", "data-key", { description: `key for ${name}`, enableKeyRotation: chance(c, 0.9), deletionWindowInDays: 30, keyUsage: "ENCRYPT_DECRYPT", customerMasterKeySpec: "SYMMETRIC_DEFAULT", tags: tags(c) }, { provider, parent });
  add(c, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "data-sse", {
    bucket: name,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: arn("kms", regionOf(provider), `key/${hex(c, 8)}`) }, bucketKeyEnabled: true }],
  }, { provider, parent, deps: { bucket: b, rules: key } });
  add(c, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "data-pab", {
    bucket: name,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: chance(c, 0.9),
  }, { provider, parent, deps: { bucket: b } });
  if (chance(c, 0.7)) add(c, "aws:s3/bucketVersioning:BucketVersioning", "data-ver", { bucket: name, versioningConfiguration: { status: "Enabled" } }, { provider, parent, deps: { bucket: b } });
  if (chance(c, 0.5)) {
    add(c, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", "data-lc", {
      bucket: name,
      rules: [{ id: "tiering", status: "Enabled", filter: { prefix: "" }, transitions: [{ days: 30, storageClass: "STANDARD_IA" }], expiration: { days: 730 } }],
    }, { provider, parent, deps: { bucket: b } });
  }
  if (chance(c, 0.4)) {
    add(c, "aws:s3/bucketPolicy:BucketPolicy", "data-policy", {
      bucket: name,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } },
        ],
      }),
    }, { provider, parent, deps: { bucket: b } });
  }
}

function network(c: Ctx) {
  const provider = awsProvider(c);
  const region = regionOf(provider);
  const vpc = add(c, "aws:ec2/vpc:Vpc", "vpc", { cidrBlock: `10.${int(c, 0, 255)}.0.0/16`, enableDnsHostnames: true, enableDnsSupport: true, tags: tags(c) }, { provider });
  const vpcId = `vpc-${hex(c, 17)}`;
  for (let i = 0; i < 3; i++) {
    add(c, "aws:ec2/subnet:Subnet", "subnet", { vpcId, cidrBlock: `10.0.${i * 16}.0/20`, availabilityZone: `${region}${"abc"[i]}`, mapPublicIpOnLaunch: i === 0 && chance(c, 0.5), tags: tags(c) }, { provider, deps: { vpcId: vpc } });
  }
  if (chance(c, 0.7)) {
    add(c, "aws:ec2/flowLog:FlowLog", "flow", { vpcId, trafficType: "ALL", logDestinationType: "cloud-watch-logs", logDestination: arn("logs", region, `log-group:/vpc/${vpcId}`), iamRoleArn: arn("iam", "", "role/flow-logs") }, { provider, deps: { vpcId: vpc } });
  }
  if (chance(c, 0.3)) add(c, "aws:ec2/natGateway:NatGateway", "nat", { subnetId: `subnet-${hex(c, 17)}`, allocationId: `eipalloc-${hex(c, 17)}`, connectivityType: "public", tags: tags(c) }, { provider });
}

function securityGroup(c: Ctx, parent?: EngineResource): EngineResource {
  const provider = awsProvider(c);
  const open = chance(c, 0.1);
  const sg = add(c, "aws:ec2/securityGroup:SecurityGroup", "sg", {
    description: "Managed by Pulumi",
    vpcId: `vpc-${hex(c, 17)}`,
    ingress: [
      { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "https" },
      ...(open ? [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], description: "ssh" }] : []),
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    revokeRulesOnDelete: false,
    tags: tags(c),
  }, { provider, parent });
  const sgId = `sg-${hex(c, 17)}`;
  if (chance(c, 0.5)) {
    add(c, "aws:ec2/securityGroupRule:SecurityGroupRule", "sg-rule", { type: "ingress", securityGroupId: sgId, protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: [chance(c, 0.95) ? "10.0.0.0/8" : "0.0.0.0/0"] }, { provider, parent, deps: { securityGroupId: sg } });
  } else {
    add(c, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "sg-in", { securityGroupId: sgId, ipProtocol: "tcp", fromPort: 8080, toPort: 8080, cidrIpv4: "10.0.0.0/8" }, { provider, parent, deps: { securityGroupId: sg } });
  }
  return sg;
}

function instance(c: Ctx, parent?: EngineResource) {
  const provider = awsProvider(c);
  const region = regionOf(provider);
  add(c, "aws:ec2/instance:Instance", "web", {
    ami: `ami-${hex(c, 17)}`,
    instanceType: pick(c, ["t3.micro", "t3.medium", "m6i.large", "m5.xlarge", "c6i.2xlarge", "m4.large", "r6g.large"]),
    subnetId: `subnet-${hex(c, 17)}`,
    vpcSecurityGroupIds: [`sg-${hex(c, 17)}`],
    associatePublicIpAddress: chance(c, 0.1),
    monitoring: chance(c, 0.5),
    ebsOptimized: true,
    iamInstanceProfile: "app-profile",
    metadataOptions: { httpTokens: chance(c, 0.85) ? "required" : "optional", httpEndpoint: "enabled", httpPutResponseHopLimit: 2 },
    rootBlockDevice: { volumeSize: int(c, 8, 100), volumeType: pick(c, ["gp3", "gp3", "gp2"]), encrypted: chance(c, 0.9), deleteOnTermination: true },
    ebsBlockDevices: chance(c, 0.4) ? [{ deviceName: "/dev/sdf", volumeSize: int(c, 20, 500), volumeType: "gp3", encrypted: true, deleteOnTermination: true }] : [],
    userData: "#!/bin/bash\necho hello > /tmp/hello\n",
    availabilityZone: `${region}a`,
    tags: tags(c, { Name: `web-${c.seq}` }),
  }, { provider, parent });
}

function database(c: Ctx, parent?: EngineResource) {
  const provider = awsProvider(c);
  const region = regionOf(provider);
  const good = chance(c, 0.85);
  add(c, "aws:rds/instance:Instance", "db", {
    engine: pick(c, ["postgres", "mysql", "postgres"]),
    engineVersion: pick(c, ["15.4", "8.0.35", "16.1"]),
    instanceClass: pick(c, ["db.t3.medium", "db.m6g.large", "db.r6g.xlarge", "db.m5.large"]),
    allocatedStorage: int(c, 20, 500),
    maxAllocatedStorage: 1000,
    storageType: "gp3",
    storageEncrypted: good,
    kmsKeyId: good ? arn("kms", region, `key/${hex(c, 8)}`) : undefined,
    publiclyAccessible: !good && chance(c, 0.3),
    multiAz: chance(c, 0.6),
    backupRetentionPeriod: good ? 14 : 0,
    deletionProtection: good,
    skipFinalSnapshot: !good,
    iamDatabaseAuthenticationEnabled: chance(c, 0.5),
    performanceInsightsEnabled: chance(c, 0.5),
    autoMinorVersionUpgrade: true,
    copyTagsToSnapshot: true,
    dbSubnetGroupName: "private",
    username: "app",
    password: "not-a-real-password",
    enabledCloudwatchLogsExports: good ? ["postgresql"] : [],
    tags: tags(c),
  }, { provider, parent });
}

function iam(c: Ctx) {
  const provider = c.providers.aws[0];
  const role = add(c, "aws:iam/role:Role", "role", {
    assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: pick(c, ["lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com"]) }, Action: "sts:AssumeRole" }] }),
    maxSessionDuration: 3600,
    tags: tags(c),
  }, { provider });
  const wildcard = chance(c, 0.1);
  const policy = add(c, "aws:iam/policy:Policy", "policy", {
    description: "application access",
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: wildcard ? "*" : ["s3:GetObject", "s3:PutObject"], Resource: wildcard ? "*" : `arn:aws:s3:::shop-${hex(c, 8)}/*` },
        { Effect: "Allow", Action: ["kms:Decrypt"], Resource: arn("kms", "eu-west-1", `key/${hex(c, 8)}`) },
      ],
    }),
    tags: tags(c),
  }, { provider });
  add(c, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "attach", { role: role.name, policyArn: arn("iam", "", `policy/${policy.name}`) }, { provider, deps: { role, policyArn: policy } });
}

function lambda(c: Ctx, parent?: EngineResource) {
  const provider = awsProvider(c);
  const region = regionOf(provider);
  add(c, "aws:lambda/function:Function", "fn", {
    runtime: pick(c, ["nodejs20.x", "python3.12", "nodejs18.x", "java21"]),
    handler: "index.handler",
    role: arn("iam", "", "role/fn"),
    memorySize: pick(c, [128, 256, 512, 1024]),
    timeout: int(c, 3, 60),
    architectures: [pick(c, ["arm64", "x86_64"])],
    tracingConfig: { mode: chance(c, 0.5) ? "Active" : "PassThrough" },
    environment: { variables: { TABLE: `orders-${hex(c, 4)}`, LOG_LEVEL: "info" } },
    kmsKeyArn: chance(c, 0.5) ? arn("kms", region, `key/${hex(c, 8)}`) : undefined,
    vpcConfig: chance(c, 0.4) ? { subnetIds: [`subnet-${hex(c, 17)}`], securityGroupIds: [`sg-${hex(c, 17)}`] } : undefined,
    tags: tags(c),
  }, { provider, parent });
  if (chance(c, 0.6)) add(c, "aws:cloudwatch/logGroup:LogGroup", "fn-logs", { name: `/aws/lambda/fn-${c.seq}`, retentionInDays: pick(c, [14, 30, 90, 0]), tags: tags(c) }, { provider, parent });
}

function misc(c: Ctx) {
  const provider = awsProvider(c);
  const region = regionOf(provider);
  switch (int(c, 0, 6)) {
    case 0:
      add(c, "aws:dynamodb/table:Table", "table", {
        billingMode: "PAY_PER_REQUEST",
        hashKey: "pk",
        rangeKey: "sk",
        attributes: [{ name: "pk", type: "S" }, { name: "sk", type: "S" }],
        pointInTimeRecovery: { enabled: chance(c, 0.7) },
        serverSideEncryption: { enabled: chance(c, 0.7) },
        deletionProtectionEnabled: chance(c, 0.5),
        tags: tags(c),
      }, { provider });
      break;
    case 1:
      add(c, "aws:ebs/volume:Volume", "vol", { availabilityZone: `${region}a`, size: int(c, 10, 1000), type: pick(c, ["gp3", "gp2", "io2"]), encrypted: chance(c, 0.9), tags: tags(c) }, { provider });
      break;
    case 2:
      add(c, "aws:sqs/queue:Queue", "queue", { visibilityTimeoutSeconds: 30, messageRetentionSeconds: 345600, sqsManagedSseEnabled: chance(c, 0.8), tags: tags(c) }, { provider });
      break;
    case 3:
      add(c, "aws:sns/topic:Topic", "topic", { kmsMasterKeyId: chance(c, 0.6) ? "alias/aws/sns" : undefined, tags: tags(c) }, { provider });
      break;
    case 4: {
      const api = add(c, "aws:apigateway/restApi:RestApi", "api", { name: `api-${c.seq}`, endpointConfiguration: { types: pick(c, ["REGIONAL", "EDGE", "PRIVATE"]) }, tags: tags(c) }, { provider });
      add(c, "aws:apigateway/stage:Stage", "api-stage", { restApi: `api${hex(c, 6)}`, deployment: hex(c, 6), stageName: "v1", xrayTracingEnabled: chance(c, 0.5), cacheClusterEnabled: chance(c, 0.3), accessLogSettings: chance(c, 0.6) ? { destinationArn: arn("logs", region, "log-group:api"), format: "$context.requestId" } : undefined, tags: tags(c) }, { provider, deps: { restApi: api } });
      add(c, "aws:apigateway/methodSettings:MethodSettings", "api-settings", { restApi: `api${hex(c, 6)}`, stageName: "v1", methodPath: "*/*", settings: { loggingLevel: "INFO", metricsEnabled: true, cachingEnabled: false, cacheDataEncrypted: false } }, { provider, deps: { restApi: api } });
      break;
    }
    case 5:
      add(c, "aws:efs/fileSystem:FileSystem", "efs", { encrypted: chance(c, 0.85), performanceMode: "generalPurpose", throughputMode: "elastic", lifecyclePolicies: [{ transitionToIa: "AFTER_30_DAYS" }], tags: tags(c) }, { provider });
      break;
    default:
      if (chance(c, 0.5)) {
        add(c, "aws:redshift/cluster:Cluster", "dwh", { clusterIdentifier: `dwh-${hex(c, 6)}`, nodeType: "ra3.xlplus", numberOfNodes: 2, encrypted: chance(c, 0.8), publiclyAccessible: false, masterUsername: "admin", automatedSnapshotRetentionPeriod: 7, preferredMaintenanceWindow: "sun:03:00-sun:04:00", tags: tags(c) }, { provider });
      } else {
        add(c, "aws:elasticsearch/domain:Domain", "search", { domainName: `search-${hex(c, 6)}`, elasticsearchVersion: "7.10", clusterConfig: { instanceType: "r6g.large.elasticsearch", instanceCount: 3 }, encryptAtRest: { enabled: chance(c, 0.8) }, nodeToNodeEncryption: { enabled: true }, vpcOptions: chance(c, 0.7) ? { subnetIds: [`subnet-${hex(c, 17)}`] } : undefined, tags: tags(c) }, { provider });
      }
  }
}

/** A component resource (e.g. an `acme:web:Service`) with AWS children: parent chains in URNs. */
function service(c: Ctx) {
  const comp = add(c, "acme:web:Service", "svc", {});
  securityGroup(c, comp);
  instance(c, comp);
  if (chance(c, 0.5)) database(c, comp);
  if (chance(c, 0.5)) lambda(c, comp);
  if (chance(c, 0.5)) s3Inline(c, comp);
}

// ---------------------------------------------------------------- Azure units

function azure(c: Ctx) {
  const provider = c.providers.azure[0];
  const location = pick(c, AZ_LOCATIONS);
  const rgName = `rg-${pick(c, TEAMS)}-${hex(c, 4)}`;
  const rg = add(c, "azure-native:resources:ResourceGroup", "rg", { resourceGroupName: rgName, location, tags: tags(c) }, { provider });
  const accountName = `st${hex(c, 10)}`;
  const sa = add(c, "azure-native:storage:StorageAccount", "sa", {
    resourceGroupName: rgName,
    accountName,
    location: chance(c, 0.9) ? location : "eastus",
    kind: pick(c, ["StorageV2", "StorageV2", "BlobStorage"]),
    sku: { name: pick(c, ["Standard_LRS", "Standard_GRS", "Standard_ZRS", "Premium_LRS"]) },
    enableHttpsTrafficOnly: chance(c, 0.95),
    minimumTlsVersion: pick(c, ["TLS1_2", "TLS1_2", "TLS1_0"]),
    allowBlobPublicAccess: chance(c, 0.1),
    encryption: { keySource: "Microsoft.Storage", services: { blob: { enabled: true }, file: { enabled: true } } },
    networkRuleSet: { defaultAction: chance(c, 0.5) ? "Deny" : "Allow", bypass: "AzureServices" },
    tags: tags(c),
  }, { provider, deps: { resourceGroupName: rg } });
  if (chance(c, 0.5)) {
    add(c, "azure-native:storage:ManagementPolicy", "sa-lc", {
      resourceGroupName: rgName,
      accountName,
      managementPolicyName: "default",
      policy: { rules: [{ name: "tiering", enabled: true, type: "Lifecycle", definition: { actions: { baseBlob: { tierToCool: { daysAfterModificationGreaterThan: 30 } } }, filters: { blobTypes: ["blockBlob"] } } }] },
    }, { provider, deps: { accountName: sa, resourceGroupName: rg } });
  }
  const vms = int(c, 0, 2);
  for (let i = 0; i < vms; i++) {
    const nic = add(c, "azure-native:network:NetworkInterface", "nic", {
      resourceGroupName: rgName,
      location,
      ipConfigurations: [{ name: "ipconfig1", subnet: { id: `/subscriptions/0000/resourceGroups/${rgName}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app` }, privateIPAllocationMethod: "Dynamic" }],
      tags: tags(c),
    }, { provider, deps: { resourceGroupName: rg } });
    add(c, "azure-native:compute:VirtualMachine", "vm", {
      resourceGroupName: rgName,
      location,
      hardwareProfile: { vmSize: pick(c, ["Standard_D2s_v5", "Standard_B2s", "Standard_D4s_v3", "Standard_E8s_v5"]) },
      storageProfile: {
        imageReference: { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts-gen2", version: "latest" },
        osDisk: { createOption: "FromImage", caching: "ReadWrite", managedDisk: { storageAccountType: pick(c, ["Premium_LRS", "StandardSSD_LRS"]) }, diskSizeGB: 64 },
      },
      osProfile: { computerName: `vm${hex(c, 6)}`, adminUsername: "azureuser", linuxConfiguration: { disablePasswordAuthentication: chance(c, 0.9) } },
      networkProfile: { networkInterfaces: [{ id: `/subscriptions/0000/resourceGroups/${rgName}/providers/Microsoft.Network/networkInterfaces/${nic.name}`, primary: true }] },
      securityProfile: chance(c, 0.5) ? { encryptionAtHost: true } : undefined,
      tags: tags(c),
    }, { provider, deps: { resourceGroupName: rg, networkProfile: nic } });
  }
  if (chance(c, 0.3)) {
    const server = add(c, "azure-native:sql:Server", "sql", { resourceGroupName: rgName, location, administratorLogin: "sqladmin", administratorLoginPassword: "not-a-real-password", minimalTlsVersion: "1.2", publicNetworkAccess: pick(c, ["Disabled", "Enabled"]), tags: tags(c) }, { provider, deps: { resourceGroupName: rg } });
    add(c, "azure-native:sql:Database", "sqldb", { resourceGroupName: rgName, serverName: server.name, location, sku: { name: "GP_Gen5_2", tier: "GeneralPurpose" }, requestedBackupStorageRedundancy: pick(c, ["Geo", "Local", "Zone"]), tags: tags(c) }, { provider, deps: { serverName: server, resourceGroupName: rg } });
  }
}

// ---------------------------------------------------------------- GCP units

function gcp(c: Ctx) {
  const provider = c.providers.gcp[0];
  const region = pick(c, GCP_REGIONS);
  switch (int(c, 0, 3)) {
    case 0:
    case 1:
      add(c, "gcp:compute/instance:Instance", "gce", {
        machineType: pick(c, ["e2-standard-2", "e2-medium", "n2-standard-4", "n1-standard-8", "c3-standard-4"]),
        zone: `${region}-b`,
        bootDisk: { initializeParams: { image: "debian-cloud/debian-12", size: int(c, 10, 200), type: pick(c, ["pd-balanced", "pd-ssd", "pd-standard"]) }, autoDelete: true },
        networkInterfaces: [{ network: "default", subnetwork: `projects/shop-prod-4711/regions/${region}/subnetworks/app`, accessConfigs: chance(c, 0.15) ? [{ networkTier: "PREMIUM" }] : [] }],
        shieldedInstanceConfig: { enableSecureBoot: chance(c, 0.7), enableVtpm: true, enableIntegrityMonitoring: true },
        metadata: { "enable-oslogin": "TRUE", "block-project-ssh-keys": chance(c, 0.7) ? "true" : "false" },
        serviceAccount: { email: `app@shop-prod-4711.iam.gserviceaccount.com`, scopes: [chance(c, 0.8) ? "https://www.googleapis.com/auth/devstorage.read_only" : "https://www.googleapis.com/auth/cloud-platform"] },
        scheduling: { preemptible: false, automaticRestart: true, onHostMaintenance: "MIGRATE" },
        labels: tags(c),
        deletionProtection: false,
      }, { provider });
      break;
    case 2:
      add(c, "gcp:storage/bucket:Bucket", "gcs", {
        name: `shop-${hex(c, 10)}`,
        location: pick(c, ["EU", "EUROPE-WEST1", "europe-west3", "US"]),
        storageClass: pick(c, ["STANDARD", "NEARLINE"]),
        uniformBucketLevelAccess: chance(c, 0.9),
        publicAccessPrevention: pick(c, ["enforced", "enforced", "inherited"]),
        versioning: { enabled: chance(c, 0.6) },
        lifecycleRules: chance(c, 0.5) ? [{ action: { type: "SetStorageClass", storageClass: "COLDLINE" }, condition: { age: 90 } }] : [],
        forceDestroy: false,
        labels: tags(c),
      }, { provider });
      break;
    default:
      add(c, "gcp:sql/databaseInstance:DatabaseInstance", "cloudsql", {
        databaseVersion: pick(c, ["POSTGRES_15", "MYSQL_8_0", "POSTGRES_16"]),
        region,
        deletionProtection: chance(c, 0.8),
        settings: {
          tier: pick(c, ["db-custom-2-7680", "db-f1-micro", "db-custom-8-30720"]),
          availabilityType: pick(c, ["REGIONAL", "ZONAL"]),
          diskSize: int(c, 10, 500),
          diskAutoresize: true,
          ipConfiguration: { ipv4Enabled: chance(c, 0.2), privateNetwork: "projects/shop-prod-4711/global/networks/default", sslMode: "ENCRYPTED_ONLY" },
          backupConfiguration: { enabled: chance(c, 0.9), pointInTimeRecoveryEnabled: chance(c, 0.7), location: "eu" },
          databaseFlags: [{ name: "log_min_duration_statement", value: "500" }],
          userLabels: tags(c),
        },
      }, { provider });
  }
  if (chance(c, 0.15)) {
    add(c, "gcp:compute/firewall:Firewall", "fw", { network: "default", direction: "INGRESS", sourceRanges: [chance(c, 0.9) ? "10.0.0.0/8" : "0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["22"] }], targetTags: ["web"] }, { provider });
  }
}

/** Weighted units: AWS ≈ 60 %, Azure ≈ 18 %, GCP ≈ 20 % of resources. */
const UNITS: [number, (c: Ctx) => void][] = [
  [9, s3Inline],
  [5, s3Companions],
  [2, network],
  [6, (c) => securityGroup(c)],
  [9, instance],
  [5, database],
  [4, iam],
  [6, lambda],
  [7, misc],
  [2, service],
  [6, azure],
  [30, gcp],
];
const TOTAL_WEIGHT = UNITS.reduce((s, [w]) => s + w, 0);

/**
 * Generates a stack of exactly `n` resources (including the root stack resource and provider
 * resources), deterministically for a given `seed`.
 *
 * @param n number of resources (≥ 10)
 * @param seed PRNG seed; the same (n, seed) always yields the same resources
 * @returns resources in registration order, each with a URN, inputs, provider, parent and dependencies
 */
export function generateWorkload(n: number, seed = 42): EngineResource[] {
  if (!Number.isInteger(n) || n < 10) throw new RangeError(`workload size must be an integer ≥ 10, got ${n}`);
  const c: Ctx = { rnd: prng(seed), out: [], seq: 0, providers: makeProviders() };
  c.out.push({ type: ROOT_TYPE, name: `${PROJECT}-${STACK}`, urn: ROOT_URN, props: {}, dependencies: [] });
  for (const list of Object.values(c.providers)) {
    for (const p of list) c.out.push({ type: p.type, name: p.name, urn: p.urn, props: p.props, parent: ROOT_URN, dependencies: [] });
  }
  while (c.out.length < n) {
    let x = c.rnd() * TOTAL_WEIGHT;
    for (const [w, unit] of UNITS) {
      x -= w;
      if (x < 0) {
        unit(c);
        break;
      }
    }
  }
  c.out.length = n;
  return c.out;
}

/**
 * The outputs the engine sends in AnalyzeStack for a resource: its inputs plus the `id` and
 * (for AWS) `arn` the provider returned.
 */
export function asStackResource(r: EngineResource): EngineResource {
  if (r.type.startsWith("pulumi:") || !r.props || r.type.startsWith("acme:")) return r;
  const id = (r.props.bucket as string) ?? (r.props.name as string) ?? `${r.name}-id`;
  const props: Record<string, unknown> = { ...r.props, id };
  if (r.type.startsWith("aws:")) {
    const region = String(r.provider?.props.region ?? "eu-west-1");
    const svc = r.type.slice(4, r.type.indexOf("/"));
    props.arn = svc === "s3" ? `arn:aws:s3:::${id}` : `arn:aws:${svc}:${region}:${ACCOUNT}:${r.name}`;
  }
  return { ...r, props };
}

/** Counts of resources by cloud and by type token. */
export function mixOf(resources: readonly EngineResource[]): { byCloud: Record<CloudOf, number>; byType: Record<string, number> } {
  const byCloud: Record<CloudOf, number> = { aws: 0, azure: 0, gcp: 0, pulumi: 0 };
  const byType: Record<string, number> = {};
  for (const r of resources) {
    byCloud[cloudOf(r.type)]++;
    byType[r.type] = (byType[r.type] ?? 0) + 1;
  }
  return { byCloud, byType };
}

/**
 * AWS type tokens @pulumi/awsguard 0.3.1 checks (its `validateResourceOfType` classes from
 * @pulumi/aws 4) that also appear under the same token in @pulumi/aws 7, excluding the policies
 * that call AWS APIs (ACM certificates, IAM access keys, IAM login profiles): the shared workload.
 * Its load-balancer policies use aws 4's legacy tokens (`aws:elasticloadbalancingv2/...`,
 * `aws:applicationloadbalancing/...`) which aws 7 programs never emit.
 */
export const AWSGUARD_TYPES: readonly string[] = [
  "aws:s3/bucket:Bucket",
  "aws:ec2/instance:Instance",
  "aws:rds/instance:Instance",
  "aws:kms/key:Key",
  "aws:dynamodb/table:Table",
  "aws:efs/fileSystem:FileSystem",
  "aws:redshift/cluster:Cluster",
  "aws:elasticsearch/domain:Domain",
  "aws:apigateway/restApi:RestApi",
  "aws:apigateway/stage:Stage",
  "aws:apigateway/methodSettings:MethodSettings",
];
