import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { StaticSite } from "./static-site";

const config = new pulumi.Config();
const sshCidr = config.require("sshCidr");
const dbPassword = config.requireSecret("dbPassword");

// An explicit provider in another region for the disaster-recovery copy.
const usEast1 = new aws.Provider("us-east-1", { region: "us-east-1" });

// A component with children: the public site (violates aws-s3-disallow-public-acl) ...
const site = new StaticSite("site", { publicRead: true });
// ... and a private one in the other region, through the explicit provider.
const backup = new StaticSite("backup", { publicRead: false }, { providers: { aws: usEast1 } });

const vpc = new aws.ec2.Vpc("main", { cidrBlock: "10.30.0.0/16" });
const web = new aws.ec2.SecurityGroup("web", {
  vpcId: vpc.id,
  description: "Web servers",
  ingress: [
    { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
    { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [sshCidr] },
  ],
});

const db = new aws.rds.Instance("db", {
  engine: "postgres",
  instanceClass: "db.t4g.micro",
  allocatedStorage: 20,
  username: "app",
  password: dbPassword,
  storageEncrypted: true,
  backupRetentionPeriod: 7,
  vpcSecurityGroupIds: [web.id],
  skipFinalSnapshot: true,
});

export const siteBucket = site.bucket.bucket;
export const backupBucket = backup.bucket.bucket;
export const dbEndpoint = db.endpoint;
