import Domain
import Fluent
import Foundation
import SQLKit

/// 待办: what awaits a user — the steps their role owns in their region, and (for the level above) the overdue
/// steps of the levels below. Overdue first, then by due date.
enum Inbox {
    struct Item: Sendable {
        /// A case step, or an item of the rectification ledger.
        enum Kind: String, Sendable { case `case`, rectification, system, policy }
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
            }
        }
    }

    static func items(for p: Principal, on db: any Database, today: Day, thresholds: ThresholdTable? = nil, limit: Int = 500) async throws -> [Item] {
        guard let scope = p.regionScope else { return [] }
        let sql = try db.sql()
        let rows = try await sql.raw("""
            SELECT c.*, h.head_name, h.code AS household_code FROM cases c LEFT JOIN households h ON h.id = c.household_id
            WHERE c.village_code LIKE \(bind: scope + "%")
              AND (c.state NOT IN ('monitored', 'notEligible', 'removed', 'eliminated')
                   OR (c.state = 'monitored' AND (c.helper_done IS NULL OR c.measures_done IS NULL)))
            """ + p.andHouseholdCondition("c.household_id")).all()
        var out: [Item] = []
        for row in rows {
            let c = try CaseRecord(row: row)
            let name = try row.decode(column: "head_name", as: String?.self) ?? c.reporterName ?? "未关联农户"
            let code = try row.decode(column: "household_code", as: String?.self)
            let title = "\(name)户" + (code.map { "（\($0)）" } ?? "")
            var tasks: [(String, Day, Day?, [Role])] = []
            switch c.state {
            case .clue:
                tasks.append((CaseAction.startVerification.label, c.responseDue, nil, c.state.owner))
            case .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval:
                tasks.append((c.state.label, c.decisionDue, nil, c.state.owner))
            case .monitored:
                if c.helperDone == nil, let d = c.helperDue { tasks.append(("明确帮扶责任人", d, nil, [.villageOfficer, .townshipOfficer])) }
                if c.measuresDone == nil, let d = c.measuresDue { tasks.append(("制定落实帮扶措施", d, nil, [.villageOfficer, .townshipOfficer])) }
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
            SELECT * FROM rectifications WHERE region_code LIKE \(bind: scope + "%") AND state = 'open'
            """).all().map(RectificationRecord.init(row:)).compactMap { r in
            let state = r.deadline(today: today)
            let mine = r.regionCode == scope
            guard mine || (state == .overdue && p.role != .villageOfficer) else { return nil }
            return Item(kind: .rectification, caseID: r.id, householdID: r.householdID, title: String(r.problem.prefix(30)), villageCode: r.regionCode,
                        stepLabel: r.source.label, stepCode: r.source.rawValue, task: "整改：" + String(r.measure.prefix(30)), due: r.due,
                        deadlineState: state, mine: mine)
        }
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
    static func counts(for p: Principal, on db: any Database, today: Day) async throws -> (total: Int, overdue: Int) {
        let key = "\(p.username)|\(today)"
        if let hit = cache.get(key) { return hit }
        let generation = Writes.generation
        let items = try await items(for: p, on: db, today: today)
        let counts = (total: items.count, overdue: items.filter { $0.deadlineState == .overdue }.count)
        cache.set(key, counts, generation: generation)
        return counts
    }

    static let cache = WriteCache<(total: Int, overdue: Int)>(seconds: 60, capacity: 10_000)
}
