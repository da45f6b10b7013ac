"use strict";
const aws = require("@pulumi/aws");
const greeting = "hi";
new aws.lambda.CallbackFunction("fn", { callback: async () => ({ statusCode: 200, body: greeting }) });
new aws.ec2.SecurityGroup("ssh", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] });
