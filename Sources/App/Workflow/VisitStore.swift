import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// 帮扶走访: each visit of a helper to a household they assist, with its photos.
struct CreateHelperVisits: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("helper_visits")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("village_code", .string, .required)
            .field("household_id", .string, .required)
            .field("helper_id", .string, .required, .references("helpers", "id"))
            .field("visited_on", .string, .required)
            .field("met", .string, .required)
            .field("income", .string)
            .field("risks", .string)
            .field("needs", .string)
            .field("done", .string, .required)
            .field("next_step", .string)
            .field("recorded_by", .string, .required)
            .field("on_behalf", .bool, .required)
            .field("at", .int64, .required)
            .create()
        try await db.schema("visit_files")
            .field("id", .string, .identifier(auto: false))
            .field("visit_id", .string, .required, .references("helper_visits", "id", onDelete: .cascade))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("at", .int64, .required)
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "helper_visits_household", table: "helper_visits", columns: ["household_id", "visited_on"]).create(on: sql)
        try await IndexSpec(name: "helper_visits_helper", table: "helper_visits", columns: ["helper_id", "visited_on"]).create(on: sql)
        try await IndexSpec(name: "visit_files_visit", table: "visit_files", columns: ["visit_id"]).create(on: sql)
    }

    func revert(on db: any Database) async throws {
        try await db.schema("visit_files").delete()
        try await db.schema("helper_visits").delete()
    }
}

struct VisitRecord: Sendable {
    var id, householdID, villageCode, helperID, helperName, met, done, recordedBy: String
    var visitedOn: Day
    var income, risks, needs, nextStep: String?
    var onBehalf: Bool
    var at: Int64
    var files: [StoredFileRecord] = []

    private struct Columns: Decodable {
        var id, householdId, villageCode, helperId, met, done, recordedBy, visitedOn: String
        var helperName: String?
        var income, risks, needs, nextStep: String?
        var onBehalf: Bool
        var at: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; householdID = c.householdId; villageCode = c.villageCode; helperID = c.helperId; helperName = c.helperName ?? ""
        met = c.met; done = c.done; recordedBy = c.recordedBy; visitedOn = Day(c.visitedOn) ?? Day(firstOfMonth: 1970, 1)
        income = c.income; risks = c.risks; needs = c.needs; nextStep = c.nextStep; onBehalf = c.onBehalf; at = c.at
    }
}

enum VisitStore {
    /// Where visit photos are kept, under the files directory.
    static let folder = "visits"

    /// Records a visit. A helper records their own visits to households assigned to them; an officer records one on a
    /// helper's behalf (代录), naming a helper of the household. The photos are checked before anything is written.
    static func record(_ input: [String: String], files: [RectificationFiles.Checked], household h: HouseholdRecord, principal p: Principal,
                       by who: AuditLog.Actor, today: Day, now: Date, filesDirectory: String, on db: any Database) async throws -> VisitRecord {
        let (f, errors) = HelperVisit.fields.apply(input, complete: true)
        var problems = errors
        if let d = f.date("visitedOn"), let problem = HelperVisit.dateProblem(d, today: today) {
            problems.append(FieldError(field: "visitedOn", code: "range", message: problem))
        }
        let assigned = try await MeasureStore.assignments(of: h.id, on: db)
        let helperID: String
        let onBehalf: Bool
        if p.role == .helper {
            let own = try await (try db.sql()).raw("SELECT helper_id FROM users WHERE username = \(bind: p.username)").first()?
                .decode(column: "helper_id", as: String?.self)
            guard let own, assigned.contains(where: { $0.helperID == own }) else {
                throw AppError.forbidden("只能记录对本人帮扶户的走访")
            }
            (helperID, onBehalf) = (own, false)
        } else {
            let chosen = (input["helperId"] ?? "").trimmingCharacters(in: .whitespaces)
            if assigned.isEmpty {
                problems.append(FieldError(field: "helperId", code: "no_helper", message: "该户还没有帮扶责任人，请先在帮扶责任人名册中分配"))
            } else if !assigned.contains(where: { $0.helperID == chosen }) {
                problems.append(FieldError(field: "helperId", code: chosen.isEmpty ? "required" : "not_found",
                                           message: chosen.isEmpty ? "请选择代哪位帮扶责任人记录" : "所选帮扶责任人不在帮扶此户"))
            }
            (helperID, onBehalf) = (chosen, true)
        }
        guard problems.isEmpty, let visitedOn = f.date("visitedOn"), let met = f.text("met"), let done = f.text("done") else {
            throw ValidationErrors(problems.isEmpty ? [FieldError(field: "visitedOn", code: "required", message: "请填写走访日期、见到的人和开展的帮扶")] : problems)
        }
        try RectificationFiles.save(files, base: filesDirectory, folder: folder)
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "helper_visits")
                .columns("id", "county_code", "village_code", "household_id", "helper_id", "visited_on", "met", "income", "risks", "needs", "done",
                         "next_step", "recorded_by", "on_behalf", "at")
                .values(SQLBind(id), SQLBind(h.countyCode), SQLBind(h.villageCode), SQLBind(h.id), SQLBind(helperID), SQLBind(visitedOn.description),
                        SQLBind(met), SQLBind(f.text("income")), SQLBind(f.text("risks")), SQLBind(f.text("needs")), SQLBind(done),
                        SQLBind(f.text("nextStep")), SQLBind(who.username), SQLBind(onBehalf), SQLBind(Int64(now.timeIntervalSince1970))).run()
            for file in files {
                try await sql.insert(into: "visit_files").columns("id", "visit_id", "filename", "content_type", "size", "sha256", "uploaded_by", "at")
                    .values(SQLBind(file.id), SQLBind(id), SQLBind(file.filename), SQLBind(file.kind.rawValue), SQLBind(Int64(file.data.count)),
                            SQLBind(Hex.sha256(file.data)), SQLBind(who.username), SQLBind(Int64(now.timeIntervalSince1970))).run()
            }
            try await AuditLog.append(on: sql, who, action: onBehalf ? "visit.recordOnBehalf" : "visit.record", entity: "household", entityID: h.id,
                                      detail: ["visit": .string(id), "helper": .string(helperID), "visitedOn": .string(visitedOn.description),
                                               "photos": .number(Double(files.count))], at: now)
        }
        guard let v = try await visits(of: h.id, on: db).first(where: { $0.id == id }) else { throw AppError.notFound("走访记录") }
        return v
    }

    /// A household's visits, newest first, with the helper's name and the photos.
    static func visits(of householdID: String, on db: any Database) async throws -> [VisitRecord] {
        let sql = try db.sql()
        var out = try await sql.raw("""
            SELECT v.*, hp.name AS helper_name FROM helper_visits v LEFT JOIN helpers hp ON hp.id = v.helper_id
            WHERE v.household_id = \(bind: householdID) ORDER BY v.visited_on DESC, v.at DESC
            """).all().map(VisitRecord.init(row:))
        guard !out.isEmpty else { return out }
        let files = try await sql.raw("""
            SELECT * FROM visit_files WHERE visit_id IN (SELECT id FROM helper_visits WHERE household_id = \(bind: householdID)) ORDER BY at, filename
            """).all().map { try StoredFileRecord(row: $0, ownerColumn: "visit_id") }
        let byVisit = Dictionary(grouping: files, by: \.owner)
        for i in out.indices { out[i].files = byVisit[out[i].id] ?? [] }
        return out
    }

    /// A photo of a visit to this household.
    static func file(id: String, visit: String, household: String, on db: any Database) async throws -> StoredFileRecord? {
        try await (try db.sql()).raw("""
            SELECT f.* FROM visit_files f JOIN helper_visits v ON v.id = f.visit_id
            WHERE f.id = \(bind: id) AND f.visit_id = \(bind: visit) AND v.household_id = \(bind: household)
            """).first().map { try StoredFileRecord(row: $0, ownerColumn: "visit_id") }
    }

    /// One helper's visits per month in a year, inside a scope.
    struct HelperMonths: Sendable {
        var helperID, name, unit: String
        var households: Int
        /// Visits in each month, January first.
        var months: [Int]
    }

    static func perHelper(scope: String, year: Int, principal p: Principal, on db: any Database) async throws -> [HelperMonths] {
        let sql = try db.sql()
        struct Row: Decodable { var helperId, name, unit: String; var month: String?; var n: Int }
        // Helpers with households in the scope, and their visits there this year by month.
        let rows = try await sql.raw("""
            SELECT hp.id AS helper_id, hp.name, hp.unit, SUBSTR(v.visited_on, 6, 2) AS month, COUNT(v.id) AS n
            FROM helpers hp JOIN household_helpers a ON a.helper_id = hp.id AND a.ended_on IS NULL
            JOIN households h ON h.id = a.household_id AND h.dissolved_at IS NULL AND \(within: scope, column: "h.village_code")
            LEFT JOIN helper_visits v ON v.helper_id = hp.id AND v.household_id = h.id
              AND v.visited_on >= \(bind: "\(year)-01-01") AND v.visited_on <= \(bind: "\(year)-12-31")
            WHERE 1 = 1
            """ + p.andHouseholdCondition("h.id") + " GROUP BY hp.id, hp.name, hp.unit, SUBSTR(v.visited_on, 6, 2)").all().map { try $0.record(Row.self) }
        let households = try await sql.raw("""
            SELECT a.helper_id, COUNT(DISTINCT a.household_id) AS n FROM household_helpers a
            JOIN households h ON h.id = a.household_id AND h.dissolved_at IS NULL AND \(within: scope, column: "h.village_code")
            WHERE a.ended_on IS NULL
            """ + p.andHouseholdCondition("h.id") + " GROUP BY a.helper_id").all()
        let counts = Dictionary(try households.map { (try $0.decode(column: "helper_id", as: String.self), try $0.decode(column: "n", as: Int.self)) },
                                uniquingKeysWith: { a, _ in a })
        var byHelper: [String: HelperMonths] = [:]
        for r in rows {
            var h = byHelper[r.helperId] ?? HelperMonths(helperID: r.helperId, name: r.name, unit: r.unit, households: counts[r.helperId] ?? 0,
                                                          months: Array(repeating: 0, count: 12))
            if let m = r.month.flatMap({ Int($0) }), (1...12).contains(m) { h.months[m - 1] += r.n }
            byHelper[r.helperId] = h
        }
        return byHelper.values.sorted { ($0.unit, $0.name, $0.helperID) < ($1.unit, $1.name, $1.helperID) }
    }

    /// A monitored household (risk not eliminated) with a helper that no helper has visited in the quarter.
    struct Unvisited: Sendable {
        var householdID, code, headName, villageCode: String
        var helpers: String
        var lastVisit: Day?
    }

    static func unvisited(scope: String, quarter: (from: Day, to: Day), principal p: Principal, on db: any Database) async throws -> [Unvisited] {
        struct Row: Decodable { var id, code, villageCode: String; var headName, helpers, last: String? }
        let helperNames: SQLQueryString = db.isSQLite ? "GROUP_CONCAT(DISTINCT hp.name)" : "STRING_AGG(DISTINCT hp.name, '、')"
        return try await (try db.sql()).raw("""
            SELECT h.id, h.code, h.village_code, h.head_name, \(helperNames) AS helpers,
                   (SELECT MAX(v.visited_on) FROM helper_visits v WHERE v.household_id = h.id) AS last
            FROM households h JOIN household_helpers a ON a.household_id = h.id AND a.ended_on IS NULL JOIN helpers hp ON hp.id = a.helper_id
            WHERE h.dissolved_at IS NULL AND h.monitoring_category IS NOT NULL AND h.eliminated_on IS NULL AND \(within: scope, column: "h.village_code")
              AND NOT EXISTS (SELECT 1 FROM helper_visits v WHERE v.household_id = h.id
                              AND v.visited_on >= \(bind: quarter.from.description) AND v.visited_on <= \(bind: quarter.to.description))
            """ + p.andHouseholdCondition("h.id") + " GROUP BY h.id, h.code, h.village_code, h.head_name ORDER BY h.code").all().map {
            let r = try $0.record(Row.self)
            return Unvisited(householdID: r.id, code: r.code, headName: r.headName ?? "", villageCode: r.villageCode,
                             helpers: (r.helpers ?? "").replacingOccurrences(of: ",", with: "、"), lastVisit: r.last.flatMap(Day.init))
        }
    }
}
