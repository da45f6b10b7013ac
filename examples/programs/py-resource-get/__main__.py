import pulumi
import pulumi_aws as aws
aws.s3.Bucket.get("legacy", "legacy-public-bucket")
aws.ec2.SecurityGroup("ssh", ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}])
