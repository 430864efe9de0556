import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// 应急救助 and 临时救助 given to households.
struct CreateReliefs: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("reliefs")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("village_code", .string, .required)
            .field("household_id", .string, .required, .references("households", "id"))
            .field("kind", .string, .required)
            .field("granted_on", .string, .required)
            .field("amount", .int64, .required)
            .field("reason", .string, .required)
            .field("fund", .string, .required)
            .field("unit", .string, .required)
            .field("recorded_by", .string, .required)
            .field("at", .int64, .required)
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "reliefs_household", table: "reliefs", columns: ["household_id", "granted_on"]).create(on: sql)
        try await IndexSpec(name: "reliefs_county_day", table: "reliefs", columns: ["county_code", "granted_on"]).create(on: sql)
    }

    func revert(on db: any Database) async throws {
        try await db.schema("reliefs").delete()
    }
}

struct ReliefRecord: Sendable {
    var id, householdID, recordedBy: String
    var facts: Facts
    var at: Int64

    var kind: ReliefKind? { facts.choice("kind") }
    var grantedOn: Day? { facts.date("grantedOn") }
    var amount: Fixed2 { facts.fixed("amount") ?? .zero }

    private struct Columns: Decodable {
        var id, householdId, recordedBy: String
        var at: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; householdID = c.householdId; recordedBy = c.recordedBy; at = c.at
        facts = try EmergencyRelief.fields.facts(from: row)
    }

    /// "2026-11-02 临时救助 3000元（突发大病住院，临时救助资金，某某镇人民政府）"
    var summary: String {
        "\(grantedOn?.description ?? "") \(kind?.label ?? "") \(amount.plain)元（\(facts.text("reason") ?? "")，\(facts.text("fund") ?? "")，\(facts.text("unit") ?? "")）"
    }
}

enum ReliefStore {
    /// A household's reliefs, newest first.
    static func reliefs(of householdID: String, on db: any Database) async throws -> [ReliefRecord] {
        try await (try db.sql()).raw("SELECT * FROM reliefs WHERE household_id = \(bind: householdID) ORDER BY granted_on DESC, at DESC").all()
            .map(ReliefRecord.init(row:))
    }

    /// Records one relief for a household the user may see; audited.
    static func record(_ req: Request, _ p: Principal, household h: HouseholdRecord, input: [String: String]) async throws -> ReliefRecord {
        let (facts, parseErrors) = EmergencyRelief.fields.apply(input, complete: true)
        let errors = parseErrors + EmergencyRelief.problems(facts, today: req.today)
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let id = UUID().uuidString.lowercased()
        let who = req.auditActor(p)
        try await req.db.write { db in
            let sql = try db.sql()
            var columns = ["id", "county_code", "village_code", "household_id", "recorded_by", "at"]
            var values: [any SQLExpression] = [SQLBind(id), SQLBind(h.countyCode), SQLBind(h.villageCode), SQLBind(h.id), SQLBind(p.username),
                                               SQLBind(Int64(req.now.timeIntervalSince1970))]
            for (column, value) in EmergencyRelief.fields.columnValues(facts) { columns.append(column); values.append(value) }
            try await sql.insert(into: "reliefs").columns(columns).values(values).run()
            try await AuditLog.append(on: sql, who, action: "relief.create", entity: "household", entityID: h.id,
                                      detail: ["code": .string(h.code), "kind": .string(facts.choice("kind", as: ReliefKind.self)?.label ?? ""),
                                               "amount": .string(facts.fixed("amount")?.description ?? ""), "grantedOn": .string(facts.date("grantedOn")?.description ?? "")],
                                      at: req.now)
        }
        guard let r = try await (try req.db.sql()).raw("SELECT * FROM reliefs WHERE id = \(bind: id)").first().map(ReliefRecord.init(row:)) else {
            throw AppError.internalError("救助记录保存后未能读取")
        }
        return r
    }
}
