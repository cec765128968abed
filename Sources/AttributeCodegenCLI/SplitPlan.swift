import AttributeSpec

/// How `split` turns one build-tool plugin target into targets of whole services plus an
/// umbrella: which spec moves where, which files are written, and the manifest lines to paste. A
/// value computed from paths alone, so that it can be printed (`--dry-run`), tested in memory,
/// and checked in full before a single file moves.
///
/// A spec's service is the first two words of its table name (`aws_ec2_instance` → `aws_ec2`),
/// the provider and the service as `attribute-codegen import` names tables; a table of one or two
/// words is its own service. `CatalogGrouping` decides which services share a target (none, unless
/// `--min-tables` asks) and names it after the umbrella and its services (`InventoryModels` +
/// `AWSEC2`), a sibling of the umbrella's folder.
struct SplitPlan: Equatable {
    /// One file move, both paths as the command prints them.
    struct Move: Equatable {
        var from: String
        var to: String
    }

    /// One new target: its specs, moved from the umbrella's `Spec/`.
    struct Service: Equatable {
        /// Its services, the first two words of its tables' names (`aws_ec2`): one, unless
        /// `--min-tables` packed small services together.
        var keys: [String]
        /// Its services for messages: `aws_ec2`, or `aws_acm to aws_amp`.
        var key: String { Self.key(of: keys) }

        /// `aws_ec2` for one service, `aws_acm to aws_amp` for several.
        static func key(of keys: [String]) -> String {
            keys.count == 1 ? keys[0] : "\(keys[0]) to \(keys[keys.count - 1])"
        }
        /// The target's (and module's) name: `InventoryModelsAWSEC2`.
        var target: String
        /// The target's folder: `Sources/InventoryModelsAWSEC2`.
        var folder: String
        /// Its specs, each from the umbrella's `Spec/` to the same place under its own `Spec/`.
        var moves: [Move]
    }

    /// The umbrella target's name, the last component of its folder.
    var umbrella: String
    /// The umbrella's folder, as given, without a trailing `/`.
    var umbrellaFolder: String
    /// The new targets, sorted by name.
    var services: [Service]
    /// The umbrella's configuration file, copied into every new target and then removed (the
    /// umbrella has no specs left for it to apply to).
    var configuration: String?
    /// The umbrella's Swift file that re-exports the new modules: `Exports.swift` when it is
    /// absent or holds the one line the README gives it, else `CatalogExports.swift` beside it.
    var umbrellaExportsFile: String

    /// The name of the umbrella's re-export file when its `Exports.swift` holds code of its own.
    static let catalogExportsFileName = "CatalogExports.swift"

    /// The plan for the target in `folder`, whose spec files are `specs` (paths below `folder`'s
    /// `Spec/`, relative to it: `aws_ec2_instance.yaml`, `ec2/aws_ec2_vpc.yaml`).
    ///
    /// - Parameters:
    ///   - existing: whether a path exists; a new target's folder must not.
    ///   - configuration: the name of the umbrella's configuration file, when it has one.
    ///   - exportsFile: the contents of the umbrella's `Exports.swift`, when it has one.
    ///   - minimumTables: the fewest tables a target of small services is packed to
    ///     (`CatalogGrouping.groups`); 1 makes one target per service.
    static func make(
        folder: String, specs: [String], configuration: String?, exportsFile: String?, minimumTables: Int = 1,
        existing: (String) -> Bool
    ) throws(UsageError) -> SplitPlan {
        let umbrellaFolder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let umbrella = String(CodegenFileRules.lastComponent(of: umbrellaFolder))
        guard SwiftNaming.isIdentifier(umbrella) else {
            throw UsageError(message: "'\(folder)' is not a target's folder: '\(umbrella)' is not a module name")
        }
        let parentName = umbrellaFolder.split(separator: "/").dropLast().last
        guard parentName != "Tests" else {
            throw UsageError(message: "\(umbrellaFolder) is a test target's folder; split makes library targets that others depend on, and a test target cannot be one")
        }
        guard !specs.isEmpty else {
            throw UsageError(message: "no specs in \(umbrellaFolder)/\(CodegenFileRules.specFolderName)/: nothing to split")
        }
        let parent = String(umbrellaFolder.dropLast(umbrella.utf8.count))
        var specsByService: [String: [String]] = [:]
        for spec in specs.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let source = umbrellaFolder + "/" + CodegenFileRules.specFolderName + "/" + spec
            let key = CatalogGrouping.service(ofTable: String(CodegenFileRules.stem(of: spec)))
            guard CatalogGrouping.targetName(umbrella: umbrella, services: [key]) != nil else {
                throw UsageError(message: "\(source): its name does not start with a snake_case provider and service (aws_ec2_…); rename it, or move it by hand")
            }
            specsByService[key, default: []].append(spec)
        }
        var services: [String: Service] = [:]
        let groups = CatalogGrouping.groups(tableCounts: specsByService.mapValues(\.count), minimumTables: minimumTables)
        for keys in groups {
            guard let target = CatalogGrouping.targetName(umbrella: umbrella, services: keys) else {
                // Unreachable while every service's name is checked above; never a silent skip.
                throw UsageError(message: "services \(Service.key(of: keys)) cannot name a target; move their specs by hand")
            }
            let targetFolder = parent + target
            if let other = services[target] {
                throw UsageError(message: "\(umbrellaFolder)/\(CodegenFileRules.specFolderName): services '\(other.key)' and '\(Service.key(of: keys))' would both be target \(target); rename one")
            }
            let fromFolder = umbrellaFolder + "/" + CodegenFileRules.specFolderName + "/"
            let toFolder = targetFolder + "/" + CodegenFileRules.specFolderName + "/"
            var moves: [Move] = []
            for key in keys {
                for spec in specsByService[key] ?? [] {
                    moves.append(Move(from: fromFolder + spec, to: toFolder + spec))
                }
            }
            services[target] = Service(keys: keys, target: target, folder: targetFolder, moves: moves)
        }
        let sorted = services.values.sorted { $0.target.utf8.lexicographicallyPrecedes($1.target.utf8) }
        for service in sorted where existing(service.folder) {
            throw UsageError(message: "\(service.folder) already exists; split moves \(service.key)'s specs into a new target of that name, so move or rename that folder first")
        }
        let ownExports = exportsFile.map { $0 != CodegenFileRules.exportsFileContents } ?? false
        let exportsName = ownExports ? catalogExportsFileName : CodegenFileRules.exportsFileName
        let umbrellaExportsFile = umbrellaFolder + "/" + exportsName
        if ownExports, existing(umbrellaExportsFile) {
            throw UsageError(message: "\(umbrellaExportsFile) already exists, and \(umbrellaFolder)/\(CodegenFileRules.exportsFileName) holds code of its own: nowhere to write the umbrella's re-exports")
        }
        return SplitPlan(
            umbrella: umbrella,
            umbrellaFolder: umbrellaFolder,
            services: sorted,
            configuration: configuration.map { umbrellaFolder + "/" + $0 },
            umbrellaExportsFile: umbrellaExportsFile
        )
    }

    /// What the umbrella's re-export file holds: one `@_exported import` per service module, so
    /// that the umbrella's users keep their single `import`.
    var umbrellaExports: String {
        "// The catalog's umbrella: one import for every service target (and the runtime they re-export).\n"
            + services.map { "@_exported import \($0.target)\n" }.joined()
    }

    /// The targets to put in `Package.swift` in place of the umbrella's: the umbrella without the
    /// plugin (its specs moved), and each service with it, as the README's split layout writes them.
    var manifestLines: String {
        var lines = "        .target(name: \"\(umbrella)\", dependencies: [\(services.map { "\"\($0.target)\"" }.joined(separator: ", "))]),\n"
        for service in services {
            lines += """
                        .target(
                            name: "\(service.target)",
                            dependencies: [.product(name: "AttributeRuntime", package: "attribute-codegen")],
                            plugins: [.plugin(name: "AttributeCodegenPlugin", package: "attribute-codegen")]
                        ),

                """
        }
        return lines
    }

    /// Every change the plan makes, one line each, in the order `SplitCommand` makes them.
    var steps: [String] {
        var steps: [String] = []
        for service in services {
            steps.append("create \(service.folder)/\(CodegenFileRules.exportsFileName)")
            if let configuration {
                steps.append("copy \(configuration) to \(service.folder)/\(CodegenFileRules.lastComponent(of: configuration))")
            }
            steps += service.moves.map { "move \($0.from) to \($0.to)" }
        }
        steps.append("write \(umbrellaExportsFile)")
        if let configuration { steps.append("remove \(configuration) (copied into every service target)") }
        return steps
    }
}
