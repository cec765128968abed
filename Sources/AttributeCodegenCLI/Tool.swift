import AttributeSpec

/// The `attribute-codegen` command line: picks a command and runs it.
package struct Tool {
    /// The tool's name as users type it.
    static let name = "attribute-codegen"

    /// Where output goes.
    package var console: Console

    /// Creates the tool writing to `console`.
    package init(console: Console) {
        self.console = console
    }

    /// Runs the tool with the arguments after the executable's name and returns the exit status.
    package func run(_ arguments: [String]) -> Int32 {
        let commands = CommandRegistry.commands(console: console)
        guard let first = arguments.first else {
            return console.reportUsageError(UsageError(message: "missing command"), helpCommand: Tool.name)
        }
        if first == "-h" || first == "--help" {
            console.output(help(commands))
            return ExitStatus.success
        }
        if let command = commands.first(where: { $0.name == first }) {
            return command.run(Array(arguments.dropFirst()))
        }
        if first.hasPrefix("-") {
            return console.reportUsageError(UsageError(message: "unknown option '\(first)'"), helpCommand: Tool.name)
        }
        var message = "unknown command '\(first)'"
        if let suggestion = Suggestion.closest(to: first, among: commands.map(\.name)) {
            message += "; did you mean '\(suggestion)'?"
        }
        return console.reportUsageError(UsageError(message: message), helpCommand: Tool.name)
    }

    /// The tool's help: what it does and its commands.
    func help(_ commands: [any Command]) -> String {
        let width = (commands.map(\.name.count).max() ?? 0) + 3
        var text = """
        OVERVIEW: Turns attribute specs (YAML or JSON, one table per file) into Swift code and docs.

        USAGE: \(Tool.name) <command> [options]

        OPTIONS:
          -h, --help  Show this help.

        COMMANDS:

        """
        for command in commands {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count) + command.abstract + "\n"
        }
        text += "\nRun '\(Tool.name) <command> --help' for a command's arguments.\n"
        return text
    }
}
