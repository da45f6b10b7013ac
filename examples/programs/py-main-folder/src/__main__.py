import pulumi
import pulumi_aws as aws
from network import open_ssh
open_ssh("ssh")
