/// How a catalog's tables are grouped into targets by `attribute-codegen split` (and by the
/// edit-loop benchmark, which builds the layout `split` makes).
///
/// A table's service is the first two words of its name (`aws_ec2_instance` → `aws_ec2`), the
/// provider and the service as the importers name tables. Each service's tables stay together.
/// With a minimum of one table per target every service is its own target; with a larger
/// minimum, a service with at least that many tables still is, and the smaller ones are packed,
/// in name order, into shared targets of at least that many tables (the last may hold fewer).
///
/// Why pack: every target of a package costs SwiftPM a build-tool plugin invocation and a
/// planning step whenever it re-plans the build (a table added or deleted anywhere), and those
/// costs grow with the number of targets. 1,000 botocore tables are 252 services; one target
/// each made adding a table cost about 20 s, most of it planning, while an edit inside a target
/// of 16 tables still re-emits a module of 16 tables only.
public enum CatalogGrouping {
    /// The service of a table: the first two words of its name.
    public static func service(ofTable table: String) -> String {
        table.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false).prefix(2).joined(separator: "_")
    }

    /// The services of each target, in name order; every service in exactly one group.
    ///
    /// - Parameters:
    ///   - tableCounts: each service and how many tables it has.
    ///   - minimumTables: the fewest tables a shared target is packed to (1: one target per service).
    public static func groups(tableCounts: [String: Int], minimumTables: Int) -> [[String]] {
        var groups: [[String]] = []
        var pending: [String] = []
        var pendingTables = 0
        for service in tableCounts.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let tables = tableCounts[service] ?? 0
            if tables >= minimumTables {
                groups.append([service])
                continue
            }
            pending.append(service)
            pendingTables += tables
            if pendingTables >= minimumTables {
                groups.append(pending)
                pending = []
                pendingTables = 0
            }
        }
        if !pending.isEmpty { groups.append(pending) }
        return groups.sorted { $0[0].utf8.lexicographicallyPrecedes($1[0].utf8) }
    }

    /// The name of the target that holds `services` (one group): the umbrella's name followed by
    /// the service's Swift type name (`InventoryModels` + `AWSEC2`), or for several services, the
    /// first's and the last's joined by `To` (`InventoryModelsAWSAccessanalyzerToAWSAmp`). `nil`
    /// when a service's name is not snake_case.
    public static func targetName(umbrella: String, services: [String]) -> String? {
        guard let first = services.first, let last = services.last else { return nil }
        var names: [String] = []
        for service in services == [first] ? [first] : [first, last] {
            guard SwiftNaming.isSnakeCase(service),
                  let name = SwiftNaming.typeName(forSnakeCase: service, acronyms: .apiGuidelines),
                  SwiftNaming.isIdentifier(name) else { return nil }
            names.append(name)
        }
        return umbrella + names.joined(separator: "To")
    }
}
