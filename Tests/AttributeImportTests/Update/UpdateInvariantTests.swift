import Testing
@testable import AttributeImport
import AttributeSpec

/// The invariant of `import --update`, as a property over real shapes: import, make any hand
/// edits the format allows (`HandEdits`), update against the same model: not one byte changes,
/// and the summary says there is nothing to change.
@Suite("Import --update invariant")
struct UpdateInvariantTests {
    /// Rounds of random hand edits per shape.
    static let rounds = 3

    @Test func handEditsSurviveAnUpdateAgainstTheSameModel() throws {
        var models: [String: ProviderModel] = [:]
        var checked = 0
        var services: Set<String> = []
        var editCount = 0
        for (entryIndex, entry) in BroadImportTests.entries.enumerated() {
            if models[entry.service] == nil {
                let read = AWSModelReader.read(try ImportResources.bytes("Models/\(entry.service).json.gz"), file: "\(entry.service).json.gz")
                let model = try #require(read.model, "\(read.diagnostics)")
                models[entry.service] = model
            }
            let model = try #require(models[entry.service])
            var context = [ContextAttribute(name: "account_id", type: .string)]
            let file = "Spec/\(entry.resource).yaml"
            let plain = ImportRequest(root: entry.root, resource: entry.resource, context: context, outputFile: file)
            // Where the shape has tags, they become a context attribute, as most catalogs want.
            if ImportTranslator.translate(model, plain).spec?.attributes.contains(where: { $0.name.value == "tags" }) == true {
                context.append(ContextAttribute(name: "tags", type: .unorderedListString))
            }
            let request = ImportRequest(root: entry.root, resource: entry.resource, context: context, outputFile: file)
            let first = try #require(ImportPipeline.run(model: model, request: request).yaml, "\(entry)")
            for round in 0..<Self.rounds {
                let seed = UInt64(entryIndex * 1000 + round)
                var editor = HandEdits(random: SeededGenerator(seed: seed))
                let edited = try editor.apply(to: first, file: file)
                let lint = SpecFile.load(Array(edited.utf8), file: file)
                try #require(!lint.diagnostics.containsErrors, "\(entry) seed \(seed): the hand edits broke the spec: \(lint.diagnostics)\n\(editor.log)\n\(edited)")
                let update = ImportPipeline.run(model: model, request: request, existing: Array(edited.utf8))
                #expect(update.yaml == edited, "\(entry) seed \(seed): \(update.diagnostics)\n\(editor.log)")
                #expect(update.summary?.hasChanges == false, "\(entry) seed \(seed): \(update.summary?.lines ?? [])")
                #expect(update.summary?.lines.last?.hasPrefix("no changes; ") == true)
                checked += 1
                editCount += editor.log.count
            }
            services.insert(entry.service)
        }
        #expect(checked >= 150)
        #expect(services.count >= 10)
        #expect(editCount > checked * 3)
    }

    /// An older version of `model`: the root structure lacks `added`, has a member `HandGone`
    /// the real model does not, `retyped` is an integer, and `redocumented` has other wording.
    static func olderModel(_ model: ProviderModel, root: String, added: String, retyped: String, redocumented: String?) -> ProviderModel {
        var older = model
        let location = SourceLocation(file: model.file, line: 1, column: 1)
        older.shapes["HandText"] = ModelShape(name: "HandText", kind: .string, documentation: nil, location: location)
        older.shapes["HandNumber"] = ModelShape(name: "HandNumber", kind: .integer, documentation: nil, location: location)
        guard let shape = model.shapes[root], case .structure(var members) = shape.kind else { return older }
        members.removeAll { $0.name == added }
        members = members.map { member in
            var member = member
            if member.name == retyped { member.target = "HandNumber" }
            if member.name == redocumented { member.documentation = .text("The older wording.") }
            return member
        }
        members.append(ModelMember(name: "HandGone", target: "HandText", documentation: .text("Gone in the newer model."), location: location))
        older.shapes[root]?.kind = .structure(members)
        return older
    }

    @Test func aNewerModelChangesOnlyItsPartsUnderHandEdits() throws {
        var models: [String: ProviderModel] = [:]
        var checked = 0
        for (entryIndex, entry) in BroadImportTests.entries.enumerated() {
            if models[entry.service] == nil {
                let read = AWSModelReader.read(try ImportResources.bytes("Models/\(entry.service).json.gz"), file: "\(entry.service).json.gz")
                let model = try #require(read.model, "\(read.diagnostics)")
                models[entry.service] = model
            }
            let model = try #require(models[entry.service])
            let rootName: String
            switch entry.root {
            case .shape(let name): rootName = name
            case .operation(let name): rootName = try #require(model.operations[name]?.output)
            }
            let file = "Spec/\(entry.resource).yaml"
            let request = ImportRequest(
                root: entry.root, resource: entry.resource, context: [ContextAttribute(name: "account_id", type: .string)], outputFile: file)
            let current = try #require(ImportTranslator.translate(model, request).spec)
            // Top-level plain members: one the older model lacks, one it types differently, one it words differently.
            let strings = current.attributes.filter { $0.providerName != nil && $0.type.value == .string }
            let members = current.attributes.filter { $0.providerName != nil && $0.fields == nil }
            guard strings.count >= 2, members.count >= 3 else { continue }
            let retyped = strings[entryIndex % strings.count]
            guard let added = members.first(where: { $0 != retyped && $0.name.value != "hand_gone" }),
                  let addedName = added.providerName?.value, let retypedName = retyped.providerName?.value else { continue }
            let redocumented = members.first { $0 != retyped && $0 != added && $0.description != nil }
            let older = Self.olderModel(
                model, root: rootName, added: addedName, retyped: retypedName, redocumented: redocumented?.providerName?.value)
            let first = try #require(ImportPipeline.run(model: older, request: request).yaml, "\(entry)")

            var editor = HandEdits(random: SeededGenerator(seed: UInt64(entryIndex)))
            let edited = try editor.apply(to: first, file: file)
            let editedSpec = try #require(SpecFile.load(Array(edited.utf8), file: file).spec?.spec, "\(entry): \(editor.log)")
            func path(_ provider: String) -> String? {
                editedSpec.attributes.first { $0.providerName?.value == provider }?.name.value
            }
            let gone = try #require(editedSpec.attributes.first { $0.providerName?.value == "HandGone" })
            let retypedPinned = editedSpec.attributes.first { $0.providerName?.value == retypedName }?.isPinned == true

            let update = ImportPipeline.run(model: model, request: request, existing: Array(edited.utf8))
            let updated = try #require(update.yaml, "\(entry): \(update.diagnostics)\n\(editor.log)")
            let summary = try #require(update.summary)
            #expect(summary.added == [added.name.value], "\(entry)")
            #expect(summary.removed == (gone.isPinned ? [] : [gone.name.value]), "\(entry)")
            #expect(summary.pinned == (gone.isPinned ? [gone.name.value] : []), "\(entry)")
            let retypedPath = try #require(path(retypedName))
            #expect(summary.retyped == (retypedPinned ? [] : ["\(retypedPath): INT32 → STRING"]), "\(entry)")
            #expect(summary.described.isEmpty && summary.newlyPinned.isEmpty && summary.replacedByContext.isEmpty)
            #expect(summary.revalued.allSatisfy { $0.hasPrefix((path(retypedName) ?? "") + ": added ") }, "\(entry): \(summary.revalued)")
            if let redocumented, let redocumentedPath = path(redocumented.providerName?.value ?? ""),
               editedSpec.attributes.first(where: { $0.name.value == redocumentedPath })?.isPinned == false {
                // The spec's wording is kept; the summary says it differs from the model's.
                #expect(summary.keptEdits.contains { $0.hasPrefix("\(redocumentedPath) description (differs") }, "\(entry)")
            }

            // Line by line, only the new member's lines, the gone member's lines and the type line changed.
            let before = edited.split(separator: "\n", omittingEmptySubsequences: false)
            let after = updated.split(separator: "\n", omittingEmptySubsequences: false)
            var rendered: [String] = []
            SpecYAMLWriter.attribute(try #require(current.attributes.first { $0.providerName?.value == addedName }), indent: 2, into: &rendered)
            // A retype to a string with an enumeration also brings the enumeration's values.
            if retyped.values != nil, !retypedPinned { SpecYAMLWriter.key(.values, of: retyped, indent: 4, into: &rendered) }
            let goneLine = try #require(before.firstIndex { $0.hasPrefix("  - name: \(gone.name.value)") })
            var goneEnd = goneLine + 1
            while goneEnd < before.count, !before[goneEnd].hasPrefix("  - ") { goneEnd += 1 }
            var goneStart = goneLine
            while goneStart > 0, before[goneStart - 1].hasPrefix("  #") { goneStart -= 1 }
            let goneBlock = Set(before[goneStart..<goneEnd])
            for change in after.difference(from: before) {
                switch change {
                case .remove(_, let line, _):
                    #expect(line.isEmpty || goneBlock.contains(line) || line.contains("type:"), "\(entry): removed '\(line)'")
                case .insert(_, let line, _):
                    #expect(line.isEmpty || rendered.contains(String(line)) || line.contains("type:"), "\(entry): inserted '\(line)'")
                }
            }
            // And the update is settled: again against the same model, nothing changes.
            let again = ImportPipeline.run(model: model, request: request, existing: Array(updated.utf8))
            #expect(again.yaml == updated && again.summary?.hasChanges == false, "\(entry): \(again.summary?.lines ?? [])")
            checked += 1
        }
        #expect(checked >= 30)
    }
}

/// The newer-model property at every depth, with an oracle: the changes an update must report
/// are the differences between the older and the newer model's translations.
extension UpdateInvariantTests {
    /// Every attribute by provider path (`Placement.AvailabilityZone`), with its name path and type.
    static func outline(_ attributes: [Attribute], provider: String = "", path: String = "") -> [String: (path: String, type: AttributeType, hasFields: Bool)] {
        var result: [String: (path: String, type: AttributeType, hasFields: Bool)] = [:]
        for attribute in attributes {
            let key = provider + (attribute.providerName?.value ?? "(\(attribute.name.value))")
            let name = path + attribute.name.value
            result[key] = (name, attribute.type.value, attribute.fields != nil)
            if let fields = attribute.fields {
                result.merge(outline(fields, provider: key + ".", path: name + "."), uniquingKeysWith: { first, _ in first })
            }
        }
        return result
    }

    /// The provider path's parent, `nil` at the top level.
    static func parent(_ key: String) -> String? {
        key.lastIndex(of: ".").map { String(key[..<$0]) }
    }

    /// `model` with nested structures changed: in every structure reachable from `root` (other than
    /// `root`), with the seed's choice, a member dropped, a `HandGoneField` added, a string member made an integer.
    static func olderNested(_ model: ProviderModel, root: String, seed: Int) -> ProviderModel {
        var older = model
        let location = SourceLocation(file: model.file, line: 1, column: 1)
        older.shapes["HandText"] = ModelShape(name: "HandText", kind: .string, documentation: nil, location: location)
        older.shapes["HandNumber"] = ModelShape(name: "HandNumber", kind: .integer, documentation: nil, location: location)
        var reachable: [String] = []
        var queue = [root]
        while let name = queue.popLast() {
            guard let shape = model.shapes[name], !reachable.contains(name) else { continue }
            reachable.append(name)
            switch shape.kind {
            case .structure(let members), .union(let members): queue += members.map(\.target)
            case .list(let element): queue.append(element)
            default: break
            }
        }
        for (offset, name) in reachable.sorted().enumerated() where name != root && (offset + seed) % 3 == 0 {
            guard case .structure(var members) = model.shapes[name]?.kind, members.count >= 2 else { continue }
            members.remove(at: (offset + seed) % members.count)
            if let string = members.firstIndex(where: { model.shapes[$0.target]?.kind == .string }) {
                members[string].target = "HandNumber"
            }
            members.append(ModelMember(name: "HandGoneField", target: "HandText", documentation: nil, location: location))
            older.shapes[name]?.kind = .structure(members)
        }
        return older
    }

    @Test func aNewerModelChangesOnlyItsPartsAtEveryDepth() throws {
        var models: [String: ProviderModel] = [:]
        var checked = 0
        var nestedChanges = 0
        for (entryIndex, entry) in BroadImportTests.entries.enumerated() {
            if models[entry.service] == nil {
                let read = AWSModelReader.read(try ImportResources.bytes("Models/\(entry.service).json.gz"), file: "\(entry.service).json.gz")
                let model = try #require(read.model, "\(read.diagnostics)")
                models[entry.service] = model
            }
            let model = try #require(models[entry.service])
            let rootName: String
            switch entry.root {
            case .shape(let name): rootName = name
            case .operation(let name): rootName = try #require(model.operations[name]?.output)
            }
            let file = "Spec/\(entry.resource).yaml"
            let request = ImportRequest(
                root: entry.root, resource: entry.resource, context: [ContextAttribute(name: "account_id", type: .string)], outputFile: file)
            let older = Self.olderNested(model, root: rootName, seed: entryIndex)
            guard let oldSpec = ImportTranslator.translate(older, request).spec, let newSpec = ImportTranslator.translate(model, request).spec else {
                continue
            }
            let old = Self.outline(oldSpec.attributes)
            let new = Self.outline(newSpec.attributes)
            func reported(_ key: String, in side: [String: (path: String, type: AttributeType, hasFields: Bool)]) -> Bool {
                guard let parent = Self.parent(key) else { return true }
                return old[parent] != nil && new[parent] != nil && side[parent]?.hasFields == true
            }
            let added = new.keys.filter { old[$0] == nil && reported($0, in: old) }.map { new[$0]?.path ?? "" }
            let removed = old.keys.filter { new[$0] == nil && reported($0, in: new) }.map { old[$0]?.path ?? "" }
            let retyped = new.keys.compactMap { key -> String? in
                guard let before = old[key], let after = new[key], before.type != after.type, reported(key, in: new) else { return nil }
                return "\(before.path): \(before.type.rawValue) → \(after.type.rawValue)"
            }
            guard !(added.isEmpty && removed.isEmpty && retyped.isEmpty) else { continue }

            let first = try #require(ImportPipeline.run(model: older, request: request).yaml, "\(entry)")
            var editor = HandEdits(random: SeededGenerator(seed: UInt64(7000 + entryIndex)))
            editor.pinsAndRenames = false
            editor.untouched = ["HandGoneField"]
            let edited = try editor.apply(to: first, file: file)
            let update = ImportPipeline.run(model: model, request: request, existing: Array(edited.utf8))
            let updated = try #require(update.yaml, "\(entry): \(update.diagnostics)\n\(editor.log)")
            let summary = try #require(update.summary)
            #expect(summary.added.sorted() == added.sorted(), "\(entry)")
            #expect(summary.removed.sorted() == removed.sorted(), "\(entry)")
            #expect(summary.retyped.sorted() == retyped.sorted(), "\(entry)")
            nestedChanges += (summary.added + summary.removed).filter { $0.contains(".") }.count
            // Every line a hand edit added is still there (type lines aside: a retype rewrites them).
            let firstLines = Set(first.split(separator: "\n", omittingEmptySubsequences: false))
            let updatedLines = Set(updated.split(separator: "\n", omittingEmptySubsequences: false))
            for line in edited.split(separator: "\n", omittingEmptySubsequences: false)
            where !firstLines.contains(line) && !line.contains("type:") {
                #expect(updatedLines.contains(line), "\(entry): lost '\(line)'\n\(editor.log)")
            }
            // The result reads as the newer model's spec plus the hand edits: again, nothing changes.
            let again = ImportPipeline.run(model: model, request: request, existing: Array(updated.utf8))
            #expect(again.yaml == updated && again.summary?.hasChanges == false, "\(entry): \(again.summary?.lines ?? [])")
            checked += 1
        }
        #expect(checked >= 20)
        #expect(nestedChanges >= 50)
    }
}
