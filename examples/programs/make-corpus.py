#!/usr/bin/env python3
"""Writes the program corpus (one folder per program, each with expected.json) for
tools/cli/src/inputs/corpus.test.ts. Programs are in the shapes `pulumi new` templates and users
write; expected.json lists the findings (pack, policy, resource name) the check must report, the
ones it must not, components not expanded, or the exit-2 error for unsupported inputs."""
import json, os, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
PUB = 'new aws.s3.Bucket("site", { acl: "public-read" });'
SSH = '''new aws.ec2.SecurityGroup("ssh", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });'''
RDP = '''new aws.ec2.SecurityGroup("rdp", { ingress: [{ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }] });'''
F_PUB = ["aws-security", "aws-s3-disallow-public-acl", "site"]
F_SSH = ["aws-security", "aws-ec2-disallow-open-ssh", "ssh"]
F_RDP = ["aws-security", "aws-ec2-disallow-open-rdp", "rdp"]
F_DB = ["aws-security", "aws-rds-disallow-public-access", "db"]
TSCONFIG = {"compilerOptions": {"strict": True, "outDir": "bin", "target": "es2020", "module": "commonjs", "moduleResolution": "node", "sourceMap": True, "experimentalDecorators": True, "pretty": True, "noFallthroughCasesInSwitch": True, "noImplicitReturns": True, "forceConsistentCasingInFileNames": True}, "files": ["index.ts"]}
IMP = 'import * as pulumi from "@pulumi/pulumi";\nimport * as aws from "@pulumi/aws";\n'

def w(name, files, expected):
    d = os.path.join(HERE, name)
    for f, text in files.items():
        p = os.path.join(d, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as fh:
            fh.write(text if isinstance(text, str) else json.dumps(text, indent=2) + "\n")
    with open(os.path.join(d, "expected.json"), "w") as fh:
        json.dump(expected, fh, indent=2)
        fh.write("\n")

def proj(name, runtime, extra=""):
    return f"name: {name}\nruntime: {runtime}\ndescription: rampart program corpus\n{extra}"

def pkg(name, **kw):
    d = {"name": name, "main": "index.ts", "devDependencies": {"@types/node": "^20", "typescript": "^5.0.0"}, "dependencies": {"@pulumi/aws": "^7.0.0", "@pulumi/pulumi": "^3.0.0"}}
    d.update(kw)
    return d

def ts(name, code, expected, tsconfig=TSCONFIG, package=None, extra_files=None, stack="config:\n  aws:region: us-west-2\n", yaml_extra=""):
    files = {"Pulumi.yaml": proj(name, "nodejs" if not yaml_extra else "", "") if False else proj(name, "\n  name: nodejs\n  options:\n    typescript: true" if not yaml_extra else yaml_extra), "Pulumi.dev.yaml": stack, "index.ts": IMP + code, "tsconfig.json": tsconfig, "package.json": package or pkg(name)}
    files.update(extra_files or {})
    w(name, files, expected)

# --- TypeScript, AWS -------------------------------------------------------------------------
ts("ts-aws-template", 'const bucket = ' + PUB + '\nexport const bucketName = bucket.id;\n', {"findings": [F_PUB]})
ts("ts-nodenext-tsconfig", SSH + "\n", {"findings": [F_SSH]}, tsconfig={"compilerOptions": {"strict": True, "target": "ES2022", "module": "nodenext", "moduleResolution": "nodenext", "skipLibCheck": True}})
ts("ts-esm-module", 'import semver from "semver";\nif (!semver.valid("1.2.3")) throw new Error("semver default import broken");\n' + PUB + "\n",
   {"findings": [F_PUB]}, tsconfig={"compilerOptions": {"strict": True, "target": "ES2022", "module": "nodenext", "moduleResolution": "nodenext", "esModuleInterop": True, "skipLibCheck": True}}, package=pkg("ts-esm-module", type="module"))
ts("ts-subfolder-dirname", 'import { openRules } from "./network/rules";\nnew aws.ec2.SecurityGroup("ssh", { ingress: openRules() });\n', {"findings": [F_SSH]},
   extra_files={"network/rules.ts": 'import * as fs from "fs";\nimport * as path from "path";\nexport function openRules() {\n  return JSON.parse(fs.readFileSync(path.join(__dirname, "open-rules.json"), "utf8"));\n}\n',
                "network/open-rules.json": [{"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidrBlocks": ["0.0.0.0/0"]}]})
ts("ts-callback-function", 'const table = "orders";\nconst fn = new aws.lambda.CallbackFunction("handler", { callback: async (ev: unknown) => ({ statusCode: 200, body: JSON.stringify({ table, ev }) }) });\n' + PUB + "\nexport const fnName = fn.name;\n",
   {"findings": [F_PUB], "types": ["aws:lambda/function:Function", "aws:iam/role:Role"]})
ts("ts-on-schedule", 'aws.cloudwatch.onSchedule("nightly", "cron(0 3 * * ? *)", async () => { console.log("tick"); });\n' + SSH + "\n", {"findings": [F_SSH], "types": ["aws:cloudwatch/eventRule:EventRule", "aws:lambda/function:Function"]})
ts("ts-bucket-on-object-created", 'const uploads = new aws.s3.Bucket("site", { acl: "public-read" });\nuploads.onObjectCreated("thumbnail", async (e) => { console.log(e.Records?.length); });\n', {"findings": [F_PUB], "types": ["aws:lambda/function:Function"]})
ts("ts-lookups", 'const azs = aws.getAvailabilityZones({ state: "available" });\nconst me = aws.getCallerIdentity();\nconst ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ["amazon"], filters: [{ name: "name", values: ["al2023-ami-*"] }] });\nconst vpc = aws.ec2.getVpcOutput({ default: true });\nconst subnets = aws.ec2.getSubnetsOutput({ filters: [{ name: "vpc-id", values: [vpc.id] }] });\nconst ssh = new aws.ec2.SecurityGroup("ssh", { vpcId: vpc.id, ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });\nnew aws.ec2.Instance("web", { ami: ami.id, instanceType: "t3.micro", subnetId: subnets.ids[0], availabilityZone: azs.then((z) => z.names[0]), vpcSecurityGroupIds: [ssh.id], tags: { owner: me.then((m) => m.accountId) } });\n',
   {"findings": [F_SSH], "props": {"web": {"availabilityZone": "us-west-2a", "ami": "ami-0rampartoffline0"}}})
REMOTE = 'class Vpc extends pulumi.ComponentResource {\n  constructor(name: string, args: Record<string, unknown>, opts?: pulumi.ComponentResourceOptions) {\n    super("awsx:ec2:Vpc", name, args, opts, true);\n  }\n}\n'
ts("ts-remote-component", REMOTE + 'new Vpc("vpc", { cidrBlock: "10.0.0.0/16" });\n' + PUB + "\n", {"findings": [F_PUB], "unexpanded": ["awsx:ec2:Vpc vpc"]})
ts("ts-only-remote-component", REMOTE + 'new Vpc("vpc", { cidrBlock: "10.0.0.0/16" });\n', {"exit2": "nothing to check in .*awsx:ec2:Vpc vpc", "unexpanded": ["awsx:ec2:Vpc vpc"]})
ts("ts-resource-get", 'aws.s3.Bucket.get("legacy", "legacy-public-bucket");\nnew aws.s3.Bucket("private", { acl: "private" });\n' + RDP + "\n", {"findings": [F_RDP], "absent": [["aws-security", "*", "legacy"]], "reads": 1})
ts("ts-stack-reference", 'const net = new pulumi.StackReference("acme/network/prod");\nnew aws.ec2.SecurityGroup("ssh", { vpcId: net.getOutput("vpcId"), ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });\n', {"findings": [F_SSH]})
ts("ts-secret-config", 'const config = new pulumi.Config();\nnew aws.rds.Instance("db", { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20, username: "app", password: config.requireSecret("dbPassword"), publiclyAccessible: true, skipFinalSnapshot: true });\n',
   {"findings": [F_DB], "secretsAbsent": ["AAABAHyhSuperSecretCiphertext"]}, stack="config:\n  aws:region: eu-west-1\n  ts-secret-config:dbPassword:\n    secure: AAABAHyhSuperSecretCiphertext\n")
ts("ts-unknown-lookup-fails", 'const i = aws.ec2.getInstance({ instanceId: "i-0123" });\nexport const ip = i.then((x) => x.tags["Name"].toUpperCase());\n', {"exit2": "aws:ec2/getInstance:getInstance"})
ts("ts-main-subfolder", "", {"findings": [F_SSH]}, yaml_extra="\n  name: nodejs\nmain: infra/", extra_files={"infra/index.ts": IMP + SSH + "\n", "infra/package.json": pkg("infra")})
ts("ts-package-main", "", {"findings": [F_PUB]}, package=pkg("ts-package-main", main="src/main.ts"), extra_files={"src/main.ts": IMP + PUB + "\n"})
ts("ts-async-main", 'export = async () => {\n  const azs = await aws.getAvailabilityZones();\n  const b = new aws.s3.Bucket("site", { acl: "public-read", tags: { az: azs.names[0] } });\n  return { bucket: b.id };\n};\n', {"findings": [F_PUB]})
ts("ts-local-component", 'class Site extends pulumi.ComponentResource {\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super("acme:web:Site", name, {}, opts);\n    new aws.s3.Bucket("site", { acl: "public-read" }, { parent: this });\n    this.registerOutputs({});\n  }\n}\nnew Site("www");\n', {"findings": [F_PUB]})
ts("ts-explicit-provider", 'const eu = new aws.Provider("eu", { region: "eu-central-1" });\nconst azs = aws.getAvailabilityZonesOutput({}, { provider: eu });\nnew aws.s3.Bucket("site", { acl: "public-read", tags: { az: azs.names[0] } }, { provider: eu });\n', {"findings": [F_PUB], "props": {"site": {"tags": {"az": "eu-central-1a"}}}})
ts("ts-syntax-error", 'const x: number = ;\n', {"exit2": "index.ts"})
# --- JavaScript --------------------------------------------------------------------------------
def js(name, code, expected, package=None, fname="index.js"):
    w(name, {"Pulumi.yaml": proj(name, "nodejs"), "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n", fname: code, "package.json": package or {"name": name, "main": fname, "dependencies": {"@pulumi/aws": "^7.0.0", "@pulumi/pulumi": "^3.0.0"}}}, expected)
js("js-aws-template", '"use strict";\nconst pulumi = require("@pulumi/pulumi");\nconst aws = require("@pulumi/aws");\n' + RDP + "\n", {"findings": [F_RDP]})
js("js-esm-module", 'import * as aws from "@pulumi/aws";\n' + PUB + "\n", {"findings": [F_PUB]}, package={"name": "js-esm-module", "type": "module", "main": "index.js"})
js("js-callback-function", '"use strict";\nconst aws = require("@pulumi/aws");\nconst greeting = "hi";\nnew aws.lambda.CallbackFunction("fn", { callback: async () => ({ statusCode: 200, body: greeting }) });\n' + SSH + "\n", {"findings": [F_SSH], "types": ["aws:lambda/function:Function"]})
# --- Python --------------------------------------------------------------------------------------
PYIMP = "import pulumi\nimport pulumi_aws as aws\n"
def py(name, code, expected, extra_yaml="", stack="config:\n  aws:region: us-east-1\n", extra_files=None, main="__main__.py"):
    files = {"Pulumi.yaml": proj(name, "\n  name: python\n  options:\n    toolchain: pip" + extra_yaml), "Pulumi.dev.yaml": stack, main: PYIMP + code, "requirements.txt": "pulumi>=3.0.0,<4.0.0\npulumi-aws>=7.0.0,<8.0.0\n"}
    files.update(extra_files or {})
    w(name, files, expected)
py("py-aws-template", textwrap.dedent('''
    config = pulumi.Config()
    bucket = aws.s3.Bucket("site", acl="public-read")
    ssh = aws.ec2.SecurityGroup("ssh", description="ssh", ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"])])
    db = aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
                          password=config.require_secret("dbPassword"), publicly_accessible=True, skip_final_snapshot=True,
                          vpc_security_group_ids=[ssh.id])
    pulumi.export("bucket_name", bucket.id)
    '''), {"findings": [F_PUB, F_SSH, F_DB], "secretsAbsent": ["AAABAJpySecretCiphertextValue"]}, stack="config:\n  aws:region: us-east-1\n  py-aws-template:dbPassword:\n    secure: AAABAJpySecretCiphertextValue\n")
py("py-lookups", textwrap.dedent('''
    azs = aws.get_availability_zones(state="available")
    me = aws.get_caller_identity()
    ami = aws.ec2.get_ami(most_recent=True, owners=["amazon"], filters=[{"name": "name", "values": ["al2023-ami-*"]}])
    vpc = aws.ec2.get_vpc(default=True)
    rdp = aws.ec2.SecurityGroup("rdp", vpc_id=vpc.id, ingress=[{"protocol": "tcp", "from_port": 3389, "to_port": 3389, "cidr_blocks": ["0.0.0.0/0"]}])
    aws.ec2.Instance("web", ami=ami.id, instance_type="t3.micro", availability_zone=azs.names[0], vpc_security_group_ids=[rdp.id], tags={"owner": me.account_id})
    '''), {"findings": [F_RDP], "props": {"web": {"availabilityZone": "us-east-1a", "ami": "ami-0rampartoffline0"}}})
py("py-main-folder", "", {"findings": [F_SSH]}, extra_yaml="\nmain: src/", main="src/__main__.py", extra_files={"src/__main__.py": PYIMP + 'from network import open_ssh\nopen_ssh("ssh")\n', "src/network.py": PYIMP + 'def open_ssh(name):\n    return aws.ec2.SecurityGroup(name, ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}])\n'})
py("py-component", textwrap.dedent('''
    class Site(pulumi.ComponentResource):
        def __init__(self, name, opts=None):
            super().__init__("acme:web:Site", name, None, opts)
            aws.s3.Bucket("site", acl="public-read", opts=pulumi.ResourceOptions(parent=self))
            self.register_outputs({})
    Site("www")
    '''), {"findings": [F_PUB]})
py("py-resource-get", 'aws.s3.Bucket.get("legacy", "legacy-public-bucket")\naws.ec2.SecurityGroup("ssh", ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}])\n', {"findings": [F_SSH], "absent": [["aws-security", "*", "legacy"]], "reads": 1})
py("py-unknown-lookup-fails", 'inst = aws.ec2.get_instance(instance_id="i-0123")\npulumi.export("name", inst.tags["Name"])\n', {"exit2": "aws:ec2/getInstance:getInstance"})
py("py-remote-component", textwrap.dedent('''
    class Vpc(pulumi.ComponentResource):
        def __init__(self, name, opts=None):
            super().__init__("awsx:ec2:Vpc", name, {}, opts, remote=True)
    Vpc("vpc")
    aws.s3.Bucket("site", acl="public-read")
    '''), {"findings": [F_PUB], "unexpanded": ["awsx:ec2:Vpc vpc"]})
py("py-virtualenv-option", 'aws.s3.Bucket("site", acl="public-read")\n', {"findings": [F_PUB], "venvOption": True}, extra_yaml="\n    virtualenv: venv")
py("py-program-error", 'raise ValueError("CIDR 10.0.0.0/33 is not valid\\nfix the network config")\n', {"exit2": "at __main__.py:3: ValueError: CIDR 10.0.0.0/33 is not valid.fix the network config"})
# --- YAML ---------------------------------------------------------------------------------------
def yml(name, body, expected, stack="config:\n  aws:region: us-east-1\n", runtime="yaml", extra_files=None, config=None):
    files = {"Pulumi.yaml": proj(name, runtime) + body, "Pulumi.dev.yaml": stack}
    files.update(extra_files or {})
    if config:
        files["policy-config.json"] = config
    w(name, files, expected)
yml("yaml-aws-template", "resources:\n  site:\n    type: aws:s3:Bucket\n    properties:\n      acl: public-read\noutputs:\n  bucketName: ${site.id}\n", {"findings": [F_PUB]})
yml("yaml-full-tokens-azure", "resources:\n  rg:\n    type: azure-native:resources:ResourceGroup\n    properties:\n      location: eastus\n  sa:\n    type: azure-native:storage:StorageAccount\n    properties:\n      resourceGroupName: ${rg.name}\n      location: eastus\n      kind: StorageV2\n      sku:\n        name: Standard_LRS\n",
    {"packs": ["data-location"], "findings": [["data-location", "azure-location-allowed-region", "sa"]]}, stack="config: {}\n", config={"all": "mandatory", "azure-location-allowed-region": {"allowedRegions": {"azure": ["westeurope"]}}})
yml("yaml-main-subfolder", "main: infra/\n", {"findings": [F_SSH]}, extra_files={"infra/Main.yaml": "resources:\n  ssh:\n    type: aws:ec2:SecurityGroup\n    properties:\n      ingress:\n        - protocol: tcp\n          fromPort: 22\n          toPort: 22\n          cidrBlocks: [0.0.0.0/0]\n"})
yml("yaml-compiler", "", {"exit2": "compiler.*cue export.*not supported"}, runtime="\n  name: yaml\n  options:\n    compiler: cue export\n", extra_files={"main.cue": "resources: site: {type: \"aws:s3:Bucket\", properties: acl: \"public-read\"}\n"})
yml("yaml-get", "resources:\n  legacy:\n    type: aws:s3:Bucket\n    get:\n      id: legacy-public-bucket\n  ssh:\n    type: aws:ec2:SecurityGroup\n    properties:\n      ingress:\n        - protocol: tcp\n          fromPort: 22\n          toPort: 22\n          cidrBlocks: [0.0.0.0/0]\n", {"findings": [F_SSH], "absent": [["aws-security", "*", "legacy"]]})
yml("yaml-variables-readfile", "variables:\n  openCidr: 0.0.0.0/0\n  policy:\n    fn::readFile: ./policy.json\nresources:\n  rdp:\n    type: aws:ec2:SecurityGroup\n    properties:\n      ingress:\n        - protocol: tcp\n          fromPort: 3389\n          toPort: 3389\n          cidrBlocks: ['${openCidr}']\n  role:\n    type: aws:iam:Role\n    properties:\n      assumeRolePolicy: ${policy}\n", {"findings": [F_RDP]}, extra_files={"policy.json": "{}\n"})
yml("yaml-awsx-component", "resources:\n  vpc:\n    type: awsx:ec2:Vpc\n    properties:\n      cidrBlock: 10.0.0.0/16\n  ssh:\n    type: aws:ec2:SecurityGroup\n    properties:\n      vpcId: ${vpc.vpcId}\n      ingress:\n        - protocol: tcp\n          fromPort: 22\n          toPort: 22\n          cidrBlocks: [0.0.0.0/0]\n", {"findings": [F_SSH], "unexpanded": ["awsx:ec2:Vpc vpc"]})
yml("yaml-gcp-bucket", "resources:\n  data:\n    type: gcp:storage:Bucket\n    properties:\n      location: US\n", {"packs": ["data-location"], "findings": [["data-location", "gcp-storage-bucket-locations", "data"]]}, stack="config:\n  gcp:project: acme\n", config={"gcp-storage-bucket-locations": {"allowedJurisdictions": ["EU"]}})
yml("yaml-secret-config", "config:\n  dbPassword:\n    type: string\n    secret: true\nresources:\n  db:\n    type: aws:rds:Instance\n    properties:\n      engine: postgres\n      instanceClass: db.t4g.micro\n      allocatedStorage: 20\n      username: app\n      password: ${dbPassword}\n      publiclyAccessible: true\n", {"findings": [F_DB], "secretsAbsent": ["AAABAYamlSecretCipher"]}, stack="config:\n  aws:region: us-east-1\n  yaml-secret-config:dbPassword:\n    secure: AAABAYamlSecretCipher\n")
yml("yaml-invoke", "variables:\n  ami:\n    fn::invoke:\n      function: aws:ec2:getAmi\n      arguments:\n        mostRecent: true\n        owners: [amazon]\n      return: id\nresources:\n  ssh:\n    type: aws:ec2:SecurityGroup\n    properties:\n      ingress:\n        - protocol: tcp\n          fromPort: 22\n          toPort: 22\n          cidrBlocks: [0.0.0.0/0]\n  web:\n    type: aws:ec2:Instance\n    properties:\n      ami: ${ami}\n      instanceType: t3.micro\n      vpcSecurityGroupIds: ['${ssh.id}']\n", {"findings": [F_SSH]})
# --- unsupported runtimes -----------------------------------------------------------------------
yml("go-program", "", {"exit2": "Go programs are not supported"}, runtime="go", extra_files={"main.go": "package main\n\nfunc main() {}\n"})
yml("dotnet-program", "", {"exit2": ".NET programs are not supported"}, runtime="dotnet", extra_files={"Program.cs": "return 0;\n"})
yml("java-program", "", {"exit2": "Java programs are not supported"}, runtime="java", extra_files={"src/main/java/App.java": "class App {}\n"})
# --- TypeScript, Azure and GCP ----------------------------------------------------------------
ts("ts-azure-template", "", {"packs": ["data-location"], "findings": [["data-location", "azure-location-allowed-region", "sa"]], "config": {"azure-location-allowed-region": {"allowedRegions": {"azure": ["westeurope"]}}}},
   package={"name": "ts-azure-template", "main": "index.ts", "dependencies": {"@pulumi/azure-native": "^3.0.0", "@pulumi/pulumi": "^3.0.0"}}, stack="config:\n  azure-native:location: eastus\n",
   extra_files={"index.ts": 'import * as resources from "@pulumi/azure-native/resources";\nimport * as storage from "@pulumi/azure-native/storage";\nimport * as authorization from "@pulumi/azure-native/authorization";\nconst client = authorization.getClientConfigOutput();\nconst rg = new resources.ResourceGroup("rg", { tags: { tenant: client.tenantId } });\nnew storage.StorageAccount("sa", { resourceGroupName: rg.name, location: "eastus", kind: storage.Kind.StorageV2, sku: { name: storage.SkuName.Standard_LRS } });\n'})
ts("ts-gcp-template", "", {"packs": ["data-location"], "findings": [["data-location", "gcp-storage-bucket-locations", "data"]], "config": {"gcp-storage-bucket-locations": {"allowedJurisdictions": ["EU"]}}},
   package={"name": "ts-gcp-template", "main": "index.ts", "dependencies": {"@pulumi/gcp": "^9.0.0", "@pulumi/pulumi": "^3.0.0"}}, stack="config:\n  gcp:project: acme\n",
   extra_files={"index.ts": 'import * as gcp from "@pulumi/gcp";\nconst cfg = gcp.organizations.getClientConfigOutput();\nconst zones = gcp.compute.getZonesOutput();\nnew gcp.storage.Bucket("data", { location: "US", labels: { project: cfg.project, zone: zones.names[0] } });\n'})
