import pulumi
import pulumi_aws as aws

class Vpc(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("awsx:ec2:Vpc", name, {}, opts, remote=True)
Vpc("vpc")
aws.s3.Bucket("site", acl="public-read")
