"use strict";
const pulumi = require("@pulumi/pulumi");
const aws = require("@pulumi/aws");
new aws.ec2.SecurityGroup("rdp", { ingress: [{ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }] });
