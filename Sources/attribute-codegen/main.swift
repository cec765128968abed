import AttributeCodegen
import AttributeSpec
import AttributeCodegenCLI
import Foundation

// Minimal dispatch for `generate` and `check` until the command registry lands.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
    exit(GenerateCommand.run(Array(arguments.dropFirst())))
case "check":
    exit(CheckCommand.run(Array(arguments.dropFirst())))
default:
    FileHandle.standardError.write(Data("usage: attribute-codegen generate|check [PATH ...] [options]\n".utf8))
    exit(2)
}
