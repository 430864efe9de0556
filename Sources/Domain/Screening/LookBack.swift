/// The eight review dimensions of a look-back (回头看, seed 004 一(一)1–8). Each is answered from the data where
/// the data can answer it (counts of households that break the matching data-quality rules, focus reasons,
/// coverage), and by the reviewer for the rest.
public struct LookBackDimension: Sendable {
    public var number: Int
    public var title: String
    /// The seed's question, shortened.
    public var question: String
    /// Data-quality rules whose open findings in the village answer this dimension from the data.
    public var rules: [String]
}

/// What the data says for one village.
public struct LookBackData: Sendable {
    /// Households with open findings, per rule code.
    public var householdsByRule: [String: Int]
    public var focus: [FocusReason]
    public var households: Int
    public var screened: Int
    /// Screening records that saw a risk but raised no clue.
    public var risksWithoutClue: Int
    /// Monitored households with a risk of scale (产业项目失败, 务工就业不稳, 因自然灾害).
    public var scaleRiskHouseholds: Int
    /// Open findings that must be fixed (必改), all rules.
    public var mustFixOpen: Int
    /// Whether a data-quality run has been done: without one the rules cannot answer.
    public var qualityChecked: Bool
    public init(householdsByRule: [String: Int] = [:], focus: [FocusReason] = [], households: Int = 0, screened: Int = 0,
                risksWithoutClue: Int = 0, scaleRiskHouseholds: Int = 0, mustFixOpen: Int = 0, qualityChecked: Bool = true) {
        self.qualityChecked = qualityChecked
        self.householdsByRule = householdsByRule; self.focus = focus; self.households = households; self.screened = screened
        self.risksWithoutClue = risksWithoutClue; self.scaleRiskHouseholds = scaleRiskHouseholds; self.mustFixOpen = mustFixOpen
    }
}

/// The data's answer: how many problems, and the lines that say what they are.
public struct LookBackAnswer: Sendable, Equatable {
    public var problems: Int
    public var lines: [String]
    public init(problems: Int, lines: [String]) { self.problems = problems; self.lines = lines }
}

public enum LookBack {
    public static let dimensions: [LookBackDimension] = [
        LookBackDimension(number: 1, title: "未纳入监测农户", question: "未纳入监测的农户是否存在返贫致贫风险，是否应纳未纳、体外循环",
                          rules: ["H01", "J01", "J02", "J03", "J04"]),
        LookBackDimension(number: 2, title: "监测户帮扶情况", question: "是否因人因户制定帮扶计划；有劳动能力的是否至少落实一项开发式措施；无劳动能力的是否兜底保障",
                          rules: ["G01", "G02", "G03", "G04", "G05", "G06", "G07", "G09", "G10", "G11", "G12", "G14"]),
        LookBackDimension(number: 3, title: "已消除风险户稳定情况", question: "收入是否稳定超过监测范围，“三保障”及饮水安全是否持续巩固，是否出现新增风险",
                          rules: ["H02", "I03", "I04", "I05", "I06", "I08"]),
        LookBackDimension(number: 4, title: "整户无劳动能力兜底保障户", question: "整户无劳动能力的是否兜底保障，是否被错误标注风险消除",
                          rules: ["I01", "J05"]),
        LookBackDimension(number: 5, title: "规模性返贫风险", question: "产业项目失败、规模性失业、就业不稳、安置点就业及各类灾害造成的风险隐患",
                          rules: []),
        LookBackDimension(number: 6, title: "重点区域", question: "重点帮扶村、易地搬迁安置区、废弃矿山区域、未消除风险监测对象占比高于规定的村是否重点排查",
                          rules: []),
        LookBackDimension(number: 7, title: "数据采集与台账", question: "是否核准数据信息、是否存在逻辑错误，是否摸清所有农户情况并建立问题清单和台账",
                          rules: []),
        LookBackDimension(number: 8, title: "排查结果处理", question: "符合条件的是否按程序纳入，消除不稳定的是否回退，消除后新增风险的是否重新识别",
                          rules: []),
    ]

    public static func dimension(_ n: Int) -> LookBackDimension? { dimensions.first { $0.number == n } }

    /// The data's answer for a dimension of a village.
    public static func answer(_ d: LookBackDimension, data: LookBackData) -> LookBackAnswer {
        switch d.number {
        case 5:
            return LookBackAnswer(problems: 0, lines: data.scaleRiskHouseholds == 0 ? ["数据中无因产业、就业或灾害致险的监测户；请核实本村有无规模性风险隐患"]
                : ["因产业项目失败、务工就业不稳或自然灾害致险的监测户 \(data.scaleRiskHouseholds) 户：请研判是否存在规模性风险"])
        case 6:
            return LookBackAnswer(problems: data.focus.isEmpty ? 0 : (data.screened < data.households ? 1 : 0),
                                  lines: data.focus.isEmpty ? ["不属于重点区域"]
                                    : ["重点区域：" + data.focus.map(\.label).joined(separator: "、"), "排查覆盖 \(data.screened)/\(data.households) 户"])
        case 7:
            let missing = max(0, data.households - data.screened)
            return LookBackAnswer(problems: data.mustFixOpen + missing,
                                  lines: [data.qualityChecked ? "必改数据质量问题 \(data.mustFixOpen) 个" : notChecked,
                                          "未入户排查 \(missing) 户（共 \(data.households) 户）"])
        case 8:
            return LookBackAnswer(problems: data.risksWithoutClue,
                                  lines: ["排查发现风险但未提出线索 \(data.risksWithoutClue) 户"] + ruleLines(["I02"], data))
        default:
            guard data.qualityChecked else { return LookBackAnswer(problems: 0, lines: [notChecked]) }
            let lines = ruleLines(d.rules, data)
            return LookBackAnswer(problems: d.rules.reduce(0) { $0 + (data.householdsByRule[$1] ?? 0) },
                                  lines: lines.isEmpty ? ["数据中未发现问题"] : lines)
        }
    }

    public static let notChecked = "尚未运行数据质量检查，无法从数据核查：请先在“数据质量”页运行检查"

    static func ruleLines(_ codes: [String], _ data: LookBackData) -> [String] {
        codes.compactMap { code in
            guard let n = data.householdsByRule[code], n > 0 else { return nil }
            return "\(code) \(QualityRules.rule(code)?.description ?? code)：\(n) 户"
        }
    }
}

/// The reviewer's answer to a dimension.
public enum ReviewState: String, Labeled {
    case clear, problem
    public var label: String { self == .clear ? "无问题" : "有问题" }
}
