"""A Python Pulumi program of the `pulumi new aws-python` shape with three policy problems:
a bucket readable by everyone (ACL), a security group open to SSH from anywhere, and an RDS
instance reachable from the internet."""

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
db_password = config.require_secret("dbPassword")

# Violates aws-s3-disallow-public-acl.
bucket = aws.s3.Bucket("site", acl="public-read")

vpc = aws.ec2.get_vpc(default=True)

# Violates aws-ec2-disallow-open-ssh.
ssh = aws.ec2.SecurityGroup(
    "ssh",
    description="SSH access",
    vpc_id=vpc.id,
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(
            protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"]
        )
    ],
)

# Violates aws-rds-disallow-public-access.
db = aws.rds.Instance(
    "db",
    engine="postgres",
    instance_class="db.t4g.micro",
    allocated_storage=20,
    username="app",
    password=db_password,
    publicly_accessible=True,
    storage_encrypted=True,
    backup_retention_period=7,
    vpc_security_group_ids=[ssh.id],
    skip_final_snapshot=True,
)

pulumi.export("bucket_name", bucket.id)
pulumi.export("db_endpoint", db.endpoint)
