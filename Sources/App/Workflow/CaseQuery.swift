import Domain
import Fluent
import SQLKit

/// The named reads of cases that the pages list: the case list, a reporter's own cases, a village's cases at one step.
enum CaseQuery {
    struct ListRow: Sendable {
        var record: CaseRecord
        var headName: String?
        var householdCode: String?
    }

    /// One page of the cases in the principal's region (a helper: of their households), newest activity first,
    /// optionally at one step; with the total.
    static func list(principal p: Principal, state: String, page: Int, per: Int, on db: any Database) async throws -> (rows: [ListRow], total: Int) {
        let sql = try db.sql()
        let condition = listCondition(p, state: state)
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM cases c WHERE " + condition).first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw("""
            SELECT c.*, h.head_name, h.code AS household_code FROM cases c LEFT JOIN households h ON h.id = c.household_id WHERE
            """ + " " + condition + " ORDER BY c.updated_at DESC, c.opened_on DESC, c.id LIMIT \(literal: per) OFFSET \(literal: (page - 1) * per)").all()
        return (try rows.map { r in
            let h = try r.record(JoinedHousehold.self)
            return ListRow(record: try CaseRecord(row: r), headName: h.headName, householdCode: h.householdCode)
        }, total)
    }

    /// The list's cases: in the principal's region (a helper: of their households), at one step or all.
    private static func listCondition(_ p: Principal, state: String) -> SQLQueryString {
        SQLQueryString("\(within: p.regionScope, column: "c.village_code")")
            + (state.isEmpty ? "" : SQLQueryString(" AND c.state = \(bind: state)")) + p.andHouseholdCondition("c.household_id")
    }

    private static func waitingCondition(_ step: CaseAction, _ p: Principal, state: String) -> SQLQueryString {
        listCondition(p, state: state) + SQLQueryString(" AND c.state IN (\(binds: step.from.map(\.rawValue).sorted()))")
    }

    /// The list's cases that wait for `step` (the page's "all N matching"), in the list's order, as "id:version" — what
    /// the bulk form ticks; at most `limit`.
    static func waiting(for step: CaseAction, principal p: Principal, state: String, limit: Int, on db: any Database) async throws -> [String] {
        try await (try db.sql()).raw("SELECT c.id, c.version FROM cases c WHERE " + waitingCondition(step, p, state: state)
                                            + " ORDER BY c.updated_at DESC, c.opened_on DESC, c.id LIMIT \(literal: limit)").all()
            .map { "\(try $0.decode(column: "id", as: String.self)):\(try $0.decode(column: "version", as: Int.self))" }
    }

    /// How many of the list's cases wait for `step`.
    static func waitingCount(for step: CaseAction, principal p: Principal, state: String, on db: any Database) async throws -> Int {
        try await (try db.sql()).raw("SELECT COUNT(*) AS n FROM cases c WHERE " + waitingCondition(step, p, state: state)).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The cases a farmer reported with this ID number and phone (the public status lookup), newest first.
    static func reportedBy(idNumber: String, phone: String, on db: any Database) async throws -> [CaseRecord] {
        try await (try db.sql()).raw("""
            SELECT * FROM cases WHERE reporter_id_number = \(bind: idNumber) AND reporter_phone = \(bind: phone) ORDER BY opened_at DESC
            """).all().map(CaseRecord.init(row:))
    }

    /// A village's cases at one step (公示 or the elimination notice), in notice order, with the head's name and the
    /// household size.
    static func inState(_ state: CaseState, village: String, on db: any Database) async throws -> [(CaseRecord, headName: String, members: Int)] {
        try await (try db.sql()).raw("""
            SELECT c.*, h.head_name, h.member_count FROM cases c JOIN households h ON h.id = c.household_id
            WHERE c.village_code = \(bind: village) AND c.state = \(bind: state.rawValue) ORDER BY c.notice_start, h.code
            """).all().map { r in
            let h = try r.record(JoinedHousehold.self)
            return (try CaseRecord(row: r), h.headName ?? "", h.memberCount ?? 0)
        }
    }
}
