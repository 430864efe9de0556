import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

extension CaseRefusal {
    var appError: AppError {
        switch code {
        case .facts: return .validation(fieldErrors.isEmpty ? [FieldError(field: "", code: "rule", message: message)] : fieldErrors)
        case .role: return AppError(status: .forbidden, code: "role", message: message)
        case .state: return AppError(status: .conflict, code: "state", message: message)
        case .conditions: return AppError(status: .unprocessableEntity, code: "conditions", message: message)
        case .household: return AppError(status: .unprocessableEntity, code: "household", message: message, field: "householdCode")
        }
    }
}

/// Opens clues and moves cases through the workflow. Every write runs in one transaction with its event, the
/// household's monitoring facts where the step sets them, and the audit entry.
struct CaseStore {
    let db: any Database
    let regions: RegionDirectory
    /// nil for the public self-report (no account).
    let principal: Principal?
    let now: Date
    var address = ""
    /// The application's audit key, for the entries this store writes.
    let auditKey: SymmetricKey?
    let policy: PolicyStore
    let calendar: WorkingCalendar

    var today: Day { Clock.day(of: now) }
    var stamp: Int64 { Int64(now.timeIntervalSince1970) }
    var actorName: String { principal?.username ?? "农户自主申报" }
    var actorRole: String { principal?.role.rawValue ?? "public" }

    // MARK: - Reads

    static func find(id: String, on db: any Database) async throws -> CaseRecord? {
        try await (try db.sql()).raw("SELECT * FROM cases WHERE id = \(bind: id)").first().map(CaseRecord.init(row:))
    }

    /// The case if the signed-in user's region covers its village (a helper's: its household is theirs); otherwise not found.
    func visible(id: String, on db: (any Database)? = nil) async throws -> CaseRecord {
        guard let c = try await Self.find(id: id, on: db ?? self.db), let p = principal, let scope = p.regionScope,
              RegionCode.contains(scope: scope, code: c.villageCode), p.assigned(c.householdID) else { throw AppError.notFound("监测事项") }
        return c
    }

    static func events(of caseID: String, on db: any Database) async throws -> [CaseEventRecord] {
        try await (try db.sql()).raw("SELECT * FROM case_events WHERE case_id = \(bind: caseID) ORDER BY seq").all().map(CaseEventRecord.init(row:))
    }

    static func cases(ofHousehold id: String, on db: any Database) async throws -> [CaseRecord] {
        try await (try db.sql()).raw("SELECT * FROM cases WHERE household_id = \(bind: id) ORDER BY opened_at DESC").all().map(CaseRecord.init(row:))
    }

    // MARK: - Clues

    struct ClueInput {
        var channel: ClueChannel
        var householdID: String?
        var villageCode: String?
        var reporterName: String?
        var reporterIDNumber: String?
        var reporterPhone: String?
        var difficulty: Difficulty
        var description: String
    }


    /// Validates raw input into a clue. A clue names a registered household, or (self-report) a person by ID number,
    /// phone and village; a person found in the registry is linked to their household.
    func parseClue(_ input: [String: String], publicForm: Bool) async throws -> ClueInput {
        var raw = input
        if publicForm { raw["channel"] = ClueChannel.selfReport.rawValue }
        let (f, errors) = WorkflowFields.clue.apply(raw, complete: true)
        var problems = errors
        if !publicForm, f.choice("channel", as: ClueChannel.self) == .selfReport {
            problems.append(FieldError(field: "channel", code: "choice", message: "农户自主申报请通过“一键申报”页面提交；工作人员代为登记的请选择“基层干部排查”"))
        }
        let householdID = f.text("householdId")
        if householdID == nil || publicForm {
            if f.text("name") == nil { problems.append(FieldError(field: "name", code: "required", message: "请填写姓名")) }
            if let id = f.text("idNumber") {
                if case .failure(let e) = IDNumber.parse(id, today: today) {
                    // The public page does not say which check digit would be right: that would finish a guessed number.
                    problems.append(FieldError(field: "idNumber", code: e.code, message: publicForm ? "身份证号码有误，请核对后重新填写" : e.message))
                }
            } else {
                problems.append(FieldError(field: "idNumber", code: "required", message: "请填写身份证号码"))
            }
            if f.text("phone") == nil { problems.append(FieldError(field: "phone", code: "required", message: "请填写联系电话")) }
            if let v = f.text("villageCode") {
                if regions[v]?.level != .village { problems.append(FieldError(field: "villageCode", code: "region", message: "所在村不存在，请从列表中选择")) }
            } else {
                problems.append(FieldError(field: "villageCode", code: "required", message: "请选择所在村"))
            }
        }
        guard problems.isEmpty, let channel = f.choice("channel", as: ClueChannel.self), let difficulty = f.choice("difficulty", as: Difficulty.self),
              let description = f.text("description") else {
            throw ValidationErrors(problems.isEmpty ? [FieldError(field: "description", code: "required", message: "请填写渠道、困难类型和情况说明")] : problems)
        }
        return ClueInput(channel: channel, householdID: publicForm ? nil : householdID,
                         villageCode: f.text("villageCode"), reporterName: f.text("name"), reporterIDNumber: f.text("idNumber"),
                         reporterPhone: f.text("phone"), difficulty: difficulty, description: description)
    }

    /// Opens a clue, or merges it into the open identification of the same household (or the same person).
    /// Returns the case and whether it was merged.
    func open(_ clue: ClueInput) async throws -> (CaseRecord, merged: Bool) {
        let id = UUID().uuidString.lowercased()
        let result: (String, Bool) = try await db.write { db in
            let sql = try db.sql()
            var householdID = clue.householdID
            var village = clue.villageCode
            var placeMismatch: String?
            if let hid = householdID {
                guard let h = try await RegistryStore.household(id: hid, on: db), h.dissolvedAt == nil else {
                    throw AppError.validation([FieldError(field: "householdId", code: "not_found", message: "农户不存在或已注销")])
                }
                if let p = principal, !AccessPolicy.canView(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: p) {
                    throw AppError.notFound("农户")
                }
                village = h.villageCode
            } else if let idNumber = clue.reporterIDNumber {
                // The person is in the registry: the clue belongs to their household — when they reported from the village
                // where it is registered. A report from another village stays where it was made, unlinked, with a flag
                // for the township to check (it could be a move not yet recorded, or someone using another's number).
                struct Registered: Decodable { var id, villageCode: String; var originVillageCode: String? }
                if let found = try await sql.raw("""
                    SELECT h.id, h.village_code, h.origin_village_code FROM members m JOIN households h ON h.id = m.household_id
                    WHERE m.id_number = \(bind: idNumber) AND m.removed_at IS NULL AND h.dissolved_at IS NULL
                    """).first()?.record(Registered.self) {
                    let registered = found.villageCode
                    // A relocated household answers to its resettlement community and to the village it came from (R3).
                    let origin = found.originVillageCode
                    if village == nil || village == registered || (origin != nil && village == origin) {
                        householdID = found.id
                        village = registered
                    } else {
                        placeMismatch = "申报所选村为\(regions.fullName(village ?? ""))，该身份证号码登记在\(regions.fullName(registered))，请乡镇核实后关联农户"
                    }
                }
            }
            guard let village else { throw AppError.validation([FieldError(field: "villageCode", code: "required", message: "请选择所在村")]) }
            if let p = principal, principal?.role != .countyAdmin, let scope = p.regionScope, !RegionCode.contains(scope: scope, code: village) {
                throw AppError.forbidden("只能登记本辖区（\(regions.fullName(scope))）的线索")
            }
            // An open identification for the same household or person takes the new clue as evidence.
            let identification = CaseState.allCases.filter(\.isIdentification).map(\.rawValue)
            let existing: (any SQLRow)?
            if let hid = householdID {
                existing = try await sql.select().column("id").from("cases").where("household_id", .equal, SQLBind(hid))
                    .where("state", .in, SQLBind.group(identification)).first()
            } else if let idNumber = clue.reporterIDNumber {
                existing = try await sql.select().column("id").from("cases").where("reporter_id_number", .equal, SQLBind(idNumber))
                    .where("state", .in, SQLBind.group(identification)).first()
            } else {
                existing = nil
            }
            var facts: [String: String] = ["channel": clue.channel.label, "difficulty": clue.difficulty.label, "description": clue.description,
                                           "reporter": clue.reporterName ?? ""]
            if let placeMismatch { facts["placeMismatch"] = placeMismatch }
            if let row = existing {
                let caseID = try row.decode(column: "id", as: String.self)
                guard let c = try await Self.find(id: caseID, on: db) else { throw AppError.notFound("监测事项") }
                try await appendEvent(on: sql, c, action: "merge", to: c.state, facts: facts)
                try await sql.update("cases").set("version", to: SQLBind(c.version + 1)).set("updated_at", to: SQLBind(stamp))
                    .where("id", .equal, SQLBind(caseID)).run()
                return (caseID, true)
            }
            let current = policy.current
            // The regime in force on the day the clue came counts its deadlines, and the case keeps it.
            let regime = policy.regimes.inForce(on: today)
            let responseDue = try due(regime.limits.rule(.response), from: today)
            let decisionDue = try due(regime.limits.rule(.decision), from: today)
            try await sql.insert(into: "cases")
                .columns("id", "county_code", "township_code", "village_code", "household_id", "state", "channel", "opened_on", "opened_at", "opened_by",
                         "reporter_name", "reporter_id_number", "reporter_phone", "reporter_address", "difficulty", "description", "risk_types",
                         "green_channel", "response_due", "decision_due", "regime", "policy_version", "version", "updated_at")
                .values(SQLBind(id), SQLBind(String(village.prefix(6))), SQLBind(String(village.prefix(9))), SQLBind(village), SQLBind(householdID),
                        SQLBind(CaseState.clue.rawValue), SQLBind(clue.channel.rawValue), SQLBind(today.description), SQLBind(stamp), SQLBind(actorName),
                        SQLBind(clue.reporterName), SQLBind(clue.reporterIDNumber), SQLBind(clue.reporterPhone), SQLBind(principal == nil ? address : nil),
                        SQLBind(clue.difficulty.rawValue), SQLBind(clue.description), SQLBind(clue.difficulty.riskType.rawValue),
                        SQLBind(false), SQLBind(responseDue.description), SQLBind(decisionDue.description),
                        SQLBind(regime.key), SQLBind(current.number), SQLBind(1), SQLBind(stamp))
                .run()
            guard let c = try await Self.find(id: id, on: db) else { throw AppError.notFound("监测事项") }
            try await appendEvent(on: sql, c, action: "open", to: .clue, facts: facts)
            return (id, false)
        }
        guard let c = try await Self.find(id: result.0, on: db) else { throw AppError.notFound("监测事项") }
        return (c, result.1)
    }

    func due(_ rule: DeadlineRule, from day: Day) throws -> Day {
        do { return try rule.due(from: day, calendar: calendar) } catch {
            throw AppError(status: .unprocessableEntity, code: "calendar", message: "工作日历缺少\(day.year)年或次年的节假日安排，请县级管理员在“政策参数 › 工作日历”中补录后再办理")
        }
    }

    // MARK: - Transitions

    /// The fact an event carries when the township or the county recorded the village's step for it: the village.
    static let onBehalfKey = "onBehalfOf"

    /// Takes one action on a case: role, scope, state and facts checked; the event, the case and the household written together.
    func transition(caseID: String, action: CaseAction, input: [String: String], expectedVersion: Int?) async throws -> CaseRecord {
        guard let p = principal else { throw AppError.unauthorized() }
        try await db.write { db in
            let sql = try db.sql()
            var c = try await visible(id: caseID, on: db)
            guard let v = expectedVersion else { throw AppError.versionRequired() }
            if v != c.version {
                throw AppError(status: .conflict, code: "version_conflict", message: "该事项已被他人办理（当前第\(c.version)版），请刷新后再操作", field: "version")
            }
            // A clue from a person not yet found in the registry is linked to a household first.
            if c.householdID == nil, let code = input["householdCode"]?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
                struct Coded: Decodable { var id, villageCode: String }
                guard let found = try await sql.raw("SELECT id, village_code FROM households WHERE code = \(bind: code) AND dissolved_at IS NULL").first()?
                        .record(Coded.self),
                      let scope = p.regionScope, RegionCode.contains(scope: scope, code: found.villageCode) else {
                    throw AppError.validation([FieldError(field: "householdCode", code: "not_found", message: "户编号\(code)不存在或不在您的辖区")])
                }
                let hid = found.id
                try await sql.update("cases").set("household_id", to: SQLBind(hid)).where("id", .equal, SQLBind(c.id)).run()
                try await appendEvent(on: sql, c, action: "link", to: c.state, facts: ["household": code])
                c.householdID = hid
            }
            let household = try await c.householdID.asyncMap { try await RegistryStore.household(id: $0, on: db) } ?? nil
            let events = try await Self.events(of: c.id, on: db)
            var snapshot = CaseSnapshot(state: c.state, hasHousehold: household != nil, householdCategory: household?.category,
                                        greenChannel: c.greenChannel, noticeStart: c.noticeStart,
                                        lastStep: Self.lastStep(c, events: events), comparison: Self.comparison(events))
            let settings = policy.current.settings
            if [.nominateElimination, .verifyElimination, .confirmElimination, .markEliminated].contains(action), let h = household {
                snapshot.eliminationBlockers = try await eliminationBlockers(c, h, on: db)
            }
            // 代录: the township or the county records the village's step for it, with the meeting's minutes attached.
            let onBehalf = ["true", "1", "on"].contains(input["onBehalf"] ?? "") && !action.roles.contains(p.role)
            if onBehalf, CaseMachine.permits(action, role: p.role, state: c.state, onBehalf: true) == nil {
                let minutes = try await sql.raw("""
                    SELECT COUNT(*) AS n FROM documents WHERE case_id = \(bind: c.id) AND state = \(bind: c.state.rawValue)
                    """).first()?.decode(column: "n", as: Int.self) ?? 0
                guard minutes > 0 else {
                    throw AppError.validation([FieldError(field: "onBehalf", code: "minutes",
                                                          message: "代录村级步骤须先在本环节上传会议记录（村民代表会议或评议记录、签到表等照片或扫描件）")])
                }
            }
            let t: CaseTransition
            let regime = policy.regimes.regime(key: c.regime, orInForceOn: c.openedOn)
            switch CaseMachine.apply(action, to: snapshot, by: p.role, input: input, today: today, settings: settings, regime: regime,
                                     onBehalf: onBehalf) {
            case .success(let ok): t = ok
            case .failure(let refusal): throw refusal.appError
            }
            var raw: [String: String] = [:]
            for spec in action.fields.specs { if let v = t.facts[spec.key] { raw[spec.key] = spec.raw(v) } }
            if onBehalf { raw[Self.onBehalfKey] = c.villageCode }
            // 补录: the step names a day well before today. Allowed (paper work is entered late) but marked and audited.
            if let late = t.backfilledDays { raw[Self.backfillKey] = "\(late)" }
            try await appendEvent(on: sql, c, action: action.rawValue, to: t.to, facts: raw)
            if let late = t.backfilledDays, let key = action.stepDateKey {
                try await AuditLog.append(on: sql, AuditLog.Actor(username: actorName, role: actorRole, address: address, at: now, key: auditKey), action: "case.backfill",
                                          entity: "case", entityID: c.id,
                                          detail: ["step": .string(action.label), "date": .string(raw[key] ?? ""), "daysLate": .number(Double(late))], at: now)
            }
            var update = sql.update("cases")
                .set("state", to: SQLBind(t.to.rawValue)).set("version", to: SQLBind(c.version + 1)).set("updated_at", to: SQLBind(stamp))
            func set(_ column: String, _ day: Day?) { update = update.set(SQLIdentifier(column), to: SQLBind(day?.description)) }
            switch action {
            case .startVerification:
                set("response_done", today)
            case .reject:
                if c.responseDone == nil { set("response_done", today) }
                set("decision_done", today)
            case .recordVillageReview:
                set("notice_start", t.facts.date("noticeStart"))
            case .nominateElimination:
                set("notice_start", t.facts.date("noticeStart"))
            case .openGreenChannel:
                update = update.set("green_channel", to: SQLBind(true))
            case .recordVerification:
                // The risks the visit confirmed become the case's and the household's (a version written by this step).
                let risks = t.facts.multi("riskTypes", as: RiskType.self)
                if !risks.isEmpty {
                    let joined = risks.map(\.rawValue).joined(separator: ",")
                    update = update.set("risk_types", to: SQLBind(joined))
                    try await setHousehold(c, ["riskTypes": joined], step: action.label, on: db)
                }
                // The income it verified becomes that year's statement (a figure alone stays on the case).
                if let verified = VerifiedIncome(facts: t.facts, today: today), let hid = c.householdID, let registry = procedureRegistry(c, on: db) {
                    try await registry.writeVerifiedIncome(verified, householdID: hid, step: action.label)
                }
            case .informFarmer:
                if c.informedOn == nil { set("informed_on", t.facts.date("informedOn") ?? today) }
            case .countyApprove:
                let on = t.facts.date("approvedOn") ?? today
                set("decision_done", on)
                if c.responseDone == nil { set("response_done", on) }
                set("enrolled_on", on)
                set("helper_due", try due(regime.limits.rule(.helper), from: on))
                set("measures_due", try due(regime.limits.rule(.measures), from: on))
                let risks = t.facts.multi("riskTypes", as: RiskType.self)
                update = update.set("risk_types", to: SQLBind(risks.map(\.rawValue).joined(separator: ",")))
                    .set("category", to: SQLBind(t.facts.choice("category", as: MonitoringCategory.self)?.rawValue))
                try await setHousehold(c, ["monitoringCategory": t.facts.choice("category", as: MonitoringCategory.self)?.rawValue ?? "",
                                           "monitoredSince": on.description, "riskTypes": risks.map(\.rawValue).joined(separator: ","),
                                           "eliminationKind": "", "eliminatedOn": ""], step: action.label, on: db)
            case .markEliminated:
                let on = t.facts.date("eliminatedOn") ?? today
                set("eliminated_on", on)
                let kind = try await sql.raw("""
                    SELECT facts FROM case_events WHERE case_id = \(bind: c.id) AND action = 'nominateElimination' ORDER BY seq DESC LIMIT 1
                    """).first().map { try $0.decode(column: "facts", as: String.self) }
                    .flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8))["kind"] } ?? EliminationKind.assisted.rawValue
                try await setHousehold(c, ["eliminationKind": kind, "eliminatedOn": on.description], step: action.label, on: db)
            case .rollback:
                set("eliminated_on", nil)
                try await setHousehold(c, ["eliminationKind": "", "eliminatedOn": ""], step: action.label, on: db)
            case .remove:
                try await setHousehold(c, ["monitoringCategory": "", "monitoredSince": "", "riskTypes": "", "eliminationKind": "", "eliminatedOn": ""],
                                       step: action.label, on: db)
            case .reidentify:
                // A new identification on the same record: fresh deadlines, the history kept.
                // …under the regime in force today, which the case now keeps.
                let now = policy.regimes.inForce(on: today)
                set("response_due", try due(now.limits.rule(.response), from: today))
                set("decision_due", try due(now.limits.rule(.decision), from: today))
                update = update.set("regime", to: SQLBind(now.key))
                set("response_done", nil); set("decision_done", nil); set("opened_on", today)
                update = update.set("green_channel", to: SQLBind(false))
            default:
                break
            }
            try await update.where("id", .equal, SQLBind(c.id)).where("version", .equal, SQLBind(c.version)).run()
        }
        guard let c = try await Self.find(id: caseID, on: db) else { throw AppError.notFound("监测事项") }
        return c
    }

    /// The latest 信息比对 of the current identification (a re-identification starts a new one).
    static func comparison(_ events: [CaseEventRecord]) -> ComparisonOutcome? {
        let current = events.lastIndex { $0.action == CaseAction.reidentify.rawValue }.map { events[($0 + 1)...] } ?? events[...]
        return current.last { $0.action == CaseAction.recordComparison.rawValue }.flatMap { $0.facts["result"].flatMap(ComparisonOutcome.init(rawValue:)) }
    }

    /// The event fact that marks a step as 补录 (the number of days between the step's date and its recording).
    static let backfillKey = "backfilledDays"

    /// The latest day the case's history names: the clue's day, then each procedure step's dates (a step without a
    /// date of its own counts on the day it was recorded). Intake events (a merged clue, a correction) do not count.
    static func lastStep(_ c: CaseRecord, events: [CaseEventRecord]) -> StepDate? {
        var dates = [StepDate(c.openedOn, "登记线索")]
        for e in events {
            guard let action = CaseAction(rawValue: e.action) else { continue }
            let named = action.fields.specs.compactMap { spec -> StepDate? in
                guard case .date = spec.kind, let d = e.facts[spec.key].flatMap(Day.init) else { return nil }
                return StepDate(d, "“\(action.label)”中的\(spec.label)")
            }
            dates += named.isEmpty ? [StepDate(Clock.day(of: Date(timeIntervalSince1970: TimeInterval(e.at))), "“\(action.label)”")] : named
        }
        return StepDate.latest(dates)
    }

    /// 更正 by the county admin: the household's procedure-owned facts put right on the case that owns them, with a
    /// reason; the case history records each field before and after, and the case's own copies follow.
    func correct(caseID: String, input: [String: String], expectedVersion: Int?) async throws -> CaseRecord {
        guard let p = principal else { throw AppError.unauthorized() }
        guard Permissions.allows(p.role, .correctCases) else { throw AppError.forbidden("只有县级管理员可以更正监测信息") }
        try await db.write { db in
            let sql = try db.sql()
            let c = try await visible(id: caseID, on: db)
            guard let v = expectedVersion else { throw AppError.versionRequired() }
            if v != c.version {
                throw AppError(status: .conflict, code: "version_conflict", message: "该事项已被他人办理（当前第\(c.version)版），请刷新后再更正", field: "version")
            }
            guard let hid = c.householdID, let h = try await RegistryStore.household(id: hid, on: db) else {
                throw AppError.validation([FieldError(field: "state", code: "state", message: "该事项尚未关联农户，没有可更正的户信息")])
            }
            var corrected = Facts()
            for key in CaseCorrection.keys { corrected[key] = h.facts[key] }
            var problems: [FieldError] = []
            for (key, raw) in input where CaseCorrection.keys.contains(key) {
                guard let spec = CaseCorrection.fields[key] else { continue }
                switch spec.parse(raw) {
                case .success(let value): corrected[key] = value
                case .failure(let e): problems.append(e)
                }
            }
            let reason = input["reason"]?.trimmingCharacters(in: .whitespaces)
            problems += CaseCorrection.errors(state: c.state, corrected: corrected, reason: reason, earliest: c.responseDone ?? c.openedOn, today: today)
            guard problems.isEmpty else { throw AppError.validation(problems) }
            let changed = CaseCorrection.keys.filter { HouseholdFields.table[$0]?.display(h.facts[$0]) != HouseholdFields.table[$0]?.display(corrected[$0]) }
            guard !changed.isEmpty else {
                throw AppError.validation([FieldError(field: "reason", code: "unchanged", message: "填写的内容与现有户信息相同，没有需要更正的字段")])
            }
            var facts: [String: String] = ["reason": reason ?? ""]
            var write: [String: String] = [:]
            for key in changed {
                let spec = HouseholdFields.table[key]
                func shown(_ v: FieldValue?) -> String { (spec?.display(v)).flatMap { $0.isEmpty ? nil : $0 } ?? "（空）" }
                facts[key] = "\(shown(h.facts[key])) → \(shown(corrected[key]))"
                write[key] = spec?.raw(corrected[key]) ?? ""
            }
            try await appendEvent(on: sql, c, action: "correct", to: c.state, facts: facts)
            try await setHousehold(c, write, step: "县级更正监测信息", on: db)
            let risks = corrected.multi("riskTypes", as: RiskType.self).map(\.rawValue).joined(separator: ",")
            try await sql.update("cases").set("version", to: SQLBind(c.version + 1)).set("updated_at", to: SQLBind(stamp))
                .set("category", to: SQLBind(corrected.choice("monitoringCategory", as: MonitoringCategory.self)?.rawValue))
                .set("risk_types", to: SQLBind(risks))
                // The county's decision is the day monitoring began (县级审定 writes both).
                .set("enrolled_on", to: SQLBind(corrected.date("monitoredSince")?.description ?? c.enrolledOn?.description))
                .set("decision_done", to: SQLBind(corrected.date("monitoredSince")?.description ?? c.decisionDone?.description))
                .set("eliminated_on", to: SQLBind(corrected.date("eliminatedOn")?.description))
                .where("id", .equal, SQLBind(c.id)).where("version", .equal, SQLBind(c.version)).run()
        }
        guard let c = try await Self.find(id: caseID, on: db) else { throw AppError.notFound("监测事项") }
        return c
    }

    /// Writes monitoring facts onto the household through the registry (versioned and audited like any edit).
    func setHousehold(_ c: CaseRecord, _ input: [String: String], step: String, on db: any Database) async throws {
        guard let hid = c.householdID, let registry = procedureRegistry(c, on: db) else { return }
        _ = try await registry.updateHousehold(id: hid, input: input, expectedVersion: nil, byProcedure: true, step: step)
    }

    /// The registry as the procedure writes it: the step's own role may lack registry edit rights in the household's
    /// scope, so the workflow writes for it under the acting user's name.
    func procedureRegistry(_ c: CaseRecord, on db: any Database) -> RegistryStore? {
        guard let p = principal else { return nil }
        return RegistryStore(db: db, regions: regions, principal: Principal(username: p.username, role: .countyAdmin, scope: c.countyCode),
                             now: now, address: address, auditKey: auditKey)
    }

    /// Why elimination may not be proposed for this household today.
    func eliminationBlockers(_ c: CaseRecord, _ h: HouseholdRecord, on db: any Database) async throws -> [EliminationBlocker] {
        let members = try await RegistryStore.members(of: h.id, includeRemoved: false, on: db)
        let province = String(h.countyCode.prefix(2))
        guard let line = policy.thresholds.inForce(province: province, on: today) else {
            return [EliminationBlocker(.incomeUnknown, "没有\(today)适用的监测范围，请县级管理员在政策参数中录入")]
        }
        let answered = try await MeasureStore.answeredRisks(householdID: h.id, on: today, db: db)
        // Open 必改 findings of the blocking rules (一兜了之, no developmental measure): put right first, then a rule run closes them.
        let blocking = policy.current.settings.eliminationBlockingRules
        var findings: [EliminationBlocker] = []
        if !blocking.isEmpty {
            struct Open: Decodable { var rule, message: String }
            for f in try await (try db.sql()).raw("""
                SELECT rule, message FROM quality_findings WHERE household_id = \(bind: h.id) AND state = 'open' AND rule IN \(SQLBind.group(blocking)) ORDER BY rule
                """).all().map({ try $0.record(Open.self) }) {
                findings.append(EliminationBlocker(.openFinding, "数据质量问题\(f.rule)（\(QualityRules.rule(f.rule)?.description ?? "")）未整改：\(f.message)"))
            }
        }
        let incomes = try await RegistryStore.incomes(of: h.id, on: db).map(\.statement)
        let input = EliminationCheck.Input(household: HouseholdSnapshot(facts: h.facts, members: members.map(\.facts), incomes: incomes),
                                           enrolledOn: c.enrolledOn ?? h.facts.date("monitoredSince") ?? today,
                                           risks: c.riskTypes.isEmpty ? h.facts.multi("riskTypes", as: RiskType.self) : c.riskTypes,
                                           answeredRisks: answered)
        return EliminationCheck.blockers(input, on: today, threshold: line, settings: policy.current.settings) + findings
    }

    func appendEvent(on sql: any SQLDatabase, _ c: CaseRecord, action: String, to: CaseState, facts: [String: String]) async throws {
        let seq = try await sql.raw("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM case_events WHERE case_id = \(bind: c.id)").first()?.decode(column: "n", as: Int.self) ?? 0
        let json = String(decoding: try JSONEncoder().encode(facts), as: UTF8.self)
        let current = policy.current
        try await sql.insert(into: "case_events")
            .columns("id", "county_code", "case_id", "seq", "action", "from_state", "to_state", "facts", "actor", "actor_role", "at", "regime", "policy_version")
            .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(c.countyCode), SQLBind(c.id), SQLBind(seq), SQLBind(action),
                    SQLBind(c.state.rawValue), SQLBind(to.rawValue), SQLBind(json), SQLBind(actorName), SQLBind(actorRole), SQLBind(stamp),
                    SQLBind(policy.regimes.inForce(on: today).key), SQLBind(current.number))
            .run()
        var detail: [String: JSON] = ["from": .string(c.state.rawValue), "to": .string(to.rawValue), "policyVersion": .number(Double(current.number))]
        for (k, v) in facts where k != "description" { detail[k] = .string(PersonalData.masked(field: k, v)) }
        try await AuditLog.append(on: sql, AuditLog.Actor(username: actorName, role: actorRole, address: address, at: now, key: auditKey),
                                  action: "case.\(action)", entity: "case", entityID: c.id, detail: detail, at: now)
    }
}

extension Optional {
    func asyncMap<T>(_ f: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let v = self else { return nil }
        return try await f(v)
    }
}
