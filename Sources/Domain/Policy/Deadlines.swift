/// Deadlines the seeds set, as configuration (R12, R14, R16, R18–R20). Later capabilities attach a deadline to
/// their records (a clue, an enrolment, a monthly push) and ask for its state.
public struct DeadlineRule: Sendable, Equatable, Hashable {
    public enum Count: Sendable, Equatable, Hashable {
        /// N working days after the start (Chinese calendar).
        case workingDays(Int)
        /// N calendar days after the start.
        case days(Int)
        /// By day N of the start's month (the start's month; a start after that day moves to the next month).
        case dayOfMonth(Int)
        /// N working days after the first day of the start's quarter.
        case workingDaysIntoQuarter(Int)
        /// By day N of the last month of the start's quarter.
        case dayOfQuarterEnd(Int)
    }

    public var key: String
    public var name: String
    public var count: Count
    /// Which requirement it comes from.
    public var source: String

    public init(key: String, name: String, count: Count, source: String) {
        self.key = key; self.name = name; self.count = count; self.source = source
    }

    public var countLabel: String {
        switch count {
        case .workingDays(let n): return "\(n)个工作日内"
        case .days(let n): return "\(n)天内"
        case .dayOfMonth(let n): return "每月\(n)日前"
        case .workingDaysIntoQuarter(let n): return "季度开始后\(n)个工作日内"
        case .dayOfQuarterEnd(let n): return "每季度最后一个月\(n)日前"
        }
    }

    /// The last day the work may be done on.
    public func due(from start: Day, calendar: WorkingCalendar) throws -> Day {
        switch count {
        case .workingDays(let n): return try calendar.addingWorkingDays(n, to: start)
        case .days(let n): return start.adding(days: n)
        case .dayOfMonth(let n):
            func nth(of first: Day) -> Day { first.adding(days: min(max(n, 1), Day.daysIn(month: first.month, year: first.year)) - 1) }
            let thisMonth = nth(of: Day(firstOfMonth: start.year, start.month))
            if start <= thisMonth { return thisMonth }
            return nth(of: Day(firstOfMonth: start.year, start.month + 1))
        case .workingDaysIntoQuarter(let n):
            let firstMonth = (start.month - 1) / 3 * 3 + 1
            let quarterStart = Day(firstOfMonth: start.year, firstMonth)
            // The first day counts when it is a working day: "within 5 working days of the quarter's start".
            return try calendar.addingWorkingDays(n, to: quarterStart.adding(days: -1))
        case .dayOfQuarterEnd(let n):
            let lastMonth = Day(firstOfMonth: start.year, (start.month - 1) / 3 * 3 + 3)
            return lastMonth.adding(days: min(max(n, 1), Day.daysIn(month: lastMonth.month, year: lastMonth.year)) - 1)
        }
    }

    /// 识别认定 (R12): respond to a clue within 5 working days; decide within 15 days of the clue.
    /// 排查 (R14): discover within 5 days, handle within 10, assist within 30.
    /// 帮扶 (R18, R19): a helper within 5 working days of enrolment, measures within 10 working days.
    /// 部门数据 (R16): departments push by the 5th; townships report by the 20th; the county by the 25th.
    /// 统计 (R20): quarterly measure statistics within 5 working days of the quarter's start.
    /// 纳入监测后5个工作日内明确帮扶责任人 (seed 000), also what the data-quality rule G14 counts.
    public static let helperDefault = ProcedureLimits.seed.rule(.helper)

    /// Every rule at its seed value: the identification procedure's four (held by each regime, `ProcedureLimits`)
    /// and the county's own (`countyDefaults`, on the settings page).
    public static let seedDefaults: [DeadlineRule] = ProcedureLimits.seed.rules + countyDefaults

    /// The deadlines that are not part of the identification procedure: screening, the monthly and quarterly duties.
    public static let countyDefaults: [DeadlineRule] = [
        DeadlineRule(key: "screening.discover", name: "排查发现", count: .days(5), source: "R14"),
        DeadlineRule(key: "screening.handle", name: "排查处理", count: .days(10), source: "R14"),
        DeadlineRule(key: "screening.assist", name: "落实帮扶", count: .days(30), source: "R14"),
        DeadlineRule(key: "department.push", name: "行业部门推送数据", count: .dayOfMonth(5), source: "R16"),
        DeadlineRule(key: "township.report", name: "乡镇核实上报", count: .dayOfMonth(20), source: "R16"),
        DeadlineRule(key: "county.report", name: "县级汇总上报", count: .dayOfMonth(25), source: "R16"),
        DeadlineRule(key: "measures.quarterly", name: "季度帮扶措施统计", count: .workingDaysIntoQuarter(5), source: "R20"),
        DeadlineRule(key: "village.ledger", name: "部门政策落实台账推送到村", count: .dayOfQuarterEnd(25), source: "R16"),
    ]
}

/// Where a deadline stands.
public enum DeadlineState: String, Labeled {
    case open, met, overdue, metLate
    public var label: String {
        switch self {
        case .open: return "办理中"
        case .met: return "按期完成"
        case .overdue: return "已逾期"
        case .metLate: return "逾期完成"
        }
    }

    public static func of(due: Day, completedOn: Day?, today: Day) -> DeadlineState {
        if let done = completedOn { return done <= due ? .met : .metLate }
        return today <= due ? .open : .overdue
    }
}

/// The time limits of the identification procedure and of the help that follows it, held by each regime (a case
/// counts its deadlines by the regime it was opened under): answer a clue, decide, post the notice, name a helper,
/// set measures. Numbers, so that the page's wording and the deadlines cannot disagree.
public struct ProcedureLimits: Sendable, Equatable, Codable {
    public enum Limit: String, CaseIterable, Sendable {
        case response = "clue.response", decision = "clue.decision", notice = "notice.days", helper = "enrolment.helper", measures = "enrolment.measures"

        public var label: String {
            switch self {
            case .response: return "风险线索答复"
            case .decision: return "线索至认定结论"
            case .notice: return "公示天数（不少于，首尾两天都计入）"
            case .helper: return "纳入监测后明确帮扶责任人"
            case .measures: return "纳入监测后制定落实帮扶措施"
            }
        }
        public var unit: String { self == .response || self == .helper || self == .measures ? "个工作日" : "天" }
        public var range: ClosedRange<Int> { self == .notice ? 1...30 : 1...90 }
        /// The API's name of the number.
        public var field: String {
            switch self {
            case .response: return "responseWorkingDays"
            case .decision: return "decisionDays"
            case .notice: return "noticeDays"
            case .helper: return "helperWorkingDays"
            case .measures: return "measuresWorkingDays"
            }
        }
    }

    /// 风险线索5个工作日内答复 (R12).
    public var responseWorkingDays = 5
    /// 自发现起15天内完成识别认定 (R12).
    public var decisionDays = 15
    /// 公示不少于5天 (DOMAIN §1.5).
    public var noticeDays = 5
    /// 纳入监测后5个工作日内明确帮扶责任人 (R18).
    public var helperWorkingDays = 5
    /// 10个工作日内制定落实帮扶措施 (R19).
    public var measuresWorkingDays = 10

    public static let seed = ProcedureLimits()

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let seed = ProcedureLimits()
        responseWorkingDays = try c.decodeIfPresent(Int.self, forKey: .responseWorkingDays) ?? seed.responseWorkingDays
        decisionDays = try c.decodeIfPresent(Int.self, forKey: .decisionDays) ?? seed.decisionDays
        noticeDays = try c.decodeIfPresent(Int.self, forKey: .noticeDays) ?? seed.noticeDays
        helperWorkingDays = try c.decodeIfPresent(Int.self, forKey: .helperWorkingDays) ?? seed.helperWorkingDays
        measuresWorkingDays = try c.decodeIfPresent(Int.self, forKey: .measuresWorkingDays) ?? seed.measuresWorkingDays
    }

    public subscript(_ limit: Limit) -> Int {
        get {
            switch limit {
            case .response: return responseWorkingDays
            case .decision: return decisionDays
            case .notice: return noticeDays
            case .helper: return helperWorkingDays
            case .measures: return measuresWorkingDays
            }
        }
        set {
            switch limit {
            case .response: responseWorkingDays = newValue
            case .decision: decisionDays = newValue
            case .notice: noticeDays = newValue
            case .helper: helperWorkingDays = newValue
            case .measures: measuresWorkingDays = newValue
            }
        }
    }

    /// The deadline a limit sets (nil for the notice, which is a length, not a deadline).
    public func rule(_ limit: Limit) -> DeadlineRule {
        switch limit {
        case .response: return DeadlineRule(key: limit.rawValue, name: "风险线索答复", count: .workingDays(responseWorkingDays), source: "R12")
        case .decision: return DeadlineRule(key: limit.rawValue, name: "线索至认定结论", count: .days(decisionDays), source: "R12")
        case .notice: return DeadlineRule(key: limit.rawValue, name: "公示", count: .days(noticeDays), source: "DOMAIN §1.5")
        case .helper: return DeadlineRule(key: limit.rawValue, name: "明确帮扶责任人", count: .workingDays(helperWorkingDays), source: "R18")
        case .measures: return DeadlineRule(key: limit.rawValue, name: "制定落实帮扶措施", count: .workingDays(measuresWorkingDays), source: "R19")
        }
    }

    /// The four deadlines a case carries.
    public var rules: [DeadlineRule] { [rule(.response), rule(.decision), rule(.helper), rule(.measures)] }

    /// What the regime page says of a step whose limit is a number (nil: the step's own text).
    public func text(for state: CaseState) -> String? {
        switch state {
        case .clue: return "\(responseWorkingDays)个工作日内答复"
        case .publicNotice: return "公示不少于\(noticeDays)天"
        case .countyApproval: return "自发现起\(decisionDays)天内完成认定"
        default: return nil
        }
    }
}
