/// A realistic SageMaker `DescribeCompilationJob` response, shaped after the botocore service
/// model: nested objects, string lists and fractional epoch-second timestamps.
let describeCompilationJobPayload = #"""
{
    "CompilationJobName": "resnet50-neo-ml-c5-2026-11-24",
    "CompilationJobArn": "arn:aws:sagemaker:us-east-1:123456789012:compilation-job/resnet50-neo-ml-c5-2026-11-24",
    "CompilationJobStatus": "COMPLETED",
    "CompilationStartTime": 1795547102.557,
    "CompilationEndTime": 1795547402.125,
    "StoppingCondition": {
        "MaxRuntimeInSeconds": 900,
        "MaxWaitTimeInSeconds": 1800,
        "MaxPendingTimeInSeconds": 7200
    },
    "InferenceImage": "763104351884.dkr.ecr.us-east-1.amazonaws.com/sagemaker-neo-mxnet:1.8-inf-py3",
    "ModelPackageVersionArn": "arn:aws:sagemaker:us-east-1:123456789012:model-package/resnet50/3",
    "CreationTime": 1795547001.903,
    "LastModifiedTime": 1795547402.861,
    "FailureReason": "",
    "ModelArtifacts": {
        "S3ModelArtifacts": "s3://ml-artifacts-123456789012/compiled/resnet50/model-ml_c5.tar.gz"
    },
    "ModelDigests": {
        "ArtifactDigest": "sha256:5f0c1c7d9a3b6e8f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f"
    },
    "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20261124T101010",
    "InputConfig": {
        "S3Uri": "s3://ml-artifacts-123456789012/models/resnet50/model.tar.gz",
        "DataInputConfig": "{\"data\": [1, 3, 224, 224]}",
        "Framework": "MXNET",
        "FrameworkVersion": "1.8"
    },
    "OutputConfig": {
        "S3OutputLocation": "s3://ml-artifacts-123456789012/compiled/resnet50/",
        "TargetDevice": "ml_c5",
        "TargetPlatform": {
            "Os": "LINUX",
            "Arch": "X86_64",
            "Accelerator": "NVIDIA"
        },
        "CompilerOptions": "{\"mattr\": [\"+neon\"], \"dtype\": \"float32\"}",
        "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    },
    "VpcConfig": {
        "SecurityGroupIds": ["sg-0123456789abcdef0", "sg-0fedcba9876543210"],
        "Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210", "subnet-00112233445566778"]
    },
    "DerivedInformation": {
        "DerivedDataInputConfig": "{\"data\": [1, 3, 224, 224]}"
    }
}
"""#
