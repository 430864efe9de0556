import Domain

/// Who is looking at a page and what the page may offer them: everything a view needs from the request, decided by the
/// controller that builds it (`Request.viewer(_:)`), so that views call no store, no permission table, no clock and no
/// task-local. The principal's fields read through (`viewer.role`, `viewer.scope`).
@dynamicMemberLookup
struct Viewer: Sendable {
    var principal: Principal
    /// The form token every form of the page carries.
    var csrf: String
    /// The inbox counts shown in the navigation; nil when the role has no inbox.
    var inbox: InboxBadge?
    /// Today in China, by the application's clock.
    var today: Day
    /// What the principal's role allows.
    var allowed: Set<Action>

    func can(_ action: Action) -> Bool { allowed.contains(action) }

    subscript<T>(dynamicMember path: KeyPath<Principal, T>) -> T { principal[keyPath: path] }
}

/// The signed-in user's inbox counts, for the navigation.
struct InboxBadge: Sendable {
    var total: Int
    var overdue: Int
}
