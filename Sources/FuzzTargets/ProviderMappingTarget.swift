import AttributeRuntime
import Foundation
import ResourceModels

/// Provider mapping of the bundled table's generated type: a mapped value written back to
/// provider JSON maps again to an equal value (and the same JSON); a strict mapping that
/// succeeds agrees with the lenient one; the record (the `Codable` form) decodes to an
/// equal value.
enum ProviderMappingTarget {
    typealias Table = AWSSagemakerCompilationJob

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let job: Table
        do {
            job = try Table(providerJSON: bytes)
        } catch {
            guard !error.errors.isEmpty else {
                throw InvariantFailure("mapping failed with no error")
            }
            return
        }
        let provider = job.providerJSON()
        let again: Table
        do {
            again = try Table(providerJSON: provider)
        } catch {
            throw InvariantFailure("the written provider JSON does not map: \(error)\n\(String(decoding: provider, as: UTF8.self))")
        }
        guard again == job else {
            throw InvariantFailure("the value changes through provider JSON:\n\(job)\n---\n\(again)\n\(String(decoding: provider, as: UTF8.self))")
        }
        guard again.providerJSON() == provider else {
            throw InvariantFailure("the provider JSON is not stable:\n\(String(decoding: provider, as: UTF8.self))\n---\n\(String(decoding: again.providerJSON(), as: UTF8.self))")
        }
        if let strict = try? Table(providerJSON: bytes, options: MappingOptions(strict: true)), strict != job {
            throw InvariantFailure("strict and lenient mapping disagree:\n\(strict)\n---\n\(job)")
        }

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let record: Data
        let decoded: Table
        do {
            record = try encoder.encode(job)
        } catch {
            throw InvariantFailure("the record does not encode: \(error)\n\(job)")
        }
        do {
            decoded = try JSONDecoder().decode(Table.self, from: record)
        } catch {
            throw InvariantFailure("the record does not decode: \(error)\n\(String(decoding: record, as: UTF8.self))")
        }
        guard decoded == job else {
            throw InvariantFailure("the value changes through its record:\n\(job)\n---\n\(decoded)\n\(String(decoding: record, as: UTF8.self))")
        }
    }
}
