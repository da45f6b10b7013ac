import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
new aws.ec2.SecurityGroup("ssh", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });
