import Domain
import SQLKit

extension Principal {
    /// SQL for "one of a helper's households" on `column` (e.g. `h.id`, `c.household_id`); `nil` for other roles.
    func householdCondition(_ column: String) -> SQLQueryString? {
        guard let households else { return nil }
        guard !households.isEmpty else { return "1 = 0" }
        return "\(unsafeRaw: column) IN (\(binds: households.sorted()))"
    }

    /// The same as an `AND …` suffix for a WHERE clause (empty for other roles).
    func andHouseholdCondition(_ column: String) -> SQLQueryString {
        householdCondition(column).map { " AND " + $0 } ?? ""
    }
}
