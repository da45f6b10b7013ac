import pulumi
import pulumi_aws as aws

class Site(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:web:Site", name, None, opts)
        aws.s3.Bucket("site", acl="public-read", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})
Site("www")
