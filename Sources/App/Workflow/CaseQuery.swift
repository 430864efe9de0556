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
        let condition = SQLQueryString("\(within: p.regionScope, column: "c.village_code")")
            + (state.isEmpty ? "" : SQLQueryString(" AND c.state = \(bind: state)")) + p.andHouseholdCondition("c.household_id")
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM cases c WHERE " + condition).first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw("""
            SELECT c.*, h.head_name, h.code AS household_code FROM cases c LEFT JOIN households h ON h.id = c.household_id WHERE
            """ + " " + condition + " ORDER BY c.updated_at DESC, c.opened_on DESC, c.id LIMIT \(literal: per) OFFSET \(literal: (page - 1) * per)").all()
        return (try rows.map { r in
            let h = try r.record(JoinedHousehold.self)
            return ListRow(record: try CaseRecord(row: r), headName: h.headName, householdCode: h.householdCode)
        }, total)
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
