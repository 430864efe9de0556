/// The recurring reports seed 003 times: who sends what, for which month or quarter, by which day. Departments push
/// last month's warnings by the 5th, townships report their verification by the 20th, the county by the 25th; the
/// departments' policy ledger reaches the villages by the 25th of each quarter's last month; the quarter's measure and
/// elimination figures go up within 5 working days of the next quarter. Each duty's day is a deadline rule of the policy, so a county can move it; a duty not sent by its day is late
/// in the inbox of whoever owes it and of the level above.
public struct ReportingDuty: Sendable, Identifiable {
    /// afterMonth: last month's, due in this month; quarter: this quarter's; afterQuarter: last quarter's.
    public enum Cycle: Sendable { case afterMonth, quarter, afterQuarter }

    /// The deadline rule that times it (`DeadlineRule.seedDefaults`).
    public let id: String
    public let name: String
    /// What the one who owes it does, in a sentence.
    public let task: String
    public let role: Role
    public let cycle: Cycle
    /// The seed's words.
    public let seed: String
    /// Where the work is done.
    public let page: String

    /// The unit `p` sends this duty for (their department, township or county); nil when their role does not owe it.
    public func unit(of p: Principal) -> String? {
        guard p.role == role else { return nil }
        switch role {
        case .departmentOfficer: return Department(rawValue: p.scope) == nil ? nil : p.scope
        case .townshipOfficer: return p.scope.count == 9 ? p.scope : nil
        case .countyAdmin: return p.scope.count == 6 ? p.scope : nil
        default: return nil
        }
    }

    public static let all: [ReportingDuty] = [
        ReportingDuty(id: "department.push", name: "部门数据推送", task: "推送上月风险预警线索（导入本部门名单）", role: .departmentOfficer, cycle: .afterMonth,
                      seed: "每月5日前推送上月风险预警线索及实名制台账", page: "/imports"),
        ReportingDuty(id: "township.report", name: "乡镇核实上报", task: "核实上月部门推送的预警并上报核实情况报告", role: .townshipOfficer, cycle: .afterMonth,
                      seed: "各乡镇每月20日前向县乡村振兴局报送核实风险预警线索情况报告", page: "/warnings/report"),
        ReportingDuty(id: "county.report", name: "县级核实结果上报", task: "汇总各乡镇核实情况，向上级报送风险预警线索核实结果的报告", role: .countyAdmin,
                      cycle: .afterMonth, seed: "每月25日各县市报送风险预警线索核实结果的报告", page: "/warnings/report"),
        ReportingDuty(id: "village.ledger", name: "政策落实台账推送到村", task: "将本季度政策落实及调整变化情况实名制台账推送到各行政村", role: .departmentOfficer,
                      cycle: .quarter, seed: "县级行业部门每季度最后一个月25日前推送到各行政村（社区）", page: "/imports"),
        ReportingDuty(id: "measures.quarterly", name: "帮扶措施落实及风险消除情况报送", task: "报送上一季度帮扶措施落实情况统计表和风险消除情况",
                      role: .countyAdmin, cycle: .afterQuarter, seed: "每季度初5个工作日内报送帮扶措施落实情况统计表", page: "/reports/elimination-quarterly"),
    ]

    public static func duty(_ id: String) -> ReportingDuty? { all.first { $0.id == id } }

    /// The month or quarter whose report is owed on `today`: this month, this quarter, or (after a quarter) the last one.
    public func period(on today: Day) -> DutyPeriod {
        switch cycle {
        case .afterMonth: return .month(of: DutyPeriod.month(of: today).start.adding(days: -1))
        case .quarter: return .quarter(of: today)
        case .afterQuarter: return .quarter(of: DutyPeriod.quarter(of: today).start.adding(days: -1))
        }
    }

    /// Whether the period's report can be sent on `today`: a quarter's ledger during the quarter, the others once the
    /// month or quarter they report on is over.
    public func canSend(_ period: DutyPeriod, on today: Day) -> Bool {
        cycle == .quarter ? today >= period.start : period.end < today
    }

    /// The last day the period's report may be sent on.
    public func due(_ period: DutyPeriod, rule: DeadlineRule, calendar: WorkingCalendar) throws -> Day {
        switch cycle {
        case .quarter: return try rule.due(from: period.start, calendar: calendar)
        case .afterMonth, .afterQuarter: return try rule.due(from: period.end.adding(days: 1), calendar: calendar)
        }
    }
}

/// A month ("2026-11") or a quarter ("2026Q4").
public struct DutyPeriod: Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var start: Day
    public var end: Day

    public static func month(of day: Day) -> DutyPeriod {
        let start = Day(firstOfMonth: day.year, day.month)
        let code = "\(start.year)-" + (start.month < 10 ? "0" : "") + "\(start.month)"
        return DutyPeriod(code: code, start: start, end: start.adding(months: 1).adding(days: -1))
    }

    public static func quarter(of day: Day) -> DutyPeriod {
        let start = Day(firstOfMonth: day.year, (day.month - 1) / 3 * 3 + 1)
        return DutyPeriod(code: "\(start.year)Q\((start.month - 1) / 3 + 1)", start: start, end: start.adding(months: 3).adding(days: -1))
    }

    /// Reads "2026-11" or "2026Q4"; nil for anything else.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count == 7, t.dropFirst(4).first == "-", let y = Int(t.prefix(4)), let m = Int(t.suffix(2)), (1...12).contains(m), (2000...2100).contains(y) {
            self = .month(of: Day(firstOfMonth: y, m))
        } else if t.count == 6, t.dropFirst(4).first == "Q", let y = Int(t.prefix(4)), let q = Int(t.suffix(1)), (1...4).contains(q), (2000...2100).contains(y) {
            self = .quarter(of: Day(firstOfMonth: y, (q - 1) * 3 + 1))
        } else {
            return nil
        }
    }

    init(code: String, start: Day, end: Day) { self.code = code; self.start = start; self.end = end }

    public var isQuarter: Bool { code.contains("Q") }
    /// "2026年11月", "2026年第4季度".
    public var label: String {
        isQuarter ? "\(start.year)年第\((start.month - 1) / 3 + 1)季度" : "\(start.year)年\(start.month)月"
    }
    public var description: String { code }
}
