import AttributeRuntime
import Foundation
import ResourceModels

/// Turns a `DescribeCompilationJob` response into the table's record (JSON keyed by attribute names).
func compilationJobRecord(response: Data, accountID: String, tags: JSONValue) throws -> Data {
    // Attributes without a provider name come from the caller: `account_id`, and `tags`
    // from the AWS tag list (`[{"Key": "team", "Value": "ml"}]` → `["team:ml"]`).
    let context = try MappingContext(["account_id": .string(accountID)]).withAWSTags(tags)
    let job = try AWSSagemakerCompilationJob(providerJSON: response, context: context)

    print(job.compilationJobStatus ?? "-")                  // COMPLETED
    print(job.outputConfig?.targetPlatform?.os ?? "-")      // LINUX

    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return try encoder.encode(job)  // {"account_id":"111122223333",…,"creation_time":"2026-11-24T19:05:02.557Z",…}
}
