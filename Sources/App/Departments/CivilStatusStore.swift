import Domain
import Fluent
import Foundation
import SQLKit

/// Members' civil-affairs statuses (低保, 特困 集中/分散, 低保边缘, 刚性支出困难, 临时救助) as the roster last said them:
/// one row per member and status.
struct CreateCivilStatuses: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("civil_statuses")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("township_code", .string, .required)
            .field("household_id", .string, .required)
            .field("member_id", .string, .required)
            .field("member_name", .string, .required)
            .field("status", .string, .required)
            .field("start_on", .string, .required)
            .field("end_on", .string)
            .field("import_id", .string)
            .field("updated_at", .int64, .required)
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "civil_statuses_township", table: "civil_statuses", columns: ["county_code", "township_code"]).create(on: sql)
        try await IndexSpec(name: "civil_statuses_household", table: "civil_statuses", columns: ["household_id"]).create(on: sql)
        // How many members a roster import brought up to date (the import page says it).
        try await db.schema("imports").field("status_updates", .int).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("civil_statuses").delete()
        try await db.schema("imports").deleteField("status_updates").update()
    }
}

enum CivilStatusStore {
    struct Row: Decodable {
        var householdId, memberId, memberName, status, startOn: String
        var endOn: String?

        var record: CivilStatusRecord? {
            guard let s = CivilStatus(rawValue: status), let start = Day(startOn) else { return nil }
            return CivilStatusRecord(memberName: memberName, status: s, start: start, end: endOn.flatMap(Day.init))
        }
    }

    /// A household's statuses, by member name and status.
    static func statuses(of householdID: String, on db: any Database) async throws -> [CivilStatusRecord] {
        try await (try db.sql()).raw("SELECT * FROM civil_statuses WHERE household_id = \(bind: householdID) ORDER BY member_name, status").all()
            .compactMap { try $0.record(Row.self).record }
    }

    /// Every status of the households of a region (a township or the county), by household.
    static func statuses(within region: String, on db: any Database) async throws -> [String: [CivilStatusRecord]] {
        var out: [String: [CivilStatusRecord]] = [:]
        let column = region.count > 6 ? "township_code" : "county_code"
        for r in try await (try db.sql()).raw("SELECT * FROM civil_statuses WHERE \(ident: column) = \(bind: String(region.prefix(9)))").all() {
            let row = try r.record(Row.self)
            if let record = row.record { out[row.householdId, default: []].append(record) }
        }
        return out
    }

    /// The statuses known of members (before a roster, or after it): by member id.
    static func known(members: [String], on sql: any SQLDatabase) async throws -> [String: [CivilStatusRecord]] {
        var out: [String: [CivilStatusRecord]] = [:]
        for chunk in Array(Set(members)).chunked(500) {
            for r in try await sql.raw("SELECT * FROM civil_statuses WHERE member_id IN \(SQLBind.group(chunk))").all() {
                let row = try r.record(Row.self)
                if let record = row.record { out[row.memberId, default: []].append(record) }
            }
        }
        return out
    }

    /// The key of a member's status (the table's id).
    static func key(member: String, _ status: CivilStatus) -> String { member + "/" + status.rawValue }

    /// One status as a roster row gives it, to be written.
    struct Update {
        var memberID, householdID, township, memberName: String
        var record: CivilStatusRecord
    }

    /// Writes a roster's statuses (the last row of a member and status wins) and brings the members' 享受低保 /
    /// 享受特困供养 along, each changed member as a new version whose history names the roster. Returns the number of
    /// members whose registry fields changed. Runs inside the import's transaction.
    static func apply(_ updates: [String: Update], county: String, importID: String, principal: Principal, today: Day, stamp: Int64,
                      on sql: any SQLDatabase) async throws -> Int {
        guard !updates.isEmpty else { return 0 }
        let ids = Array(updates.keys)
        for chunk in ids.chunked(500) {
            try await sql.delete(from: "civil_statuses").where("id", .in, SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))).run()
        }
        let rows: [[any Encodable & Sendable]] = updates.map { id, u in
            [id, county, u.township, u.householdID, u.memberID, u.memberName, u.record.status.rawValue, u.record.start.description,
             u.record.end?.description, importID, stamp]
        }
        try await BulkInsert.insert(sql, "civil_statuses", ["id", "county_code", "township_code", "household_id", "member_id", "member_name", "status",
                                                           "start_on", "end_on", "import_id", "updated_at"], rows)
        // The members' registry fields, from every status now known of them.
        let members = Array(Set(updates.values.map(\.memberID)))
        let byMember = try await Self.known(members: members, on: sql)
        struct Member: Decodable { var id, householdId, name: String; var dibao, tekun: String?; var version: Int }
        var changed = 0
        var changeRows: [[any Encodable & Sendable]] = []
        for chunk in members.chunked(500) {
            for r in try await sql.raw("SELECT id, household_id, name, dibao, tekun, version FROM members WHERE id IN \(SQLBind.group(chunk))").all() {
                let m = try r.record(Member.self)
                var before = Facts()
                if let v = m.dibao { before["dibao"] = .choice(v) }
                if let v = m.tekun { before["tekun"] = .choice(v) }
                let after = CivilRoster.memberFacts(before, statuses: byMember[m.id] ?? [], today: today)
                let diff = MemberFields.table.diff(from: before, to: after)
                guard !diff.isEmpty else { continue }
                changed += 1
                try await sql.update("members")
                    .set("dibao", to: SQLBind(after.choice("dibao", as: AssistanceStatus.self)?.rawValue))
                    .set("tekun", to: SQLBind(after.choice("tekun", as: AssistanceStatus.self)?.rawValue))
                    .set("version", to: SQLBind(m.version + 1)).set("updated_at", to: SQLBind(stamp))
                    .where("id", .equal, SQLBind(m.id)).run()
                changeRows.append([UUID().uuidString.lowercased(), county, m.householdId, m.id, "member", "update", m.version + 1, principal.username,
                                   principal.role.rawValue, stamp, "民政救助状态同步（成员\(m.name)）：" + diff.map(\.label).joined(separator: "、"),
                                   String(decoding: try JSONEncoder().encode(diff), as: UTF8.self)])
            }
        }
        try await BulkInsert.insert(sql, "changes", ["id", "county_code", "household_id", "member_id", "entity", "action", "version", "actor", "actor_role",
                                                    "at", "summary", "diff"], changeRows)
        return changed
    }
}

extension CivilStatusStore {
    /// One household of the 排查比对 list: what does not agree between the two systems, and the statuses behind it.
    struct ComparisonRow: Sendable {
        var householdID, householdCode, headName, villageCode, townshipCode: String
        var mismatches: [CivilMismatch]
        var statuses: [CivilStatusRecord]
    }

    /// The households of a region (a township's or a village's scope) that the two systems do not agree on: those
    /// with a 低保/特困 member (registry or roster) or any roster status, each judged by `CivilMismatch.of`, in village
    /// and household order.
    static func comparison(within region: String?, today: Day, on db: any Database) async throws -> [ComparisonRow] {
        let sql = try db.sql()
        struct H: Decodable {
            var id, code, villageCode, townshipCode: String
            var headName, category, monitoringCategory, eliminatedOn: String?
        }
        let households = try await sql.raw("""
            SELECT h.id, h.code, h.head_name, h.village_code, h.township_code, h.category, h.monitoring_category, h.eliminated_on
            FROM households h WHERE h.dissolved_at IS NULL AND \(within: region, column: "h.village_code")
            AND (EXISTS (SELECT 1 FROM civil_statuses c WHERE c.household_id = h.id)
                 OR EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id AND m.removed_at IS NULL
                            AND (m.dibao IN ('rural', 'urban') OR m.tekun IN ('rural', 'urban'))))
            ORDER BY h.village_code, h.code
            """).all().map { try $0.record(H.self) }
        guard !households.isEmpty else { return [] }
        // The members' registry fields and the roster's statuses, by household (one query each over the region).
        struct M: Decodable { var householdId: String; var dibao, tekun: String? }
        var members: [String: [Facts]] = [:]
        for r in try await sql.raw("""
            SELECT m.household_id, m.dibao, m.tekun FROM members m JOIN households h ON h.id = m.household_id
            WHERE m.removed_at IS NULL AND h.dissolved_at IS NULL AND \(within: region, column: "h.village_code")
            AND (m.dibao IN ('rural', 'urban') OR m.tekun IN ('rural', 'urban'))
            """).all() {
            let m = try r.record(M.self)
            var f = Facts()
            if let v = m.dibao { f["dibao"] = .choice(v) }
            if let v = m.tekun { f["tekun"] = .choice(v) }
            members[m.householdId, default: []].append(f)
        }
        var statuses: [String: [CivilStatusRecord]] = [:]
        for r in try await sql.raw("""
            SELECT c.* FROM civil_statuses c JOIN households h ON h.id = c.household_id
            WHERE h.dissolved_at IS NULL AND \(within: region, column: "h.village_code") ORDER BY c.member_name, c.status
            """).all() {
            let row = try r.record(Row.self)
            if let record = row.record { statuses[row.householdId, default: []].append(record) }
        }
        return households.compactMap { h in
            let found = CivilMismatch.of(category: h.category.flatMap(HouseholdCategory.init(rawValue:)),
                                         monitored: h.monitoringCategory != nil && h.eliminatedOn == nil,
                                         members: members[h.id] ?? [], statuses: statuses[h.id] ?? [], today: today)
            guard !found.isEmpty else { return nil }
            return ComparisonRow(householdID: h.id, householdCode: h.code, headName: h.headName ?? "", villageCode: h.villageCode,
                                 townshipCode: h.townshipCode, mismatches: found, statuses: statuses[h.id] ?? [])
        }
    }
}
