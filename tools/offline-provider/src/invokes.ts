/**
 * Plausible answers to the data-source functions (provider "invokes") that Pulumi programs call most
 * often, so that a program's preview runs with no cloud. Every answer is made up: account ids, GUIDs,
 * VPC, subnet and AMI ids are fixed example values, never real ones. Tokens and result property names
 * were read in the installed SDKs (node_modules/@pulumi/aws/getAvailabilityZones.d.ts and friends,
 * @pulumi/azure-native/authorization/getClientConfig.d.ts, @pulumi/gcp/organizations/*.d.ts).
 *
 * A token not in the catalogue answers an empty object: the engine rejects unknown values in invoke
 * results, so "nothing known" is the only honest answer.
 */
import { createHash } from "node:crypto";

/** Wire signature of a secret value (@pulumi/pulumi runtime/rpc `specialSecretSig`). */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** Key under which the wire form of a special value carries its signature. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";

/** The made-up AWS account id of every offline answer (the 12-digit example id of the AWS docs). */
export const OFFLINE_ACCOUNT_ID = "123456789012";

/** Provider configuration (Configure's inputs, secrets unwrapped) and the calling package's name. */
export interface InvokeContext {
  /** Package name: "aws", "azure-native", "gcp". */
  pkg: string;
  /** Provider configuration, e.g. `{ region: "eu-west-1" }`, secrets unwrapped. */
  config: Record<string, unknown>;
}

type Answer = (args: Record<string, any>, ctx: InvokeContext) => Record<string, unknown>;

/** A lowercase hex string of `length` characters derived from `seed` (stable across runs). */
function hex(seed: string, length: number): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, length);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function awsRegion(args: Record<string, any>, ctx: InvokeContext): string {
  return str(args.region) ?? str(ctx.config.region) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
}

/** AWS partition of a region name: `aws-cn` for cn-*, `aws-us-gov` for us-gov-*, else `aws`. */
function awsPartition(region: string): { partition: string; dnsSuffix: string; reverseDnsPrefix: string } {
  if (region.startsWith("cn-")) return { partition: "aws-cn", dnsSuffix: "amazonaws.com.cn", reverseDnsPrefix: "cn.com.amazonaws" };
  if (region.startsWith("us-gov-")) return { partition: "aws-us-gov", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
  return { partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
}

/** Zone-id prefix of a region as AWS spells them (`eu-west-1` → `euw1`, `ap-southeast-2` → `apse2`). */
function zoneIdPrefix(region: string): string {
  const parts = region.split("-");
  const num = parts.pop() ?? "";
  const [area, ...rest] = parts;
  const short = rest
    .map((w) => w.replace("north", "n").replace("south", "s").replace("east", "e").replace("west", "w").replace("central", "c").replace("gov", ""))
    .join("");
  return `${area}${short}${num}`;
}

function awsArn(region: string, service: string, resource: string, withRegion = true): string {
  return `arn:${awsPartition(region).partition}:${service}:${withRegion ? region : ""}:${OFFLINE_ACCOUNT_ID}:${resource}`;
}

function vpcId(region: string): string {
  return `vpc-${hex(`vpc:${region}`, 17)}`;
}

function subnetIds(region: string): string[] {
  return [0, 1, 2].map((i) => `subnet-${hex(`subnet:${region}:${i}`, 17)}`);
}

/** First value of the EC2-style filter `name` (`[{ name, values }]`), if any. */
function filterValue(args: Record<string, any>, name: string): string | undefined {
  const filters: unknown = args.filters;
  if (!Array.isArray(filters)) return undefined;
  for (const f of filters) {
    if (f && typeof f === "object" && (f as any).name === name && Array.isArray((f as any).values)) return str((f as any).values[0]);
  }
  return undefined;
}

const aws: Record<string, Answer> = {
  "aws:index/getAvailabilityZones:getAvailabilityZones": (args, ctx) => {
    const region = awsRegion(args, ctx);
    const letters = ["a", "b", "c"];
    return {
      id: region,
      region,
      names: letters.map((l) => `${region}${l}`),
      zoneIds: letters.map((_, i) => `${zoneIdPrefix(region)}-az${i + 1}`),
      groupNames: [region],
      ...(args.state !== undefined ? { state: args.state } : {}),
    };
  },
  "aws:index/getRegion:getRegion": (args, ctx) => {
    const region = str(args.name) ?? str(args.id) ?? awsRegion(args, ctx);
    return { id: region, name: region, region, description: region, endpoint: `ec2.${region}.${awsPartition(region).dnsSuffix}` };
  },
  "aws:index/getRegions:getRegions": (args, ctx) => ({ id: awsPartition(awsRegion(args, ctx)).partition, names: [awsRegion(args, ctx)] }),
  "aws:index/getCallerIdentity:getCallerIdentity": (args, ctx) => ({
    id: OFFLINE_ACCOUNT_ID,
    accountId: OFFLINE_ACCOUNT_ID,
    arn: awsArn(awsRegion(args, ctx), "iam", "user/rampart-offline", false),
    userId: "AIDAOFFLINEEXAMPLEUSER",
  }),
  "aws:index/getPartition:getPartition": (args, ctx) => {
    const p = awsPartition(awsRegion(args, ctx));
    return { id: p.partition, ...p };
  },
  "aws:ec2/getVpc:getVpc": (args, ctx) => {
    const region = awsRegion(args, ctx);
    const id = str(args.id) ?? vpcId(region);
    const cidrBlock = str(args.cidrBlock) ?? "172.31.0.0/16";
    return {
      id,
      arn: awsArn(region, "ec2", `vpc/${id}`),
      cidrBlock,
      cidrBlockAssociations: [{ associationId: `vpc-cidr-assoc-${hex(id, 17)}`, cidrBlock, state: "associated" }],
      default: args.default ?? true,
      dhcpOptionsId: `dopt-${hex(`dopt:${region}`, 17)}`,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      enableNetworkAddressUsageMetrics: false,
      instanceTenancy: "default",
      ipv6AssociationId: "",
      ipv6CidrBlock: "",
      ipv6CidrBlockAssociations: [],
      mainRouteTableId: `rtb-${hex(`rtb:${id}`, 17)}`,
      ownerId: OFFLINE_ACCOUNT_ID,
      region,
      state: "available",
      tags: args.tags ?? {},
      ...(args.filters !== undefined ? { filters: args.filters } : {}),
    };
  },
  "aws:ec2/getSubnets:getSubnets": (args, ctx) => {
    const region = awsRegion(args, ctx);
    return { id: region, ids: subnetIds(region), region, tags: args.tags ?? {}, ...(args.filters !== undefined ? { filters: args.filters } : {}) };
  },
  "aws:ec2/getSubnet:getSubnet": (args, ctx) => {
    const region = awsRegion(args, ctx);
    const id = str(args.id) ?? subnetIds(region)[0];
    const az = str(args.availabilityZone) ?? `${region}a`;
    return {
      id,
      arn: awsArn(region, "ec2", `subnet/${id}`),
      assignIpv6AddressOnCreation: false,
      availabilityZone: az,
      availabilityZoneId: `${zoneIdPrefix(region)}-az1`,
      availableIpAddressCount: 4091,
      cidrBlock: str(args.cidrBlock) ?? "172.31.0.0/20",
      customerOwnedIpv4Pool: "",
      defaultForAz: args.defaultForAz ?? true,
      enableDns64: false,
      enableLniAtDeviceIndex: 0,
      enableResourceNameDnsARecordOnLaunch: false,
      enableResourceNameDnsAaaaRecordOnLaunch: false,
      ipv6CidrBlock: "",
      ipv6CidrBlockAssociationId: "",
      ipv6Native: false,
      mapCustomerOwnedIpOnLaunch: false,
      mapPublicIpOnLaunch: true,
      outpostArn: "",
      ownerId: OFFLINE_ACCOUNT_ID,
      privateDnsHostnameTypeOnLaunch: "ip-name",
      region,
      state: "available",
      tags: args.tags ?? {},
      vpcId: str(args.vpcId) ?? vpcId(region),
    };
  },
  "aws:ec2/getAmi:getAmi": (args, ctx) => {
    const region = awsRegion(args, ctx);
    const id = `ami-${hex(`ami:${region}:${JSON.stringify(args)}`, 17)}`;
    const owners: unknown[] = Array.isArray(args.owners) ? args.owners : [];
    const ownerId = owners.map(str).find((o) => o !== undefined && /^\d{12}$/.test(o)) ?? OFFLINE_ACCOUNT_ID;
    const name = (filterValue(args, "name") ?? "rampart-offline-image").replace(/[*?]/g, "x");
    const architecture = filterValue(args, "architecture") ?? "x86_64";
    return {
      id,
      imageId: id,
      arn: awsArn(region, "ec2", `image/${id}`, true).replace(`:${OFFLINE_ACCOUNT_ID}:`, "::"),
      architecture,
      blockDeviceMappings: [],
      bootMode: "",
      creationDate: "2024-01-01T00:00:00.000Z",
      deprecationTime: "",
      description: name,
      enaSupport: true,
      hypervisor: "xen",
      imageLocation: `${ownerId}/${name}`,
      imageOwnerAlias: "",
      imageType: "machine",
      imdsSupport: "v2.0",
      kernelId: "",
      lastLaunchedTime: "",
      name,
      ownerId,
      platform: "",
      platformDetails: "Linux/UNIX",
      productCodes: [],
      public: true,
      ramdiskId: "",
      region,
      rootDeviceName: "/dev/xvda",
      rootDeviceType: "ebs",
      rootSnapshotId: `snap-${hex(id, 17)}`,
      sriovNetSupport: "simple",
      state: "available",
      stateReason: { code: "UNSET", message: "UNSET" },
      tags: {},
      tpmSupport: "",
      usageOperation: "RunInstances",
      virtualizationType: "hvm",
      ...(args.mostRecent !== undefined ? { mostRecent: args.mostRecent } : {}),
      ...(owners.length > 0 ? { owners } : {}),
      ...(args.filters !== undefined ? { filters: args.filters } : {}),
    };
  },
  "aws:ec2/getAmiIds:getAmiIds": (args, ctx) => {
    const region = awsRegion(args, ctx);
    return { id: region, ids: [`ami-${hex(`ami:${region}:${JSON.stringify(args)}`, 17)}`], owners: args.owners ?? [], region };
  },
};

/** Fixed made-up GUIDs of the offline Azure client (not a real tenant or subscription). */
const OFFLINE_TENANT = "00000000-0000-4000-8000-000000000001";
const OFFLINE_SUBSCRIPTION = "00000000-0000-4000-8000-000000000002";
const OFFLINE_CLIENT = "00000000-0000-4000-8000-000000000003";

const azureNative: Record<string, Answer> = {
  "azure-native:authorization:getClientConfig": (_args, ctx) => ({
    clientId: str(ctx.config.clientId) ?? OFFLINE_CLIENT,
    objectId: OFFLINE_CLIENT,
    subscriptionId: str(ctx.config.subscriptionId) ?? process.env.ARM_SUBSCRIPTION_ID ?? OFFLINE_SUBSCRIPTION,
    tenantId: str(ctx.config.tenantId) ?? process.env.ARM_TENANT_ID ?? OFFLINE_TENANT,
  }),
};

function gcpProject(args: Record<string, any>, ctx: InvokeContext): string {
  return str(args.projectId) ?? str(args.project) ?? str(ctx.config.project) ?? process.env.GOOGLE_PROJECT ?? "rampart-offline";
}

function gcpRegion(args: Record<string, any>, ctx: InvokeContext): string {
  return str(args.region) ?? str(ctx.config.region) ?? "us-central1";
}

const gcp: Record<string, Answer> = {
  "gcp:organizations/getClientConfig:getClientConfig": (args, ctx) => {
    const region = gcpRegion(args, ctx);
    return {
      id: `projects/${gcpProject(args, ctx)}/regions/${region}/zones/${str(ctx.config.zone) ?? `${region}-a`}`,
      project: gcpProject(args, ctx),
      region,
      zone: str(ctx.config.zone) ?? `${region}-a`,
      accessToken: { [SIG_KEY]: SECRET_SIG, value: "offline-access-token" },
      defaultLabels: {},
    };
  },
  "gcp:organizations/getProject:getProject": (args, ctx) => {
    const project = gcpProject(args, ctx);
    return {
      id: `projects/${project}`,
      projectId: project,
      name: project,
      number: String(parseInt(hex(`project:${project}`, 10), 16)).slice(0, 12),
      autoCreateNetwork: true,
      billingAccount: "",
      deletionPolicy: "PREVENT",
      folderId: "",
      orgId: "",
      labels: {},
      effectiveLabels: {},
      pulumiLabels: {},
      tags: {},
    };
  },
  "gcp:compute/getZones:getZones": (args, ctx) => {
    const region = gcpRegion(args, ctx);
    return {
      id: `projects/${gcpProject(args, ctx)}/regions/${region}`,
      names: ["a", "b", "c"].map((l) => `${region}-${l}`),
      project: gcpProject(args, ctx),
      region,
    };
  },
};
gcp["gcp:projects/getProject:getProject"] = gcp["gcp:organizations/getProject:getProject"];

const catalogue: Record<string, Answer> = { ...aws, ...azureNative, ...gcp };

/** The invoke tokens that get a made-up answer (everything else answers `{}`). */
export const knownInvokes: readonly string[] = Object.keys(catalogue);

/**
 * The offline answer to the invoke `token` with plain (secret-unwrapped) `args`: a property map in wire
 * form (secrets as `{SIG_KEY: SECRET_SIG, value}`), `{}` for tokens outside the catalogue.
 */
export function answerInvoke(token: string, args: Record<string, unknown>, ctx: InvokeContext): Record<string, unknown> {
  const answer = catalogue[token];
  return answer ? answer(args as Record<string, any>, ctx) : {};
}
