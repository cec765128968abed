/// How EC2's botocore model (`ec2/2016-11-15/service-2.json.gz`, as installed with botocore)
/// lists known values, for the compile benchmark's corpus with value sets: of the structure
/// members whose shape is a string (or a list of strings), how many have an `enum`, and the
/// sizes of those enums, one count per member referring to them.
///
/// Counted with Python from the installed model: for every structure member, follow a list to
/// its element, keep string shapes, and count `len(shape["enum"])` where there is one.
enum EC2ValueSets {
    /// Structure members whose shape is a string or a list of strings.
    static let stringMembers = 5193
    /// Of those, the members whose string shape has an `enum`.
    static let membersWithValues = 946
    /// (values in the enum, members referring to an enum of that size); the counts add up to
    /// `membersWithValues`. The 1212 is `InstanceType`.
    static let sizes: [(Int, Int)] = [
        (1, 105), (2, 362), (3, 166), (4, 93), (5, 47), (6, 43), (7, 32), (8, 4), (9, 27), (10, 3), (11, 2), (12, 9),
        (13, 5), (15, 1), (16, 3), (18, 9), (19, 2), (49, 3), (108, 5), (1212, 25),
    ]
}
