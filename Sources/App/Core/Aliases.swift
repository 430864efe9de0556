import Domain

/// Fluent also declares a `Relation`; inside App the name means the member's relation to the head.
typealias Relation = Domain.Relation
