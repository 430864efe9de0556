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

extension SQLQueryString {
    /// The one condition for "inside a region": the code in `column` (a village or region code) starts with the region's
    /// code. A region code is digits; anything else (absent, empty, or carrying `%` or `_`) matches nothing, so no
    /// value can widen a scope.
    static func within(_ region: String?, column: String) -> SQLQueryString {
        guard let region, (1...15).contains(region.count), region.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "1 = 0" }
        return "\(unsafeRaw: column) LIKE \(bind: region + "%")"
    }
}

extension SQLQueryString {
    /// `\(within: scope, column: "h.village_code")` inside a query: the region condition above.
    package mutating func appendInterpolation(within region: String?, column: String) {
        appendInterpolation(SQLQueryString.within(region, column: column))
    }
}
