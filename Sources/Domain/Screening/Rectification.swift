/// The rectification ledger (R26, R27; seed 004): problems from data-quality rules, cross checks (April and
/// October, township↔township and village↔village), inspections and look-backs, each with a responsible unit
/// and person, a measure and a deadline; an item is closed only with evidence (挂账整改、对账销号).
public enum ProblemSource: String, Labeled {
    case qualityRule, crossCheck, unannounced, countyInspection, lookBack
    public var label: String {
        switch self {
        case .qualityRule: return "数据质量校验"
        case .crossCheck: return "交叉检查"
        case .unannounced: return "月暗访督查"
        case .countyInspection: return "县级抽查督查"
        case .lookBack: return "集中排查“回头看”"
        }
    }
}

public enum RectificationState: String, Labeled {
    case open, closed
    public var label: String { self == .open ? "整改中" : "已销号" }
}

public struct RectificationInput: Sendable, Equatable {
    public var source: ProblemSource
    /// The village or township the problem is in (the responsible level).
    public var region: String
    public var problem: String
    public var unit: String
    public var person: String
    public var measure: String
    public var due: Day
    public init(source: ProblemSource, region: String, problem: String, unit: String, person: String, measure: String, due: Day) {
        self.source = source; self.region = region; self.problem = problem; self.unit = unit; self.person = person
        self.measure = measure; self.due = due
    }

    public func problems(today: Day) -> [FieldError] {
        var out: [FieldError] = []
        if problem.trimmed.isEmpty { out.append(FieldError(field: "problem", code: "required", message: "请填写问题")) }
        if unit.trimmed.isEmpty { out.append(FieldError(field: "unit", code: "required", message: "请填写责任单位")) }
        if person.trimmed.isEmpty { out.append(FieldError(field: "person", code: "required", message: "请填写责任人")) }
        if measure.trimmed.isEmpty { out.append(FieldError(field: "measure", code: "required", message: "请填写整改措施")) }
        if due < today { out.append(FieldError(field: "due", code: "past", message: "整改期限不能早于今天")) }
        for (k, v) in [("problem", problem), ("measure", measure)] where v.count > 500 {
            out.append(FieldError(field: k, code: "length", message: "不超过500字"))
        }
        return out
    }
}

public enum CrossCheck {
    /// Cross checks happen in April and October (seed 000; the months are a setting). The label of the round a
    /// day falls in, or nil outside; an item entered after the round (rectification follows) still names the latest round.
    public static func period(containing d: Day, months: [Int] = PolicySettings().crossCheckMonths) -> String? {
        months.contains(d.month) ? "\(d.year)年\(d.month)月交叉检查" : nil
    }

    /// The latest round on or before `d`.
    public static func latestRound(on d: Day, months: [Int] = PolicySettings().crossCheckMonths) -> String {
        let sorted = months.filter { (1...12).contains($0) }.sorted()
        guard let last = sorted.last else { return "\(d.year)年交叉检查" }
        if let m = sorted.last(where: { $0 <= d.month }) { return "\(d.year)年\(m)月交叉检查" }
        return "\(d.year - 1)年\(last)月交叉检查"
    }
}

public enum RectificationRules {
    /// Closing needs evidence of what was done (对账销号).
    public static func closeProblem(evidence: String) -> FieldError? {
        evidence.trimmed.count < 4 ? FieldError(field: "evidence", code: "required", message: "销号须写明整改结果及佐证（不少于4个字），并可上传材料") : nil
    }

    public static func deadline(due: Day, closedOn: Day?, today: Day) -> DeadlineState { DeadlineState.of(due: due, completedOn: closedOn, today: today) }
}
