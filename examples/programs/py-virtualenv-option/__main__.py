import pulumi
import pulumi_aws as aws
aws.s3.Bucket("site", acl="public-read")
