import AttributeImport
import AttributeSpec
import Foundation

/// `attribute-codegen import aws MODEL (--shape S | --operation O) --resource TABLE ...`:
/// writes a spec from a provider's own API model.
struct ImportCommand: Command {
    /// The folder specs are written to when `--output` is not given.
    static let defaultOutput = GenerateCommandOptions.defaultPath

    /// Where output goes.
    var console: Console

    let name = "import"
    let abstract = "Write a spec from a provider's API model (AWS botocore models, Google discovery documents, Azure OpenAPI)."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) import aws <model> (--shape <shape> | --operation <operation>) --resource <table>
                 [--context <name>:<TYPE> ...] [--output <dir>] [--update] [--keep <attribute> ...]
                 [--take-descriptions]
               \(Tool.name) import gcp <discovery.json> (--schema <schema> | --method <resource.method>) --resource <table> ...
               \(Tool.name) import azure <openapi.json> (--definition <definition> | --operation <operationId>) --resource <table> ...

        ARGUMENTS:
          <model>                 aws: a botocore service-2.json, or the service-2.json.gz botocore ships
                                  (<botocore>/data/<service>/<version>/service-2.json.gz).
                                  gcp: a discovery document (googleapiclient/discovery_cache/documents/).
                                  azure: an OpenAPI 2.0 file inside a checkout of azure-rest-api-specs;
                                  its relative $refs are read from beside it.

        OPTIONS:
          --shape <shape>         A structure shape of the model to import (e.g. Instance).
          --operation <operation> An operation whose output shape to import (e.g. DescribeCompilationJob,
                                  or Vaults_Get for azure).
          --schema <schema>       gcp: a schema to import (e.g. Firewall).
          --method <method>       gcp: a method whose response schema to import (e.g. firewalls.get).
          --definition <name>     azure: a definition to import (e.g. Vault).
          --resource <table>      The table's name, snake_case; the spec is written to <dir>/<table>.yaml.
          --context <name>:<TYPE> An attribute the caller supplies at mapping time (repeatable),
                                  e.g. account_id:STRING. <TYPE> is one of
                                  \(ContextAttribute.allowedTypes.joined(separator: ", "))
          -o, --output <dir>      The folder to write to (default: \(Self.defaultOutput)).
          --update                Re-import into the existing spec, editing it in place: only what the
                                  model changed changes; comments, order and hand edits stay.
          --keep <attribute>      With --update: mark this attribute (name or dotted path)
                                  `pinned: true`, so updates leave it as it is (repeatable).
          --take-descriptions     With --update: replace descriptions that differ from the model's
                                  (a re-documented member, or one edited by hand).
          -h, --help              Show this help.

        An existing spec is never overwritten without --update. Members with no spec type
        (documents, maps of structures, lists of lists, recursive shapes) are left out with a
        warning; blobs become STRING. Exit status: 0 on success (warnings allowed), 1 when the
        model or the spec has errors, 2 for a usage error.

        """
    }

    /// What the command line asked for.
    struct Options {
        var model: String
        var provider: ImportProvider
        var request: ImportRequest
        var outputDirectory: String
        var update: Bool
        var keep: Set<String>
        var takeDescriptions: Bool
    }

    func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do throws(UsageError) {
            guard let parsed = try parse(arguments) else {
                console.output(help)
                return ExitStatus.success
            }
            options = parsed
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) import")
        }

        let modelBytes: [UInt8]
        switch FileBytes.read(options.model) {
        case .success(let bytes): modelBytes = bytes
        case .failure(let diagnostic):
            console.printErrorLine(diagnostic.description)
            return ExitStatus.failure
        }
        let outputFile = options.request.outputFile
        let exists = FileManager.default.fileExists(atPath: outputFile)
        if exists && !options.update {
            console.printErrorLine("error: '\(outputFile)' already exists; pass --update to re-import into it (hand edits are kept)")
            return ExitStatus.failure
        }
        var existing: [UInt8]?
        if exists {
            switch FileBytes.read(outputFile) {
            case .success(let bytes): existing = bytes
            case .failure(let diagnostic):
                console.printErrorLine(diagnostic.description)
                return ExitStatus.failure
            }
        }

        let output = ImportPipeline.run(
            modelBytes: modelBytes, modelFile: options.model, request: options.request, existing: existing, keep: options.keep,
            takeDescriptions: options.takeDescriptions, provider: options.provider,
            loadFile: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } })
        for diagnostic in output.diagnostics {
            console.printErrorLine(diagnostic.description)
        }
        guard let yaml = output.yaml else { return ExitStatus.failure }
        let bytes = [UInt8](yaml.utf8)
        if existing != bytes {
            do {
                try FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: outputFile), options: .atomic)
            } catch {
                console.printErrorLine("error: cannot write '\(outputFile)': \(error.localizedDescription)")
                return ExitStatus.failure
            }
            console.printLine((exists ? "updated " : "wrote ") + outputFile)
        } else {
            console.printLine(outputFile + " is up to date")
        }
        if let summary = output.summary {
            for line in summary.lines { console.printLine("  " + line) }
        }
        return ExitStatus.success
    }

    /// Parses the command line; `nil` for `--help`.
    func parse(_ arguments: [String]) throws(UsageError) -> Options? {
        let parsed = try ArgumentParser(
            flags: ["--update": "update", "--take-descriptions": "take-descriptions"],
            options: [
                "--shape": "shape", "--operation": "operation", "--resource": "resource", "--output": "output", "-o": "output",
                "--schema": "schema", "--method": "method", "--definition": "definition",
            ],
            repeatableOptions: ["--context": "context", "--keep": "keep"]
        ).parse(arguments)
        if parsed.flags.contains("help") { return nil }

        guard let provider = parsed.positionals.first else {
            throw UsageError(message: "missing argument <provider> (\(ImportPipeline.providers.joined(separator: ", ")))")
        }
        guard let importProvider = ImportProvider(rawValue: provider) else {
            var message = "unknown provider '\(provider)'; supported: \(ImportPipeline.providers.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: provider, among: ImportPipeline.providers) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw UsageError(message: message)
        }
        guard parsed.positionals.count >= 2 else { throw UsageError(message: "missing argument <model>") }
        guard parsed.positionals.count == 2 else {
            throw UsageError(message: "unexpected argument '\(parsed.positionals[2])'; import takes a provider and one model file")
        }
        let model = parsed.positionals[1]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: model, isDirectory: &isDirectory) else {
            throw UsageError(message: "no such file: '\(model)'")
        }
        guard !isDirectory.boolValue else { throw UsageError(message: "'\(model)' is a directory; expected a model file") }

        // Each provider names its roots in its own words: aws --shape/--operation, gcp
        // --schema/--method, azure --definition/--operation.
        let shapeKey = importProvider.shapeWord
        let operationKey = importProvider.operationWord
        for key in ["shape", "schema", "definition", "operation", "method"] where parsed.options[key] != nil && key != shapeKey && key != operationKey {
            throw UsageError(message: "import \(provider) takes --\(shapeKey) or --\(operationKey), not --\(key)")
        }
        let root: ImportRequest.Root
        switch (parsed.options[shapeKey], parsed.options[operationKey]) {
        case (let shape?, nil): root = .shape(shape)
        case (nil, let operation?): root = .operation(operation)
        case (_?, _?): throw UsageError(message: "give either --\(shapeKey) or --\(operationKey), not both")
        case (nil, nil): throw UsageError(message: "missing --\(shapeKey) <\(shapeKey)> or --\(operationKey) <\(operationKey)>")
        }
        guard let resource = parsed.options["resource"] else { throw UsageError(message: "missing --resource <table>") }
        guard SwiftNaming.isSnakeCase(resource) else {
            throw UsageError(message: "resource name '\(resource)' is not snake_case (lowercase letters, digits and '_')")
        }
        var context: [ContextAttribute] = []
        for text in parsed.repeatedOptions["context", default: []] {
            switch ContextAttribute.parse(text) {
            case .success(let attribute): context.append(attribute)
            case .failure(let error): throw UsageError(message: error.message)
            }
        }
        let keep = Set(parsed.repeatedOptions["keep", default: []])
        let update = parsed.flags.contains("update")
        if !update, !keep.isEmpty { throw UsageError(message: "--keep only applies with --update") }
        let takeDescriptions = parsed.flags.contains("take-descriptions")
        if !update, takeDescriptions { throw UsageError(message: "--take-descriptions only applies with --update") }
        var directory = parsed.options["output"] ?? Self.defaultOutput
        if directory.isEmpty { directory = "." }
        let file = (directory.hasSuffix("/") ? directory : directory + "/") + resource + ".yaml"
        return Options(
            model: model,
            provider: importProvider,
            request: ImportRequest(root: root, resource: resource, context: context, outputFile: file),
            outputDirectory: directory,
            update: update,
            keep: keep,
            takeDescriptions: takeDescriptions)
    }
}
