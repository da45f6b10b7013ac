import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const config = new pulumi.Config();
new aws.rds.Instance("db", { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20, username: "app", password: config.requireSecret("dbPassword"), publiclyAccessible: true, skipFinalSnapshot: true });
