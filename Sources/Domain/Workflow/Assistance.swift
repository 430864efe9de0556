/// Where a measure stands.
public enum MeasureState: String, Labeled {
    case planned, ongoing, done, stopped
    public var label: String {
        switch self {
        case .planned: return "计划"
        case .ongoing: return "实施中"
        case .done: return "已完成"
        case .stopped: return "已终止"
        }
    }
    /// Counts as carried out (applied) for the elimination rule.
    public var applied: Bool { self == .ongoing || self == .done }
}

/// A measure as the checks see it.
public struct MeasureFacts: Sendable, Equatable {
    public var type: MeasureType
    public var risks: [RiskType]
    public var state: MeasureState
    public var start: Day
    public init(type: MeasureType, risks: [RiskType], state: MeasureState, start: Day) {
        self.type = type; self.risks = risks; self.state = state; self.start = start
    }
}

/// A problem the assistance checks found on a household (R19–R20: the measure must answer the risk; households
/// that can work get developmental help, not only handouts — 防止“一兜了之”).
public struct AssistanceFinding: Sendable, Equatable {
    public enum Code: String, Sendable { case noDevelopmental, safetyNetOnly, unansweredRisk, missingHelper, secondHelper, originHelper }
    public var code: Code
    public var message: String
}

public enum AssistanceChecks {
    /// Risks answered by measures carried out by `date`.
    public static func answered(_ measures: [MeasureFacts], on date: Day) -> Set<RiskType> {
        Set(measures.filter { $0.state.applied && $0.start <= date }.flatMap(\.risks))
    }

    /// `relocated`: an 易地搬迁 household, whose 户籍地 arranges 1 帮扶联系人 of its own (第二帮扶人, seed 000);
    /// `originHelpers` counts those.
    public static func findings(members: [Facts], risks: [RiskType], measures: [MeasureFacts], helpers: Int,
                                alleviated: Bool, on date: Day, relocated: Bool = false, originHelpers: Int = 0) -> [AssistanceFinding] {
        var out: [AssistanceFinding] = []
        let capable = members.contains { $0.choice("labour", as: LabourCapacity.self)?.hasLabour == true }
        let live = measures.filter { $0.state != .stopped }
        if helpers == 0 {
            out.append(AssistanceFinding(code: .missingHelper, message: "监测户尚未明确帮扶责任人"))
        } else if alleviated && helpers < 2 {
            out.append(AssistanceFinding(code: .secondHelper, message: "脱贫户纳入监测的，应有两名帮扶责任人（纳入监测时明确的为主）"))
        }
        if relocated && originHelpers == 0 {
            out.append(AssistanceFinding(code: .originHelper, message: "易地搬迁户：户籍地乡镇和村应安排1名帮扶联系人（第二帮扶人），配合在户籍地落实政策和帮扶"))
        }
        if capable {
            if !live.contains(where: { $0.type.kind == .developmental }) {
                out.append(AssistanceFinding(code: .noDevelopmental, message: "有劳动能力的监测户没有开发式帮扶措施（产业、就业、金融、公益岗位）"))
            }
            if !live.isEmpty, live.allSatisfy({ $0.type.kind == .safetyNet }) {
                out.append(AssistanceFinding(code: .safetyNetOnly, message: "有劳动能力的监测户只有兜底保障措施，存在“一兜了之”"))
            }
        }
        let covered = Set(live.flatMap(\.risks))
        let open = risks.filter { !covered.contains($0) }
        if !open.isEmpty {
            out.append(AssistanceFinding(code: .unansweredRisk, message: "以下风险没有对应的帮扶措施：" + open.map(\.label).joined(separator: "、")))
        }
        return out
    }
}
