/**
 * A generated Pulumi TypeScript program of a given size for the bench's `pulumi preview` measure:
 * a loop over a realistic AWS unit (an S3 bucket with its public access block, encryption and
 * versioning companions; a KMS key; a security group with an ingress rule; an EC2 instance; an IAM
 * role with a policy attachment; an RDS instance; a CloudWatch log group; a DynamoDB table; an SQS
 * queue), with some settings bad on purpose every few iterations so that the packs report
 * violations, then SQS queues to reach the exact count. Classes and arguments are those of the
 * installed @pulumi/aws 7 (checked in node_modules/@pulumi/aws/<module>/<resource>.d.ts).
 *
 * The program resolves @pulumi/pulumi and @pulumi/aws from the repository's node_modules: it must run
 * from a folder inside the repository (previewOffline copies it to `<repo>/.rampart-tmp/previews`).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Resources one loop iteration registers (see `UNIT` below). */
export const UNIT_RESOURCES = 14;

/** Resources the program registers besides the loop: the root stack and the default aws provider. */
export const FIXED_RESOURCES = 2;

const UNIT = `
  const team = TEAMS[i % TEAMS.length];
  const bad = i % 7 === 3;
  const tags = { team, env: "bench", "cost-center": \`cc-\${100 + (i % 40)}\` };

  const key = new aws.kms.Key(\`key-\${i}\`, { description: \`data key \${i}\`, enableKeyRotation: !bad, deletionWindowInDays: 30, tags });
  const bucket = new aws.s3.Bucket(\`data-\${i}\`, { bucket: \`bench-\${team}-\${i}\`, acl: bad ? "public-read" : "private", forceDestroy: false, tags });
  new aws.s3.BucketPublicAccessBlock(\`data-\${i}-pab\`, { bucket: bucket.id, blockPublicAcls: !bad, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  new aws.s3.BucketServerSideEncryptionConfiguration(\`data-\${i}-sse\`, {
    bucket: bucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn }, bucketKeyEnabled: true }],
  });
  new aws.s3.BucketVersioning(\`data-\${i}-ver\`, { bucket: bucket.id, versioningConfiguration: { status: bad ? "Suspended" : "Enabled" } });

  const sg = new aws.ec2.SecurityGroup(\`web-\${i}\`, {
    description: "Web servers",
    ingress: [
      { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "https" },
      { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [bad ? "0.0.0.0/0" : "10.0.0.0/8"], description: "ssh" },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    tags,
  });
  new aws.vpc.SecurityGroupIngressRule(\`web-\${i}-app\`, { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 8080, toPort: 8080, cidrIpv4: "10.0.0.0/8" });
  new aws.ec2.Instance(\`web-\${i}\`, {
    ami: "ami-0123456789abcdef0",
    instanceType: INSTANCE_TYPES[i % INSTANCE_TYPES.length],
    vpcSecurityGroupIds: [sg.id],
    associatePublicIpAddress: bad,
    monitoring: true,
    metadataOptions: { httpTokens: bad ? "optional" : "required", httpEndpoint: "enabled" },
    rootBlockDevice: { volumeSize: 20, volumeType: "gp3", encrypted: !bad },
    tags: { ...tags, Name: \`web-\${i}\` },
  });

  const role = new aws.iam.Role(\`app-\${i}\`, {
    assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
    tags,
  });
  new aws.iam.RolePolicyAttachment(\`app-\${i}-ro\`, { role: role.name, policyArn: bad ? "arn:aws:iam::aws:policy/AdministratorAccess" : "arn:aws:iam::aws:policy/ReadOnlyAccess" });

  new aws.rds.Instance(\`db-\${i}\`, {
    engine: "postgres",
    instanceClass: i % 2 ? "db.t4g.medium" : "db.m6g.large",
    allocatedStorage: 50,
    username: "app",
    password: dbPassword,
    storageEncrypted: !bad,
    kmsKeyId: bad ? undefined : key.arn,
    backupRetentionPeriod: bad ? 0 : 7,
    publiclyAccessible: false,
    deletionProtection: !bad,
    skipFinalSnapshot: bad,
    tags,
  });
  new aws.cloudwatch.LogGroup(\`logs-\${i}\`, { name: \`/bench/app-\${i}\`, retentionInDays: bad ? 0 : 30, kmsKeyId: key.arn, tags });
  new aws.dynamodb.Table(\`orders-\${i}\`, {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "pk",
    attributes: [{ name: "pk", type: "S" }],
    pointInTimeRecovery: { enabled: !bad },
    serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },
    tags,
  });
  new aws.sqs.Queue(\`jobs-\${i}\`, { visibilityTimeoutSeconds: 30, sqsManagedSseEnabled: !bad, tags });
`;

/**
 * The program's index.ts for `size` resources in total (the root stack and the default aws
 * provider included): ⌊(size − 2) / 14⌋ loop iterations, then SQS queues for the rest.
 * @throws RangeError when `size` is below one iteration plus the fixed resources.
 */
export function programSource(size: number): string {
  if (!Number.isInteger(size) || size < FIXED_RESOURCES + UNIT_RESOURCES) throw new RangeError(`program size must be an integer ≥ ${FIXED_RESOURCES + UNIT_RESOURCES}, got ${size}`);
  const loops = Math.floor((size - FIXED_RESOURCES) / UNIT_RESOURCES);
  const extra = size - FIXED_RESOURCES - loops * UNIT_RESOURCES;
  return [
    "// Generated by tools/bench (src/program.ts): the bench's pulumi preview workload. Do not edit.",
    'import * as aws from "@pulumi/aws";',
    'import * as pulumi from "@pulumi/pulumi";',
    "",
    "const config = new pulumi.Config();",
    'const dbPassword = config.requireSecret("dbPassword");',
    'const TEAMS = ["payments", "catalog", "search", "checkout", "platform", "data"];',
    'const INSTANCE_TYPES = ["t3.micro", "t3.medium", "m6i.large", "m5.xlarge", "c6i.2xlarge"];',
    "",
    `for (let i = 0; i < ${loops}; i++) {${UNIT}}`,
    "",
    `for (let i = 0; i < ${extra}; i++) {`,
    '  new aws.sqs.Queue(`extra-${i}`, { visibilityTimeoutSeconds: 60, sqsManagedSseEnabled: true, tags: { team: "platform", env: "bench" } });',
    "}",
    "",
  ].join("\n");
}

/**
 * Writes the program (Pulumi.yaml, Pulumi.dev.yaml with `aws:region` and a secret `dbPassword`,
 * package.json, tsconfig.json, index.ts) into `dir`, replacing what is there.
 * @param name project name (also the config namespace)
 * @returns `dir`
 */
export function writeProgram(dir: string, size: number, name = "bench-program"): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const w = (f: string, s: string) => fs.writeFileSync(path.join(dir, f), s);
  w("Pulumi.yaml", `name: ${name}\nruntime:\n  name: nodejs\n  options:\n    typescript: true\ndescription: ${size}-resource program generated by the rampart bench.\n`);
  // The secret is encrypted by previewOffline with the stack's passphrase (a `secure:` value of
  // another secrets provider could not be decrypted here).
  w("Pulumi.dev.yaml", `config:\n  aws:region: eu-west-1\n  ${name}:dbPassword:\n    secure: v1:cmFtcGFydA==:bm90LWEtcmVhbC1jaXBoZXJ0ZXh0\n`);
  w("package.json", JSON.stringify({ name, private: true, main: "index.ts", dependencies: { "@pulumi/aws": "^7.0.0", "@pulumi/pulumi": "^3.200.0" } }, null, 2) + "\n");
  w(
    "tsconfig.json",
    JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "commonjs", moduleResolution: "node", esModuleInterop: true, skipLibCheck: true, noEmit: true }, files: ["index.ts"] }, null, 2) + "\n",
  );
  w("index.ts", programSource(size));
  return dir;
}
