import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Helpers (帮扶责任人), their households, and assistance measures.
struct CreateAssistance: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("helpers")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("phone", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .create()
        try await db.schema("household_helpers")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("household_id", .string, .required)
            .field("helper_id", .string, .required, .references("helpers", "id"))
            .field("lead", .bool, .required)
            .field("assigned_on", .string, .required)
            .field("ended_on", .string)
            .field("assigned_by", .string, .required)
            .create()
        try await db.schema("measures")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("household_id", .string, .required)
            .field("type", .string, .required)
            .field("kind", .string, .required)
            .field("risk_types", .string, .required)
            .field("start_on", .string, .required)
            .field("end_on", .string)
            .field("amount", .int64)
            .field("unit", .string, .required)
            .field("state", .string, .required)
            .field("note", .string)
            .field("green_channel", .bool, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "household_helpers_household", table: "household_helpers", columns: ["household_id"]).create(on: sql)
        try await IndexSpec(name: "measures_household", table: "measures", columns: ["household_id"]).create(on: sql)
    }

    func revert(on db: any Database) async throws {
        try await db.schema("measures").delete()
        try await db.schema("household_helpers").delete()
        try await db.schema("helpers").delete()
    }
}

/// Measures carry a version, so two people moving the same measure on cannot overwrite each other.
struct AddMeasureVersion: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("measures").field("version", .int, .required, .sql(.default(1))).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("measures").deleteField("version").update() }
}

struct HelperRecord: Decodable, Sendable {
    var id, name, unit, phone: String
    var households: Int

    enum CodingKeys: String, CodingKey { case id, name, unit, phone, households = "n" }
}

struct AssignmentRecord: Sendable {
    var helperID, name, unit, phone: String
    var lead: Bool
    var assignedOn: String
    /// 第二帮扶人: arranged by the 户籍地 township and village of a relocated household (seed 000).
    var origin: Bool = false
    var role: String { origin ? "户籍地第二帮扶人" : lead ? "主责" : "" }
}

extension AssignmentRecord {
    /// An assignment joined with its helper (`origin` is NULL on rows older than the second helper).
    private struct Columns: Decodable {
        var helperId, name, unit, phone, assignedOn: String
        var lead: Bool
        var origin: Bool?
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        self.init(helperID: c.helperId, name: c.name, unit: c.unit, phone: c.phone, lead: c.lead, assignedOn: c.assignedOn, origin: c.origin ?? false)
    }
}

struct MeasureRecord: Sendable {
    var id: String
    var type: MeasureType
    var risks: [RiskType]
    var start: Day
    var end: Day?
    var amount: Fixed2?
    var unit: String
    var state: MeasureState
    var note: String?
    var greenChannel: Bool
    var createdBy: String
    var version: Int

    /// A row of the measures table.
    private struct Columns: Decodable {
        var id, type, riskTypes, startOn, state, unit, createdBy: String
        var endOn, note: String?
        var amount: Int64?
        var version: Int
        var greenChannel: Bool
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        let f = Self.facts(type: c.type, risks: c.riskTypes, start: c.startOn, state: c.state)
        id = c.id; version = c.version; type = f.type; risks = f.risks; start = f.start; state = f.state
        end = c.endOn.flatMap(Day.init); amount = c.amount.map { Fixed2(hundredths: $0) }
        unit = c.unit; note = c.note; greenChannel = c.greenChannel; createdBy = c.createdBy
    }

    var facts: MeasureFacts { MeasureFacts(type: type, risks: risks, state: state, start: start) }

    /// What the rules read of a measure, from its stored columns (an unknown type or state reads as "other" / planned).
    static func facts(type key: String, risks: String, start: String, state: String) -> MeasureFacts {
        MeasureFacts(type: ReferenceData.measureType(key) ?? MeasureType(key, key, .other, answers: []),
                     risks: risks.split(separator: ",").compactMap { RiskType(rawValue: String($0)) },
                     state: MeasureState(rawValue: state) ?? .planned, start: Day(start) ?? Day(firstOfMonth: 2000, 1))
    }
}

enum MeasureStore {
    static func measures(of householdID: String, on db: any Database) async throws -> [MeasureRecord] {
        try await (try db.sql()).raw("SELECT * FROM measures WHERE household_id = \(bind: householdID) ORDER BY start_on DESC, created_at DESC")
            .all().map(MeasureRecord.init(row:))
    }

    static func measure(_ id: String, of householdID: String, on db: any Database) async throws -> MeasureRecord {
        try await (try db.sql()).raw("SELECT * FROM measures WHERE id = \(bind: id) AND household_id = \(bind: householdID)").first()
            .map(MeasureRecord.init(row:)).orThrow(AppError.notFound("帮扶措施"))
    }

    static func answeredRisks(householdID: String, on date: Day, db: any Database) async throws -> Set<RiskType> {
        AssistanceChecks.answered(try await measures(of: householdID, on: db).map(\.facts), on: date)
    }

    static func assignments(of householdID: String, on db: any Database) async throws -> [AssignmentRecord] {
        try await (try db.sql()).raw("""
            SELECT a.helper_id, a.lead, a.origin, a.assigned_on, h.name, h.unit, h.phone FROM household_helpers a JOIN helpers h ON h.id = a.helper_id
            WHERE a.household_id = \(bind: householdID) AND a.ended_on IS NULL ORDER BY a.lead DESC, a.assigned_on
            """).all().map(AssignmentRecord.init(row:))
    }

    static func helpers(county: String, on db: any Database) async throws -> [HelperRecord] {
        try await (try db.sql()).raw("""
            SELECT h.id, h.name, h.unit, h.phone, (SELECT COUNT(*) FROM household_helpers a WHERE a.helper_id = h.id AND a.ended_on IS NULL) AS n
            FROM helpers h WHERE h.county_code = \(bind: county) ORDER BY h.unit, h.name
            """).all().map { try $0.record(HelperRecord.self) }
    }

    /// The open monitored case of a household (its helper and measure deadlines are met by these writes).
    static func monitoredCase(of householdID: String, on sql: any SQLDatabase) async throws -> CaseRecord? {
        try await sql.raw("SELECT * FROM cases WHERE household_id = \(bind: householdID) AND state = 'monitored' ORDER BY opened_at DESC LIMIT 1")
            .first().map(CaseRecord.init(row:))
    }

    /// A monitored household (risk not eliminated) in the principal's scope with no helper yet: whom a helper may be
    /// given to from the helper register.
    struct Unhelped: Decodable, Sendable {
        var id, code, villageCode: String
        var headName: String?
    }

    /// The first 500 such households, by village and code.
    static func unhelped(principal: Principal, on db: any Database) async throws -> [Unhelped] {
        guard let scope = HouseholdQuery.scopeCondition(principal) else { return [] }
        return try await (try db.sql()).raw("""
            SELECT h.id, h.code, h.village_code, h.head_name FROM households h
            WHERE \(scope) AND h.monitoring_category IS NOT NULL AND h.eliminated_on IS NULL AND h.dissolved_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM household_helpers a WHERE a.household_id = h.id AND a.ended_on IS NULL)
            ORDER BY h.village_code, h.code LIMIT 500
            """).all().map { try $0.record(Unhelped.self) }
    }

    /// Registers a helper in the county's list.
    static func createHelper(_ input: [String: String], county: String, by who: AuditLog.Actor, now: Date, on db: any Database) async throws -> String {
        let (f, errors) = WorkflowFields.helper.apply(input, complete: true)
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "helpers").columns("id", "county_code", "name", "unit", "phone", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(county), SQLBind(f.text("name") ?? ""), SQLBind(f.text("unit") ?? ""), SQLBind(f.text("phone") ?? ""),
                        SQLBind(who.username), SQLBind(Int64(now.timeIntervalSince1970))).run()
            try await AuditLog.append(on: sql, who, action: "helper.create", entity: "helper", entityID: id, detail: ["name": .string(f.text("name") ?? "")], at: now)
        }
        return id
    }

    /// Assigns a helper to a household. Seed 000: "帮扶责任以纳入监测期间安排的帮扶责任人为主" — the first helper
    /// assigned while the household is monitored leads, and a helper it had before (as a 脱贫户) no longer does.
    ///
    /// A relocated household also gets 1 帮扶联系人 from the village it came from (第二帮扶人, seed 000): `origin`, or
    /// any helper an officer of the 户籍地 (whose scope covers the origin village, not the resettlement one) assigns.
    static func assign(helperID: String, to h: HouseholdRecord, origin requested: Bool = false, principal: Principal? = nil,
                       by who: AuditLog.Actor, now: Date, on db: any Database) async throws {
        let today = Clock.day(of: now)
        let fromOrigin = principal.flatMap(\.regionScope).map { scope in
            h.originVillageCode.map { RegionCode.contains(scope: scope, code: $0) } == true && !RegionCode.contains(scope: scope, code: h.villageCode)
        } ?? false
        let origin = requested || fromOrigin
        if origin, h.originVillageCode == nil {
            throw AppError.validation([FieldError(field: "origin", code: "not_relocated", message: "该户不是易地搬迁户，没有户籍地第二帮扶人")])
        }
        try await db.write { db in
            let sql = try db.sql()
            guard try await sql.raw("SELECT id FROM helpers WHERE id = \(bind: helperID) AND county_code = \(bind: h.countyCode)").first() != nil else {
                throw AppError.validation([FieldError(field: "helperId", code: "not_found", message: "帮扶责任人不存在，请先在帮扶责任人名册中登记")])
            }
            let current = try await assignments(of: h.id, on: db)
            if current.contains(where: { $0.helperID == helperID }) {
                throw AppError.validation([FieldError(field: "helperId", code: "duplicate", message: "该帮扶责任人已在帮扶此户")])
            }
            let c = try await monitoredCase(of: h.id, on: sql)
            let monitoredSince = h.facts.date("monitoredSince")?.description ?? ""
            let monitored = h.monitoringCategory != nil && h.facts.date("eliminatedOn") == nil
            let lead = !origin && monitored && !current.contains { $0.lead && $0.assignedOn >= monitoredSince }
            if lead {
                try await sql.raw("UPDATE household_helpers SET lead = \(bind: false) WHERE household_id = \(bind: h.id) AND ended_on IS NULL").run()
            }
            try await sql.insert(into: "household_helpers").columns("id", "county_code", "household_id", "helper_id", "lead", "origin", "assigned_on", "assigned_by")
                .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(h.countyCode), SQLBind(h.id), SQLBind(helperID), SQLBind(lead), SQLBind(origin),
                        SQLBind(today.description), SQLBind(who.username)).run()
            // The resettlement side's own helper meets the enrolment deadline; the origin's second one does not.
            if let c, c.helperDone == nil, !origin {
                try await sql.update("cases").set("helper_done", to: SQLBind(today.description)).where("id", .equal, SQLBind(c.id)).run()
            }
            try await AuditLog.append(on: sql, who, action: "helper.assign", entity: "household", entityID: h.id,
                                      detail: ["helper": .string(helperID), "lead": .bool(lead), "origin": .bool(origin)], at: now)
        }
    }

    /// A measure's dates against each other and today: the end not before the start, a future start only as 计划.
    static func datesErrors(_ f: Facts, today: Day) -> [FieldError] {
        var problems: [FieldError] = []
        if let s = f.date("startOn"), let e = f.date("endOn"), e < s {
            problems.append(FieldError(field: "endOn", code: "conflict", message: "结束日期不能早于开始日期"))
        }
        if let s = f.date("startOn"), s > today, let st = f.choice("state", as: MeasureState.self), st.applied {
            problems.append(FieldError(field: "state", code: "conflict", message: "开始日期在今天之后的措施只能是“计划”状态"))
        }
        return problems
    }

    /// Records a measure. Before enrolment it needs the green channel (measures first, procedure after).
    /// The measure's type and risks must be among those of the regime in force on its start date, whose kind it keeps.
    static func addMeasure(_ input: [String: String], to h: HouseholdRecord, by who: AuditLog.Actor, now: Date, regimes: RegimeBook,
                           on db: any Database) async throws -> String {
        let today = Clock.day(of: now)
        let (f, errors) = WorkflowFields.measure.apply(input, complete: true)
        var problems = errors
        let regime = regimes.inForce(on: f.date("startOn") ?? today)
        if case .choice(let key)? = f["type"], regime.measureType(key) == nil {
            let name = regimes.measureType(key)?.label ?? key
            problems.append(FieldError(field: "type", code: "choice",
                                       message: "“\(name)”不是\(regime.name)的帮扶措施类型，可选：" + regime.measureTypes.map(\.label).joined(separator: "、")))
        }
        let outside = f.multi("riskTypes", as: RiskType.self).filter { !regime.riskTypes.contains($0) }
        if !outside.isEmpty {
            problems.append(FieldError(field: "riskTypes", code: "choice",
                                       message: "\(regime.name)没有这类风险：" + outside.map(\.label).joined(separator: "、")))
        }
        problems += datesErrors(f, today: today)
        guard problems.isEmpty, let start = f.date("startOn"), let unit = f.text("unit"), let state = f.choice("state", as: MeasureState.self) else {
            throw ValidationErrors(problems.isEmpty ? [FieldError(field: "state", code: "required", message: "请填写开始日期、责任单位和实施状态")] : problems)
        }
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            let sql = try db.sql()
            var green = false
            if h.monitoringCategory == nil {
                let open = try await sql.raw("SELECT id FROM cases WHERE household_id = \(bind: h.id) AND green_channel = \(bind: true) AND state IN ('clue','verifying','villageReview','publicNotice','townshipReview','countyApproval')").first()
                guard open != nil else {
                    throw AppError(status: .unprocessableEntity, code: "not_monitored",
                                   message: "该户尚未纳入监测；因灾因意外的突发困难须先开通绿色通道，方可先行落实帮扶措施", field: "type")
                }
                green = true
            }
            guard case .choice(let key)? = f["type"], let type = regime.measureType(key) else {
                throw AppError.validation([FieldError(field: "type", code: "choice", message: "请选择措施类型")])
            }
            try await sql.insert(into: "measures")
                .columns("id", "county_code", "household_id", "type", "kind", "risk_types", "start_on", "end_on", "amount", "unit", "state", "note",
                         "green_channel", "created_by", "created_at", "version")
                .values(SQLBind(id), SQLBind(h.countyCode), SQLBind(h.id), SQLBind(type.key), SQLBind(type.kind.rawValue),
                        SQLBind(f.multi("riskTypes", as: RiskType.self).map(\.rawValue).joined(separator: ",")),
                        SQLBind(start.description), SQLBind(f.date("endOn")?.description), SQLBind(f.fixed("amount")?.hundredths),
                        SQLBind(unit), SQLBind(state.rawValue), SQLBind(f.text("note")),
                        SQLBind(green), SQLBind(who.username), SQLBind(Int64(now.timeIntervalSince1970)), SQLBind(1)).run()
            if let c = try await monitoredCase(of: h.id, on: sql), c.measuresDone == nil {
                try await sql.update("cases").set("measures_done", to: SQLBind(today.description)).where("id", .equal, SQLBind(c.id)).run()
            }
            try await AuditLog.append(on: sql, who, action: "measure.create", entity: "household", entityID: h.id,
                                      detail: ["measure": .string(id), "type": .string(type.key), "greenChannel": .bool(green)], at: now)
        }
        return id
    }

    /// Moves a measure on (实施中 → 已完成 or 已终止), with its end date; audited. `version` is the one the person
    /// read: none is refused (428), an older one is a conflict naming what the other person did (409).
    static func updateState(measureID: String, of h: HouseholdRecord, state raw: String, end rawEnd: String?, version: Int?, by who: AuditLog.Actor,
                            now: Date, on db: any Database) async throws -> MeasureRecord {
        guard let version else { throw AppError.versionRequired() }
        let today = Clock.day(of: now)
        guard let state = MeasureState.parse(raw) else {
            throw AppError.validation([FieldError(field: "state", code: "choice", message: "实施状态应为：" + MeasureState.allCases.map(\.label).joined(separator: "、"))])
        }
        var end: Day?
        if let t = rawEnd?.trimmingCharacters(in: .whitespaces), !t.isEmpty {
            guard let d = Day(t) else { throw AppError.validation([FieldError(field: "endOn", code: "date", message: "结束日期不是有效日期，格式如 2026-11-20")]) }
            end = d
        }
        if (state == .done || state == .stopped) && end == nil { end = today }
        let finalEnd = end
        try await db.write { db in
            let sql = try db.sql()
            guard let current = try await sql.raw("SELECT * FROM measures WHERE id = \(bind: measureID) AND household_id = \(bind: h.id)").first()
                .map(MeasureRecord.init(row:)) else { throw AppError.notFound("帮扶措施") }
            guard current.version == version else {
                throw AppError(status: .conflict, code: "version_conflict",
                               message: "保存失败：您打开后这项措施已被他人改为“\(current.state.label)”（第\(current.version)版），请刷新后重新操作", field: "version")
            }
            if let end = finalEnd, end < current.start {
                throw AppError.validation([FieldError(field: "endOn", code: "conflict", message: "结束日期不能早于开始日期（\(current.start)）")])
            }
            try await sql.update("measures").set("state", to: SQLBind(state.rawValue)).set("end_on", to: SQLBind(finalEnd?.description ?? current.end?.description))
                .set("version", to: SQLBind(version + 1))
                .where("id", .equal, SQLBind(measureID)).where("version", .equal, SQLBind(version)).run()
            try await AuditLog.append(on: sql, who, action: "measure.update", entity: "household", entityID: h.id,
                                      detail: ["measure": .string(measureID), "from": .string(current.state.rawValue), "to": .string(state.rawValue),
                                               "version": .number(Double(version + 1))], at: now)
        }
        return try await measure(measureID, of: h.id, on: db)
    }

    /// The assistance checks for a household (monitored households only).
    static func findings(_ h: HouseholdRecord, on db: any Database, today: Day) async throws -> [AssistanceFinding] {
        guard h.monitoringCategory != nil, h.facts.date("eliminatedOn") == nil else { return [] }
        let members = try await RegistryStore.members(of: h.id, includeRemoved: false, on: db)
        let measures = try await measures(of: h.id, on: db)
        let helpers = try await assignments(of: h.id, on: db)
        return AssistanceChecks.findings(members: members.map(\.facts), risks: h.facts.multi("riskTypes", as: RiskType.self),
                                         measures: measures.map(\.facts), helpers: helpers.count, alleviated: h.category == .alleviated, on: today,
                                         relocated: h.originVillageCode != nil, originHelpers: helpers.filter(\.origin).count)
    }
}

/// 第二帮扶人: which assignments the 户籍地 made.
struct AddHelperOrigin: AsyncMigration {
    func prepare(on db: any Database) async throws { try await db.schema("household_helpers").field("origin", .bool).update() }
    func revert(on db: any Database) async throws { try await db.schema("household_helpers").deleteField("origin").update() }
}
