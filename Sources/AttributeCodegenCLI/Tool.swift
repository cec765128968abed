import AttributeSpec

/// The `attribute-codegen` command line: picks a command and runs it.
package struct Tool {
    /// The tool's name as users type it.
    static let name = "attribute-codegen"

    /// The version `--version` prints; the CHANGELOG's latest entry names it too, and the README
    /// as the first tag to come (a test keeps the three equal).
    package static let version = "0.1.0"

    /// The options the tool itself takes before a command.
    static let options = ["--help", "-h", "--version"]

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
        if first == "--version" {
            console.printLine("\(Tool.name) \(Tool.version)")
            return ExitStatus.success
        }
        if first == "help" {
            return runHelp(Array(arguments.dropFirst()), commands: commands)
        }
        if let command = commands.first(where: { $0.name == first }) {
            return command.run(Array(arguments.dropFirst()))
        }
        if first.hasPrefix("-") {
            let usage = UsageError.unknownOption(first, among: Tool.options)
            return console.reportUsageError(usage, helpCommand: Tool.name)
        }
        return console.reportUsageError(unknownCommand(first, commands: commands), helpCommand: Tool.name)
    }

    /// `help` prints the tool's help; `help <command>` that command's, as `<command> --help` does.
    private func runHelp(_ arguments: [String], commands: [any Command]) -> Int32 {
        guard let name = arguments.first else {
            console.output(help(commands))
            return ExitStatus.success
        }
        guard arguments.count == 1 else {
            return console.reportUsageError(UsageError(message: "unexpected argument '\(arguments[1])'; help takes one command"), helpCommand: Tool.name)
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            return console.reportUsageError(unknownCommand(name, commands: commands), helpCommand: Tool.name)
        }
        console.output(command.help)
        return ExitStatus.success
    }

    private func unknownCommand(_ name: String, commands: [any Command]) -> UsageError {
        var message = "unknown command '\(name)'"
        if let suggestion = Suggestion.closest(to: name, among: commands.map(\.name) + ["help"]) {
            message += "; did you mean '\(suggestion)'?"
        }
        return UsageError(message: message)
    }

    /// The tool's help: what it does and its commands.
    func help(_ commands: [any Command]) -> String {
        let width = (commands.map(\.name.count).max() ?? 0) + 3
        var text = """
        OVERVIEW: Turns attribute specs (YAML or JSON, one table per file) into Swift code and docs.

        USAGE: \(Tool.name) <command> [options]

        OPTIONS:
          -h, --help  Show this help.
          --version   Print the version (\(Tool.version)).

        COMMANDS:

        """
        for command in commands {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count) + command.abstract + "\n"
        }
        text += "\nRun '\(Tool.name) help <command>' (or '<command> --help') for a command's arguments.\n"
        return text
    }
}
