import AttributeSpec

/// A command line that does not fit a command's options: exit status 2.
struct UsageError: Error, Equatable {
    /// What is wrong, lowercase, without a trailing period.
    var message: String

    /// An option no one knows, with the closest known spelling when one is close enough
    /// (the same suggestions as for spec keys).
    static func unknownOption(_ spelling: String, among known: [String]) -> UsageError {
        // Sorted so that ties break the same way on every run.
        let candidates = known.filter { $0.hasPrefix("--") }.sorted()
        var message = "unknown option '\(spelling)'"
        if let suggestion = Suggestion.closest(to: spelling, among: candidates) {
            message += "; did you mean '\(suggestion)'?"
        }
        return UsageError(message: message)
    }
}

/// The arguments of one command, split into flags, options with values, and positionals.
struct ParsedArguments: Equatable {
    /// The canonical names of the flags given (`help` for `-h` or `--help`).
    var flags: Set<String> = []
    /// The canonical names of the options given, with their values; the last one wins.
    var options: [String: String] = [:]
    /// The other arguments, in order.
    var positionals: [String] = []
}

/// A small argument parser: flags (`-h`, `--help`), options with a value (`--output DIR`,
/// `--output=DIR`), positionals, and `--` to end options.
struct ArgumentParser {
    /// Flag spellings mapped to canonical names.
    var flags: [String: String]
    /// Option spellings mapped to canonical names; these take a value.
    var options: [String: String]

    /// A parser that knows `-h`/`--help` plus the given flags and options.
    init(flags: [String: String] = [:], options: [String: String] = [:]) {
        self.flags = flags.merging(["-h": "help", "--help": "help"]) { own, _ in own }
        self.options = options
    }

    /// Splits `arguments`, rejecting unknown options and options without a value.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if let flag = flags[argument] {
                result.flags.insert(flag)
                continue
            }
            let (spelling, inlineValue) = splitInlineValue(argument)
            guard let option = options[spelling] else {
                throw UsageError.unknownOption(spelling, among: Array(flags.keys) + Array(options.keys))
            }
            if let inlineValue {
                result.options[option] = inlineValue
            } else if index < arguments.count {
                result.options[option] = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "missing value for option '\(spelling)'")
            }
        }
        return result
    }

    /// `--output=DIR` → (`--output`, `DIR`).
    private func splitInlineValue(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
