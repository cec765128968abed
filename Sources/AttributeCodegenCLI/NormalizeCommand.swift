import AttributeSpec

/// `attribute-codegen normalize FILE`: prints a spec as canonical JSON.
struct NormalizeCommand: Command {
    /// Where output goes.
    var console: Console

    let name = "normalize"
    let abstract = "Print a spec as canonical JSON (sorted keys, two-space indentation)."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) normalize <file>

        ARGUMENTS:
          <file>      A .yaml, .yml or .json spec file.

        OPTIONS:
          -h, --help  Show this help.

        A YAML spec and its JSON twin print the same bytes. Exit status: 0 on success, 1 when
        the spec has errors (printed to standard error), 2 for a usage error.

        """
    }

    func run(_ arguments: [String]) -> Int32 {
        let file: String
        do throws(UsageError) {
            let parsed = try ArgumentParser().parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            guard let only = parsed.positionals.first else { throw UsageError(message: "missing argument <file>") }
            guard parsed.positionals.count == 1 else {
                throw UsageError(message: "unexpected argument '\(parsed.positionals[1])'; normalize takes one file")
            }
            guard try SpecFileCollector.specFiles(under: [only]) == [only] else {
                throw UsageError(message: "'\(only)' is a directory; normalize takes one file")
            }
            file = only
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) normalize")
        }

        let bytes: [UInt8]
        switch FileBytes.read(file) {
        case .success(let content):
            bytes = content
        case .failure(let diagnostic):
            console.printErrorLine(diagnostic.description)
            return ExitStatus.failure
        }
        let result = SpecFile.load(bytes, file: file)
        for diagnostic in result.diagnostics {
            console.printErrorLine(diagnostic.description)
        }
        guard let spec = result.spec else { return ExitStatus.failure }
        console.output(SpecNormalizer.canonicalJSON(spec.spec))
        return ExitStatus.success
    }
}
