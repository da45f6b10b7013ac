import pulumi
import pulumi_aws as aws
inst = aws.ec2.get_instance(instance_id="i-0123")
pulumi.export("name", inst.tags["Name"])
