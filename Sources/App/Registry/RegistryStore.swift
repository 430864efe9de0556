import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

enum RegistryError: Error {
    case validation([FieldError])
    case notFound
    case forbidden(String)
    case versionConflict(current: Int, since: [ChangeRecord])
    /// An update by a person that does not name the version it was based on.
    case versionRequired
}

/// Reads and writes households and members. Every write runs in one transaction, checks scope,
/// validates with the domain rules, and records a version (who, when, fields, before, after).
package struct RegistryStore {
    static let missingVillage = RegistryError.validation([FieldError(field: "villageCode", code: "required", message: "请选择所在村（社区）")])
    let db: any Database
    let regions: RegionDirectory
    let principal: Principal
    let now: Date
    /// The client's address, for the audit trail.
    var address = ""
    /// The application's audit key, for the entries this store writes.
    let auditKey: SymmetricKey?

    package init(db: any Database, regions: RegionDirectory, principal: Principal, now: Date, address: String = "", auditKey: SymmetricKey?) {
        self.db = db; self.regions = regions; self.principal = principal; self.now = now; self.address = address; self.auditKey = auditKey
    }

    var today: Day { Clock.day(of: now) }
    var stamp: Int64 { Int64(now.timeIntervalSince1970) }

    static let householdColumns = "*"

    // MARK: - Reads

    static func household(id: String, on db: any Database) async throws -> HouseholdRecord? {
        try await household(id: id, on: try db.sql())
    }

    static func household(id: String, on sql: any SQLDatabase) async throws -> HouseholdRecord? {
        try await sql.raw("SELECT * FROM households WHERE id = \(bind: id)").first().map(HouseholdRecord.init(row:))
    }

    /// The households with these ids (any number of them; read 500 at a time), in no set order.
    static func households(ids: [String], on db: any Database) async throws -> [HouseholdRecord] {
        let sql = try db.sql()
        var out: [HouseholdRecord] = []
        for chunk in ids.chunked(500) {
            out += try await sql.raw("SELECT * FROM households WHERE id IN (\(SQLList(chunk.map { SQLBind($0) })))").all().map(HouseholdRecord.init(row:))
        }
        return out
    }

    /// The household if the principal may see it; otherwise `notFound` (existence is not revealed).
    func visibleHousehold(id: String) async throws -> HouseholdRecord {
        guard let h = try await Self.household(id: id, on: db),
              AccessPolicy.canView(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: principal)
        else { throw RegistryError.notFound }
        return h
    }

    func editableHousehold(id: String, on db: any Database) async throws -> HouseholdRecord {
        guard let h = try await Self.household(id: id, on: db),
              AccessPolicy.canView(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: principal)
        else { throw RegistryError.notFound }
        guard AccessPolicy.canEdit(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: principal) else {
            throw RegistryError.forbidden("您的角色（\(principal.role.label)）只能查看，不能修改户籍信息")
        }
        guard h.dissolvedAt == nil else {
            throw RegistryError.validation([FieldError(field: "id", code: "dissolved", message: "该户已注销（\(h.dissolvedReason ?? "")），不能再修改")])
        }
        return h
    }

    static func members(of householdID: String, includeRemoved: Bool = true, on db: any Database) async throws -> [MemberRecord] {
        try await members(of: householdID, includeRemoved: includeRemoved, on: try db.sql())
    }

    static func members(of householdID: String, includeRemoved: Bool = true, on sql: any SQLDatabase) async throws -> [MemberRecord] {
        let rows = try await sql.raw("SELECT * FROM members WHERE household_id = \(bind: householdID) ORDER BY created_at, id").all()
        return try rows.map(MemberRecord.init(row:)).filter { includeRemoved || $0.isActive }
            .sorted { a, b in
                if a.isActive != b.isActive { return a.isActive }
                if (a.relation == .head) != (b.relation == .head) { return a.relation == .head }
                return (a.facts.date("birthDate") ?? Day(firstOfMonth: 1900, 1)) < (b.facts.date("birthDate") ?? Day(firstOfMonth: 1900, 1))
            }
    }

    /// The live members of these households (any number of them; read 500 at a time), in no set order.
    static func liveMembers(ofHouseholds ids: [String], on db: any Database) async throws -> [MemberRecord] {
        let sql = try db.sql()
        var out: [MemberRecord] = []
        for chunk in ids.chunked(500) {
            out += try await sql.raw("""
                SELECT * FROM members WHERE removed_at IS NULL AND household_id IN (\(SQLList(chunk.map { SQLBind($0) })))
                """).all().map(MemberRecord.init(row:))
        }
        return out
    }

    /// The id of the registered (not dissolved) household with this 户编号.
    static func householdID(code: String, on db: any Database) async throws -> String? {
        try await (try db.sql()).raw("SELECT id FROM households WHERE code = \(bind: code) AND dissolved_at IS NULL").first()?
            .decode(column: "id", as: String.self)
    }

    /// A village's registered households the principal may see, by 户编号, each with its live members in the order
    /// they were entered (the survey sheets of the village).
    static func village(_ code: String, principal: Principal, on db: any Database) async throws -> [(HouseholdRecord, [MemberRecord])] {
        let sql = try db.sql()
        let visible = HouseholdQuery.scopeCondition(principal) ?? "1 = 0"
        let households = try await sql.raw("SELECT h.* FROM households h WHERE h.village_code = \(bind: code) AND h.dissolved_at IS NULL AND " + visible + " ORDER BY h.code")
            .all().map(HouseholdRecord.init(row:))
        var members: [String: [MemberRecord]] = [:]
        for m in try await sql.raw("""
            SELECT m.* FROM members m JOIN households h ON h.id = m.household_id
            WHERE h.village_code = \(bind: code) AND h.dissolved_at IS NULL AND m.removed_at IS NULL ORDER BY m.created_at, m.id
            """).all().map(MemberRecord.init(row:)) { members[m.householdID, default: []].append(m) }
        return households.map { ($0, members[$0.id] ?? []) }
    }

    /// One person of a village's real-name ledger (户编号, the household's types, the person).
    struct LedgerPerson: Decodable, Sendable {
        var code: String
        var category: String?
        var monitoringCategory: String?
        var eliminatedOn: String?
        var name: String
        var idNumber: String
        var relation: String?
        var labour: String?
    }

    /// Everyone living in a village's registered households, household by household.
    static func ledger(village code: String, on db: any Database) async throws -> [LedgerPerson] {
        try await (try db.sql()).raw("""
            SELECT h.code, h.category, h.monitoring_category, h.eliminated_on, m.name, m.id_number, m.relation, m.labour
            FROM households h JOIN members m ON m.household_id = h.id
            WHERE h.village_code = \(bind: code) AND h.dissolved_at IS NULL AND m.removed_at IS NULL ORDER BY h.code, m.created_at
            """).all(decoding: LedgerPerson.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    /// A monitored household whose risk is not eliminated, as a department's list shows it.
    struct OpenMonitored: Decodable, Sendable {
        var code: String
        var villageCode: String
        var headName: String?
        var memberCount: Int
        var monitoringCategory: String
        var monitoredSince: String?
        var riskTypes: String?
        var risks: [RiskType] { (riskTypes ?? "").split(separator: ",").compactMap { RiskType(rawValue: String($0)) } }
    }

    /// A county's monitored households with open risks, by 户编号.
    static func openMonitored(county: String, on db: any Database) async throws -> [OpenMonitored] {
        try await (try db.sql()).raw("""
            SELECT code, village_code, head_name, member_count, monitoring_category, monitored_since, risk_types FROM households
            WHERE county_code = \(bind: county) AND monitoring_category IS NOT NULL AND eliminated_on IS NULL AND dissolved_at IS NULL ORDER BY code
            """).all(decoding: OpenMonitored.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    static func member(id: String, on db: any Database) async throws -> MemberRecord? {
        try await (try db.sql()).raw("SELECT * FROM members WHERE id = \(bind: id)").first().map(MemberRecord.init(row:))
    }

    static func history(of householdID: String, on db: any Database) async throws -> [ChangeRecord] {
        let rows = try await (try db.sql()).raw("SELECT * FROM changes WHERE household_id = \(bind: householdID) ORDER BY at DESC, version DESC, id DESC").all()
        return try rows.map(ChangeRecord.init(row:))
    }

    static func events(of householdID: String, on db: any Database) async throws -> [EventRecord] {
        let rows = try await (try db.sql()).raw("SELECT * FROM household_events WHERE household_id = \(bind: householdID) ORDER BY date DESC, at DESC").all()
        return try rows.map(EventRecord.init(row:))
    }

    // MARK: - Households

    struct NewMember {
        var input: [String: String]
        var event: MembershipEvent = .registration
        var date: Day?
    }

    /// Registers a household with its members (the head among them), all or nothing.
    func createHousehold(_ input: [String: String], members: [[String: String]]) async throws -> HouseholdRecord {
        var errors: [FieldError] = []
        let (facts, e1) = HouseholdFields.table.apply(input, complete: true)
        // A household enters monitoring through a case, not by being registered as monitored.
        errors += HouseholdFields.workflowOnlyErrors(current: Facts(), edited: facts)
        errors += e1
        errors += HouseholdRules.validate(facts, today: today)
        errors += checkRegions(facts)
        var memberFacts: [Facts] = []
        if members.isEmpty {
            errors.append(FieldError(field: "members", code: "required", message: "新建户须至少登记户主一人"))
        }
        for (i, m) in members.enumerated() {
            let (f, e) = validateMember(m, base: Facts(), complete: true)
            errors += e.map { FieldError(field: "members[\(i)].\($0.field)", code: $0.code, message: "第\(i + 1)位成员：\($0.message)") }
            memberFacts.append(f)
        }
        errors += compositionErrors(memberFacts.map { $0.choice("relation", as: Relation.self) }, prefix: "members")
        let ids = memberFacts.compactMap { $0.text("idNumber") }
        if Set(ids).count != ids.count {
            errors.append(FieldError(field: "members", code: "duplicate_id", message: "同一户内身份证号码重复"))
        }
        guard errors.isEmpty else { throw RegistryError.validation(errors) }
        let village = try facts.text("villageCode").orThrow(Self.missingVillage)
        guard AccessPolicy.canPlace(in: village, by: principal) else {
            throw RegistryError.forbidden("您无权在\(regions.fullName(village))登记农户")
        }
        let householdID = UUID().uuidString.lowercased()
        let frozenMembers = memberFacts
        try await db.write { db in
            let sql = try db.sql()
            var dupErrors: [FieldError] = []
            for (i, f) in frozenMembers.enumerated() {
                if let e = try await duplicateIDError(f.text("idNumber") ?? "", excludingMember: nil, field: "members[\(i)].idNumber", on: sql) {
                    dupErrors.append(e)
                }
            }
            guard dupErrors.isEmpty else { throw RegistryError.validation(dupErrors) }
            let code = try await nextHouseholdCode(village: village, on: sql)
            try await insertHousehold(id: householdID, code: code, facts: facts, on: sql)
            try await record(on: sql, householdID: householdID, memberID: nil, entity: "household", action: "create", version: 1,
                             summary: "新建农户 \(code)", changes: HouseholdFields.table.diff(from: Facts(), to: facts))
            for f in frozenMembers {
                _ = try await insertMember(householdID: householdID, facts: f, event: .registration, date: today, on: sql)
            }
            // The income given at registration is the household's first yearly statement.
            if let first = YearlyIncome(registry: facts, memberCount: frozenMembers.count),
               let household = try await Self.household(id: householdID, on: sql) {
                try await insertIncome(first, household: household, source: "form", on: sql)
            }
            try await refreshDerived(householdID: householdID, on: sql)
        }
        return try await Self.household(id: householdID, on: db).orThrow(AppError.notFound("农户"))
    }

    /// Applies a partial update. `expectedVersion` (form field or If-Match) must be the current version; only a step of
    /// the procedure, which writes inside the transaction that read the household, may leave it out (`byProcedure`).
    /// `step`: the procedure step writing the facts it owns (its name heads the version's summary, so the history says
    /// which step changed them).
    func updateHousehold(id: String, input: [String: String], expectedVersion: Int?, byProcedure: Bool = false, step: String? = nil) async throws -> HouseholdRecord {
        try await db.write { db in
            let sql = try db.sql()
            let current = try await editableHousehold(id: id, on: db)
            if expectedVersion == nil && !byProcedure { throw RegistryError.versionRequired }
            if let v = expectedVersion, v != current.version {
                throw RegistryError.versionConflict(current: current.version, since: try await changes(of: id, entity: "household", after: v, on: sql))
            }
            let (facts, e1) = HouseholdFields.table.apply(input, to: current.facts, complete: false)
            var errors = e1
            if !byProcedure { errors += HouseholdFields.workflowOnlyErrors(current: current.facts, edited: facts) }
            errors += HouseholdFields.statementOnlyErrors(current: current.facts, edited: facts)
            if e1.isEmpty { errors += HouseholdRules.validate(facts, today: today) + checkRegions(facts) }
            guard errors.isEmpty else { throw RegistryError.validation(errors) }
            let newVillage = try facts.text("villageCode").orThrow(Self.missingVillage)
            if newVillage != current.villageCode, !AccessPolicy.canPlace(in: newVillage, by: principal) {
                throw RegistryError.forbidden("您无权将农户迁至\(regions.fullName(newVillage))")
            }
            let diff = HouseholdFields.table.diff(from: current.facts, to: facts)
            guard !diff.isEmpty else { return }
            let newVersion = current.version + 1
            var update = sql.update("households")
            for (col, value) in HouseholdFields.table.columnValues(facts) { update = update.set(SQLIdentifier(col), to: value) }
            let rows = try await update
                .set("township_code", to: SQLBind(RegionCode.township(of: newVillage) ?? String(newVillage.prefix(9))))
                .set("origin_township_code", to: SQLBind(facts.text("originVillageCode").flatMap(RegionCode.township(of:))))
                .set("version", to: SQLBind(newVersion))
                .set("updated_at", to: SQLBind(stamp))
                .where("id", .equal, SQLBind(id))
                .where("version", .equal, SQLBind(current.version))
                .returning("version")
                .all()
            guard !rows.isEmpty else {
                throw RegistryError.versionConflict(current: current.version + 1, since: try await changes(of: id, entity: "household", after: current.version, on: sql))
            }
            try await record(on: sql, householdID: id, memberID: nil, entity: "household", action: "update", version: newVersion,
                             summary: (step.map { "监测程序（\($0)）：" } ?? "修改户信息：") + diff.map(\.label).joined(separator: "、"), changes: diff)
            try await refreshDerived(householdID: id, on: sql)
        }
        return try await Self.household(id: id, on: db).orThrow(AppError.notFound("农户"))
    }

    // MARK: - Members

    func addMember(householdID: String, input: [String: String], event: MembershipEvent, date: Day?, note: String?) async throws -> MemberRecord {
        guard MembershipEvent.additions.contains(event) else {
            throw RegistryError.validation([FieldError(field: "event", code: "choice", message: "增员事由应为出生、婚入、迁入或建档登记")])
        }
        let eventDate = date ?? today
        if eventDate > today {
            throw RegistryError.validation([FieldError(field: "eventDate", code: "future", message: "变动日期不能晚于今天")])
        }
        let (facts, errors) = validateMember(input, base: Facts(), complete: true)
        guard errors.isEmpty else { throw RegistryError.validation(errors) }
        if event == .birth, let b = facts.date("birthDate"), b != eventDate, date != nil {
            throw RegistryError.validation([FieldError(field: "eventDate", code: "conflict", message: "出生增员的日期应与出生日期（\(b)）一致")])
        }
        let memberID = try await db.write { db -> String in
            let sql = try db.sql()
            _ = try await editableHousehold(id: householdID, on: db)
            let existing = try await Self.members(of: householdID, includeRemoved: false, on: db)
            let relations = existing.map(\.relation) + [facts.choice("relation", as: Relation.self)]
            let comp = compositionErrors(relations, prefix: nil)
            guard comp.isEmpty else { throw RegistryError.validation(comp) }
            if let e = try await duplicateIDError(facts.text("idNumber") ?? "", excludingMember: nil, field: "idNumber", on: sql) {
                throw RegistryError.validation([e])
            }
            let memberID = try await insertMember(householdID: householdID, facts: facts, event: event, date: eventDate, on: sql)
            try await recordEvent(on: sql, householdID: householdID, memberID: memberID, related: nil, kind: event, date: eventDate,
                                  note: note ?? "\(event.label)：\(facts.text("name") ?? "")")
            try await refreshDerived(householdID: householdID, on: sql)
            return memberID
        }
        return try await Self.member(id: memberID, on: db).orThrow(AppError.notFound("家庭成员"))
    }

    func updateMember(id: String, input: [String: String], expectedVersion: Int?) async throws -> MemberRecord {
        try await db.write { db in
            let sql = try db.sql()
            guard let current = try await Self.member(id: id, on: db) else { throw RegistryError.notFound }
            _ = try await editableHousehold(id: current.householdID, on: db)
            guard current.isActive else {
                throw RegistryError.validation([FieldError(field: "id", code: "removed", message: "该成员已减员，不能修改")])
            }
            guard let v = expectedVersion else { throw RegistryError.versionRequired }
            if v != current.version {
                throw RegistryError.versionConflict(current: current.version, since: try await changes(of: id, entity: "member", after: v, on: sql))
            }
            let (facts, errors) = validateMember(input, base: current.facts, complete: false)
            guard errors.isEmpty else { throw RegistryError.validation(errors) }
            let newRelation: Relation? = facts.choice("relation")
            if current.relation == .head, newRelation != .head {
                throw RegistryError.validation([FieldError(field: "relation", code: "head_required",
                                                           message: "户主的关系不能直接修改，请在其他成员处使用“设为户主”")])
            }
            let others = try await Self.members(of: current.householdID, includeRemoved: false, on: db).filter { $0.id != id }
            let comp = compositionErrors(others.map(\.relation) + [newRelation], prefix: nil)
            guard comp.isEmpty else { throw RegistryError.validation(comp) }
            if let idn = facts.text("idNumber"), idn != current.idNumber,
               let e = try await duplicateIDError(idn, excludingMember: id, field: "idNumber", on: sql) {
                throw RegistryError.validation([e])
            }
            let diff = MemberFields.table.diff(from: current.facts, to: facts)
            guard !diff.isEmpty else { return }
            try await writeMember(current, facts: facts, diff: diff, action: "update",
                                  summary: "修改成员\(current.name)：" + diff.map(\.label).joined(separator: "、"), on: sql)
            try await refreshDerived(householdID: current.householdID, on: sql)
        }
        return try await Self.member(id: id, on: db).orThrow(AppError.notFound("家庭成员"))
    }

    /// Natural decrease (death, marriage out, move out) or removal of a wrong registration.
    /// The head cannot leave while others remain; the last member leaving closes the household.
    func removeMember(id: String, event: MembershipEvent, date: Day?, note: String?, expectedVersion: Int?) async throws {
        guard MembershipEvent.removals.contains(event) else {
            throw RegistryError.validation([FieldError(field: "event", code: "choice", message: "减员事由应为死亡、婚出、迁出或错误登记更正")])
        }
        let eventDate = date ?? today
        if eventDate > today {
            throw RegistryError.validation([FieldError(field: "eventDate", code: "future", message: "变动日期不能晚于今天")])
        }
        try await db.write { db in
            let sql = try db.sql()
            guard let current = try await Self.member(id: id, on: db) else { throw RegistryError.notFound }
            _ = try await editableHousehold(id: current.householdID, on: db)
            guard current.isActive else {
                throw RegistryError.validation([FieldError(field: "id", code: "removed", message: "该成员已于\(current.removedAt ?? "")减员")])
            }
            guard let v = expectedVersion else { throw RegistryError.versionRequired }
            if v != current.version {
                throw RegistryError.versionConflict(current: current.version, since: try await changes(of: id, entity: "member", after: v, on: sql))
            }
            if let b = current.facts.date("birthDate"), eventDate < b {
                throw RegistryError.validation([FieldError(field: "eventDate", code: "conflict", message: "变动日期早于该成员出生日期")])
            }
            let active = try await Self.members(of: current.householdID, includeRemoved: false, on: db)
            if current.relation == .head, active.count > 1 {
                throw RegistryError.validation([FieldError(field: "relation", code: "head_required",
                                                           message: "户主不能直接减员：请先将其他成员“设为户主”，再办理减员")])
            }
            let newVersion = current.version + 1
            try await sql.update("members")
                .set("removed_at", to: SQLBind(eventDate.description))
                .set("removed_event", to: SQLBind(event.rawValue))
                .set("version", to: SQLBind(newVersion))
                .set("updated_at", to: SQLBind(stamp))
                .where("id", .equal, SQLBind(id)).run()
            try await record(on: sql, householdID: current.householdID, memberID: id, entity: "member", action: "remove", version: newVersion,
                             summary: "减员（\(event.label)）：\(current.name)",
                             changes: [FieldChange(field: "status", label: "成员状态", before: "在户", after: "\(event.label)（\(eventDate)）")])
            try await recordEvent(on: sql, householdID: current.householdID, memberID: id, related: nil, kind: event, date: eventDate,
                                  note: note ?? "\(event.label)：\(current.name)")
            if active.count == 1 {
                try await dissolve(householdID: current.householdID, reason: "最后一名成员\(event.label)", on: sql)
            }
            try await refreshDerived(householdID: current.householdID, on: sql)
        }
    }

    /// Makes a member the head; the former head takes `formerHeadRelation` (e.g. 配偶 after a death the head's spouse reports).
    func makeHead(memberID: String, formerHeadRelation: Relation) async throws {
        try await db.write { db in
            let sql = try db.sql()
            guard let m = try await Self.member(id: memberID, on: db), m.isActive else { throw RegistryError.notFound }
            _ = try await editableHousehold(id: m.householdID, on: db)
            guard m.relation != .head else { return }
            guard formerHeadRelation != .head else {
                throw RegistryError.validation([FieldError(field: "formerHeadRelation", code: "choice", message: "请选择原户主与新户主的关系")])
            }
            let active = try await Self.members(of: m.householdID, includeRemoved: false, on: db)
            if let old = active.first(where: { $0.relation == .head }) {
                var f = old.facts
                f["relation"] = .choice(formerHeadRelation.rawValue)
                if let implied = formerHeadRelation.impliedSex, let s: Sex = f.choice("sex"), implied != s {
                    throw RegistryError.validation([FieldError(field: "formerHeadRelation", code: "conflict",
                                                               message: "“\(formerHeadRelation.label)”应为\(implied.label)性，但原户主\(old.name)为\(s.label)性")])
                }
                try await writeMember(old, facts: f, diff: MemberFields.table.diff(from: old.facts, to: f), action: "update",
                                      summary: "变更户主：\(old.name)改为\(formerHeadRelation.label)", on: sql)
            }
            var f = m.facts
            f["relation"] = .choice(Relation.head.rawValue)
            try await writeMember(m, facts: f, diff: MemberFields.table.diff(from: m.facts, to: f), action: "update",
                                  summary: "变更户主：\(m.name)设为户主", on: sql)
            try await refreshDerived(householdID: m.householdID, on: sql)
        }
    }

    /// 分户: moves members into a new household in the same village. `relations` gives each moved member's
    /// relation to the new head (exactly one `.head`).
    func split(householdID: String, relations: [String: Relation], date: Day?) async throws -> HouseholdRecord {
        let eventDate = date ?? today
        let newID = try await db.write { db -> String in
            let sql = try db.sql()
            let source = try await editableHousehold(id: householdID, on: db)
            let active = try await Self.members(of: householdID, includeRemoved: false, on: db)
            let moving = active.filter { relations[$0.id] != nil }
            guard !moving.isEmpty, moving.count == relations.count else {
                throw RegistryError.validation([FieldError(field: "members", code: "required", message: "请选择要分出的本户在户成员")])
            }
            guard moving.count < active.count else {
                throw RegistryError.validation([FieldError(field: "members", code: "conflict", message: "不能把全部成员分出；整户迁移请修改所在村")])
            }
            let staying = active.filter { relations[$0.id] == nil }
            if staying.contains(where: { $0.relation == .head }) == false {
                throw RegistryError.validation([FieldError(field: "members", code: "head_required", message: "原户户主须留在原户；如户主分出，请先变更户主")])
            }
            let comp = compositionErrors(moving.map { relations[$0.id] }, prefix: "members")
            guard comp.isEmpty else { throw RegistryError.validation(comp) }
            var facts = Facts()
            for key in ["villageCode", "groupName", "address", "category", "liftedYear", "relocated", "originVillageCode"] {
                facts[key] = source.facts[key]
            }
            let newID = UUID().uuidString.lowercased()
            let code = try await nextHouseholdCode(village: source.villageCode, on: sql)
            try await insertHousehold(id: newID, code: code, facts: facts, on: sql)
            try await record(on: sql, householdID: newID, memberID: nil, entity: "household", action: "create", version: 1,
                             summary: "由\(source.code)分户新建", changes: HouseholdFields.table.diff(from: Facts(), to: facts))
            for m in moving {
                if let relation = relations[m.id] { try await moveMember(m, to: newID, relation: relation, on: sql) }
            }
            let names = moving.map(\.name).joined(separator: "、")
            try await recordEvent(on: sql, householdID: householdID, memberID: nil, related: newID, kind: .split, date: eventDate,
                                  note: "\(names)分出，另立新户\(code)")
            try await recordEvent(on: sql, householdID: newID, memberID: nil, related: householdID, kind: .split, date: eventDate,
                                  note: "由\(source.code)分户：\(names)")
            try await refreshDerived(householdID: householdID, on: sql)
            try await refreshDerived(householdID: newID, on: sql)
            return newID
        }
        return try await Self.household(id: newID, on: db).orThrow(AppError.notFound("农户"))
    }

    /// 并户: every member of `sourceID` joins `targetID` with the given relations; the source household closes.
    func merge(sourceID: String, targetID: String, relations: [String: Relation], date: Day?) async throws {
        let eventDate = date ?? today
        guard sourceID != targetID else {
            throw RegistryError.validation([FieldError(field: "target", code: "conflict", message: "不能与本户合并")])
        }
        try await db.write { db in
            let sql = try db.sql()
            let source = try await editableHousehold(id: sourceID, on: db)
            let target = try await editableHousehold(id: targetID, on: db)
            let moving = try await Self.members(of: sourceID, includeRemoved: false, on: db)
            let staying = try await Self.members(of: targetID, includeRemoved: false, on: db)
            var missing: [String] = []
            for m in moving where relations[m.id] == nil { missing.append(m.name) }
            guard missing.isEmpty else {
                throw RegistryError.validation([FieldError(field: "relations", code: "required", message: "请填写\(missing.joined(separator: "、"))与并入户户主的关系")])
            }
            let comp = compositionErrors(staying.map(\.relation) + moving.map { relations[$0.id] }, prefix: "relations")
            guard comp.isEmpty else { throw RegistryError.validation(comp) }
            for m in moving {
                if let relation = relations[m.id] { try await moveMember(m, to: targetID, relation: relation, on: sql) }
            }
            let names = moving.map(\.name).joined(separator: "、")
            try await recordEvent(on: sql, householdID: targetID, memberID: nil, related: sourceID, kind: .merge, date: eventDate,
                                  note: "\(source.code)并入本户：\(names)")
            try await recordEvent(on: sql, householdID: sourceID, memberID: nil, related: targetID, kind: .merge, date: eventDate,
                                  note: "全户并入\(target.code)")
            try await dissolve(householdID: sourceID, reason: "并入\(target.code)", on: sql)
            try await refreshDerived(householdID: sourceID, on: sql)
            try await refreshDerived(householdID: targetID, on: sql)
        }
    }

    // MARK: - Helpers

    func validateMember(_ input: [String: String], base: Facts, complete: Bool) -> (Facts, [FieldError]) {
        let (f, e1) = MemberFields.table.apply(input, to: base, complete: complete)
        let (normalized, e2) = MemberRules.normalize(f, entered: Set(input.keys.filter { !(input[$0] ?? "").isEmpty }), today: today)
        // A field already reported by the parser is not reported twice.
        let reported = Set(e1.map(\.field))
        return (normalized, e1 + e2.filter { !reported.contains($0.field) })
    }

    /// Exactly one head and at most one spouse (rule 3_11_002).
    func compositionErrors(_ relations: [Relation?], prefix: String?) -> [FieldError] {
        let field = prefix ?? "relation"
        let heads = relations.filter { $0 == .head }.count
        var errors: [FieldError] = []
        if heads == 0 { errors.append(FieldError(field: field, code: "head_required", message: "每户须有且只有一名户主（当前没有户主）")) }
        if heads > 1 { errors.append(FieldError(field: field, code: "head_duplicate", message: "每户只能有一名户主，该户已有户主")) }
        if relations.filter({ $0 == .spouse }).count > 1 {
            errors.append(FieldError(field: field, code: "spouse_duplicate", message: "户主配偶最多一人"))
        }
        return errors
    }

    func checkRegions(_ f: Facts) -> [FieldError] {
        var errors: [FieldError] = []
        for key in ["villageCode", "originVillageCode"] {
            if let code = f.text(key), regions[code]?.level != .village {
                errors.append(FieldError(field: key, code: "region", message: "区划代码\(code)不是本系统中的村（社区）"))
            }
        }
        return errors
    }

    func duplicateIDError(_ idNumber: String, excludingMember: String?, field: String, on sql: any SQLDatabase) async throws -> FieldError? {
        let rows = try await sql.raw("""
            SELECT m.id AS mid, m.name AS mname, h.id AS hid, h.code AS hcode, h.village_code AS village, h.origin_village_code AS origin,
                   h.head_name AS head
            FROM members m JOIN households h ON h.id = m.household_id
            WHERE m.id_number = \(bind: idNumber) AND m.removed_at IS NULL
            """).all()
        struct Holder: Decodable { var mid, hid, hcode, village: String; var origin, head: String? }
        for row in rows {
            let holder = try row.record(Holder.self)
            if holder.mid == excludingMember { continue }
            let code = holder.hcode, village = holder.village, head = holder.head ?? ""
            // Only a user who may see that household learns where it is and who heads it.
            guard AccessPolicy.canView(householdID: holder.hid, villageCode: village, originVillageCode: holder.origin, by: principal) else {
                return FieldError(field: field, code: "duplicate_person", message: "此身份证号已在本县其他户中登记，请联系乡镇核实")
            }
            return FieldError(field: field, code: "duplicate_person",
                              message: "身份证号码\(IDNumber.masked(idNumber))已登记在\(regions.fullName(village))户编号\(code)（户主\(head)）中，一人只能属于一户；请先在原户办理减员（迁出、婚出等）再登记")
        }
        return nil
    }

    func nextHouseholdCode(village: String, on sql: any SQLDatabase) async throws -> String {
        let row = try await sql.raw("SELECT MAX(code) AS c FROM households WHERE village_code = \(bind: village)").first()
        let last = try row?.decode(column: "c", as: String?.self) ?? nil
        let serial = last.flatMap { Int($0.dropFirst(12)) } ?? 0
        return village + (serial + 1).zeroPadded(5)
    }

    func insertHousehold(id: String, code: String, facts: Facts, on sql: any SQLDatabase) async throws {
        let village = try facts.text("villageCode").orThrow(Self.missingVillage)
        var columns = ["id", "county_code", "township_code", "origin_township_code", "code", "member_count", "version", "created_at", "updated_at"]
        var values: [any SQLExpression] = [SQLBind(id), SQLBind(String(village.prefix(6))), SQLBind(RegionCode.township(of: village) ?? String(village.prefix(9))),
                                           SQLBind(facts.text("originVillageCode").flatMap(RegionCode.township(of:))), SQLBind(code),
                                           SQLBind(0), SQLBind(1), SQLBind(stamp), SQLBind(stamp)]
        for (c, v) in HouseholdFields.table.columnValues(facts) { columns.append(c); values.append(v) }
        try await sql.insert(into: "households").columns(columns).values(values).run()
    }

    func insertMember(householdID: String, facts: Facts, event: MembershipEvent, date: Day, on sql: any SQLDatabase) async throws -> String {
        let id = UUID().uuidString.lowercased()
        var columns = ["id", "household_id", "county_code", "version", "joined_at", "joined_event", "created_at", "updated_at"]
        let county = try await sql.raw("SELECT county_code FROM households WHERE id = \(bind: householdID)").first()?.decode(column: "county_code", as: String.self) ?? ""
        var values: [any SQLExpression] = [SQLBind(id), SQLBind(householdID), SQLBind(county), SQLBind(1), SQLBind(date.description),
                                           SQLBind(event.rawValue), SQLBind(stamp), SQLBind(stamp)]
        for (c, v) in MemberFields.table.columnValues(facts) { columns.append(c); values.append(v) }
        do {
            try await sql.insert(into: "members").columns(columns).values(values).run()
        } catch {
            // The partial unique index is the last line of defence against two concurrent registrations.
            if let e = try await duplicateIDError(facts.text("idNumber") ?? "", excludingMember: nil, field: "idNumber", on: sql) {
                throw RegistryError.validation([e])
            }
            throw error
        }
        try await record(on: sql, householdID: householdID, memberID: id, entity: "member", action: "create", version: 1,
                         summary: "增员（\(event.label)）：\(facts.text("name") ?? "")", changes: MemberFields.table.diff(from: Facts(), to: facts))
        return id
    }

    func writeMember(_ current: MemberRecord, facts: Facts, diff: [FieldChange], action: String, summary: String, on sql: any SQLDatabase) async throws {
        let newVersion = current.version + 1
        var update = sql.update("members")
        for (col, value) in MemberFields.table.columnValues(facts) { update = update.set(SQLIdentifier(col), to: value) }
        let rows = try await update.set("version", to: SQLBind(newVersion)).set("updated_at", to: SQLBind(stamp))
            .where("id", .equal, SQLBind(current.id)).where("version", .equal, SQLBind(current.version))
            .returning("version").all()
        guard !rows.isEmpty else {
            throw RegistryError.versionConflict(current: current.version + 1, since: try await changes(of: current.id, entity: "member", after: current.version, on: sql))
        }
        try await record(on: sql, householdID: current.householdID, memberID: current.id, entity: "member", action: action,
                         version: newVersion, summary: summary, changes: diff)
    }

    func moveMember(_ m: MemberRecord, to householdID: String, relation: Relation, on sql: any SQLDatabase) async throws {
        var f = m.facts
        f["relation"] = .choice(relation.rawValue)
        if let implied = relation.impliedSex, let s: Sex = f.choice("sex"), implied != s {
            throw RegistryError.validation([FieldError(field: "relations", code: "conflict", message: "\(m.name)为\(s.label)性，不能为“\(relation.label)”")])
        }
        try await writeMember(m, facts: f, diff: MemberFields.table.diff(from: m.facts, to: f) +
                              [FieldChange(field: "household", label: "所在户", before: m.householdID, after: householdID)],
                              action: "move", summary: "成员\(m.name)转入新户", on: sql)
        try await sql.update("members").set("household_id", to: SQLBind(householdID)).where("id", .equal, SQLBind(m.id)).run()
        try await record(on: sql, householdID: householdID, memberID: m.id, entity: "member", action: "move", version: m.version + 1,
                         summary: "成员\(m.name)转入本户（\(relation.label)）", changes: [])
    }

    func dissolve(householdID: String, reason: String, on sql: any SQLDatabase) async throws {
        try await sql.update("households").set("dissolved_at", to: SQLBind(stamp)).set("dissolved_reason", to: SQLBind(reason))
            .where("id", .equal, SQLBind(householdID)).run()
        let v = try await sql.raw("SELECT version FROM households WHERE id = \(bind: householdID)").first()?.decode(column: "version", as: Int.self) ?? 1
        try await record(on: sql, householdID: householdID, memberID: nil, entity: "household", action: "dissolve", version: v,
                         summary: "注销农户：\(reason)", changes: [FieldChange(field: "status", label: "户状态", before: "正常", after: "已注销（\(reason)）")])
    }

    /// Head and size follow the members, income per head the year's statement (its household size; the members
    /// now where the year has none); they are not edited directly.
    func refreshDerived(householdID: String, on sql: any SQLDatabase) async throws {
        let members = try await Self.members(of: householdID, includeRemoved: false, on: sql)
        guard let h = try await Self.household(id: householdID, on: sql) else { return }
        let head = members.first { $0.relation == .head }
        let year = h.facts.int("incomeYear")
        let size = try await year.asyncMap { y in
            try await sql.raw("SELECT household_size FROM income_statements WHERE household_id = \(bind: householdID) AND year = \(bind: y)")
                .first()?.decode(column: "household_size", as: Int.self)
        } ?? nil
        let income = IncomeSummary(facts: h.facts, memberCount: size ?? members.count)
        let hasIncome = year != nil
        try await sql.update("households")
            .set("member_count", to: SQLBind(members.count))
            .set("head_name", to: SQLBind(head?.name))
            .set("head_member_id", to: SQLBind(head?.id))
            .set("net_income", to: SQLBind(hasIncome ? income.netIncome.hundredths : nil))
            .set("per_capita_income", to: SQLBind(hasIncome ? income.perCapita?.hundredths : nil))
            .where("id", .equal, SQLBind(householdID)).run()
    }

    func changes(of id: String, entity: String, after version: Int, on sql: any SQLDatabase) async throws -> [ChangeRecord] {
        let column = entity == "member" ? "member_id" : "household_id"
        let rows = try await sql.raw("SELECT * FROM changes WHERE \(ident: column) = \(bind: id) AND entity = \(bind: entity) AND version > \(bind: version) ORDER BY version").all()
        return try rows.map(ChangeRecord.init(row:))
    }

    func record(on sql: any SQLDatabase, householdID: String, memberID: String?, entity: String, action: String, version: Int,
                summary: String, changes: [FieldChange]) async throws {
        let diff = String(decoding: try JSONEncoder().encode(changes), as: UTF8.self)
        try await sql.insert(into: "changes")
            .columns("id", "county_code", "household_id", "member_id", "entity", "action", "version", "actor", "actor_role", "at", "summary", "diff")
            .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(principal.regionScope.map { String($0.prefix(6)) } ?? ""),
                    SQLBind(householdID), SQLBind(memberID), SQLBind(entity), SQLBind(action), SQLBind(version),
                    SQLBind(principal.username), SQLBind(principal.role.rawValue), SQLBind(stamp), SQLBind(summary), SQLBind(diff))
            .run()
        // The same change in the audit trail, in the same transaction.
        try await AuditLog.append(on: sql, AuditLog.Actor(username: principal.username, role: principal.role.rawValue, address: address, at: now, key: auditKey),
                                  action: "\(entity).\(action)", entity: entity, entityID: memberID ?? householdID,
                                  detail: ["household": .string(householdID), "version": .number(Double(version)), "summary": .string(summary),
                                           "changes": .array(changes.map { c in .object(["field": .string(c.field), "before": c.before.map(JSON.string) ?? .null,
                                                                                         "after": c.after.map(JSON.string) ?? .null]) })],
                                  at: now)
    }

    func recordEvent(on sql: any SQLDatabase, householdID: String, memberID: String?, related: String?, kind: MembershipEvent, date: Day, note: String?) async throws {
        try await sql.insert(into: "household_events")
            .columns("id", "county_code", "household_id", "member_id", "related_household_id", "kind", "date", "note", "actor", "at")
            .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(principal.regionScope.map { String($0.prefix(6)) } ?? ""),
                    SQLBind(householdID), SQLBind(memberID), SQLBind(related), SQLBind(kind.rawValue), SQLBind(date.description),
                    SQLBind(note), SQLBind(principal.username), SQLBind(stamp))
            .run()
    }
}

extension ChangeRecord {
    /// A row of the change log; `diff` holds the field changes as JSON.
    private struct Columns: Decodable {
        var id, entity, action, actor, actorRole, summary, diff: String
        var memberId: String?
        var version: Int
        var at: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        self.init(id: c.id, memberID: c.memberId, entity: c.entity, action: c.action, version: c.version, actor: c.actor,
                  actorRole: c.actorRole, at: c.at, summary: c.summary,
                  changes: (try? JSONDecoder().decode([FieldChange].self, from: Data(c.diff.utf8))) ?? [])
    }
}

extension EventRecord {
    /// A row of the membership events.
    private struct Columns: Decodable {
        var id, householdId, kind, date, actor: String
        var memberId, relatedHouseholdId, note: String?
        var at: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        self.init(id: c.id, householdID: c.householdId, memberID: c.memberId, relatedHouseholdID: c.relatedHouseholdId,
                  kind: MembershipEvent(rawValue: c.kind) ?? .registration, date: c.date, note: c.note, actor: c.actor, at: c.at)
    }
}
