import pulumi
import pulumi_aws as aws
def open_ssh(name):
    return aws.ec2.SecurityGroup(name, ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}])
