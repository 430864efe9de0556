import Domain
import Fluent
import Foundation
import SQLKit

/// The department warnings and import batches as the pages read them, and the one write a warning gets after its
/// import: the township's (or county's) 核实 result.
enum WarningStore {
    /// A department officer sees their department's warnings; a region user the warnings of their region.
    static func visible(to p: Principal, alias: String) -> SQLQueryString {
        if p.role == .departmentOfficer { return SQLQueryString("\(unsafeRaw: alias).department = \(bind: p.scope)") }
        return .within(p.regionScope, column: alias + ".village_code")
    }

    struct Listed: Sendable {
        var record: WarningRecord
        var headName: String
        var householdCode: String
    }

    /// The warnings the condition selects, open ones first by due day, with the household's head and 户编号.
    static func list(_ condition: SQLQueryString, limit: Int, offset: Int = 0, on db: any Database) async throws -> [Listed] {
        try await (try db.sql()).raw("""
            SELECT w.*, h.head_name, h.code AS household_code FROM warnings w JOIN households h ON h.id = w.household_id WHERE
            """ + " " + condition + " ORDER BY w.result IS NOT NULL, w.due, w.created_on DESC, w.id LIMIT \(literal: limit) OFFSET \(literal: offset)").all().map { r in
            let h = try r.record(JoinedHousehold.self)
            return Listed(record: try WarningRecord(row: r), headName: h.headName ?? "", householdCode: h.householdCode ?? "")
        }
    }

    /// The ids of the warnings the condition selects, in the list's order.
    static func ids(_ condition: SQLQueryString, limit: Int, on db: any Database) async throws -> [String] {
        try await (try db.sql()).raw("SELECT w.id FROM warnings w WHERE " + condition
                                     + " ORDER BY w.result IS NOT NULL, w.due, w.created_on DESC, w.id LIMIT \(literal: limit)").all()
            .map { try $0.decode(column: "id", as: String.self) }
    }

    /// How many warnings the condition selects.
    static func count(_ condition: SQLQueryString, on db: any Database) async throws -> Int {
        try await (try db.sql()).raw("SELECT COUNT(*) AS n FROM warnings w WHERE " + condition).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The warnings the condition selects, newest first (the API list).
    static func records(_ condition: SQLQueryString, limit: Int, on db: any Database) async throws -> [WarningRecord] {
        try await (try db.sql()).raw("SELECT w.* FROM warnings w WHERE " + condition + " ORDER BY w.created_on DESC LIMIT \(literal: limit)").all()
            .map(WarningRecord.init(row:))
    }

    static func find(id: String, visibleTo p: Principal, on db: any Database) async throws -> WarningRecord? {
        try await (try db.sql()).raw("SELECT * FROM warnings w WHERE w.id = \(bind: id) AND " + visible(to: p, alias: "w")).first()
            .map(WarningRecord.init(row:))
    }

    /// The warnings created in a month inside a region, with the household's head (the monthly verification report).
    static func created(within region: String?, from: Day, to: Day, on db: any Database) async throws -> [(WarningRecord, headName: String)] {
        try await (try db.sql()).raw("""
            SELECT w.*, h.head_name FROM warnings w JOIN households h ON h.id = w.household_id
            WHERE \(within: region, column: "w.village_code") AND w.created_on >= \(bind: from.description) AND w.created_on <= \(bind: to.description)
            """).all().map { (try WarningRecord(row: $0), try $0.record(JoinedHousehold.self).headName ?? "") }
    }

    /// A village's pushes in a period, oldest first, with the household's 户编号 and head (the quarterly ledger).
    static func pushed(toVillage code: String, from: Day, to: Day, on db: any Database) async throws -> [(WarningRecord, householdCode: String, headName: String)] {
        try await (try db.sql()).raw("""
            SELECT w.*, h.code, h.head_name FROM warnings w JOIN households h ON h.id = w.household_id
            WHERE w.village_code = \(bind: code) AND w.created_on >= \(bind: from.description) AND w.created_on <= \(bind: to.description) ORDER BY w.created_on
            """).all().map { r in
            let h = try r.record(JoinedHousehold.self)
            return (try WarningRecord(row: r), h.code ?? "", h.headName ?? "")
        }
    }

    /// The last 200 import batches: a department's own, or all for the county.
    static func imports(department: String?, on db: any Database) async throws -> [ImportRecord] {
        let filter = department.map { SQLQueryString(" WHERE department = \(bind: $0)") } ?? ""
        return try await (try db.sql()).raw("SELECT * FROM imports" + filter + " ORDER BY created_at DESC LIMIT 200").all().map(ImportRecord.init(row:))
    }

    /// Records the 核实 result of an open warning (once: a warning already verified is left as it is), with its audit
    /// entry, and returns the warning as stored.
    static func recordResult(id: String, result: WarningResult, note: String, caseID: String?, by actor: AuditLog.Actor, day: Day,
                             on db: any Database) async throws -> WarningRecord {
        try await db.write { db in
            let sql = try db.sql()
            try await sql.update("warnings").set("result", to: SQLBind(result.rawValue)).set("result_note", to: SQLBind(note.isEmpty ? nil : note))
                .set("case_id", to: SQLBind(caseID))
                .set("verified_by", to: SQLBind(actor.username)).set("verified_on", to: SQLBind(day.description))
                .where("id", .equal, SQLBind(id)).where("result", .is, SQLLiteral.null).run()
            try await AuditLog.append(on: sql, actor, action: "warning.verify", entity: "warning", entityID: id,
                                      detail: ["result": .string(result.rawValue), "note": .string(note)])
        }
        guard let row = try await (try db.sql()).raw("SELECT * FROM warnings WHERE id = \(bind: id)").first() else { throw AppError.notFound("预警") }
        return try WarningRecord(row: row)
    }
}

extension WarningQuery {
    /// The list's filter as SQL on the warnings table under `alias`, inside what the principal may see.
    func condition(_ p: Principal, alias: String) -> SQLQueryString {
        var c = WarningStore.visible(to: p, alias: alias)
        if filter == "open" { c = c + " AND \(unsafeRaw: alias).result IS NULL" }
        if filter == "done" { c = c + " AND \(unsafeRaw: alias).result IS NOT NULL" }
        if let i = indicator { c = c + " AND \(unsafeRaw: alias).scale_risk LIKE \(bind: "%" + i.rawValue + "%")" }
        if let r = region { c = c + " AND " + .within(r, column: alias + ".village_code") }
        if let d = since { c = c + " AND \(unsafeRaw: alias).created_on >= \(bind: d.description)" }
        return c
    }
}
