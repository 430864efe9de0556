import Domain
import Fluent
import Foundation
import SQLKit

/// Cases (one identification and what follows it) and their events, keyed by county code like every table.
struct CreateCases: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("cases")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("township_code", .string, .required)
            .field("village_code", .string, .required)
            .field("household_id", .string)
            .field("state", .string, .required)
            .field("channel", .string, .required)
            .field("opened_on", .string, .required)
            .field("opened_at", .int64, .required)
            .field("opened_by", .string, .required)
            .field("reporter_name", .string)
            .field("reporter_id_number", .string)
            .field("reporter_phone", .string)
            .field("reporter_address", .string)
            .field("difficulty", .string)
            .field("description", .string)
            .field("risk_types", .string)
            .field("category", .string)
            .field("green_channel", .bool, .required)
            .field("enrolled_on", .string)
            .field("eliminated_on", .string)
            .field("notice_start", .string)
            .field("response_due", .string, .required)
            .field("response_done", .string)
            .field("decision_due", .string, .required)
            .field("decision_done", .string)
            .field("helper_due", .string)
            .field("helper_done", .string)
            .field("measures_due", .string)
            .field("measures_done", .string)
            .field("regime", .string, .required)
            .field("policy_version", .int, .required)
            .field("version", .int, .required)
            .field("updated_at", .int64, .required)
            .create()
        let sql = try db.sql()
        for index in [
            IndexSpec(name: "cases_county_state", table: "cases", columns: ["county_code", "state"]),
            IndexSpec(name: "cases_village_state", table: "cases", columns: ["village_code", "state"]),
            IndexSpec(name: "cases_household", table: "cases", columns: ["household_id"]),
            IndexSpec(name: "cases_reporter", table: "cases", columns: ["reporter_id_number"]),
        ] { try await index.create(on: sql) }

        try await db.schema("case_events")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("case_id", .string, .required, .references("cases", "id", onDelete: .cascade))
            .field("seq", .int, .required)
            .field("action", .string, .required)
            .field("from_state", .string, .required)
            .field("to_state", .string, .required)
            .field("facts", .string, .required)
            .field("actor", .string, .required)
            .field("actor_role", .string, .required)
            .field("at", .int64, .required)
            .field("regime", .string, .required)
            .field("policy_version", .int, .required)
            .unique(on: "case_id", "seq")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("case_events").delete()
        try await db.schema("cases").delete()
    }
}

struct CaseRecord: Sendable {
    var id: String
    var countyCode, townshipCode, villageCode: String
    var householdID: String?
    var state: CaseState
    var channel: ClueChannel
    var openedOn: Day
    var openedAt: Int64
    var openedBy: String
    var reporterName, reporterIDNumber, reporterPhone: String?
    var difficulty: Difficulty?
    var description: String?
    var riskTypes: [RiskType]
    var category: MonitoringCategory?
    var greenChannel: Bool
    var enrolledOn, eliminatedOn, noticeStart: Day?
    var responseDue: Day, responseDone: Day?
    var decisionDue: Day, decisionDone: Day?
    var helperDue, helperDone, measuresDue, measuresDone: Day?
    /// The day the farmer was first told the decision (登记告知农户).
    var informedOn: Day?
    var regime: String
    var policyVersion: Int
    var version: Int
    var updatedAt: Int64

    /// A row of the cases table. Dates are read leniently (a stored text that is not a date counts as none), as the
    /// case's deadlines have a day to fall back on.
    private struct Columns: Decodable {
        var id, countyCode, townshipCode, villageCode, state, channel, openedOn, openedBy, regime: String
        var householdId, reporterName, reporterIdNumber, reporterPhone, difficulty, description, riskTypes, category: String?
        var enrolledOn, eliminatedOn, noticeStart, responseDue, responseDone, decisionDue, decisionDone: String?
        var helperDue, helperDone, measuresDue, measuresDone, informedOn: String?
        var openedAt, updatedAt: Int64
        var greenChannel: Bool
        var policyVersion, version: Int
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        func d(_ text: String?) -> Day? { text.flatMap(Day.init) }
        id = c.id; countyCode = c.countyCode; townshipCode = c.townshipCode; villageCode = c.villageCode
        householdID = c.householdId
        state = CaseState(rawValue: c.state) ?? .clue
        channel = ClueChannel(rawValue: c.channel) ?? .cadreScreening
        openedOn = Day(c.openedOn) ?? Day(firstOfMonth: 2000, 1)
        openedAt = c.openedAt; openedBy = c.openedBy
        reporterName = c.reporterName; reporterIDNumber = c.reporterIdNumber; reporterPhone = c.reporterPhone
        difficulty = c.difficulty.flatMap(Difficulty.init(rawValue:))
        description = c.description
        riskTypes = (c.riskTypes ?? "").split(separator: ",").compactMap { RiskType(rawValue: String($0)) }
        category = c.category.flatMap(MonitoringCategory.init(rawValue:))
        greenChannel = c.greenChannel
        enrolledOn = d(c.enrolledOn); eliminatedOn = d(c.eliminatedOn); noticeStart = d(c.noticeStart)
        responseDue = d(c.responseDue) ?? openedOn; responseDone = d(c.responseDone)
        decisionDue = d(c.decisionDue) ?? openedOn; decisionDone = d(c.decisionDone)
        helperDue = d(c.helperDue); helperDone = d(c.helperDone)
        measuresDue = d(c.measuresDue); measuresDone = d(c.measuresDone)
        informedOn = d(c.informedOn)
        regime = c.regime; policyVersion = c.policyVersion; version = c.version; updatedAt = c.updatedAt
    }

    /// The deadlines of the case, each with its state today: the clue's answer and decision (seed 001), the helper and
    /// measures after enrolment, and seed 000's "5天内发现，10天内处理，30天内帮扶" counted from the clue.
    func deadlines(today: Day, rules: [DeadlineRule] = DeadlineRule.seedDefaults) -> [CaseDeadline] {
        var out = [CaseDeadline(key: "clue.response", name: "线索答复", due: responseDue, done: responseDone, today: today),
                   CaseDeadline(key: "clue.decision", name: "完成识别认定", due: decisionDue, done: decisionDone, today: today)]
        if let due = helperDue { out.append(CaseDeadline(key: "enrolment.helper", name: "明确帮扶责任人", due: due, done: helperDone, today: today)) }
        if let due = measuresDue { out.append(CaseDeadline(key: "enrolment.measures", name: "落实帮扶措施", due: due, done: measuresDone, today: today)) }
        if let due = informDue { out.append(CaseDeadline(key: "decision.inform", name: "告知农户（当月）", due: due, done: informedOn, today: today)) }
        out += screening(today: today, rules: rules)
        return out
    }

    /// The farmer is told the decision in the month it was made (seed 001: 认定结果当月告知农户): the month's last day.
    var informDue: Day? {
        guard let d = decisionDone, state == .notEligible || state.isMonitored || state == .eliminated || state == .removed else { return nil }
        return Day(firstOfMonth: d.year, d.month).adding(months: 1).adding(days: -1)
    }

    /// Seed 000: found (the village takes the clue up), handled (a decision), assisted (a measure in place), each within
    /// its days of the clue. A clue found not eligible needs no assistance.
    func screening(today: Day, rules: [DeadlineRule]) -> [CaseDeadline] {
        func due(_ key: String, _ fallback: Int) -> Day {
            let rule = rules.first { $0.key == key }
            if case .days(let n)? = rule?.count { return openedOn.adding(days: n) }
            return openedOn.adding(days: fallback)
        }
        var out = [CaseDeadline(key: "screening.discover", name: "排查发现（受理核实）", due: due("screening.discover", 5), done: responseDone, today: today),
                   CaseDeadline(key: "screening.handle", name: "排查处理（作出认定）", due: due("screening.handle", 10), done: decisionDone, today: today)]
        if state != .notEligible && state != .removed {
            // Measures under the green channel may come before the decision; either way the first one counts.
            out.append(CaseDeadline(key: "screening.assist", name: "落实帮扶", due: due("screening.assist", 30), done: measuresDone, today: today))
        }
        return out
    }
}

struct CaseDeadline: Sendable {
    var key: String
    var name: String
    var due: Day
    var done: Day?
    var state: DeadlineState

    init(key: String, name: String, due: Day, done: Day?, today: Day) {
        self.key = key; self.name = name; self.due = due; self.done = done
        state = DeadlineState.of(due: due, completedOn: done, today: today)
    }
}

struct CaseEventRecord: Sendable {
    var id: String
    var seq: Int
    var action: String
    var from: CaseState?
    var to: CaseState?
    var facts: [String: String]
    var actor: String
    var actorRole: String
    var at: Int64
    var regime: String
    var policyVersion: Int

    /// A row of the case events; `facts` holds the step's facts as JSON.
    private struct Columns: Decodable {
        var id, action, fromState, toState, facts, actor, actorRole, regime: String
        var seq, policyVersion: Int
        var at: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; seq = c.seq; action = c.action
        from = CaseState(rawValue: c.fromState); to = CaseState(rawValue: c.toState)
        facts = (try? JSONDecoder().decode([String: String].self, from: Data(c.facts.utf8))) ?? [:]
        actor = c.actor; actorRole = c.actorRole; at = c.at; regime = c.regime; policyVersion = c.policyVersion
    }

    /// The action's Chinese name (the workflow's own actions and the intake events).
    var label: String {
        if let a = CaseAction(rawValue: action) { return a.label }
        switch action {
        case "open": return "登记风险线索"
        case "merge": return "合并重复线索"
        case "newRisk": return "部门预警：监测户出现新风险"
        case "link": return "关联农户"
        case "correct": return "县级更正监测信息"
        default: return action
        }
    }

    /// Facts as a person reads them: labels for the action's declared fields.
    var readable: [(String, String)] {
        let table = CaseAction(rawValue: action)?.fields
        return facts.keys.sorted().compactMap { key in
            guard let value = facts[key], !value.isEmpty else { return nil }
            if key == CaseStore.backfillKey { return ("补录", "办理日期早于登记日\(value)天") }
            if key == CaseStore.onBehalfKey { return ("代录", "由\(Role(rawValue: actorRole)?.label ?? "上级")代村录入，会议记录已上传") }
            if let spec = table?[key] {
                let parsed = (try? spec.parse(value).get()) ?? nil
                return (spec.label, parsed.map(spec.display) ?? value)
            }
            return (CaseEventRecord.labels[key] ?? HouseholdFields.table[key]?.label ?? key, value)
        }
    }

    /// Recorded well after the day it names (补录).
    var backfilled: Bool { facts[CaseStore.backfillKey] != nil }

    /// Recorded by the township or the county for the village (代录).
    var onBehalf: Bool { facts[CaseStore.onBehalfKey] != nil }

    static let labels = ["note": "说明", "channel": "发现方式", "difficulty": "困难类型", "description": "情况描述", "household": "农户",
                         "reporter": "申报人", "merged": "合并的线索", "placeMismatch": "申报地点待核实", "reason": "理由",
                         "department": "推送部门", "list": "部门名单", "row": "名单行", "member": "涉及成员", "risk": "新增风险"]
}
