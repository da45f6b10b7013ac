import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket = aws.s3.Bucket("site", acl="public-read")
ssh = aws.ec2.SecurityGroup("ssh", description="ssh", ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"])])
db = aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
                      password=config.require_secret("dbPassword"), publicly_accessible=True, skip_final_snapshot=True,
                      vpc_security_group_ids=[ssh.id])
pulumi.export("bucket_name", bucket.id)
