#!/usr/bin/env python3
"""Writes the example stack exports (deployment version 3) of a small AWS web application:
webapp-compliant/stack.json and webapp-insecure/stack.json. Run from this folder; the JSON files
are committed, this script documents how they were made and keeps the two in step."""
import json

from stack_export import Stack, enc, write_pair

S = Stack("prod", "webapp", "aws", "7.47.0", "5b2c8c7e-8f51-4b7e-9d7e-2a6f0c1d9e11", created="2026-11-02T09:14:07.118Z")
res = S.res

TAGS = {"app": "webapp", "cost-center": "cc-1042", "owner": "platform-team"}

def build(secure):
    R = []
    R.append(S.stack_record({"url": "https://app.example.com"}, "2026-11-02T09:13:51.004Z"))
    R.append(S.provider_record({"region": "eu-west-1", "skipCredentialsValidation": "false", "version": "7.47.0"}, "2026-11-02T09:13:52.441Z"))
    VPC = ("aws:ec2/vpc:Vpc", "main")
    tags = TAGS if secure else {"app": "webapp"}
    R.append(res(*VPC, "vpc-0a1b2c3d4e5f60718", {"cidrBlock": "10.20.0.0/16", "enableDnsHostnames": True, "tags": tags},
                 {"arn": "arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0a1b2c3d4e5f60718"}))
    if secure:
        LG_FLOW = ("aws:cloudwatch/logGroup:LogGroup", "flow-logs")
        R.append(res(*LG_FLOW, "/webapp/vpc-flow-logs", {"name": "/webapp/vpc-flow-logs", "retentionInDays": 90, "tags": tags}))
        R.append(res("aws:ec2/flowLog:FlowLog", "main", "fl-0123456789abcdef0",
                     {"vpcId": "vpc-0a1b2c3d4e5f60718", "trafficType": "ALL", "logDestinationType": "cloud-watch-logs",
                      "logDestination": "arn:aws:logs:eu-west-1:111122223333:log-group:/webapp/vpc-flow-logs",
                      "iamRoleArn": "arn:aws:iam::111122223333:role/webapp-flow-logs", "tags": tags},
                     deps=[VPC, LG_FLOW], pdeps={"vpcId": [VPC]}))
    SUB = ("aws:ec2/subnet:Subnet", "private-a")
    R.append(res(*SUB, "subnet-0aa11bb22cc33dd44", {"vpcId": "vpc-0a1b2c3d4e5f60718", "cidrBlock": "10.20.1.0/24", "availabilityZone": "eu-west-1a",
                 "mapPublicIpOnLaunch": False, "tags": tags}, deps=[VPC], pdeps={"vpcId": [VPC]}))
    web_ingress = [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"], "ipv6CidrBlocks": ["::/0"], "description": "HTTPS"}]
    web_ingress.append({"protocol": "tcp", "fromPort": 22, "toPort": 22,
                        "cidrBlocks": ["10.20.0.0/16"] if secure else ["0.0.0.0/0"], "description": "SSH"})
    SG = ("aws:ec2/securityGroup:SecurityGroup", "web")
    R.append(res(*SG, "sg-0123456789abcdef0", {"vpcId": "vpc-0a1b2c3d4e5f60718", "description": "web tier", "ingress": web_ingress, "tags": tags,
                 "egress": [{"protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"]}]}, deps=[VPC], pdeps={"vpcId": [VPC]}))
    if not secure:
        R.append(res("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "db-admin", "sgr-0f1e2d3c4b5a69788",
                     {"securityGroupId": "sg-0123456789abcdef0", "ipProtocol": "tcp", "fromPort": 5432, "toPort": 5432, "cidrIpv4": "0.0.0.0/0"},
                     deps=[SG], pdeps={"securityGroupId": [SG]}))
    KEY = ("aws:kms/key:Key", "data")
    R.append(res(*KEY, "1234abcd-12ab-34cd-56ef-1234567890ab", {"description": "webapp data", "enableKeyRotation": secure, "deletionWindowInDays": 30, "tags": tags},
                 {"arn": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "keySpec": "SYMMETRIC_DEFAULT",
                  "keyUsage": "ENCRYPT_DECRYPT", "isEnabled": True}))
    B = ("aws:s3/bucket:Bucket", "assets")
    bucket_inputs = {"bucket": "webapp-assets-prod-111122223333", "tags": tags}
    if not secure: bucket_inputs["acl"] = "public-read"
    R.append(res(*B, "webapp-assets-prod-111122223333", bucket_inputs,
                 {"arn": "arn:aws:s3:::webapp-assets-prod-111122223333", "region": "eu-west-1",
                  "bucketDomainName": "webapp-assets-prod-111122223333.s3.amazonaws.com"}))
    if secure:
        R.append(res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "assets", "webapp-assets-prod-111122223333",
                     {"bucket": "webapp-assets-prod-111122223333", "blockPublicAcls": True, "blockPublicPolicy": True,
                      "ignorePublicAcls": True, "restrictPublicBuckets": True}, deps=[B], pdeps={"bucket": [B]}))
    R.append(res("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "assets", "webapp-assets-prod-111122223333",
                 {"bucket": "webapp-assets-prod-111122223333", "rules": [{"applyServerSideEncryptionByDefault":
                  {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"} if secure else {"sseAlgorithm": "AES256"},
                  "bucketKeyEnabled": True}]}, deps=[B, KEY], pdeps={"bucket": [B]}))
    if secure:
        R.append(res("aws:s3/bucketLogging:BucketLogging", "assets", "webapp-assets-prod-111122223333",
                     {"bucket": "webapp-assets-prod-111122223333", "targetBucket": "org-access-logs-111122223333", "targetPrefix": "webapp-assets/"},
                     deps=[B], pdeps={"bucket": [B]}))
        R.append(res("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", "assets", "webapp-assets-prod-111122223333",
                     {"bucket": "webapp-assets-prod-111122223333", "rules": [{"id": "expire-old-versions", "status": "Enabled", "filter": {},
                      "noncurrentVersionExpiration": {"noncurrentDays": 90}}]}, deps=[B], pdeps={"bucket": [B]}))
        R.append(res("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "assets", "webapp-assets-prod-111122223333",
                     {"bucket": "webapp-assets-prod-111122223333", "rule": {"objectOwnership": "BucketOwnerEnforced"}}, deps=[B], pdeps={"bucket": [B]}))
    R.append(res("aws:s3/bucketVersioning:BucketVersioning", "assets", "webapp-assets-prod-111122223333",
                 {"bucket": "webapp-assets-prod-111122223333", "versioningConfiguration": {"status": "Enabled" if secure else "Suspended"}}, deps=[B], pdeps={"bucket": [B]}))
    R.append(res("aws:s3/bucketPolicy:BucketPolicy", "assets", "webapp-assets-prod-111122223333",
                 {"bucket": "webapp-assets-prod-111122223333", "policy": json.dumps({"Version": "2012-10-17", "Statement": [
                     {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                      "Resource": ["arn:aws:s3:::webapp-assets-prod-111122223333", "arn:aws:s3:::webapp-assets-prod-111122223333/*"],
                      "Condition": {"Bool": {"aws:SecureTransport": "false"}}}] if secure else [
                     {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::webapp-assets-prod-111122223333/*"}]})}, deps=[B], pdeps={"bucket": [B]}))
    R.append(res("aws:ebs/volume:Volume", "data", "vol-0fedcba9876543210",
                 {"availabilityZone": "eu-west-1a", "size": 100, "type": "gp3", "encrypted": secure, "tags": tags,
                  **({"kmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"} if secure else {})}))
    R.append(res("aws:ec2/instance:Instance", "web", "i-0abc1234def567890",
                 {"ami": "ami-0c1bea58988a989155", "instanceType": "t4g.medium" if secure else "t3.medium", "subnetId": "subnet-0aa11bb22cc33dd44",
                  "vpcSecurityGroupIds": ["sg-0123456789abcdef0"], "associatePublicIpAddress": not secure,
                  "metadataOptions": {"httpTokens": "required" if secure else "optional", "httpEndpoint": "enabled"},
                  "rootBlockDevice": {"encrypted": secure, "volumeSize": 30, "volumeType": "gp3"}, "tags": tags},
                 deps=[SUB, SG], pdeps={"subnetId": [SUB], "vpcSecurityGroupIds": [SG]}))
    R.append(res("aws:rds/instance:Instance", "db", "webapp-db",
                 {"engine": "postgres", "engineVersion": "16.4", "instanceClass": "db.t4g.medium", "allocatedStorage": 50,
                  "username": "webapp", "password": enc("v1:Tk9ULUFOLVJFQUwtS0VZ:c2VjcmV0LWNpcGhlcnRleHQ="),
                  "storageEncrypted": secure, "publiclyAccessible": not secure, "backupRetentionPeriod": 14 if secure else 0,
                  "deletionProtection": secure, "iamDatabaseAuthenticationEnabled": secure, "autoMinorVersionUpgrade": True,
                  "multiAz": secure, "skipFinalSnapshot": not secure, "tags": tags,
                  **({"storageType": "gp3", "copyTagsToSnapshot": True, "monitoringInterval": 60,
                      "monitoringRoleArn": "arn:aws:iam::111122223333:role/rds-monitoring",
                      "enabledCloudwatchLogsExports": ["postgresql", "upgrade"]} if secure else {}),
                  **({"kmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"} if secure else {})},
                 {"endpoint": "webapp-db.abcdefghijkl.eu-west-1.rds.amazonaws.com:5432", "arn": "arn:aws:rds:eu-west-1:111122223333:db:webapp-db"}))
    admin = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
    scoped = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::webapp-assets-prod-111122223333/*"}]}
    R.append(res("aws:iam/policy:Policy", "app", "arn:aws:iam::111122223333:policy/webapp-app",
                 {"name": "webapp-app", "policy": json.dumps(scoped if secure else admin), "tags": tags}, {"arn": "arn:aws:iam::111122223333:policy/webapp-app"}))
    R.append(res("aws:cloudtrail/trail:Trail", "audit", "webapp-audit",
                 {"name": "webapp-audit", "s3BucketName": "org-audit-logs-111122223333", "isMultiRegionTrail": secure,
                  "enableLogFileValidation": secure, "includeGlobalServiceEvents": True, "tags": tags,
                  **({"cloudWatchLogsGroupArn": "arn:aws:logs:eu-west-1:111122223333:log-group:/webapp/cloudtrail:*",
                      "cloudWatchLogsRoleArn": "arn:aws:iam::111122223333:role/cloudtrail-logs"} if secure else {}),
                  **({"kmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"} if secure else {})},
                 {"arn": "arn:aws:cloudtrail:eu-west-1:111122223333:trail/webapp-audit"}))
    R.append(res("aws:cloudwatch/logGroup:LogGroup", "app", "/webapp/app", {"name": "/webapp/app", "retentionInDays": 90 if secure else 0, "tags": tags}))
    return {"version": 3, "deployment": {
        "manifest": {"time": "2026-11-02T09:15:12.551Z", "magic": "c7a1e1f1f0c2a5f2b9d1e5c3a4f8e0d7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1", "version": "v3.200.0"},
        "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:3G5kQ1hZwq0=:v1:Yx1c8pN9m7bQ2f0J:1nXf2b9A8s7dQ4w3e2r1tA=="}},
        "resources": R}}

write_pair(build, "webapp-compliant", "webapp-insecure")
