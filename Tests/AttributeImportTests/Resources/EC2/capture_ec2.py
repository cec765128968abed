#!/usr/bin/env python3
"""Captures one EC2 DescribeInstances item and one DescribeSecurityGroups item, tags included.

Origin: moto (the AWS mock) answers boto3's DescribeInstances and DescribeSecurityGroups calls
against an in-memory region; boto3 parses the EC2 responses with botocore's model into the shape
AWS documents (member names as in the model, `Tags` as a list of Key/Value objects). Timestamps
are written as RFC 3339 text. The committed JSON files are this script's output; run it again with

    python3 capture_ec2.py

(needs the `moto` and `boto3` packages) to re-capture. Preparation only: no test runs Python.
"""
import datetime
import json
import os

import boto3
from moto import mock_aws

HERE = os.path.dirname(os.path.abspath(__file__))


def plain(value):
    """boto3's values as JSON: datetimes as RFC 3339 text, the rest unchanged."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def write(name, value):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as file:
        json.dump(plain(value), file, indent=2, sort_keys=True)
        file.write("\n")


@mock_aws
def capture():
    ec2 = boto3.client("ec2", region_name="eu-west-1",
                       aws_access_key_id="testing", aws_secret_access_key="testing")
    group = ec2.create_security_group(
        GroupName="web", Description="Web servers",
        TagSpecifications=[{"ResourceType": "security-group", "Tags": [{"Key": "team", "Value": "ml"}]}])
    ec2.authorize_security_group_ingress(
        GroupId=group["GroupId"],
        IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                        "IpRanges": [{"CidrIp": "10.0.0.0/16", "Description": "office"}]}])
    image = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
    ec2.run_instances(
        ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro", SecurityGroupIds=[group["GroupId"]],
        TagSpecifications=[{"ResourceType": "instance",
                            "Tags": [{"Key": "Name", "Value": "web-1"}, {"Key": "team", "Value": "ml"}]}])
    instance = ec2.describe_instances()["Reservations"][0]["Instances"][0]
    groups = ec2.describe_security_groups(GroupIds=[group["GroupId"]])["SecurityGroups"][0]
    write("describe_instances_item.json", instance)
    write("describe_security_groups_item.json", groups)


if __name__ == "__main__":
    capture()
