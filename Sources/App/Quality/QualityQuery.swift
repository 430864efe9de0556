import Domain
import Fluent
import Foundation
import SQLKit

/// The data-quality findings and runs as the pages read them.
extension QualityStore {
    struct FindingRow: Sendable {
        var id: String
        var rule: String
        var severity: QualitySeverity
        var householdID, householdCode, headName, villageCode, message, state: String
        var openedAt: Int64
        var closedAt: Int64?

        /// A finding joined with its household's code and head.
        private struct Columns: Decodable {
            var id, rule, severity, householdId, code, villageCode, message, state: String
            var headName: String?
            var openedAt: Int64
            var closedAt: Int64?
        }

        init(row: any SQLRow) throws {
            let c = try row.record(Columns.self)
            id = c.id; rule = c.rule; severity = QualitySeverity(rawValue: c.severity) ?? .advisory; householdID = c.householdId
            householdCode = c.code; headName = c.headName ?? ""; villageCode = c.villageCode; message = c.message; state = c.state
            openedAt = c.openedAt; closedAt = c.closedAt
        }
    }

    /// One page of the findings inside a region (optionally of one township, one severity, open or closed), 必改 first,
    /// by rule and 户编号; with the total.
    static func findings(within region: String?, township: String, severity: String, state: String, page: Int, per: Int,
                         on db: any Database) async throws -> ([FindingRow], Int) {
        let cond = findingsCondition(within: region, township: township, severity: severity, state: state)
        let sql = try db.sql()
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM quality_findings q WHERE " + cond).first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw("""
            SELECT q.*, h.code, h.head_name FROM quality_findings q JOIN households h ON h.id = q.household_id WHERE
            """ + " " + cond + " ORDER BY q.severity DESC, q.rule, h.code LIMIT \(literal: per) OFFSET \(literal: (page - 1) * per)").all()
        return (try rows.map(FindingRow.init(row:)), total)
    }

    private static func findingsCondition(within region: String?, township: String, severity: String, state: String) -> SQLQueryString {
        var cond = SQLQueryString("\(within: region, column: "q.village_code")")
        if !township.isEmpty { cond = cond + SQLQueryString(" AND q.township_code = \(bind: township)") }
        if !severity.isEmpty { cond = cond + SQLQueryString(" AND q.severity = \(bind: severity)") }
        if state != "all" { cond = cond + SQLQueryString(" AND q.state = \(bind: state)") }
        return cond
    }

    private static func unledgeredCondition(within region: String?, township: String, severity: String) -> SQLQueryString {
        findingsCondition(within: region, township: township, severity: severity, state: "open") + """
             AND NOT EXISTS (SELECT 1 FROM rectifications r WHERE r.household_id = q.household_id AND r.source_ref = q.rule AND r.state = 'open')
            """
    }

    /// The household problems of the list's township and category — open findings, one per household and rule (a
    /// rule found for several members is one ledger item) — that are not on the rectification ledger yet (the page's
    /// "all N matching" 挂账), in the list's order; at most `limit`.
    static func unledgered(within region: String?, township: String, severity: String, limit: Int, on db: any Database) async throws -> [String] {
        try await (try db.sql()).raw("SELECT MIN(q.id) AS id FROM quality_findings q JOIN households h ON h.id = q.household_id WHERE "
                                     + unledgeredCondition(within: region, township: township, severity: severity) + """
             GROUP BY q.household_id, q.rule, q.severity, h.code ORDER BY q.severity DESC, q.rule, h.code LIMIT \(literal: limit)
            """).all().map { try $0.decode(column: "id", as: String.self) }
    }

    /// How many household problems of the list's township and category are not on the rectification ledger yet.
    static func unledgeredCount(within region: String?, township: String, severity: String, on db: any Database) async throws -> Int {
        try await (try db.sql()).raw("SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM quality_findings q WHERE "
                                     + unledgeredCondition(within: region, township: township, severity: severity)
                                     + " GROUP BY q.household_id, q.rule) problems").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The income-risk rules' open findings (seed 002's ten points, S01–S10), of one township and one point or all, by
    /// township, point and household; with the total.
    static func incomeRisks(within region: String?, township: String, point: IncomeRiskPoint?, page: Int, per: Int,
                            on db: any Database) async throws -> ([FindingRow], Int) {
        var cond = SQLQueryString("\(within: region, column: "q.village_code") AND q.state = 'open'")
        cond = cond + SQLQueryString(" AND q.rule IN (\(binds: (point.map { [$0] } ?? IncomeRiskPoint.allCases).map(\.ruleCode)))")
        if !township.isEmpty { cond = cond + SQLQueryString(" AND q.township_code = \(bind: township)") }
        let sql = try db.sql()
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM quality_findings q WHERE " + cond).first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw("SELECT q.*, h.code, h.head_name FROM quality_findings q JOIN households h ON h.id = q.household_id WHERE "
                                     + cond + " ORDER BY q.township_code, q.rule, h.code LIMIT \(literal: per) OFFSET \(literal: (page - 1) * per)").all()
        return (try rows.map(FindingRow.init(row:)), total)
    }

    /// Households where each income-risk point fired, by township: township → rule → households.
    static func incomeRiskCounts(within region: String?, on db: any Database) async throws -> [String: [String: Int]] {
        struct Count: Decodable { var townshipCode, rule: String; var n: Int }
        var out: [String: [String: Int]] = [:]
        for c in try await (try db.sql()).raw("""
            SELECT q.township_code, q.rule, COUNT(DISTINCT q.household_id) AS n FROM quality_findings q
            WHERE \(within: region, column: "q.village_code") AND q.state = 'open' AND q.rule IN (\(binds: IncomeRiskPoint.allCases.map(\.ruleCode)))
            GROUP BY q.township_code, q.rule
            """).all().map({ try $0.record(Count.self) }) {
            out[c.townshipCode, default: [:]][c.rule] = c.n
        }
        return out
    }

    /// One finding, whoever may see it (the caller checks the region).
    struct StoredFinding: Decodable, Sendable {
        var rule: String
        var villageCode: String
        var householdId: String
        var message: String
        var state: String
    }

    static func finding(id: String, on db: any Database) async throws -> StoredFinding? {
        try await (try db.sql()).raw("SELECT rule, village_code, household_id, message, state FROM quality_findings WHERE id = \(bind: id)")
            .first(decoding: StoredFinding.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    struct BulletinRow: Sendable { var township: String; var households: Int; var mustFix: Int; var advisory: Int; var perThousand: Double }

    /// 数据质量通报: a county's townships ranked by open 必改 findings per 1,000 households.
    static func bulletin(county: String, on db: any Database) async throws -> [BulletinRow] {
        let sql = try db.sql()
        struct Township: Decodable { var townshipCode: String; var households: Int }
        struct Open: Decodable { var townshipCode: String; var severity: String; var findings: Int }
        var rows: [String: BulletinRow] = [:]
        for t in try await sql.raw("""
            SELECT township_code, COUNT(*) AS households FROM households WHERE county_code = \(bind: county) AND dissolved_at IS NULL GROUP BY township_code
            """).all().map({ try $0.record(Township.self) }) {
            rows[t.townshipCode] = BulletinRow(township: t.townshipCode, households: t.households, mustFix: 0, advisory: 0, perThousand: 0)
        }
        for o in try await sql.raw("""
            SELECT township_code, severity, COUNT(*) AS findings FROM quality_findings WHERE county_code = \(bind: county) AND state = 'open'
            GROUP BY township_code, severity
            """).all().map({ try $0.record(Open.self) }) {
            if o.severity == "mustFix" { rows[o.townshipCode]?.mustFix = o.findings } else { rows[o.townshipCode]?.advisory = o.findings }
        }
        return rows.values.map { r in
            var x = r
            x.perThousand = r.households > 0 ? Double(r.mustFix) * 1000 / Double(r.households) : 0
            return x
        }.sorted { $0.perThousand > $1.perThousand }
    }

    /// A run of the county-wide check.
    struct Run: Decodable, Sendable {
        var id: String
        var state: String
        var startedAt: Int64
        var households: Int
        var openTotal: Int
        var opened: Int
        var closed: Int
        var message: String?
    }

    static func lastRun(county: String, on db: any Database) async throws -> Run? {
        try await (try db.sql()).raw("SELECT * FROM quality_runs WHERE county_code = \(bind: county) ORDER BY started_at DESC LIMIT 1")
            .first(decoding: Run.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    static func run(id: String, county: String, on db: any Database) async throws -> Run? {
        try await (try db.sql()).raw("SELECT * FROM quality_runs WHERE id = \(bind: id) AND county_code = \(bind: county)")
            .first(decoding: Run.self, keyDecodingStrategy: .convertFromSnakeCase)
    }
}
