import Foundation

// The same shape as `CompilationJob`, decoded the usual way: `Decodable` with PascalCase coding
// keys and `JSONDecoder` using `.secondsSince1970` dates.

struct DecodableCompilationJob: Decodable {
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
    var vpcConfig: VPCConfig?

    enum CodingKeys: String, CodingKey {
        case compilationEndTime = "CompilationEndTime"
        case compilationJobARN = "CompilationJobArn"
        case compilationJobName = "CompilationJobName"
        case compilationJobStatus = "CompilationJobStatus"
        case compilationStartTime = "CompilationStartTime"
        case creationTime = "CreationTime"
        case derivedInformation = "DerivedInformation"
        case failureReason = "FailureReason"
        case inferenceImage = "InferenceImage"
        case inputConfig = "InputConfig"
        case lastModifiedTime = "LastModifiedTime"
        case modelArtifacts = "ModelArtifacts"
        case modelDigests = "ModelDigests"
        case modelPackageVersionARN = "ModelPackageVersionArn"
        case outputConfig = "OutputConfig"
        case roleARN = "RoleArn"
        case stoppingCondition = "StoppingCondition"
        case vpcConfig = "VpcConfig"
    }

    struct DerivedInformation: Decodable {
        var derivedDataInputConfig: String?
        enum CodingKeys: String, CodingKey { case derivedDataInputConfig = "DerivedDataInputConfig" }
    }

    struct InputConfig: Decodable {
        var dataInputConfig: String?
        var framework: String?
        var frameworkVersion: String?
        var s3URI: String?
        enum CodingKeys: String, CodingKey {
            case dataInputConfig = "DataInputConfig"
            case framework = "Framework"
            case frameworkVersion = "FrameworkVersion"
            case s3URI = "S3Uri"
        }
    }

    struct ModelArtifacts: Decodable {
        var s3ModelArtifacts: String?
        enum CodingKeys: String, CodingKey { case s3ModelArtifacts = "S3ModelArtifacts" }
    }

    struct ModelDigests: Decodable {
        var artifactDigest: String?
        enum CodingKeys: String, CodingKey { case artifactDigest = "ArtifactDigest" }
    }

    struct OutputConfig: Decodable {
        var compilerOptions: String?
        var kmsKeyID: String?
        var s3OutputLocation: String?
        var targetDevice: String?
        var targetPlatform: TargetPlatform?
        enum CodingKeys: String, CodingKey {
            case compilerOptions = "CompilerOptions"
            case kmsKeyID = "KmsKeyId"
            case s3OutputLocation = "S3OutputLocation"
            case targetDevice = "TargetDevice"
            case targetPlatform = "TargetPlatform"
        }
    }

    struct TargetPlatform: Decodable {
        var accelerator: String?
        var arch: String?
        var os: String?
        enum CodingKeys: String, CodingKey {
            case accelerator = "Accelerator"
            case arch = "Arch"
            case os = "Os"
        }
    }

    struct StoppingCondition: Decodable {
        var maxPendingTimeInSeconds: Int32?
        var maxRuntimeInSeconds: Int32?
        var maxWaitTimeInSeconds: Int32?
        enum CodingKeys: String, CodingKey {
            case maxPendingTimeInSeconds = "MaxPendingTimeInSeconds"
            case maxRuntimeInSeconds = "MaxRuntimeInSeconds"
            case maxWaitTimeInSeconds = "MaxWaitTimeInSeconds"
        }
    }

    struct VPCConfig: Decodable {
        var securityGroupIDs: [String]?
        var subnets: [String]?
        enum CodingKeys: String, CodingKey {
            case securityGroupIDs = "SecurityGroupIds"
            case subnets = "Subnets"
        }
    }
}
