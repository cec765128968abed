import AttributeCodegen
import AttributeSpec
import Foundation

/// `attribute-codegen migrate`: prints the SQL that brings a database created from the
/// baseline specs' tables to the current specs' tables, against the same baseline as
/// `breaking`.
///
/// File and git I/O only; the statements are `SQLMigration`'s.
struct MigrateCommand: Command {
    /// Where output goes.
    var console: Console

    let name = "migrate"
    let abstract = "Print the SQL (ALTER TABLE ... ADD COLUMN, CREATE TABLE) from a baseline's tables to the current specs'."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) migrate [<path> ...] (--against <dir> | --against-git <ref>) --dialect <postgresql|sqlite> [--config <file>]

        ARGUMENTS:
          <path>                Spec files, or folders searched recursively (default:
                                \(GenerateCommandOptions.allSpecFoldersHelp)).

        OPTIONS:
          --against <dir>       A folder of baseline specs, as for 'breaking'.
          --against-git <ref>   The same paths at a git revision, as for 'breaking'.
          --dialect <name>      postgresql or sqlite.
        \(ConfigurationFile.optionHelp(column: 24, reads: "Its key_columns name new tables' keys; 'breaking: { ignore: [...] }' applies."))
          -h, --help            Show this help.

        The statements go to standard output: CREATE TABLE for a new table, ALTER TABLE ... ADD
        COLUMN for a new attribute (SQLite's record view is made again over the new columns). A
        new nested field needs no statement: it lives in a JSON column. A change that no
        statement makes safe for stored rows (TABLE_DELETED, ATTRIBUTE_DELETED, TYPE_CHANGED)
        is reported on standard error with its rule id and nothing is printed. Exit status: 0
        with the statements printed, 1 when refused or with spec errors, 2 for a usage error.

        """
    }

    private static let parser = ArgumentParser(
        options: ["--against": "against", "--against-git": "against-git", "--config": "config", "--dialect": "dialect"]
    )

    func run(_ arguments: [String]) -> Int32 {
        let compared: [ComparedSpecs]
        let dialect: SQLDialect
        do throws(UsageError) {
            let parsed = try Self.parser.parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            guard let name = parsed.options["dialect"] else {
                throw UsageError(message: "missing --dialect: pass --dialect postgresql or --dialect sqlite")
            }
            guard let chosen = SQLDialect(rawValue: name) else {
                throw UsageError(message: "unknown dialect '\(name)'; expected postgresql or sqlite")
            }
            dialect = chosen
            compared = try ComparedSpecs.find(parsed)
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) migrate")
        }

        // Each configuration file's tables are migrated with that file's names and key columns,
        // as its DDL was generated.
        var problems: [Diagnostic] = []
        var steps: [(current: [ValidatedSpec], old: [ValidatedSpec], config: Configuration)] = []
        for side in compared {
            problems += side.current.configuration.diagnostics
            let config = side.current.configuration.config
            let oldConfig = side.baseline.configuration(problems: &problems)
            let current = side.current.load(problems: &problems)
            let old = side.baseline.load(acronyms: oldConfig.acronyms, problems: &problems)
            steps.append((current, old, config))
        }
        guard !problems.containsErrors else {
            problems.forEach { console.printErrorLine($0.description) }
            console.printErrorLine("migrate: no statements; fix the errors above")
            return ExitStatus.failure
        }

        var sql = ""
        var refused = 0
        var failed = false
        for (current, old, config) in steps {
            var options = GeneratorOptions(accessLevel: config.accessLevel ?? .public, acronyms: config.acronyms ?? .apiGuidelines)
            options.keyColumns = config.keyColumns
            let result = SQLMigration.migrate(
                baseline: old, current: current, dialect: dialect, options: options,
                ignoring: Set(config.ignoredBreakingRules.map(\.value))
            )
            problems += result.diagnostics
            result.refusals.forEach { console.printErrorLine($0.description) }
            refused += result.refusals.filter { $0.diagnostic.severity == .error }.count
            sql += result.sql
            failed = failed || result.sql.isEmpty
        }
        problems.forEach { console.printErrorLine($0.description) }
        guard !failed else {
            console.printErrorLine("migrate: refused; \(refused) change\(refused == 1 ? "" : "s") to stored records no SQL statement makes safe")
            return ExitStatus.failure
        }
        console.output(sql)
        return ExitStatus.success
    }
}
