/// A subcommand of `attribute-codegen`.
///
/// Adding a command means adding a file with a type conforming to this protocol and one line
/// in `CommandRegistry.commands(console:)`.
protocol Command {
    /// The word that selects the command: `lint`.
    var name: String { get }
    /// One line for the tool's command list.
    var abstract: String { get }
    /// The full help text printed for `--help`, ending with a newline.
    var help: String { get }
    /// Runs the command with the arguments after its name.
    ///
    /// - Returns: the process exit status, one of `ExitStatus`.
    func run(_ arguments: [String]) -> Int32
}

/// The exit statuses every command shares.
enum ExitStatus {
    /// The command did its job and found no error.
    static let success: Int32 = 0
    /// The command ran but found errors (in specs, or reading files).
    static let failure: Int32 = 1
    /// The command line itself was wrong: unknown option or command, missing argument, bad path.
    static let usage: Int32 = 2
}
