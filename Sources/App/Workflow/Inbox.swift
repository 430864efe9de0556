import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// 待办: what awaits a user — the steps their role owns in their region, and (for the level above) the overdue
/// steps of the levels below. Overdue first, then by due date.
enum Inbox {
    struct Item: Sendable {
        /// A case step, or an item of the rectification ledger.
        enum Kind: String, Sendable { case `case`, rectification, system, policy, duty, visit }
        var kind: Kind = .case
        var caseID: String
        var householdID: String?
        var title: String
        var villageCode: String
        /// The case's state, or the ledger item's source.
        var stepLabel: String
        var stepCode: String
        var task: String
        var due: Day
        var deadlineState: DeadlineState
        /// The user's own step (false: a lower level's overdue step shown for supervision).
        var mine: Bool
        var link: String {
            switch kind {
            case .case: return "/cases/\(caseID)"
            case .rectification: return "/rectifications/\(caseID)"
            case .system: return "/audit"
            case .policy: return "/policy"
            case .duty: return ReportingDuty.duty(caseID)?.page ?? "/"
            case .visit: return "/households/\(caseID)/visits/new"
            }
        }
    }

    /// `duties` adds the recurring reports the user owes (and, for the county, those late below it); `rules` times seed
    /// 000's found/handled/assisted days, which tighten a step's due day where they come first.
    static func items(for p: Principal, on db: any Database, today: Day, thresholds: ThresholdTable? = nil,
                      rules: [DeadlineRule] = DeadlineRule.seedDefaults, duties: DutyStore? = nil, regions: RegionDirectory? = nil,
                      visitReminderDays: Int? = nil, limit: Int = 500) async throws -> [Item] {
        guard let scope = p.regionScope else { return [] }
        let sql = try db.sql()
        // 当月告知 is chased for decisions of this month and the last; older ones are history.
        let informFrom = Day(firstOfMonth: today.year, today.month - 1)
        let rows = try await sql.raw("""
            SELECT c.*, h.head_name, h.code AS household_code FROM cases c LEFT JOIN households h ON h.id = c.household_id
            WHERE \(within: scope, column: "c.village_code")
              AND (c.state NOT IN ('monitored', 'notEligible', 'removed', 'eliminated')
                   OR (c.state = 'monitored' AND (c.helper_done IS NULL OR c.measures_done IS NULL))
                   OR (c.state IN ('monitored', 'notEligible') AND c.informed_on IS NULL AND c.decision_done >= \(bind: informFrom.description)))
            """ + p.andHouseholdCondition("c.household_id")).all()
        var out: [Item] = []
        for row in rows {
            let c = try CaseRecord(row: row)
            let joined = try row.record(JoinedHousehold.self)
            let name = joined.headName ?? c.reporterName ?? "未关联农户"
            let code = joined.householdCode
            let title = "\(name)户" + (code.map { "（\($0)）" } ?? "")
            var tasks: [(String, Day, Day?, [Role])] = []
            // Seed 000's days (发现 5, 处理 10, 帮扶 30 from the clue) where they come before the step's own.
            let seed000 = Dictionary(uniqueKeysWithValues: c.screening(today: today, rules: rules).map { ($0.key, $0.due) })
            func sooner(_ due: Day, _ key: String) -> Day { seed000[key].map { min($0, due) } ?? due }
            switch c.state {
            case .clue:
                tasks.append((CaseAction.startVerification.label, sooner(c.responseDue, "screening.discover"), nil, c.state.owner))
            case .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval:
                tasks.append((c.state.label, sooner(c.decisionDue, "screening.handle"), nil, c.state.owner))
            case .monitored, .notEligible:
                if c.helperDone == nil, let d = c.helperDue { tasks.append(("明确帮扶责任人", d, nil, [.villageOfficer, .townshipOfficer])) }
                if c.measuresDone == nil, let d = c.measuresDue { tasks.append(("制定落实帮扶措施", sooner(d, "screening.assist"), nil, [.villageOfficer, .townshipOfficer])) }
                if c.informedOn == nil, let d = c.informDue, let decided = c.decisionDone, decided >= informFrom {
                    tasks.append((CaseAction.informFarmer.label, d, nil, CaseAction.informFarmer.roles.sorted { $0.rawValue < $1.rawValue }))
                }
            case .eliminationNominated, .eliminationVerified, .eliminationConfirmed:
                // No seed deadline: shown as open from the day it reached the step.
                tasks.append((c.state.label, Clock.day(of: Date(timeIntervalSince1970: TimeInterval(c.updatedAt))), nil, c.state.owner))
            default:
                break
            }
            for (task, due, done, owners) in tasks {
                let state = DeadlineState.of(due: due, completedOn: done, today: today)
                let mine = owners.contains(p.role)
                let supervising = !mine && state == .overdue && isAbove(p.role, owners)
                guard mine || supervising else { continue }
                let open = c.state.isElimination
                out.append(Item(caseID: c.id, householdID: c.householdID, title: title, villageCode: c.villageCode, stepLabel: c.state.label,
                                stepCode: c.state.rawValue, task: task, due: due, deadlineState: open ? .open : state, mine: mine))
            }
        }
        out += try await rectifications(for: p, scope: scope, on: sql, today: today)
        if let visitReminderDays { out += try await visits(for: p, scope: scope, on: db, today: today, reminderDays: visitReminderDays) }
        if let duties { out += try await Self.duties(for: p, scope: scope, store: duties, regions: regions) }
        // A failed nightly backup waits for the county admin until a later one works.
        if p.role == .countyAdmin, let last = try await BackupSchedule.last(on: db), !last.ok {
            out.append(Item(kind: .system, caseID: "", householdID: nil, title: "数据库自动备份失败", villageCode: scope, stepLabel: "系统",
                            stepCode: "backup", task: "检查备份目录后重新备份：\(last.detail.prefix(120))", due: Clock.day(of: Date(timeIntervalSince1970: TimeInterval(last.at))),
                            deadlineState: .overdue, mine: true))
        }
        // The monitoring line's validity ran out and no new one was entered: assessments have no line to use.
        if Permissions.allows(p.role, .managePolicy), let expired = thresholds?.expired(province: String(scope.prefix(2)), on: today),
           let end = expired.validTo {
            out.append(Item(kind: .policy, caseID: "", householdID: nil, title: "监测范围已过有效期", villageCode: scope, stepLabel: "政策参数",
                            stepCode: "threshold", task: "\(expired.label)有效期至\(end)，请录入新的年度监测范围；录入前研判无法判断是否在监测范围内",
                            due: end.adding(days: 1), deadlineState: .overdue, mine: true))
        }
        out.sort { a, b in
            if (a.deadlineState == .overdue) != (b.deadlineState == .overdue) { return a.deadlineState == .overdue }
            return a.due < b.due
        }
        return Array(out.prefix(limit))
    }

    /// Open ledger items of the user's own unit, and the overdue ones of the units below (R27: 挂账整改).
    static func rectifications(for p: Principal, scope: String, on sql: any SQLDatabase, today: Day) async throws -> [Item] {
        guard Permissions.allows(p.role, .closeRectification), p.households == nil else { return [] }
        return try await sql.raw("""
            SELECT * FROM rectifications WHERE \(within: scope, column: "region_code") AND state = 'open'
            """).all().map(RectificationRecord.init(row:)).compactMap { r in
            let state = r.deadline(today: today)
            let mine = r.regionCode == scope
            guard mine || (state == .overdue && p.role != .villageOfficer) else { return nil }
            return Item(kind: .rectification, caseID: r.id, householdID: r.householdID, title: String(r.problem.prefix(30)), villageCode: r.regionCode,
                        stepLabel: r.source.label, stepCode: r.source.rawValue, task: "整改：" + String(r.measure.prefix(30)), due: r.due,
                        deadlineState: state, mine: mine)
        }
    }

    /// Near a quarter's end, the monitored households its helper has not visited this quarter: the helper's own, and for
    /// the village officer (who records visits for helpers without an account) the village's (seed 003's quarterly check).
    static func visits(for p: Principal, scope: String, on db: any Database, today: Day, reminderDays: Int) async throws -> [Item] {
        guard p.role == .helper || p.role == .villageOfficer else { return [] }
        let q = HelperVisit.quarter(of: today)
        guard today.days(until: q.to) < reminderDays else { return [] }
        return try await VisitStore.unvisited(scope: scope, quarter: (q.from, q.to), principal: p, on: db).map { u in
            Item(kind: .visit, caseID: u.householdID, householdID: u.householdID, title: "\(u.headName)户（\(u.code)）", villageCode: u.villageCode,
                 stepLabel: "帮扶走访", stepCode: "visit", task: "本季度尚未走访（帮扶责任人：\(u.helpers)）", due: q.to, deadlineState: .open, mine: true)
        }
    }

    /// The reports the user owes (shown from a week before their day until sent), and for the county the townships'
    /// and departments' that are late.
    static func duties(for p: Principal, scope: String, store: DutyStore, regions: RegionDirectory?) async throws -> [Item] {
        var out: [Item] = []
        for s in try await store.mine(p) where s.sentOn == nil && store.today.days(until: s.due) <= 7 {
            out.append(Item(kind: .duty, caseID: s.duty.id, householdID: nil, title: "\(s.period.label)\(s.duty.name)", villageCode: scope,
                            stepLabel: "定期报送", stepCode: s.duty.id, task: s.duty.task, due: s.due, deadlineState: s.state, mine: true))
        }
        if let regions {
            for s in try await store.below(p, regions: regions) where s.state == .overdue {
                let unit = Department(rawValue: s.unit)?.label ?? regions.fullName(s.unit)
                out.append(Item(kind: .duty, caseID: s.duty.id, householdID: nil, title: "\(unit)：\(s.period.label)\(s.duty.name)", villageCode: scope,
                                stepLabel: "定期报送", stepCode: s.duty.id, task: "\(unit)逾期未报送：" + s.duty.seed, due: s.due, deadlineState: .overdue, mine: false))
            }
        }
        return out
    }

    /// The county supervises townships and villages; a township its villages.
    static func isAbove(_ role: Role, _ owners: [Role]) -> Bool {
        switch role {
        case .countyAdmin: return owners.contains(.townshipOfficer) || owners.contains(.villageOfficer)
        case .townshipOfficer: return owners.contains(.villageOfficer)
        default: return false
        }
    }

    /// For the navigation badge: how many items, how many overdue. Cached per user and day until the next write
    /// (`Writes`: cases are written by requests that write, imports and the stores), at most a minute, so every page
    /// does not rescan the county's cases.
    static func counts(for p: Principal, on db: any Database, today: Day, rules: [DeadlineRule] = DeadlineRule.seedDefaults,
                       duties: DutyStore? = nil, regions: RegionDirectory? = nil, visitReminderDays: Int? = nil,
                       cache: WriteCache<(total: Int, overdue: Int)>? = nil) async throws -> (total: Int, overdue: Int) {
        let key = "\(p.username)|\(today)|\(duties == nil ? "cases" : "all")"
        if let hit = cache?.get(key) { return hit }
        let generation = cache?.generation ?? 0
        let items = try await items(for: p, on: db, today: today, rules: rules, duties: duties, regions: regions, visitReminderDays: visitReminderDays)
        let counts = (total: items.count, overdue: items.filter { $0.deadlineState == .overdue }.count)
        cache?.set(key, counts, generation: generation)
        return counts
    }
}

/// Counts the inbox once per page request, for the navigation.
struct InboxCounts: AsyncMiddleware {
    struct Key: StorageKey { typealias Value = InboxBadge }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let s = request.auth.get(Session.self), Permissions.allows(s.principal.role, .viewCases) {
            let c = try await Inbox.counts(for: s.principal, on: request.db, today: request.today, rules: request.policy.current.rules,
                                             duties: request.duties, regions: request.regions,
                                             visitReminderDays: request.policy.current.settings.screening.visitReminderDays, cache: request.caches.inbox)
            request.storage[Key.self] = InboxBadge(total: c.total, overdue: c.overdue)
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The principal's inbox: every kind of item, with the application's policy, duties and regions.
    func inboxItems(_ p: Principal) async throws -> [Inbox.Item] {
        try await Inbox.items(for: p, on: db, today: today, thresholds: policy.thresholds, rules: policy.current.rules, duties: duties,
                              regions: regions, visitReminderDays: policy.current.settings.screening.visitReminderDays)
    }
}
