import pulumi
import pulumi_aws as aws
raise ValueError("CIDR 10.0.0.0/33 is not valid\nfix the network config")
