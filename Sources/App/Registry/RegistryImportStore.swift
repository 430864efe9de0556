import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// 台账导入 (moving a county in, the monthly reconciliation): a registry file checked whole first — each household
/// 新增, 更新, 无变化 or 有误, nothing written — and kept; committing the checked import then writes everything in one
/// transaction or nothing. Households and members are matched by the file's 户编号 and 人编号 (kept as external keys),
/// a member without one by the ID number; an import never deletes: what the file leaves out stays and is counted.
struct CreateRegistryImports: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("registry_imports")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("scope", .string, .required)
            .field("filename", .string, .required)
            .field("file", .data, .required)
            .field("state", .string, .required)
            .field("summary", .string, .required)
            .field("report", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .field("committed_by", .string)
            .field("committed_at", .int64)
            .create()
        try await db.schema("households").field("external_code", .string).update()
        try await db.schema("members").field("external_code", .string).update()
        let sql = try db.sql()
        try await IndexSpec(name: "households_external_code", table: "households", columns: ["county_code", "external_code"]).create(on: sql)
    }

    func revert(on db: any Database) async throws {
        try await (try db.sql()).raw("DROP INDEX IF EXISTS households_external_code").run()
        try await db.schema("members").deleteField("external_code").update()
        try await db.schema("households").deleteField("external_code").update()
        try await db.schema("registry_imports").delete()
    }
}

/// The survey round trip: which of a checked import's households the township declined (by 户编号, as JSON), so the
/// commit leaves them as they are; and why a file checked in the background could not be checked.
struct AddRegistryImportDecisions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds them one at a time.
        try await db.schema("registry_imports").field("declined", .string).update()
        try await db.schema("registry_imports").field("failure", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("registry_imports").deleteField("failure").update()
        try await db.schema("registry_imports").deleteField("declined").update()
    }
}

/// What a checked import found, as the page and the API show it.
struct RegistryImportSummary: Codable, Sendable, Equatable {
    var households = 0, members = 0
    var added = 0, updated = 0, unchanged = 0, wrong = 0
    /// Members added to, or corrected in, households already in the registry.
    var membersAdded = 0, membersUpdated = 0
    /// Households the file gives as monitored (or eliminated): a case with the 历史导入 history each.
    var monitored = 0
    /// Households of the file's villages that the file does not contain (left as they are).
    var notInFile = 0
    /// Helpers assigned and measures recorded from the file's 帮扶责任人 and 帮扶措施 sheets (those a household already
    /// has are not counted); absent on imports checked before those sheets were read.
    var helpers: Int?, measures: Int?
    /// Households by village code.
    var byVillage: [String: Int] = [:]
    /// Things the import leaves to a person (monitoring facts that differ from a case, members the file leaves out).
    var notes: [String] = []
}

/// One line of the row report: a household's state, or one problem of a row.
package struct RegistryImportLine: Codable, Sendable, Equatable {
    var sheet: String
    var row: Int
    package var householdKey: String
    /// 新增, 更新, 无变化 or 有误.
    package var state: String
    var column: String?
    package var message: String
    /// For a household already in the registry that the file changes: each change, old → new (the survey round trip's
    /// per-household diff).
    var changes: [Change]?

    struct Change: Codable, Sendable, Equatable {
        /// The member the change is about; nil for the household's own fields.
        var person: String?
        var label: String
        var before: String?
        var after: String?
    }
}

extension RegistryStore {
    /// The file's households as the registry would take them: each with its parsed facts and members, its match in
    /// the registry, and what it would change.
    struct ImportPlan: Sendable {
        struct Member: Sendable {
            var externalCode: String?
            var facts: Facts
            /// The registry's member this row is, when it is one.
            var existing: MemberRecord?
            var diff: [FieldChange]
        }

        /// A helper of the file the household does not have yet.
        struct Helper: Sendable {
            var name, unit, phone: String
            var assignedOn: Day
        }
        /// A measure of the file the household does not have yet (none with the same type and start date).
        struct Measure: Sendable {
            var type: MeasureType
            var risks: [RiskType]
            var start: Day
            var end: Day?
            var amount: Fixed2?
            var unit: String
            var state: MeasureState
            var note: String?
        }

        struct Household: Sendable {
            var key: String
            var sheet: String
            var row: Int
            var facts: Facts
            var members: [Member]
            var helpers: [Helper] = []
            var measures: [Measure] = []
            var existing: HouseholdRecord?
            var diff: [FieldChange]
            var state: String
        }

        var households: [Household] = []
        var lines: [RegistryImportLine] = []
        var summary = RegistryImportSummary()
    }

    /// Checks a parsed file against the registry as it is now (read on `sql`: inside the commit's transaction, the
    /// state it writes against), `batchSize` households at a time: each batch's plan goes to `each` (the commit writes
    /// it) and is let go, so a county's file is never held as facts whole; the summary and the row report are kept
    /// whole and returned (with no households). `registryEmpty`: nothing to match (a county moving in), so the
    /// registry is not searched.
    func plan(_ parsed: RegistryImport.Parsed, on sql: any SQLDatabase, registryEmpty: Bool = false, batchSize: Int = 2000,
              progress: (@Sendable (Int, Int) -> Void)? = nil, each: (ImportPlan) async throws -> Void = { _ in }) async throws -> ImportPlan {
        var plan = ImportPlan()
        var problems: [String: [RegistryImport.Problem]] = [:]
        for p in parsed.problems { problems[p.householdKey, default: []].append(p) }
        var membersOf: [String: [RegistryImport.Member]] = [:]
        for m in parsed.members { membersOf[m.householdKey, default: []].append(m) }
        var helpersOf: [String: [RegistryImport.Extra]] = [:], measuresOf: [String: [RegistryImport.Extra]] = [:]
        for x in parsed.helpers { helpersOf[x.householdKey, default: []].append(x) }
        for x in parsed.measures { measuresOf[x.householdKey, default: []].append(x) }
        let county = principal.regionScope.map { String($0.prefix(6)) } ?? ""
        // A village may be given by its full name where the file has no code (an export shows names under the label).
        var villageByName: [String: String] = [:]
        for v in regions.villages(in: county) { villageByName[regions.fullName(v.code)] = v.code }
        /// Households of each village that the file matched, and the live households of each village before anything
        /// is written.
        var matchedIn: [String: Int] = [:], liveIn: [String: Int] = [:]
        if !registryEmpty {
            for r in try await sql.raw("""
                SELECT village_code, COUNT(*) AS n FROM households WHERE county_code = \(bind: county) AND dissolved_at IS NULL GROUP BY village_code
                """).all() {
                liveIn[try r.decode(column: "village_code", as: String.self)] = try r.decode(column: "n", as: Int.self)
            }
        }

        for (b, batch) in parsed.households.chunked(max(1, batchSize)).enumerated() {
            progress?(b * batchSize, parsed.households.count)
            var part = ImportPlan()
            // The registry's households with these external keys, and every live person with these ID numbers.
            let keys = registryEmpty ? [] : batch.map(\.key)
            var existing: [String: HouseholdRecord] = [:]
            for chunk in keys.chunked(500) {
                // By the external key; a household without one (registered here) by its own code, which this system's
                // export writes as 户编号.
                for r in try await sql.raw("""
                    SELECT * FROM households WHERE county_code = \(bind: county) AND dissolved_at IS NULL
                    AND (external_code IN (\(SQLList(chunk.map { SQLBind($0) }))) OR (external_code IS NULL AND code IN (\(SQLList(chunk.map { SQLBind($0) })))))
                    """).all() {
                    let h = try HouseholdRecord(row: r)
                    guard RegionCode.contains(scope: principal.regionScope ?? "", code: h.villageCode) else { continue }
                    existing[try r.decode(column: "external_code", as: String?.self) ?? h.code] = h
                }
            }
            let ids = registryEmpty ? [] : batch.flatMap { membersOf[$0.key] ?? [] }.map { IDNumber.normalised($0.idNumber).uppercased() }
                .filter { !$0.isEmpty && !$0.contains("*") }
            var live: [String: MemberRecord] = [:]
            for chunk in ids.chunked(500) {
                for m in try await sql.raw("""
                    SELECT * FROM members WHERE id_number IN (\(SQLList(chunk.map { SQLBind($0) }))) AND removed_at IS NULL
                    """).all().map(MemberRecord.init(row:)) { live[m.idNumber] = m }
            }
            // The matched households' live members with their external keys, 500 households a query.
            var registryMembers: [String: [MemberRecord]] = [:]
            var externalOf: [String: String] = [:] // member id → its external code
            for chunk in existing.values.map(\.id).chunked(500) {
                for r in try await sql.raw("""
                    SELECT * FROM members WHERE household_id IN (\(SQLList(chunk.map { SQLBind($0) }))) AND removed_at IS NULL
                    """).all() {
                    let m = try MemberRecord(row: r)
                    registryMembers[m.householdID, default: []].append(m)
                    if let code = try r.decode(column: "external_code", as: String?.self) { externalOf[m.id] = code }
                }
            }

            // The matched households' helpers (name and phone) and measures (type and start), so the file's are added once.
            var helpersHad: [String: [(name: String, phone: String)]] = [:], measuresHad: [String: Set<String>] = [:]
            for chunk in existing.values.map(\.id).chunked(500) where !parsed.helpers.isEmpty || !parsed.measures.isEmpty {
                for r in try await sql.raw("""
                    SELECT a.household_id, h.name, h.phone FROM household_helpers a JOIN helpers h ON h.id = a.helper_id
                    WHERE a.household_id IN (\(SQLList(chunk.map { SQLBind($0) }))) AND a.ended_on IS NULL
                    """).all() {
                    helpersHad[try r.decode(column: "household_id", as: String.self), default: []]
                        .append((try r.decode(column: "name", as: String.self), try r.decode(column: "phone", as: String.self)))
                }
                for r in try await sql.raw("SELECT household_id, type, start_on FROM measures WHERE household_id IN (\(SQLList(chunk.map { SQLBind($0) })))").all() {
                    measuresHad[try r.decode(column: "household_id", as: String.self), default: []]
                        .insert(try r.decode(column: "type", as: String.self) + "|" + r.decode(column: "start_on", as: String.self))
                }
            }

            // Each household read and its fields checked on its own, the batch's households shared over the cores.
            let (found, theirMembers, externals, byName, fileMembers) = (existing, registryMembers, externalOf, villageByName, membersOf)
            let readings = await withTaskGroup(of: (Int, [Reading]).self) { group in
                let parts = Array(batch).chunked(max(1, (batch.count + Self.cores - 1) / Self.cores))
                for (k, part) in parts.enumerated() {
                    group.addTask {
                        (k, part.map { h in
                            let match = found[h.key]
                            return read(h, match: match, current: match.map { theirMembers[$0.id] ?? [] } ?? [], members: fileMembers[h.key] ?? [],
                                        externalOf: externals, villageByName: byName)
                        })
                    }
                }
                var out = [[Reading]](repeating: [], count: parts.count)
                for await (k, r) in group { out[k] = r }
                return out.flatMap { $0 }
            }
            for (h, reading) in zip(batch, readings) {
                var lines: [RegistryImportLine] = (problems[h.key] ?? []).map {
                    RegistryImportLine(sheet: $0.sheet, row: $0.row, householdKey: h.key, state: "有误", column: $0.column, message: $0.message)
                }
                func wrong(_ column: String?, _ message: String, row: Int = h.row, sheet: String = h.sheet) {
                    lines.append(RegistryImportLine(sheet: sheet, row: row, householdKey: h.key, state: "有误", column: column, message: message))
                }
                let match = existing[h.key]
                var facts = reading.facts
                for e in reading.errors { wrong(HouseholdFields.table[e.field]?.label, e.message) }

                var members: [ImportPlan.Member] = []
                let current = match.map { registryMembers[$0.id] ?? [] } ?? []
                for (m, r) in zip(membersOf[h.key] ?? [], reading.members) {
                    if r.maskedWithoutMatch {
                        wrong(MemberFields.table["idNumber"]?.label, "\(r.name)：身份证号码已遮蔽，该户在系统中没有对应的成员；新增的成员请填写完整号码",
                              row: m.row, sheet: m.sheet)
                    }
                    for x in r.errors { wrong(MemberFields.table[x.field]?.label, "\(r.name)：\(x.message)", row: m.row, sheet: m.sheet) }
                    let f = r.facts
                    if let id = f.text("idNumber"), let elsewhere = live[id], elsewhere.householdID != match?.id {
                        let code = try await householdCode(elsewhere.householdID, on: sql)
                        wrong(MemberFields.table["idNumber"]?.label, "\(f.text("name") ?? "")已在本系统另一户登记（户编号\(code)），一人只能在一户",
                              row: m.row, sheet: m.sheet)
                    }
                    let diff = r.person.map { MemberFields.table.diff(from: $0.facts, to: f) } ?? []
                    members.append(.init(externalCode: m.personKey, facts: f, existing: r.person, diff: diff))
                }
                for e in compositionErrors(members.map { $0.facts.choice("relation", as: Relation.self) }, prefix: nil) { wrong("与户主关系", e.message) }
                // The helpers' and measures' sheets: those the household has already left as they are.
                var helpers: [ImportPlan.Helper] = []
                for x in helpersOf[h.key] ?? [] {
                    let name = (x.input["name"] ?? "").trimmed, phone = (x.input["phone"] ?? "").filter { $0 != "-" && $0 != " " }
                    let had = match.map { helpersHad[$0.id] ?? [] } ?? []
                    if had.contains(where: { $0.name == name && ($0.phone == phone || PhoneMask.masked($0.phone) == phone) }) { continue }
                    switch Self.helper(x, today: today) {
                    case .success(let helper): if !helpers.contains(where: { $0.name == helper.name && $0.phone == helper.phone }) { helpers.append(helper) }
                    case .failure(let errors):
                        for e in errors.errors { wrong(e.field, "帮扶责任人\(name)：\(e.message)", row: x.row, sheet: x.sheet) }
                    }
                }
                var measures: [ImportPlan.Measure] = []
                for x in measuresOf[h.key] ?? [] {
                    switch Self.measure(x, today: today) {
                    case .success(let measure):
                        let had = match.map { measuresHad[$0.id] ?? [] } ?? []
                        if had.contains(measure.type.key + "|" + measure.start.description)
                            || measures.contains(where: { $0.type == measure.type && $0.start == measure.start }) { continue }
                        measures.append(measure)
                    case .failure(let errors):
                        for e in errors.errors { wrong(e.field, "帮扶措施：\(e.message)", row: x.row, sheet: x.sheet) }
                    }
                }

                // Monitoring is the procedure's: a new household brings it as a case with its history; for one already in
                // the registry a difference is listed, not written.
                var diff: [FieldChange] = []
                if let match {
                    diff = HouseholdFields.table.diff(from: match.facts, to: facts)
                    let procedure = diff.filter { HouseholdFields.procedureOwned.contains($0.field) }
                    if !procedure.isEmpty {
                        plan.summary.notes.append("户编号\(h.key)：文件中的监测信息（\(procedure.map(\.label).joined(separator: "、"))）与系统不同，须通过监测程序办理，本次不导入")
                    }
                    let income = diff.filter { HouseholdFields.statementOwned.contains($0.field) }
                    if !income.isEmpty {
                        plan.summary.notes.append("户编号\(h.key)：文件中的收支情况与系统不同，请在该户“收入情况”中按年度登记，本次不导入")
                    }
                    let moved = diff.filter { ["villageCode", "originVillageCode"].contains($0.field) }
                    if !moved.isEmpty {
                        plan.summary.notes.append("户编号\(h.key)：文件中的\(moved.map(\.label).joined(separator: "、"))与系统不同，迁移请在户信息中办理，本次不导入")
                    }
                    for key in HouseholdFields.procedureOwned + HouseholdFields.statementOwned + ["villageCode", "originVillageCode"] { facts[key] = match.facts[key] }
                    diff = HouseholdFields.table.diff(from: match.facts, to: facts)
                    let left = current.filter { c in !members.contains { $0.existing?.id == c.id } }
                    if !left.isEmpty {
                        plan.summary.notes.append("户编号\(h.key)：系统中的\(left.map(\.name).joined(separator: "、"))不在文件中，未作变动")
                    }
                }
                let state: String
                if lines.contains(where: { $0.state == "有误" }) { state = "有误" }
                else if match == nil { state = "新增" }
                else if !diff.isEmpty || members.contains(where: { $0.existing == nil || !$0.diff.isEmpty }) || !helpers.isEmpty || !measures.isEmpty { state = "更新" }
                else { state = "无变化" }
                if state != "有误" {
                    var changes: [RegistryImportLine.Change]?
                    if state == "更新" {
                        // Personal numbers masked in the report, as on every list.
                        func change(_ c: FieldChange, _ person: String?) -> RegistryImportLine.Change {
                            let personal = ["idNumber", "phone"].contains { c.field.hasSuffix($0) }
                            return .init(person: person, label: c.label, before: personal ? c.before.map { PersonalData.masked(field: c.field, $0) } : c.before,
                                         after: personal ? c.after.map { PersonalData.masked(field: c.field, $0) } : c.after)
                        }
                        changes = diff.map { change($0, nil) }
                        for m in members {
                            let name = m.facts.text("name") ?? ""
                            if m.existing == nil { changes?.append(.init(person: name, label: "新增成员", before: nil, after: m.facts.choice("relation", as: Relation.self)?.label)) }
                            changes? += m.diff.map { change($0, name) }
                        }
                        changes? += helpers.map { .init(person: nil, label: "新增帮扶责任人", before: nil, after: "\($0.name)（\($0.unit)）") }
                        changes? += measures.map { .init(person: nil, label: "新增帮扶措施", before: nil, after: "\($0.type.label)（\($0.start)）") }
                    }
                    lines.append(RegistryImportLine(sheet: h.sheet, row: h.row, householdKey: h.key, state: state, column: nil, message: "", changes: changes))
                }
                part.lines += lines
                part.households.append(.init(key: h.key, sheet: h.sheet, row: h.row, facts: facts, members: members, helpers: helpers, measures: measures,
                                             existing: match, diff: diff, state: state))
                if state != "有误", !parsed.helpers.isEmpty || !parsed.measures.isEmpty {
                    plan.summary.helpers = (plan.summary.helpers ?? 0) + helpers.count
                    plan.summary.measures = (plan.summary.measures ?? 0) + measures.count
                }
                if let match { matchedIn[match.villageCode, default: 0] += 1 }

                plan.summary.households += 1
                plan.summary.members += members.count
                switch state {
                case "新增": plan.summary.added += 1
                case "更新": plan.summary.updated += 1
                case "无变化": plan.summary.unchanged += 1
                default: plan.summary.wrong += 1
                }
                if match != nil {
                    plan.summary.membersAdded += members.filter { $0.existing == nil }.count
                    plan.summary.membersUpdated += members.filter { $0.existing != nil && !$0.diff.isEmpty }.count
                } else if facts["monitoringCategory"] != nil {
                    plan.summary.monitored += 1
                }
                if let v = facts.text("villageCode") { plan.summary.byVillage[v, default: 0] += 1 }
            }
            plan.lines += part.lines
            try await each(part)
        }
        progress?(parsed.households.count, parsed.households.count)
        // Lines about rows of no household of the file (an empty or unknown key).
        let fileKeys = Set(parsed.households.map(\.key))
        for p in parsed.problems where !fileKeys.contains(p.householdKey) {
            plan.lines.append(RegistryImportLine(sheet: p.sheet, row: p.row, householdKey: p.householdKey, state: "有误", column: p.column, message: p.message))
        }
        plan.lines.sort { ($0.sheet, $0.row, $0.state) < ($1.sheet, $1.row, $1.state) }
        // Households of the file's villages that the file leaves out (never deleted), as the registry was before a
        // commit's first batch.
        for village in plan.summary.byVillage.keys {
            plan.summary.notInFile += max(0, (liveIn[village] ?? 0) - (matchedIn[village] ?? 0))
        }
        return plan
    }

    /// A row of the helpers' sheet as a helper to assign (from today when the file gives no date), or its errors.
    static func helper(_ x: RegistryImport.Extra, today: Day) -> Result<ImportPlan.Helper, ValidationErrors> {
        let (f, parsed) = WorkflowFields.helper.apply(x.input.filter { ["name", "unit", "phone"].contains($0.key) }, complete: true)
        var errors = parsed.map { FieldError(field: RegistryImport.Headers().helper[$0.field]?.first ?? $0.field, code: $0.code, message: $0.message) }
        var on = today
        if let text = x.input["assignedOn"], !text.isEmpty {
            if let d = Day(text), d <= today { on = d } else {
                errors.append(FieldError(field: "开始帮扶日期", code: "date", message: "开始帮扶日期“\(text)”不是今天或以前的有效日期"))
            }
        }
        guard errors.isEmpty, let name = f.text("name"), let unit = f.text("unit"), let phone = f.text("phone") else { return .failure(ValidationErrors(errors)) }
        return .success(.init(name: name, unit: unit, phone: phone, assignedOn: on))
    }

    /// A row of the measures' sheet as a measure to record, or its errors: the type by its name (as the export writes
    /// it) or the form's, the risks and the state by their names, the same rules as the household page's form.
    static func measure(_ x: RegistryImport.Extra, today: Day) -> Result<ImportPlan.Measure, ValidationErrors> {
        var input = x.input
        let text = (input["type"] ?? "").trimmed
        let type = ReferenceData.measureTypes.first { $0.key == text || $0.label == text || "\($0.label)（\($0.kind.label)）" == text }
        if let type { input["type"] = type.key }
        let (f, parsed) = WorkflowFields.measure.apply(input, complete: true)
        // The form's rules, each error under the column's name.
        var errors = (parsed + MeasureStore.datesErrors(f, today: today))
            .map { FieldError(field: RegistryImport.Headers().measure[$0.field]?.first ?? $0.field, code: $0.code, message: $0.message) }
        if type == nil, !text.isEmpty {
            errors.removeAll { $0.field == "帮扶措施" }
            errors.append(FieldError(field: "帮扶措施", code: "choice", message: "措施“\(text)”不是帮扶措施类型，可选：" + ReferenceData.measureTypes.map(\.label).joined(separator: "、")))
        }
        guard errors.isEmpty, let type, let start = f.date("startOn"), let unit = f.text("unit"), let state = f.choice("state", as: MeasureState.self) else {
            return .failure(ValidationErrors(errors.isEmpty ? [FieldError(field: "帮扶措施", code: "required", message: "请填写措施类型、开始日期、责任单位和状态")] : errors))
        }
        return .success(.init(type: type, risks: f.multi("riskTypes", as: RiskType.self), start: start, end: f.date("endOn"), amount: f.fixed("amount"),
                              unit: unit, state: state, note: f.text("note")))
    }

    /// The number of parts a batch's households are read in at once.
    static let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// A household of the file as its own rows give it, before the registry is asked anything more: its facts and
    /// field errors, and its members'.
    struct Reading: Sendable {
        struct Member: Sendable {
            /// The member's name as the file writes it (or 成员), for messages.
            var name: String
            var person: MemberRecord?
            var facts: Facts
            var errors: [FieldError]
            /// A masked ID number that no member of the registry's household masks to.
            var maskedWithoutMatch: Bool
        }
        var facts: Facts
        var errors: [FieldError]
        var members: [Member]
    }

    /// Reads one household of the file (no database, so households are read on every core): villages named rather
    /// than coded found, masked numbers matched to the registry's household `match`, fields parsed and checked,
    /// each member matched by external key, ID number or masked number and checked.
    func read(_ h: RegistryImport.Household, match: HouseholdRecord?, current: [MemberRecord], members: [RegistryImport.Member],
              externalOf: [String: String], villageByName: [String: String]) -> Reading {
        var input = h.input
        for key in ["villageCode", "originVillageCode"] {
            if let text = input[key], !text.isEmpty, !(text.count == 12 && text.allSatisfy { $0.isASCII && $0.isNumber }), let code = villageByName[text] { input[key] = code }
        }
        if let match { input = Self.unmasked(input, table: HouseholdFields.table, registry: match.facts) }
        let (facts, parsed) = HouseholdFields.table.apply(input, complete: true)
        var errors = parsed + HouseholdRules.validate(facts, today: today) + checkRegions(facts)
        if let village = facts.text("villageCode"), !AccessPolicy.canPlace(in: village, by: principal) {
            errors.append(FieldError(field: "villageCode", code: "scope", message: "\(regions.fullName(village).isEmpty ? village : regions.fullName(village))不在您的管辖范围内"))
        }
        let read = members.map { m -> Reading.Member in
            var input = m.input
            let given = IDNumber.normalised(input["idNumber"] ?? "").uppercased()
            var person = current.first { c in (m.personKey != nil && externalOf[c.id] == m.personKey) } ?? current.first { $0.idNumber == given }
            // A masked survey form read back: the masked number is the household's member whose number masks to it.
            if person == nil, given.contains("*") {
                let same = current.filter { IDNumber.masked($0.idNumber) == given }
                person = same.count == 1 ? same.first : same.first { $0.name == (input["name"] ?? "").trimmingCharacters(in: .whitespaces) }
            }
            if let person { input = Self.unmasked(input, table: MemberFields.table, registry: person.facts) }
            var (f, e) = validateMember(input, base: Facts(), complete: true)
            let masked = given.contains("*") && person == nil
            if masked {
                e.removeAll { $0.field == "idNumber" }
                f["idNumber"] = nil
            }
            return .init(name: input["name"] ?? "成员", person: person, facts: f, errors: e, maskedWithoutMatch: masked)
        }
        return Reading(facts: facts, errors: errors, members: read)
    }

    /// A row of a masked form (a township's survey export) read back: an ID number or phone shown masked stands for the
    /// registry's own value when that value masks to it, so correcting a form never needs the whole numbers.
    static func unmasked(_ input: [String: String], table: FieldTable, registry: Facts) -> [String: String] {
        var input = input
        for spec in table.specs {
            let isID: Bool
            switch spec.kind {
            case .idNumber: isID = true
            case .phone: isID = false
            default: continue
            }
            guard let shown = input[spec.key], shown.contains("*"), let own = registry.text(spec.key) else { continue }
            let mask = isID ? IDNumber.masked(own) : PhoneMask.masked(own)
            if mask == IDNumber.normalised(shown).uppercased() || mask == shown.trimmingCharacters(in: .whitespaces) { input[spec.key] = own }
        }
        return input
    }

    private func householdCode(_ id: String, on sql: any SQLDatabase) async throws -> String {
        (try await sql.raw("SELECT code FROM households WHERE id = \(bind: id)").first()?.decode(column: "code", as: String.self)) ?? id
    }

    /// What a commit carries from batch to batch: whether the registry was empty when it began (then the secondary
    /// indexes are dropped and built once at the end), each village's last household serial, and the monitored
    /// households whose history cases are written at the end. Used inside one transaction by one task.
    final class ImportWriter {
        let empty: Bool
        let deferred: [IndexSpec]
        var serials: [String: Int] = [:]
        var monitored: [(id: String, village: String, facts: Facts, category: String, since: Day, helperOn: Day?, measuresOn: Day?)] = []
        /// The county's helpers by name and phone: one imported twice (two households, two files) is one helper.
        var helperIDs: [String: String] = [:]
        init(empty: Bool) {
            self.empty = empty
            deferred = empty ? IndexSpec.households + IndexSpec.members : []
        }
    }

    /// The helpers, assignments and measures a batch brings, written in bulk: a helper the county already has (same
    /// name and phone) is assigned, not registered again.
    final class AssistanceRows {
        let writer: ImportWriter
        let by: String
        let at: Int64
        var helpers: [[BulkValue]] = [], assignments: [[BulkValue]] = [], measures: [[BulkValue]] = []
        init(writer: ImportWriter, by: String, at: Int64) { self.writer = writer; self.by = by; self.at = at }

        func add(householdID: String, county: String, helpers list: [ImportPlan.Helper], measures plans: [ImportPlan.Measure], leadFirst: Bool) {
            for (i, h) in list.enumerated() {
                let key = h.name + "|" + h.phone
                let id = writer.helperIDs[key] ?? {
                    let id = UUID().uuidString.lowercased()
                    writer.helperIDs[key] = id
                    helpers.append([.text(id), .text(county), .text(h.name), .text(h.unit), .text(h.phone), .text(by), .int(at)])
                    return id
                }()
                assignments.append([.text(UUID().uuidString.lowercased()), .text(county), .text(householdID), .text(id), .bool(leadFirst && i == 0),
                                    .bool(false), .text(h.assignedOn.description), .text(by)])
            }
            for m in plans {
                measures.append([.text(UUID().uuidString.lowercased()), .text(county), .text(householdID), .text(m.type.key), .text(m.type.kind.rawValue),
                                 .text(m.risks.map(\.rawValue).joined(separator: ",")), .text(m.start.description), .text(m.end?.description),
                                 .int(m.amount?.hundredths), .text(m.unit), .text(m.state.rawValue), .text(m.note), .bool(false), .text(by), .int(at), .int(1)])
            }
        }

        func write(on sql: any SQLDatabase) async throws {
            let statements = try BulkInsert.statements(into: "helpers", columns: ["id", "county_code", "name", "unit", "phone", "created_by", "created_at"],
                                                       rows: helpers, chunk: 2000, on: sql)
                + BulkInsert.statements(into: "household_helpers", columns: ["id", "county_code", "household_id", "helper_id", "lead", "origin", "assigned_on", "assigned_by"],
                                        rows: assignments, chunk: 2000, on: sql)
                + BulkInsert.statements(into: "measures", columns: ["id", "county_code", "household_id", "type", "kind", "risk_types", "start_on", "end_on", "amount",
                                                                    "unit", "state", "note", "green_channel", "created_by", "created_at", "version"],
                                        rows: measures, chunk: 1000, on: sql)
            for statement in statements { try await statement.run(on: sql) }
            helpers = []; assignments = []; measures = []
        }
    }

    /// The connection's page cache back to SQLite's default.
    static func endWriting(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "sqlite" { try await sql.raw("PRAGMA cache_size = -2000").run() }
    }

    /// Whether the database holds no household and no member at all (a county moving in): nothing to match.
    static func registryIsEmpty(on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT (SELECT COUNT(*) FROM households) + (SELECT COUNT(*) FROM members) AS n").first()?
            .decode(column: "n", as: Int.self) == 0
    }

    /// Starts a commit's writing (inside its transaction).
    func beginWriting(on sql: any SQLDatabase) async throws -> ImportWriter {
        let empty = try await Self.registryIsEmpty(on: sql)
        let writer = ImportWriter(empty: empty)
        for index in writer.deferred { try await index.drop(on: sql) }
        // A county's rows in one transaction: a bigger page cache keeps SQLite from spilling dirty pages midway (as the
        // demo's bulk load does); set back when the writing ends (`finishWriting`, or `endWriting` when it fails).
        if sql.dialect.name == "sqlite" { try await sql.raw("PRAGMA cache_size = -131072").run() }
        let county = principal.regionScope.map { String($0.prefix(6)) } ?? ""
        for r in try await sql.raw("SELECT id, name, phone FROM helpers WHERE county_code = \(bind: county)").all() {
            writer.helperIDs[try r.decode(column: "name", as: String.self) + "|" + r.decode(column: "phone", as: String.self)] = try r.decode(column: "id", as: String.self)
        }
        return writer
    }

    /// Ends a commit's writing: the dropped indexes built again (the unique ID-number index checks the whole import
    /// then), the monitored households' history cases.
    func finishWriting(_ writer: ImportWriter, filename: String, on sql: any SQLDatabase) async throws {
        for index in writer.deferred { try await index.create(on: sql) }
        try await Self.endWriting(on: sql)
        for m in writer.monitored {
            try await historyCase(householdID: m.id, village: m.village, facts: m.facts, category: m.category, since: m.since,
                                  helperOn: m.helperOn, measuresOn: m.measuresOn, filename: filename, on: sql)
        }
    }

    /// Writes one checked batch (inside the caller's transaction): new households with their members (and, when the
    /// file says monitored, a case with the 历史导入 history, at the end), changed households and members as new versions.
    func apply(_ plan: ImportPlan, writer: ImportWriter, filename: String, declined: Set<String> = [], on sql: any SQLDatabase) async throws {
        let source = "导入（\(filename)）"
        try await insertNew(plan.households.filter { $0.state == "新增" && !declined.contains($0.key) }, writer: writer, filename: filename, on: sql)
        for h in plan.households where !declined.contains(h.key) {
            switch h.state {
            case "更新":
                guard let current = h.existing else { continue }
                if !h.diff.isEmpty {
                    var update = sql.update("households")
                    for spec in HouseholdFields.table.specs where h.diff.contains(where: { $0.field == spec.key }) {
                        update = update.set(SQLIdentifier(spec.column), to: FieldTable.bind(spec, h.facts[spec.key]))
                    }
                    let rows = try await update.set("version", to: SQLBind(current.version + 1)).set("updated_at", to: SQLBind(stamp))
                        .where("id", .equal, SQLBind(current.id)).where("version", .equal, SQLBind(current.version)).returning("version").all()
                    guard !rows.isEmpty else { throw RegistryImportError.changedSinceCheck(h.key) }
                    try await record(on: sql, householdID: current.id, memberID: nil, entity: "household", action: "update", version: current.version + 1,
                                     summary: "\(source)：" + h.diff.map(\.label).joined(separator: "、"), changes: h.diff)
                }
                for m in h.members {
                    if let person = m.existing {
                        guard !m.diff.isEmpty else { continue }
                        try await writeMember(person, facts: m.facts, diff: m.diff, action: "update",
                                              summary: "\(source)：\(person.name) " + m.diff.map(\.label).joined(separator: "、"), on: sql)
                    } else {
                        let mid = try await insertMember(householdID: current.id, facts: m.facts, event: .registration, date: today, on: sql)
                        if let external = m.externalCode {
                            try await sql.update("members").set("external_code", to: SQLBind(external)).where("id", .equal, SQLBind(mid)).run()
                        }
                    }
                }
                if !h.helpers.isEmpty || !h.measures.isEmpty {
                    let assistance = AssistanceRows(writer: writer, by: principal.username, at: stamp)
                    let led = try await sql.raw("SELECT id FROM household_helpers WHERE household_id = \(bind: current.id) AND lead = \(bind: true) AND ended_on IS NULL").first() != nil
                    assistance.add(householdID: current.id, county: current.countyCode, helpers: h.helpers, measures: h.measures,
                                   leadFirst: !led && current.monitoringCategory != nil && current.facts.date("eliminatedOn") == nil)
                    try await assistance.write(on: sql)
                    // An open case's helper and measures steps are done once the household has them.
                    if let c = try await MeasureStore.monitoredCase(of: current.id, on: sql) {
                        if c.helperDone == nil, !h.helpers.isEmpty {
                            try await sql.update("cases").set("helper_done", to: SQLBind(today.description)).where("id", .equal, SQLBind(c.id)).run()
                        }
                        if c.measuresDone == nil, h.measures.contains(where: \.state.applied) {
                            try await sql.update("cases").set("measures_done", to: SQLBind(today.description)).where("id", .equal, SQLBind(c.id)).run()
                        }
                    }
                }
                try await refreshDerived(householdID: current.id, on: sql)
            default:
                continue
            }
        }
    }

    /// A batch's new households written in bulk: each with its code (the village's next), external key, members,
    /// first income statement, head, size and income per head as `refreshDerived` sets them, and one change record
    /// naming the file (the commit's audit entry counts them); a monitored one is noted for its history case.
    private func insertNew(_ households: [ImportPlan.Household], writer: ImportWriter, filename: String, on sql: any SQLDatabase) async throws {
        guard !households.isEmpty else { return }
        let isPostgres = sql.dialect.name == "postgresql"
        let source = "导入（\(filename)）"
        // An empty registry has no codes to continue (and, its indexes dropped, each query would read the whole table).
        for village in Set(households.compactMap { $0.facts.text("villageCode") }) where writer.serials[village] == nil && !writer.empty {
            let last = try await sql.raw("SELECT MAX(code) AS c FROM households WHERE village_code = \(bind: village)").first()?
                .decode(column: "c", as: String?.self) ?? nil
            writer.serials[village] = last.flatMap { Int($0.dropFirst(12)) } ?? 0
        }
        let householdColumns = ["id", "county_code", "township_code", "origin_township_code", "code", "external_code", "head_name", "head_member_id",
                                "member_count", "net_income", "per_capita_income", "version", "created_at", "updated_at"] + HouseholdFields.table.specs.map(\.column)
        let memberColumns = ["id", "household_id", "county_code", "external_code", "version", "joined_at", "joined_event", "created_at", "updated_at"]
            + MemberFields.table.specs.map(\.column)
        let incomeColumns = ["id", "household_id", "county_code", "net_income", "per_capita_income", "version", "source", "recorded_by", "recorded_at",
                             "updated_by", "updated_at", "employed_members"] + IncomeFields.table.specs.map(\.column)
        let changeColumns = ["id", "county_code", "household_id", "member_id", "entity", "action", "version", "actor", "actor_role", "at", "summary", "diff"]
        // SQLite binds up to 32,766 values a statement, PostgreSQL 65,535.
        func chunk(_ columns: [String]) -> Int { (isPostgres ? 60_000 : 32_000) / columns.count }
        let joined = self.today.description
        for batch in households.chunked(2000) {
            var hRows: [[BulkValue]] = [], mRows: [[BulkValue]] = [], iRows: [[BulkValue]] = [], cRows: [[BulkValue]] = []
            let assistance = AssistanceRows(writer: writer, by: principal.username, at: stamp)
            for h in batch {
                guard let village = h.facts.text("villageCode") else { continue }
                let id = UUID().uuidString.lowercased()
                let serial = (writer.serials[village] ?? 0) + 1
                writer.serials[village] = serial
                let code = village + serial.zeroPadded(5)
                let county = String(village.prefix(6))
                var head: (id: String, name: String?)?
                for m in h.members {
                    let mid = UUID().uuidString.lowercased()
                    if head == nil, m.facts.choice("relation", as: Relation.self) == .head { head = (mid, m.facts.text("name")) }
                    mRows.append([.text(mid), .text(id), .text(county), .text(m.externalCode), .int(1), .text(joined), .text(MembershipEvent.registration.rawValue),
                                  .int(stamp), .int(stamp)] + MemberFields.table.specs.map { FieldTable.bulkValue($0, m.facts[$0.key]) })
                }
                let first = YearlyIncome(registry: h.facts, memberCount: h.members.count)
                let year = h.facts.int("incomeYear")
                let size = first.flatMap { $0.year == year ? $0.householdSize : nil }
                let income = IncomeSummary(facts: h.facts, memberCount: size ?? h.members.count)
                hRows.append([.text(id), .text(county), .text(RegionCode.township(of: village) ?? String(village.prefix(9))),
                              .text(h.facts.text("originVillageCode").flatMap(RegionCode.township(of:))), .text(code), .text(h.key),
                              .text(head?.name), .text(head?.id), .int(Int64(h.members.count)),
                              .int(year == nil ? nil : income.netIncome.hundredths), .int(year == nil ? nil : income.perCapita?.hundredths),
                              .int(1), .int(stamp), .int(stamp)] + HouseholdFields.table.specs.map { FieldTable.bulkValue($0, h.facts[$0.key]) })
                if let first {
                    iRows.append([.text("\(id)-\(first.year)"), .text(id), .text(county), .int(first.netIncome.hundredths), .int(first.perCapita.hundredths),
                                  .int(1), .text("import"), .text(principal.username), .int(stamp), .text(principal.username), .int(stamp), .text(first.employedText)]
                                 + IncomeFields.table.specs.map { FieldTable.bulkValue($0, first.facts[$0.key]) })
                }
                cRows.append([.text(UUID().uuidString.lowercased()), .text(county), .text(id), .text(nil), .text("household"), .text("create"), .int(1),
                              .text(principal.username), .text(principal.role.rawValue), .int(stamp),
                              .text("\(source)新建农户 \(code)（家庭成员\(h.members.count)人）"), .text("[]")])
                let monitored = h.facts["monitoringCategory"] != nil && h.facts.date("eliminatedOn") == nil
                assistance.add(householdID: id, county: county, helpers: h.helpers, measures: h.measures, leadFirst: monitored)
                if let category = h.facts.choice("monitoringCategory", as: MonitoringCategory.self)?.rawValue, let since = h.facts.date("monitoredSince") {
                    writer.monitored.append((id, village, h.facts, category, since, h.helpers.map(\.assignedOn).min(),
                                             h.measures.filter(\.state.applied).map(\.start).min()))
                }
            }
            let statements = try BulkInsert.statements(into: "households", columns: householdColumns, rows: hRows, chunk: chunk(householdColumns), on: sql)
                + BulkInsert.statements(into: "members", columns: memberColumns, rows: mRows, chunk: chunk(memberColumns), on: sql)
                + BulkInsert.statements(into: "income_statements", columns: incomeColumns, rows: iRows, chunk: chunk(incomeColumns), on: sql)
                + BulkInsert.statements(into: "changes", columns: changeColumns, rows: cRows, chunk: chunk(changeColumns), on: sql)
            for statement in statements { try await statement.run(on: sql) }
            try await assistance.write(on: sql)
        }
    }

    /// A monitored (or eliminated) household brought in by a file: a case in the state the file gives, whose history
    /// is one 历史导入 event naming the file, so the registry and the procedure agree from the start.
    private func historyCase(householdID: String, village: String, facts: Facts, category: String, since: Day, helperOn: Day?, measuresOn: Day?,
                             filename: String, on sql: any SQLDatabase) async throws {
        let caseID = UUID().uuidString.lowercased()
        let eliminated = facts.date("eliminatedOn")
        let state: CaseState = eliminated == nil ? .monitored : .eliminated
        let regime = ReferenceData.regime(on: since).key
        let risks = facts.multi("riskTypes", as: RiskType.self).map(\.rawValue).joined(separator: ",")
        try await sql.insert(into: "cases")
            .columns("id", "county_code", "township_code", "village_code", "household_id", "state", "channel", "opened_on", "opened_at", "opened_by",
                     "description", "risk_types", "category", "green_channel", "enrolled_on", "eliminated_on", "response_due", "response_done",
                     "decision_due", "decision_done", "helper_done", "measures_done", "regime", "policy_version", "version", "updated_at")
            .values(SQLBind(caseID), SQLBind(String(village.prefix(6))), SQLBind(String(village.prefix(9))), SQLBind(village), SQLBind(householdID),
                    SQLBind(state.rawValue), SQLBind(ClueChannel.cadreScreening.rawValue), SQLBind(since.description), SQLBind(stamp),
                    SQLBind(principal.username), SQLBind("历史导入：\(filename)"), SQLBind(risks), SQLBind(category), SQLBind(false),
                    SQLBind(since.description), SQLBind(eliminated?.description), SQLBind(since.description), SQLBind(since.description),
                    SQLBind(since.description), SQLBind(since.description),
                    SQLBind(helperOn.map { max($0, since).description }), SQLBind(measuresOn.map { max($0, since).description }),
                    SQLBind(regime), SQLBind(0), SQLBind(1), SQLBind(stamp))
            .run()
        var detail: [String: String] = ["file": filename, "category": category, "monitoredSince": since.description]
        if let eliminated { detail["eliminatedOn"] = eliminated.description }
        if let kind = facts.choice("eliminationKind", as: EliminationKind.self)?.rawValue { detail["eliminationKind"] = kind }
        try await sql.insert(into: "case_events")
            .columns("id", "county_code", "case_id", "seq", "action", "from_state", "to_state", "facts", "actor", "actor_role", "at", "regime", "policy_version")
            .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(String(village.prefix(6))), SQLBind(caseID), SQLBind(1), SQLBind("historyImport"),
                    SQLBind(CaseState.clue.rawValue), SQLBind(state.rawValue),
                    SQLBind(String(decoding: try JSONEncoder().encode(detail), as: UTF8.self)), SQLBind(principal.username),
                    SQLBind(principal.role.rawValue), SQLBind(stamp), SQLBind(regime), SQLBind(0))
            .run()
    }
}

enum RegistryImportError: Error {
    /// A household the check read was changed by someone else before the commit.
    case changedSinceCheck(String)
}

/// A stored import: the checked file, its summary and row report, and whether it was committed.
package struct RegistryImportRecord: Sendable {
    package var id: String
    var filename: String
    /// `checked` (dry run done, nothing written), `committed`, or `refused` (the file has wrong rows).
    package var state: String
    var summary: RegistryImportSummary
    package var lines: [RegistryImportLine]
    var createdBy: String
    var createdAt: Int64
    var committedBy: String?
    var committedAt: Int64?
    /// The households (户编号) the township declined: left as they are by the commit.
    var declined: Set<String>
    /// Why a file checked in the background could not be checked (state `failed`).
    var failure: String?

    /// The columns every read of an import selects.
    static let columns = "id, scope, filename, state, summary, report, created_by, created_at, committed_by, committed_at, declined, failure"

    private struct Columns: Decodable {
        var id, filename, state, summary, report, createdBy: String
        var createdAt: Int64
        var committedBy: String?
        var committedAt: Int64?
        var declined: String?
        var failure: String?
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; filename = c.filename; state = c.state; createdBy = c.createdBy; createdAt = c.createdAt
        committedBy = c.committedBy; committedAt = c.committedAt; failure = c.failure
        declined = Set(c.declined.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? [])
        summary = (try? JSONDecoder().decode(RegistryImportSummary.self, from: Data(c.summary.utf8))) ?? RegistryImportSummary()
        lines = (try? JSONDecoder().decode([RegistryImportLine].self, from: Data(c.report.utf8))) ?? []
    }

    var stateLabel: String {
        switch state {
        case "checking": "正在检查"
        case "checked": "已检查，待确认导入"
        case "committed": "已导入"
        case "failed": "无法检查，未导入"
        default: "有误，未导入"
        }
    }
}

extension RegistryStore {
    static func parseRegistry(_ data: Data) throws -> RegistryImport.Parsed {
        do { return try RegistryImport.parse(try UploadedTable.registrySheets(data)) } catch let e as ListFileError {
            throw AppError.validation([FieldError(field: "file", code: "columns", message: e.description)])
        }
    }

    /// Files at least this large are checked in the background from the page, which shows the progress.
    static let backgroundBytes = 512 * 1024

    /// The dry run: the whole file checked against the registry, nothing written but the import's own record (the
    /// file kept for the commit).
    package func checkRegistryImport(_ data: Data, filename: String) async throws -> RegistryImportRecord {
        let parsed = try Self.parseRegistry(data)
        let id = try await beginRegistryImport(data, filename: filename)
        try await completeCheck(id: id, parsed: parsed)
        return try await registryImport(id: id)
    }

    /// The import's record before its check: state `checking`, the file kept.
    func beginRegistryImport(_ data: Data, filename: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        let store = self
        try await db.write { db in
            try await (try db.sql()).insert(into: "registry_imports")
                .columns("id", "county_code", "scope", "filename", "file", "state", "summary", "report", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(store.principal.regionScope.map { String($0.prefix(6)) } ?? ""), SQLBind(store.principal.regionScope ?? ""),
                        SQLBind(String(filename.prefix(200))), SQLBind(data), SQLBind("checking"), SQLBind("{}"), SQLBind("[]"),
                        SQLBind(store.principal.username), SQLBind(store.stamp))
                .run()
        }
        return id
    }

    /// Checks a parsed file against the registry and writes the import's summary and row report (state `checked`, or
    /// `refused` when a row is wrong).
    func completeCheck(id: String, parsed: RegistryImport.Parsed, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws {
        let sql = try db.sql()
        let empty = try await Self.registryIsEmpty(on: sql)
        let plan = try await plan(parsed, on: sql, registryEmpty: empty, progress: progress)
        let state = plan.summary.wrong > 0 || plan.lines.contains { $0.state == "有误" } ? "refused" : "checked"
        let summary = String(decoding: try JSONEncoder().encode(plan.summary), as: UTF8.self)
        let report = String(decoding: try JSONEncoder().encode(plan.lines), as: UTF8.self)
        try await db.write { db in
            try await (try db.sql()).update("registry_imports").set("state", to: SQLBind(state)).set("summary", to: SQLBind(summary))
                .set("report", to: SQLBind(report)).where("id", .equal, SQLBind(id)).where("state", .equal, SQLBind("checking")).run()
        }
    }

    /// The page's check of a large file, on its own task: read, checked with its progress kept in `progress`, and the
    /// import's record completed; a file that cannot be read leaves the record `failed` with the reason.
    func checkInBackground(id: String, data: Data, progress: ImportProgress, logger: Logger) async {
        do {
            progress.set(id, "读取文件", 0, 1)
            let parsed = try Self.parseRegistry(data)
            progress.set(id, "检查", 0, max(1, parsed.households.count))
            try await completeCheck(id: id, parsed: parsed) { done, total in progress.set(id, "检查", done, total) }
        } catch {
            let message = (error as? AppError)?.message ?? "文件无法检查，未导入任何数据，请重新上传"
            logger.error("registry import \(id) failed: \(String(describing: error).prefix(500))")
            try? await db.write { db in
                try await (try db.sql()).update("registry_imports").set("state", to: SQLBind("failed")).set("failure", to: SQLBind(message))
                    .where("id", .equal, SQLBind(id)).where("state", .equal, SQLBind("checking")).run()
            }
        }
        progress.clear(id)
    }

    /// An import made within the user's region (a township sees its own townships', the county all of its county's):
    /// its report names households and people.
    func registryImport(id: String) async throws -> RegistryImportRecord {
        let county = principal.regionScope.map { String($0.prefix(6)) } ?? ""
        guard let row = try await (try db.sql()).raw("""
            SELECT \(unsafeRaw: RegistryImportRecord.columns) FROM registry_imports
            WHERE id = \(bind: id) AND county_code = \(bind: county)
            """).first(), RegionCode.contains(scope: principal.regionScope ?? "-", code: try row.decode(column: "scope", as: String.self))
        else { throw AppError.notFound("导入记录") }
        return try RegistryImportRecord(row: row)
    }

    /// The latest imports the user may see.
    func recentRegistryImports() async throws -> [RegistryImportRecord] {
        let county = principal.regionScope.map { String($0.prefix(6)) } ?? ""
        return try await (try db.sql()).raw("""
            SELECT \(unsafeRaw: RegistryImportRecord.columns) FROM registry_imports
            WHERE county_code = \(bind: county) AND scope LIKE \(bind: (principal.regionScope ?? "-") + "%") ORDER BY created_at DESC LIMIT 20
            """).all().map(RegistryImportRecord.init(row:))
    }

    /// Why an import that is not `checked` can be neither decided nor committed.
    static func notCheckable(_ r: RegistryImportRecord, _ committed: String) -> AppError {
        let message = switch r.state {
        case "committed": "该文件已经导入，\(committed)"
        case "checking": "该文件正在检查，请稍候再确认"
        case "failed": "该文件无法检查，不能导入；请重新上传"
        default: "该文件有误，不能导入；请改正后重新上传"
        }
        return AppError(status: .conflict, code: "import_state", message: message, field: nil)
    }

    /// The survey round trip: the township accepts or declines the file's changes household by household before the
    /// commit (only 新增 and 更新 households can be declined; a later decision on the same household replaces the
    /// earlier). Nothing of the registry is written.
    func decideRegistryImport(id: String, _ decisions: [(household: String, accept: Bool)]) async throws -> RegistryImportRecord {
        let checked = try await registryImport(id: id)
        guard checked.state == "checked" else { throw Self.notCheckable(checked, "不能再取舍") }
        let open = Set(checked.lines.filter { $0.state == "新增" || $0.state == "更新" }.map(\.householdKey))
        var declined = checked.declined
        for (i, d) in decisions.enumerated() {
            guard open.contains(d.household) else {
                throw AppError.validation([FieldError(field: "household", code: "unknown",
                                                      message: "第\(i + 1)项：户编号“\(String(d.household.prefix(40)))”不是本次导入中新增或更新的户")])
            }
            if d.accept { declined.remove(d.household) } else { declined.insert(d.household) }
        }
        let chosen = declined.sorted()
        let text = String(decoding: try JSONEncoder().encode(chosen), as: UTF8.self)
        let store = self
        try await db.write { db in
            let sql = try db.sql()
            try await sql.update("registry_imports").set("declined", to: SQLBind(text))
                .where("id", .equal, SQLBind(id)).where("state", .equal, SQLBind("checked")).run()
            try await AuditLog.append(on: sql, AuditLog.Actor(username: store.principal.username, role: store.principal.role.rawValue, address: store.address,
                                                              at: store.now, key: store.auditKey),
                                      action: "registry.import.decide", entity: "import", entityID: id,
                                      detail: ["declined": .array(chosen.prefix(500).map(JSON.string)),
                                               "declinedCount": .number(Double(chosen.count))])
        }
        return try await registryImport(id: id)
    }

    /// Commits a checked import: the file checked again inside one transaction against the registry as it is now and
    /// written whole, or nothing (409 when a household the check read changed since, 422 when a row is now wrong).
    package func commitRegistryImport(id: String) async throws -> RegistryImportRecord {
        let checked = try await registryImport(id: id)
        guard checked.state == "checked" else { throw Self.notCheckable(checked, "不能重复确认") }
        guard let row = try await (try db.sql()).raw("SELECT file FROM registry_imports WHERE id = \(bind: id)").first() else { throw AppError.notFound("导入记录") }
        let data = try row.decode(column: "file", as: Data.self)
        let parsed = try Self.parseRegistry(data)
        let before = Dictionary(checked.lines.filter { $0.message.isEmpty }.map { ($0.householdKey, $0.state) }, uniquingKeysWith: { a, _ in a })
        let filename = checked.filename
        let store = self
        try await db.write { db in
            let sql = try db.sql()
            func wrong(_ lines: [RegistryImportLine]) throws {
                guard let bad = lines.first(where: { $0.state == "有误" }) else { return }
                throw AppError(status: .conflict, code: "changed_since_check",
                               message: "检查之后台账已有变化，文件中有的行现在不能导入（\(bad.message)），未导入任何数据，请重新上传检查", field: nil)
            }
            // Checked again batch by batch against the registry as it now is, each batch written once it passes; any
            // difference from the check undoes the whole transaction.
            let writer = try await store.beginWriting(on: sql)
            let plan: ImportPlan
            do {
                plan = try await store.plan(parsed, on: sql, registryEmpty: writer.empty, each: { part in
                    try wrong(part.lines)
                    if let moved = part.households.first(where: { before[$0.key] != $0.state }) {
                        throw AppError(status: .conflict, code: "changed_since_check",
                                       message: "检查之后户编号\(moved.key)的台账已被修改，未导入任何数据，请重新上传检查", field: nil)
                    }
                    do { try await store.apply(part, writer: writer, filename: filename, declined: checked.declined, on: sql) } catch RegistryImportError.changedSinceCheck(let key) {
                        throw AppError(status: .conflict, code: "changed_since_check", message: "户编号\(key)在导入期间被他人修改，未导入任何数据，请重新上传检查", field: nil)
                    }
                })
                try wrong(plan.lines)
                try await store.finishWriting(writer, filename: filename, on: sql)
            } catch {
                try? await Self.endWriting(on: sql)
                throw error
            }
            try await sql.update("registry_imports").set("state", to: SQLBind("committed")).set("committed_by", to: SQLBind(store.principal.username))
                .set("committed_at", to: SQLBind(store.stamp)).where("id", .equal, SQLBind(id)).where("state", .equal, SQLBind("checked")).run()
            try await AuditLog.append(on: sql, AuditLog.Actor(username: store.principal.username, role: store.principal.role.rawValue, address: store.address,
                                                              at: store.now, key: store.auditKey),
                                      action: "registry.import", entity: "import", entityID: id,
                                      detail: ["file": .string(filename), "added": .number(Double(plan.summary.added)),
                                               "updated": .number(Double(plan.summary.updated)), "unchanged": .number(Double(plan.summary.unchanged)),
                                               "declined": .number(Double(checked.declined.count))])
        }
        return try await registryImport(id: id)
    }
}
