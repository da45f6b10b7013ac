/**
 * The invoke catalogue: what a data source (an invoke, `aws.getAvailabilityZones()`) returns when
 * rampart runs a program under its offline mocks. A real preview calls the provider, which asks
 * the cloud; offline there is no cloud, so rampart answers the common lookups with plausible,
 * documented values and every other invoke with no values (an empty result, as the SDK itself
 * returns for an invoke whose arguments are unknown during a preview).
 *
 * Entries are templates, the same for the TypeScript and the Python runner (both read this JSON):
 * the result is the invoke's arguments overlaid with the template; strings may hold placeholders
 * filled from the provider's configuration or the stack config (`aws:region`, `gcp:project`, ...):
 * - aws: `${region}` (default `us-east-1`), `${account}` (`123456789012`, the account id AWS's
 *   documentation uses in examples), `${partition}` (`aws`);
 * - azure-native: `${location}` (default `westeurope`), `${subscription}` and `${tenant}`
 *   (`00000000-0000-0000-0000-000000000000`);
 * - gcp: `${project}` (default `rampart-offline`), `${region}` (default `us-central1`), `${zone}`
 *   (default `<region>-a`);
 * - `${args.<name>}` the argument `<name>` (a whole-string placeholder keeps the argument's type);
 *   `${args.<name>|<fallback>}` the fallback when the argument is absent.
 * Result field names are those of the SDKs' `Get<X>Result` types (@pulumi/aws 7, azure-native 3,
 * gcp 9; checked in their .d.ts files). Values are made-up but well-formed (ids, ARNs, CIDRs).
 */

/** A catalogue entry's result template (JSON with placeholders). */
export type InvokeTemplate = Record<string, unknown>;

const AZS = ["${region}a", "${region}b", "${region}c"];

/** Invoke token → result template. */
export const INVOKE_CATALOGUE: Readonly<Record<string, InvokeTemplate>> = {
  // aws
  "aws:index/getAvailabilityZones:getAvailabilityZones": {
    id: "${region}",
    names: AZS,
    zoneIds: ["use1-az1", "use1-az2", "use1-az3"],
    groupNames: ["${region}"],
    region: "${region}",
    state: "${args.state|available}",
  },
  "aws:index/getRegion:getRegion": {
    id: "${region}",
    name: "${region}",
    region: "${region}",
    endpoint: "ec2.${region}.amazonaws.com",
    description: "${region}",
  },
  "aws:index/getRegions:getRegions": { id: "aws", names: ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"] },
  "aws:index/getCallerIdentity:getCallerIdentity": {
    id: "${account}",
    accountId: "${account}",
    arn: "arn:${partition}:iam::${account}:user/rampart-offline",
    userId: "AIDAOFFLINERAMPART0000",
  },
  "aws:index/getPartition:getPartition": { id: "${partition}", partition: "${partition}", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" },
  "aws:iam/getAccountAlias:getAccountAlias": { id: "${account}", accountAlias: "rampart-offline" },
  "aws:ec2/getVpc:getVpc": {
    id: "${args.id|vpc-0rampartoffline0}",
    arn: "arn:${partition}:ec2:${region}:${account}:vpc/${args.id|vpc-0rampartoffline0}",
    cidrBlock: "${args.cidrBlock|172.31.0.0/16}",
    default: "${args.default|true}",
    enableDnsHostnames: true,
    enableDnsSupport: true,
    instanceTenancy: "default",
    mainRouteTableId: "rtb-0rampartoffline0",
    dhcpOptionsId: "dopt-0rampartoffline0",
    ownerId: "${account}",
    region: "${region}",
    state: "available",
    cidrBlockAssociations: [],
    tags: {},
  },
  "aws:ec2/getSubnets:getSubnets": {
    id: "${region}",
    ids: ["subnet-0rampartoffline1", "subnet-0rampartoffline2", "subnet-0rampartoffline3"],
    region: "${region}",
  },
  "aws:ec2/getSubnet:getSubnet": {
    id: "${args.id|subnet-0rampartoffline1}",
    arn: "arn:${partition}:ec2:${region}:${account}:subnet/${args.id|subnet-0rampartoffline1}",
    availabilityZone: "${region}a",
    availabilityZoneId: "use1-az1",
    cidrBlock: "172.31.0.0/20",
    defaultForAz: true,
    mapPublicIpOnLaunch: false,
    ownerId: "${account}",
    region: "${region}",
    state: "available",
    vpcId: "${args.vpcId|vpc-0rampartoffline0}",
    tags: {},
  },
  "aws:ec2/getSecurityGroup:getSecurityGroup": {
    id: "${args.id|sg-0rampartoffline0}",
    arn: "arn:${partition}:ec2:${region}:${account}:security-group/${args.id|sg-0rampartoffline0}",
    name: "${args.name|default}",
    description: "default VPC security group",
    vpcId: "${args.vpcId|vpc-0rampartoffline0}",
    region: "${region}",
    tags: {},
  },
  "aws:ec2/getAmi:getAmi": {
    id: "ami-0rampartoffline0",
    imageId: "ami-0rampartoffline0",
    arn: "arn:${partition}:ec2:${region}::image/ami-0rampartoffline0",
    architecture: "x86_64",
    name: "rampart-offline-ami",
    ownerId: "${account}",
    platformDetails: "Linux/UNIX",
    rootDeviceName: "/dev/xvda",
    rootDeviceType: "ebs",
    virtualizationType: "hvm",
    state: "available",
    public: true,
    blockDeviceMappings: [],
    productCodes: [],
    tags: {},
  },
  "aws:ec2/getAmiIds:getAmiIds": { id: "${region}", ids: ["ami-0rampartoffline0"] },
  "aws:organizations/getOrganization:getOrganization": {
    id: "o-rampartoff",
    arn: "arn:${partition}:organizations::${account}:organization/o-rampartoff",
    featureSet: "ALL",
    masterAccountId: "${account}",
    masterAccountArn: "arn:${partition}:organizations::${account}:account/o-rampartoff/${account}",
    masterAccountEmail: "offline@example.com",
    masterAccountName: "rampart-offline",
    accounts: [],
    nonMasterAccounts: [],
    awsServiceAccessPrincipals: [],
    enabledPolicyTypes: [],
    roots: [{ id: "r-rmpt", arn: "arn:${partition}:organizations::${account}:root/o-rampartoff/r-rmpt", name: "Root", policyTypes: [] }],
  },
  // azure-native
  "azure-native:authorization:getClientConfig": {
    clientId: "00000000-0000-0000-0000-000000000000",
    objectId: "00000000-0000-0000-0000-000000000000",
    subscriptionId: "${subscription}",
    tenantId: "${tenant}",
  },
  "azure-native:resources:getResourceGroup": {
    id: "/subscriptions/${subscription}/resourceGroups/${args.resourceGroupName|rampart-offline}",
    name: "${args.resourceGroupName|rampart-offline}",
    location: "${location}",
    type: "Microsoft.Resources/resourceGroups",
    properties: { provisioningState: "Succeeded" },
    tags: {},
  },
  // gcp
  "gcp:organizations/getClientConfig:getClientConfig": {
    id: "${project}",
    project: "${project}",
    region: "${region}",
    zone: "${zone}",
    accessToken: "",
    defaultLabels: {},
  },
  "gcp:organizations/getProject:getProject": {
    id: "projects/${args.projectId|${project}}",
    projectId: "${args.projectId|${project}}",
    name: "${args.projectId|${project}}",
    number: "123456789012",
    orgId: "",
    folderId: "",
    billingAccount: "",
    labels: {},
    effectiveLabels: {},
    pulumiLabels: {},
    tags: {},
  },
  "gcp:projects/getProject:getProject": {
    id: "projects",
    projects: [{ projectId: "${project}", number: "123456789012", name: "${project}", lifecycleState: "ACTIVE" }],
  },
  "gcp:compute/getZones:getZones": {
    id: "projects/${project}/regions/${args.region|${region}}",
    names: ["${args.region|${region}}-a", "${args.region|${region}}-b", "${args.region|${region}}-c"],
    project: "${project}",
    region: "${args.region|${region}}",
  },
  "gcp:compute/getRegions:getRegions": { id: "projects/${project}", names: ["us-central1", "us-east1", "europe-west1", "asia-east1"], project: "${project}" },
  "gcp:compute/getImage:getImage": {
    id: "projects/${args.project|debian-cloud}/global/images/rampart-offline-image",
    name: "rampart-offline-image",
    family: "${args.family|}",
    project: "${args.project|debian-cloud}",
    selfLink: "https://www.googleapis.com/compute/v1/projects/${args.project|debian-cloud}/global/images/rampart-offline-image",
    status: "READY",
    diskSizeGb: 10,
    labels: {},
    licenses: [],
  },
  "gcp:compute/getNetwork:getNetwork": {
    id: "projects/${project}/global/networks/${args.name|default}",
    name: "${args.name|default}",
    project: "${project}",
    selfLink: "https://www.googleapis.com/compute/v1/projects/${project}/global/networks/${args.name|default}",
    subnetworksSelfLinks: [],
  },
  "gcp:compute/getDefaultServiceAccount:getDefaultServiceAccount": {
    id: "projects/${project}/serviceAccounts/123456789012-compute@developer.gserviceaccount.com",
    email: "123456789012-compute@developer.gserviceaccount.com",
    member: "serviceAccount:123456789012-compute@developer.gserviceaccount.com",
    name: "projects/${project}/serviceAccounts/123456789012-compute@developer.gserviceaccount.com",
    project: "${project}",
    uniqueId: "100000000000000000000",
    displayName: "Compute Engine default service account",
  },
};

/** Placeholder defaults per package, and the provider input each placeholder is read from. */
const CONTEXT: Record<string, Record<string, { input?: string; default: string }>> = {
  aws: { region: { input: "region", default: "us-east-1" }, account: { default: "123456789012" }, partition: { default: "aws" } },
  "azure-native": {
    location: { input: "location", default: "westeurope" },
    subscription: { input: "subscriptionId", default: "00000000-0000-0000-0000-000000000000" },
    tenant: { input: "tenantId", default: "00000000-0000-0000-0000-000000000000" },
  },
  gcp: { project: { input: "project", default: "rampart-offline" }, region: { input: "region", default: "us-central1" }, zone: { input: "zone", default: "" } },
};

/**
 * What a runner needs to answer invokes: the catalogue, and per package the placeholder values of
 * the default provider (from the stack's `<pkg>:<key>` config) with the provider input each is
 * read from (an explicit provider's inputs override them). gcp's zone defaults to `<region>-a`.
 */
export function invokeJob(config: ReadonlyMap<string, { value?: unknown; secure: boolean }>) {
  const contexts: Record<string, Record<string, string>> = {};
  const inputs: Record<string, Record<string, string>> = {};
  for (const [pkg, keys] of Object.entries(CONTEXT)) {
    contexts[pkg] = {};
    inputs[pkg] = {};
    for (const [k, spec] of Object.entries(keys)) {
      const c = spec.input ? config.get(`${pkg}:${spec.input}`) : undefined;
      contexts[pkg][k] = c && !c.secure && typeof c.value === "string" && c.value ? c.value : spec.default;
      if (spec.input) inputs[pkg][k] = spec.input;
    }
  }
  return { catalogue: INVOKE_CATALOGUE, contexts, inputs };
}
