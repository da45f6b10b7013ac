import pulumi
import pulumi_aws as aws

azs = aws.get_availability_zones(state="available")
me = aws.get_caller_identity()
ami = aws.ec2.get_ami(most_recent=True, owners=["amazon"], filters=[{"name": "name", "values": ["al2023-ami-*"]}])
vpc = aws.ec2.get_vpc(default=True)
rdp = aws.ec2.SecurityGroup("rdp", vpc_id=vpc.id, ingress=[{"protocol": "tcp", "from_port": 3389, "to_port": 3389, "cidr_blocks": ["0.0.0.0/0"]}])
aws.ec2.Instance("web", ami=ami.id, instance_type="t3.micro", availability_zone=azs.names[0], vpc_security_group_ids=[rdp.id], tags={"owner": me.account_id})
