/// Reference data with validity periods (R32): the 2021–2025 transition-period regime and the regime that
/// follows it (防止返贫致贫, merged with low-income monitoring) coexist; every decision keeps the key of the
/// regime it was taken under, so an old record reads as it was decided.
public struct PolicyRegime: Sendable, Equatable, Codable {
    public struct Step: Sendable, Equatable, Codable {
        public var state: CaseState
        public var timeLimit: String
        public init(_ state: CaseState, _ timeLimit: String) { self.state = state; self.timeLimit = timeLimit }
    }

    public var key: String
    public var name: String
    public var validFrom: Day
    /// nil: open-ended.
    public var validTo: Day?
    public var basis: String
    public var categories: [MonitoringCategory]
    public var riskTypes: [RiskType]
    public var measureTypes: [MeasureType]
    public var steps: [Step]
    public var eliminationConditions: [String]
    /// The layers of 分层分类帮扶 (the 2026 regime; none before).
    public var layers: [AssistanceLayer] = []
    /// How the monitoring range is set.
    public var thresholdMethod = "省级统筹确定监测范围，一般按上年度全国农村低保平均标准的1.5倍左右"
    /// The parts whose national text is not yet known, left at the transition period's values (said on /policy).
    public var carriedOver: [String] = []
    /// The time limits of its procedure (a case counts its deadlines and notice by its own regime's).
    public var limits = ProcedureLimits.seed
    /// The region the regime applies to: the whole country for now (a province or prefecture may layer its own later).
    public var region = "全国"
    /// 0: as shipped; each edit on /policy makes the next version (the stale-version check compares it).
    public var version = 0

    public func covers(_ d: Day) -> Bool { d >= validFrom && (validTo.map { d <= $0 } ?? true) }

    /// A step's time limit as the page states it: from the numbers where the limit is one, else the step's text.
    public func timeLimit(of step: Step) -> String { limits.text(for: step.state) ?? step.timeLimit }
}

extension PolicyRegime {
    /// Stored versions written before a part existed decode with that part as shipped.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        name = try c.decode(String.self, forKey: .name)
        validFrom = try c.decode(Day.self, forKey: .validFrom)
        validTo = try c.decodeIfPresent(Day.self, forKey: .validTo)
        basis = try c.decode(String.self, forKey: .basis)
        categories = try c.decode([MonitoringCategory].self, forKey: .categories)
        riskTypes = try c.decode([RiskType].self, forKey: .riskTypes)
        measureTypes = try c.decode([MeasureType].self, forKey: .measureTypes)
        steps = try c.decode([Step].self, forKey: .steps)
        eliminationConditions = try c.decode([String].self, forKey: .eliminationConditions)
        layers = try c.decodeIfPresent([AssistanceLayer].self, forKey: .layers) ?? []
        if let method = try c.decodeIfPresent(String.self, forKey: .thresholdMethod) { thresholdMethod = method }
        carriedOver = try c.decodeIfPresent([String].self, forKey: .carriedOver) ?? []
        limits = try c.decodeIfPresent(ProcedureLimits.self, forKey: .limits) ?? .seed
        region = try c.decodeIfPresent(String.self, forKey: .region) ?? "全国"
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 0
    }
}

/// 帮扶措施的性质 (DOMAIN §2.2): developmental measures build the household's own income; safety-net measures
/// carry those who cannot (兜底); the others guarantee a service.
public enum MeasureKind: String, Labeled, Codable {
    case developmental, safetyNet, guarantee, other
    public var label: String {
        switch self {
        case .developmental: return "开发式"
        case .safetyNet: return "兜底保障"
        case .guarantee: return "保障类"
        case .other: return "其他"
        }
    }
}

/// A kind of assistance measure: the national system's measure column, its nature, and the risks it answers.
public struct MeasureType: Sendable, Equatable, Hashable, Codable {
    public var key: String
    public var label: String
    public var kind: MeasureKind
    public var answers: [RiskType]
    public init(_ key: String, _ label: String, _ kind: MeasureKind, answers: [RiskType]) {
        self.key = key; self.label = label; self.kind = kind; self.answers = answers
    }
}

public enum ReferenceData {
    static let allRisks: [RiskType] = [.illness, .disaster, .disability, .lackOfLabour, .accident, .industryFailure, .unstableEmployment,
                                       .education, .housing, .water, .other]

    /// The twelve kinds of seed 003 mapped to the national measure columns (DOMAIN §2.2); 专人帮扶 is the helper, not a measure.
    public static let measureTypes: [MeasureType] = [
        MeasureType("industry", "产业帮扶", .developmental, answers: [.industryFailure, .lackOfLabour, .disaster, .other]),
        MeasureType("employment", "就业帮扶", .developmental, answers: [.unstableEmployment, .lackOfLabour, .accident, .other]),
        MeasureType("finance", "金融帮扶（小额信贷）", .developmental, answers: [.industryFailure, .disaster, .other]),
        MeasureType("publicJob", "公益岗位帮扶", .developmental, answers: [.unstableEmployment, .lackOfLabour, .disability, .illness]),
        MeasureType("housing", "住房安全保障", .guarantee, answers: [.housing, .disaster]),
        MeasureType("water", "饮水安全保障", .guarantee, answers: [.water]),
        MeasureType("health", "健康帮扶", .guarantee, answers: [.illness, .disability, .accident]),
        MeasureType("compulsoryEducation", "义务教育保障", .guarantee, answers: [.education]),
        MeasureType("education", "其他教育帮扶（雨露计划等）", .guarantee, answers: [.education]),
        MeasureType("comprehensive", "综合保障（低保、特困、残疾人补贴）", .safetyNet, answers: [.illness, .disability, .lackOfLabour, .accident, .disaster, .other]),
        MeasureType("social", "社会帮扶", .other, answers: [.illness, .disaster, .accident, .education, .other]),
        MeasureType("relocation", "易地搬迁", .other, answers: [.housing, .disaster, .water]),
        MeasureType("insurance", "防贫保险（地方）", .safetyNet, answers: [.illness, .accident, .disaster, .industryFailure]),
    ]

    static let identificationSteps: [PolicyRegime.Step] = [
        PolicyRegime.Step(.clue, "5个工作日内答复"), PolicyRegime.Step(.verifying, "入户核实、信息比对"),
        PolicyRegime.Step(.villageReview, "民主评议"), PolicyRegime.Step(.publicNotice, "公示不少于5天"),
        PolicyRegime.Step(.townshipReview, "乡镇审核"), PolicyRegime.Step(.countyApproval, "自发现起15天内完成认定"),
    ]

    public static let regimes: [PolicyRegime] = [
        PolicyRegime(key: "2021-transition", name: "巩固拓展脱贫攻坚成果过渡期（2021–2025）",
                     validFrom: Day(year: 2021, month: 1, day: 1)!, validTo: Day(year: 2025, month: 12, day: 31)!,
                     basis: "中农组发〔2021〕7号；防止返贫动态监测和帮扶工作指南",
                     categories: [.unstable, .marginal, .sudden], riskTypes: allRisks, measureTypes: measureTypes,
                     steps: identificationSteps,
                     eliminationConditions: ["收入持续稳定，原则上不少于半年", "人均纯收入高于当年监测范围", "刚性支出问题得到解决",
                                             "“三保障”和饮水安全持续巩固", "风险已稳定消除或自然消除", "纳入监测满半年且至少落实一项针对性帮扶措施",
                                             "整户无劳动能力的，落实兜底保障后不标注风险消除"]),
        PolicyRegime(key: "2026-regular", name: "常态化防止返贫致贫帮扶（2026年起，与农村低收入人口监测合并）",
                     validFrom: Day(year: 2026, month: 1, day: 1)!, validTo: nil,
                     basis: "过渡期结束后的常态化帮扶政策：农村低收入人口和防止返贫致贫监测对象统一识别、分层分类帮扶；监测范围与低收入人口认定衔接",
                     categories: [.unstable, .marginal, .sudden], riskTypes: allRisks, measureTypes: measureTypes,
                     steps: identificationSteps,
                     eliminationConditions: ["收入持续稳定，原则上不少于半年", "人均纯收入高于当年监测范围", "刚性支出问题得到解决",
                                             "“三保障”和饮水安全持续巩固", "风险已稳定消除或自然消除", "纳入监测满半年且至少落实一项针对性帮扶措施",
                                             "整户无劳动能力的，落实兜底保障后不标注风险消除"],
                     layers: AssistanceLayer.allCases,
                     thresholdMethod: "与农村低收入人口认定标准衔接，由省级统筹确定（国家文件未发布前沿用过渡期测算方法）",
                     carriedOver: ["监测对象类别", "致贫返贫风险类型", "识别程序和时限", "帮扶措施类型", "风险消除条件"]),
    ]

    /// The regime in force on a day (the latest one that covers it).
    public static func regime(on d: Day) -> PolicyRegime {
        regimes.last { $0.covers(d) } ?? regimes[0]
    }

    public static func regime(key: String) -> PolicyRegime? { regimes.first { $0.key == key } }

    public static func measureType(_ key: String) -> MeasureType? { measureTypes.first { $0.key == key } }
}
