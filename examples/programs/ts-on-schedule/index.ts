import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
aws.cloudwatch.onSchedule("nightly", "cron(0 3 * * ? *)", async () => { console.log("tick"); });
new aws.ec2.SecurityGroup("ssh", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });
