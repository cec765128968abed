/// Every command the tool offers, in the order `--help` lists them.
enum CommandRegistry {
    /// The commands, writing to `console`.
    static func commands(console: Console) -> [any Command] {
        [
            LintCommand(console: console),
            NormalizeCommand(console: console),
        ]
    }
}
