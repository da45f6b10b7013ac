import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const net = new pulumi.StackReference("acme/network/prod");
new aws.ec2.SecurityGroup("ssh", { vpcId: net.getOutput("vpcId"), ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });
