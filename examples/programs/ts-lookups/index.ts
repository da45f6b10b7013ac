import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const azs = aws.getAvailabilityZones({ state: "available" });
const me = aws.getCallerIdentity();
const ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ["amazon"], filters: [{ name: "name", values: ["al2023-ami-*"] }] });
const vpc = aws.ec2.getVpcOutput({ default: true });
const subnets = aws.ec2.getSubnetsOutput({ filters: [{ name: "vpc-id", values: [vpc.id] }] });
const ssh = new aws.ec2.SecurityGroup("ssh", { vpcId: vpc.id, ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });
new aws.ec2.Instance("web", { ami: ami.id, instanceType: "t3.micro", subnetId: subnets.ids[0], availabilityZone: azs.then((z) => z.names[0]), vpcSecurityGroupIds: [ssh.id], tags: { owner: me.then((m) => m.accountId) } });
