/// A spec that passed validation: the input of translation.
///
/// Only the validator creates one, so holding a `ValidatedSpec` means every type is known,
/// every STRUCT has fields, and every name maps to a distinct, declarable Swift identifier.
public struct ValidatedSpec: Hashable, Sendable {
    /// The validated spec.
    public let spec: Spec

    /// Wraps a spec that the validator accepted.
    init(validated spec: Spec) {
        self.spec = spec
    }
}
