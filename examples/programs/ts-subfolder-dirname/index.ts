import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { openRules } from "./network/rules";
new aws.ec2.SecurityGroup("ssh", { ingress: openRules() });
