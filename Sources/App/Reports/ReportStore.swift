import Domain
import Fluent
import SQLKit

/// A computed report: one row per township (county reports) or village, the totals, and the parameters used.
struct ReportTable: Sendable {
    struct Row: Sendable { var code: String; var name: String; var values: [Int]; var note: String? = nil }
    var definition: ReportDefinition
    var region: String
    var from, to: Day
    var rows: [Row]
    var total: [Int]

    /// The household list behind a number (none for a derived number).
    func link(column: ReportColumn, region code: String) -> String? {
        guard column.condition != nil else { return nil }
        var q = "/households?report=\(definition.id)&column=\(column.key.replacingOccurrences(of: ".people", with: ""))&region=\(code)"
        if definition.usesPeriod { q += "&from=\(from)&to=\(to)" }
        return q
    }
}

enum ReportStore {
    /// The period: from the first of the year to today unless given.
    static func period(from: String, to: String, today: Day) -> (Day, Day) {
        return (Day(from) ?? Day(firstOfMonth: today.year, 1), Day(to) ?? today)
    }

    /// Households (or their people) meeting each condition inside `region` and the user's scope, in one pass over
    /// the households: per value of `groupBy`, or under the key "" without it.
    static func counts(_ conditions: [(SQLQueryString, people: Bool)], region: String, principal p: Principal, groupBy: String? = nil,
                       on db: any Database) async throws -> [String: [Int]] {
        var select = SQLQueryString("SELECT \(unsafeRaw: groupBy ?? "''") AS g")
        for (i, c) in conditions.enumerated() {
            select = select + ", CAST(SUM(CASE WHEN \(c.0) THEN \(unsafeRaw: c.people ? "h.member_count" : "1") ELSE 0 END) AS BIGINT) AS c\(unsafeRaw: String(i))"
        }
        let scope = HouseholdQuery.scopeCondition(p) ?? "1 = 0"
        var query = select + " FROM households h WHERE h.dissolved_at IS NULL AND \(within: region, column: "h.village_code") AND " + scope
        if let groupBy { query = query + " GROUP BY \(unsafeRaw: groupBy)" }
        var out: [String: [Int]] = [:]
        for r in try await (try db.sql()).raw(query).all() {
            out[try r.decode(column: "g", as: String.self)] = try conditions.indices.map { try r.decode(column: "c\($0)", as: Int?.self) ?? 0 }
        }
        return out
    }

    /// Counts every counted column per row region (child regions of `region`, or its villages) inside the user's
    /// scope in one grouped query, then works out the derived columns.
    static func compute(_ d: ReportDefinition, region: String, from: Day, to: Day, principal p: Principal, regions: RegionDirectory,
                        settings: PolicySettings, on db: any Database) async throws -> ReportTable {
        let level = RegionLevel.of(code: region)
        let counted = d.columns.compactMap { c in c.condition.map { ($0(from, to), c.people) } }
        let byVillage = d.villageRows || level != .county
        let counts = try await counts(counted, region: region, principal: p, groupBy: byVillage ? "h.village_code" : "h.township_code", on: db)
        let children = d.villageRows || level == .township ? regions.villages(in: region)
            : level == .county ? regions.townships(in: region) : [regions[region]].compactMap { $0 }
        let context = ReportContext(regions: regions, settings: settings)
        let zero = Array(repeating: 0, count: counted.count)
        let rows = children.map { e in
            let c = counts[e.code] ?? zero
            let (values, note) = d.derive?(context, e.code, c) ?? (c, nil)
            return ReportTable.Row(code: e.code, name: e.name, values: values, note: note)
        }
        let sums = d.columns.indices.map { i in rows.reduce(0) { $0 + $1.values[i] } }
        var total = sums
        if d.deriveTotal, let derive = d.derive {
            let countedTotals = counted.indices.map { i in rows.reduce(0) { $0 + (counts[$1.code] ?? zero)[i] } }
            total = derive(context, region, countedTotals).0
        }
        return ReportTable(definition: d, region: region, from: from, to: to, rows: rows, total: total)
    }

    /// The condition of a report column for the household list behind a number.
    static func listCondition(report: String, column: String, from: Day, to: Day) throws -> SQLQueryString {
        guard let d = ReportCatalogue.definition(report), let condition = d.column(column)?.condition else {
            throw AppError.badRequest("报表或栏目不存在：\(report)/\(column)", field: "column")
        }
        return condition(from, to)
    }
}

/// Partial indexes for the report conditions that look into members (dropouts, the uninsured): small lists read
/// once per report instead of a scan of every member.
struct AddReportIndexes: AsyncMigration {
    static let indexes = [
        IndexSpec(name: "members_dropout", table: "members", columns: ["household_id"], condition: "schooling = 'droppedOut' AND removed_at IS NULL"),
        IndexSpec(name: "members_uninsured", table: "members", columns: ["household_id"], condition: "medical_insurance = 'none' AND removed_at IS NULL"),
    ]
    func prepare(on db: any Database) async throws {
        for i in Self.indexes { try await i.create(on: try db.sql()) }
    }
    func revert(on db: any Database) async throws {
        for i in Self.indexes { try await i.drop(on: try db.sql()) }
    }
}
