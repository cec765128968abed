import AttributeRuntime
import Foundation

// The model and conformance exactly as the generator emits them (Codable record form omitted:
// it is not on the mapping path being measured).

struct CompilationJob: Sendable {
    var accountID: String?
    var compilationEndTime: Date?
    var compilationJobARN: String?
    var compilationJobName: String?
    var compilationJobStatus: String?
    var compilationStartTime: Date?
    var creationTime: Date?
    var derivedInformation: DerivedInformation?
    var failureReason: String?
    var inferenceImage: String?
    var inputConfig: InputConfig?
    var lastModifiedTime: Date?
    var modelArtifacts: ModelArtifacts?
    var modelDigests: ModelDigests?
    var modelPackageVersionARN: String?
    var outputConfig: OutputConfig?
    var roleARN: String?
    var stoppingCondition: StoppingCondition?
    var tags: [String]?
    var vpcConfig: VPCConfig?

    struct DerivedInformation: Sendable {
        var derivedDataInputConfig: String?
    }

    struct InputConfig: Sendable {
        var dataInputConfig: String?
        var framework: String?
        var frameworkVersion: String?
        var s3URI: String?
    }

    struct ModelArtifacts: Sendable {
        var s3ModelArtifacts: String?
    }

    struct ModelDigests: Sendable {
        var artifactDigest: String?
    }

    struct OutputConfig: Sendable {
        var compilerOptions: String?
        var kmsKeyID: String?
        var s3OutputLocation: String?
        var targetDevice: String?
        var targetPlatform: TargetPlatform?
    }

    struct TargetPlatform: Sendable {
        var accelerator: String?
        var arch: String?
        var os: String?
    }

    struct StoppingCondition: Sendable {
        var maxPendingTimeInSeconds: Int32?
        var maxRuntimeInSeconds: Int32?
        var maxWaitTimeInSeconds: Int32?
    }

    struct VPCConfig: Sendable {
        var securityGroupIDs: [String]?
        var subnets: [String]?
    }
}

extension CompilationJob: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            accountID: reader.string(nil, attribute: "account_id"),
            compilationEndTime: reader.timestamp("CompilationEndTime", attribute: "compilation_end_time"),
            compilationJobARN: reader.string("CompilationJobArn", attribute: "compilation_job_arn"),
            compilationJobName: reader.string("CompilationJobName", attribute: "compilation_job_name"),
            compilationJobStatus: reader.string("CompilationJobStatus", attribute: "compilation_job_status"),
            compilationStartTime: reader.timestamp("CompilationStartTime", attribute: "compilation_start_time"),
            creationTime: reader.timestamp("CreationTime", attribute: "creation_time"),
            derivedInformation: reader.structure("DerivedInformation", attribute: "derived_information", as: DerivedInformation.self),
            failureReason: reader.string("FailureReason", attribute: "failure_reason"),
            inferenceImage: reader.string("InferenceImage", attribute: "inference_image"),
            inputConfig: reader.structure("InputConfig", attribute: "input_config", as: InputConfig.self),
            lastModifiedTime: reader.timestamp("LastModifiedTime", attribute: "last_modified_time"),
            modelArtifacts: reader.structure("ModelArtifacts", attribute: "model_artifacts", as: ModelArtifacts.self),
            modelDigests: reader.structure("ModelDigests", attribute: "model_digests", as: ModelDigests.self),
            modelPackageVersionARN: reader.string("ModelPackageVersionArn", attribute: "model_package_version_arn"),
            outputConfig: reader.structure("OutputConfig", attribute: "output_config", as: OutputConfig.self),
            roleARN: reader.string("RoleArn", attribute: "role_arn"),
            stoppingCondition: reader.structure("StoppingCondition", attribute: "stopping_condition", as: StoppingCondition.self),
            tags: reader.stringList(nil, attribute: "tags"),
            vpcConfig: reader.structure("VpcConfig", attribute: "vpc_config", as: VPCConfig.self)
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.compilationEndTime, at: "CompilationEndTime")
        writer.write(self.compilationJobARN, at: "CompilationJobArn")
        writer.write(self.compilationJobName, at: "CompilationJobName")
        writer.write(self.compilationJobStatus, at: "CompilationJobStatus")
        writer.write(self.compilationStartTime, at: "CompilationStartTime")
        writer.write(self.creationTime, at: "CreationTime")
        writer.write(self.derivedInformation, at: "DerivedInformation")
        writer.write(self.failureReason, at: "FailureReason")
        writer.write(self.inferenceImage, at: "InferenceImage")
        writer.write(self.inputConfig, at: "InputConfig")
        writer.write(self.lastModifiedTime, at: "LastModifiedTime")
        writer.write(self.modelArtifacts, at: "ModelArtifacts")
        writer.write(self.modelDigests, at: "ModelDigests")
        writer.write(self.modelPackageVersionARN, at: "ModelPackageVersionArn")
        writer.write(self.outputConfig, at: "OutputConfig")
        writer.write(self.roleARN, at: "RoleArn")
        writer.write(self.stoppingCondition, at: "StoppingCondition")
        writer.write(self.vpcConfig, at: "VpcConfig")
    }
}

extension CompilationJob.DerivedInformation: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(derivedDataInputConfig: reader.string("DerivedDataInputConfig", attribute: "derived_data_input_config"))
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.derivedDataInputConfig, at: "DerivedDataInputConfig")
    }
}

extension CompilationJob.InputConfig: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            dataInputConfig: reader.string("DataInputConfig", attribute: "data_input_config"),
            framework: reader.string("Framework", attribute: "framework"),
            frameworkVersion: reader.string("FrameworkVersion", attribute: "framework_version"),
            s3URI: reader.string("S3Uri", attribute: "s3_uri")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.dataInputConfig, at: "DataInputConfig")
        writer.write(self.framework, at: "Framework")
        writer.write(self.frameworkVersion, at: "FrameworkVersion")
        writer.write(self.s3URI, at: "S3Uri")
    }
}

extension CompilationJob.ModelArtifacts: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(s3ModelArtifacts: reader.string("S3ModelArtifacts", attribute: "s3_model_artifacts"))
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.s3ModelArtifacts, at: "S3ModelArtifacts")
    }
}

extension CompilationJob.ModelDigests: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(artifactDigest: reader.string("ArtifactDigest", attribute: "artifact_digest"))
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.artifactDigest, at: "ArtifactDigest")
    }
}

extension CompilationJob.OutputConfig: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            compilerOptions: reader.string("CompilerOptions", attribute: "compiler_options"),
            kmsKeyID: reader.string("KmsKeyId", attribute: "kms_key_id"),
            s3OutputLocation: reader.string("S3OutputLocation", attribute: "s3_output_location"),
            targetDevice: reader.string("TargetDevice", attribute: "target_device"),
            targetPlatform: reader.structure("TargetPlatform", attribute: "target_platform", as: CompilationJob.TargetPlatform.self)
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.compilerOptions, at: "CompilerOptions")
        writer.write(self.kmsKeyID, at: "KmsKeyId")
        writer.write(self.s3OutputLocation, at: "S3OutputLocation")
        writer.write(self.targetDevice, at: "TargetDevice")
        writer.write(self.targetPlatform, at: "TargetPlatform")
    }
}

extension CompilationJob.TargetPlatform: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            accelerator: reader.string("Accelerator", attribute: "accelerator"),
            arch: reader.string("Arch", attribute: "arch"),
            os: reader.string("Os", attribute: "os")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.accelerator, at: "Accelerator")
        writer.write(self.arch, at: "Arch")
        writer.write(self.os, at: "Os")
    }
}

extension CompilationJob.StoppingCondition: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            maxPendingTimeInSeconds: reader.int32("MaxPendingTimeInSeconds", attribute: "max_pending_time_in_seconds"),
            maxRuntimeInSeconds: reader.int32("MaxRuntimeInSeconds", attribute: "max_runtime_in_seconds"),
            maxWaitTimeInSeconds: reader.int32("MaxWaitTimeInSeconds", attribute: "max_wait_time_in_seconds")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.maxPendingTimeInSeconds, at: "MaxPendingTimeInSeconds")
        writer.write(self.maxRuntimeInSeconds, at: "MaxRuntimeInSeconds")
        writer.write(self.maxWaitTimeInSeconds, at: "MaxWaitTimeInSeconds")
    }
}

extension CompilationJob.VPCConfig: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            securityGroupIDs: reader.stringList("SecurityGroupIds", attribute: "security_group_ids"),
            subnets: reader.stringList("Subnets", attribute: "subnets")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.securityGroupIDs, at: "SecurityGroupIds")
        writer.write(self.subnets, at: "Subnets")
    }
}
