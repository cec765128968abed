extension SwiftNaming {
    /// Names a constant of known values may not take, because the namespace already means
    /// something by them (`X.self` is the metatype) or declares them (`allValues`, `isClosed`).
    /// Such a value's constant gets `Value` appended (`selfValue`).
    public static let reservedValueConstantNames: Set<String> = ["self", "init", "Type", "Protocol", "allValues", "isClosed"]

    /// The Swift constant name of a known value, or `nil` when the value has no letter or digit
    /// to build one from (`*`, `""`, `—`).
    ///
    /// The value is cut into runs of ASCII letters and digits; a run written in one case
    /// (`IN`, `progress`) is lowercased, a mixed-case run (`InService`) keeps its spelling. The
    /// first run starts lowercase, each later one uppercase: `IN_PROGRESS` → `inProgress`,
    /// `t2.micro` → `t2Micro`, `InService` → `inService`. Two runs of digits that would
    /// touch keep an underscore between them (`x86_64` → `x86_64`), and a name that would
    /// start with a digit starts with one (`1.0` → `_1_0`). Keywords are escaped where
    /// declared; `reservedValueConstantNames` get `Value` appended.
    public static func valueConstantName(for value: String) -> String? {
        var runs: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in value.utf8 {
            if isASCIILetter(byte) || isASCIIDigit(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        guard !runs.isEmpty else { return nil }
        var name: [UInt8] = []
        for (index, run) in runs.enumerated() {
            let hasUpper = run.contains { $0 >= 0x41 && $0 <= 0x5A }
            let hasLower = run.contains { $0 >= 0x61 && $0 <= 0x7A }
            var word = hasUpper && hasLower ? run : run.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            if index == 0 {
                if word[0] >= 0x41 && word[0] <= 0x5A { word[0] += 0x20 }
            } else if word[0] >= 0x61 && word[0] <= 0x7A {
                word[0] -= 0x20
            }
            if let last = name.last, isASCIIDigit(last), isASCIIDigit(word[0]) { name.append(UInt8(ascii: "_")) }
            name.append(contentsOf: word)
        }
        if isASCIIDigit(name[0]) { name.insert(UInt8(ascii: "_"), at: 0) }
        let text = String(decoding: name, as: UTF8.self)
        return reservedValueConstantNames.contains(text) ? text + "Value" : text
    }

    /// The name of the namespace that holds an attribute's known values, from its property's
    /// name: `compilationJobStatus` → `CompilationJobStatusValues`.
    public static func valuesTypeName(forProperty property: String) -> String {
        typeName(forProperty: property) + "Values"
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
