/// Every command the tool offers, in the order `--help` lists them.
enum CommandRegistry {
    /// The commands, writing to `console`.
    static func commands(console: Console) -> [any Command] {
        [
            GenerateCommand(console: console),
            CheckCommand(console: console),
            LintCommand(console: console),
            BreakingCommand(console: console),
            MigrateCommand(console: console),
            NormalizeCommand(console: console),
            ImportCommand(console: console),
            SplitCommand(console: console),
        ]
    }
}
