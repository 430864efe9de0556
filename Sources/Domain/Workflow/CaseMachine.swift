/// The monitored-household life cycle (SPEC §3): identification from a clue to enrolment, risk elimination in four
/// steps, rollback, removal and re-identification. Every action names the roles that may take it, the states it
/// starts from, the facts it needs, and what it leads to; a refused action says why in Chinese.
public enum CaseState: String, Labeled, CaseIterable, Codable {
    case clue, verifying, villageReview, publicNotice, townshipReview, countyApproval, monitored, notEligible
    case eliminationNominated, eliminationVerified, eliminationConfirmed, eliminated, removed

    public var label: String {
        switch self {
        case .clue: return "风险线索"
        case .verifying: return "入户核实"
        case .villageReview: return "村级民主评议"
        case .publicNotice: return "村内公示"
        case .townshipReview: return "乡镇审核"
        case .countyApproval: return "县级审定"
        case .monitored: return "已纳入监测"
        case .notEligible: return "不符合条件"
        case .eliminationNominated: return "风险消除·公示中"
        case .eliminationVerified: return "风险消除·乡镇已验收"
        case .eliminationConfirmed: return "风险消除·县级已审定"
        case .eliminated: return "已消除风险"
        case .removed: return "已清退"
        }
    }

    /// Steps of identification, before a decision.
    public var isIdentification: Bool { [.clue, .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval].contains(self) }
    public var isElimination: Bool { [.eliminationNominated, .eliminationVerified, .eliminationConfirmed].contains(self) }
    /// No one acts on it any more (a new risk after elimination reopens it; a removal is final).
    public var isClosed: Bool { self == .notEligible || self == .removed }
    /// Counts as a monitored household (三类户) in the registry.
    public var isMonitored: Bool { self == .monitored || isElimination }

    /// Who acts next: the role that owns the step.
    public var owner: [Role] {
        switch self {
        case .clue, .verifying: return [.townshipOfficer, .villageOfficer]
        case .villageReview, .publicNotice: return [.villageOfficer]
        case .townshipReview, .eliminationNominated: return [.townshipOfficer]
        case .countyApproval, .eliminationVerified, .eliminationConfirmed: return [.countyAdmin]
        case .monitored, .eliminated: return [.villageOfficer, .townshipOfficer, .countyAdmin]
        case .notEligible, .removed: return []
        }
    }
}

/// 发现方式 (DOMAIN §1.4).
public enum ClueChannel: String, Labeled {
    case selfReport, cadreScreening, departmentWarning, townshipVerification, online
    public var label: String {
        switch self {
        case .selfReport: return "农户自主申报"
        case .cadreScreening: return "基层干部排查"
        case .departmentWarning: return "部门筛查预警"
        case .townshipVerification: return "乡镇核查"
        case .online: return "网络平台、媒体或信访"
        }
    }
}

/// 困难类型 a farmer picks on the self-report page.
public enum Difficulty: String, Labeled {
    case illness, disability, disaster, accident, education, housing, water, employment, industry, other
    public var label: String {
        switch self {
        case .illness: return "生病或医疗费用高"
        case .disability: return "残疾"
        case .disaster: return "遭受自然灾害"
        case .accident: return "意外事故"
        case .education: return "子女上学负担重"
        case .housing: return "住房不安全"
        case .water: return "饮水困难"
        case .employment: return "务工就业不稳、失业"
        case .industry: return "产业经营失败"
        case .other: return "其他困难"
        }
    }
    public var riskType: RiskType {
        switch self {
        case .illness: return .illness
        case .disability: return .disability
        case .disaster: return .disaster
        case .accident: return .accident
        case .education: return .education
        case .housing: return .housing
        case .water: return .water
        case .employment: return .unstableEmployment
        case .industry: return .industryFailure
        case .other: return .other
        }
    }
}

/// 风险消除方式.
public enum EliminationKind: String, Labeled {
    case assisted, natural
    public var label: String { self == .assisted ? "帮扶消除" : "自然消除" }
}

/// 清退 reasons (DOMAIN §1.7).
public enum RemovalReason: String, Labeled {
    case dataMismatch, ineligible, naturalDecrease
    public var label: String {
        switch self {
        case .dataMismatch: return "信息比对不符"
        case .ineligible: return "不符合条件"
        case .naturalDecrease: return "自然减少"
        }
    }
}

/// 评议结果.
public enum ReviewResult: String, Labeled {
    case agree, disagree
    public var label: String { self == .agree ? "同意纳入" : "不同意纳入" }
}

public enum CaseAction: String, Labeled, CaseIterable {
    case startVerification, recordVerification, recordVillageReview, closeNotice, townshipApprove, countyApprove
    case reject, returnToPrevious, openGreenChannel, informFarmer, recordComparison
    case nominateElimination, verifyElimination, confirmElimination, markEliminated
    case rollback, remove, reidentify

    public var label: String {
        switch self {
        case .startVerification: return "受理并开始入户核实"
        case .recordVerification: return "登记入户核实结果"
        case .recordVillageReview: return "登记民主评议并公示"
        case .closeNotice: return "公示期满，报乡镇审核"
        case .townshipApprove: return "乡镇审核通过"
        case .countyApprove: return "县级审定纳入监测"
        case .reject: return "认定为不符合条件"
        case .returnToPrevious: return "退回上一步"
        case .openGreenChannel: return "开通绿色通道"
        case .informFarmer: return "登记告知农户"
        case .recordComparison: return "登记信息比对结果"
        case .nominateElimination: return "提出风险消除并公示"
        case .verifyElimination: return "乡镇审核验收"
        case .confirmElimination: return "县级审定风险消除"
        case .markEliminated: return "标注风险消除"
        case .rollback: return "风险消除回退"
        case .remove: return "清退"
        case .reidentify: return "风险再标注（重新识别）"
        }
    }

    /// The step's own role(s). County admins act at county steps only: each level signs its own step.
    public var roles: Set<Role> {
        switch self {
        case .startVerification, .recordVerification, .reidentify, .informFarmer: return [.townshipOfficer, .villageOfficer]
        case .recordVillageReview, .closeNotice, .nominateElimination: return [.villageOfficer]
        case .townshipApprove, .verifyElimination: return [.townshipOfficer]
        case .countyApprove, .confirmElimination, .markEliminated, .rollback, .remove, .recordComparison: return [.countyAdmin]
        case .openGreenChannel: return [.townshipOfficer, .countyAdmin]
        // The owner of the current step rejects or returns it.
        case .reject, .returnToPrevious: return [.townshipOfficer, .villageOfficer, .countyAdmin]
        }
    }

    /// A step only the village takes (民主评议, closing the notice, proposing elimination) that the township or the county
    /// may record for it when it has no account or cannot reach the system — with the meeting's minutes attached.
    public var recordableOnBehalf: Bool { [.recordVillageReview, .closeNotice, .nominateElimination].contains(self) }

    public var from: Set<CaseState> {
        switch self {
        case .startVerification: return [.clue]
        case .recordVerification: return [.verifying]
        case .recordVillageReview: return [.villageReview]
        case .closeNotice: return [.publicNotice]
        case .townshipApprove: return [.townshipReview]
        case .countyApprove: return [.countyApproval]
        case .reject: return [.clue, .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval]
        case .returnToPrevious: return Set(CaseMachine.previous.keys)
        case .openGreenChannel: return [.clue, .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval]
        case .informFarmer: return [.monitored, .notEligible]
        // 信息比对 runs alongside the village and township steps (seed 001: 信息比对与识别程序同步进行).
        case .recordComparison: return [.verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval]
        case .nominateElimination: return [.monitored]
        case .verifyElimination: return [.eliminationNominated]
        case .confirmElimination: return [.eliminationVerified]
        case .markEliminated: return [.eliminationConfirmed]
        case .rollback: return [.eliminated]
        case .remove: return [.monitored, .eliminated]
        case .reidentify: return [.eliminated]
        }
    }

    /// The field naming the day the step was done (核实日期, 审定日期…); nil for a step dated by its recording.
    public var stepDateKey: String? {
        switch self {
        case .recordVerification: return "verifiedOn"
        case .recordVillageReview, .townshipApprove, .nominateElimination: return "reviewedOn"
        case .closeNotice: return "noticeEnd"
        case .countyApprove: return "approvedOn"
        case .informFarmer: return "informedOn"
        case .recordComparison: return "comparedOn"
        case .verifyElimination: return "verifiedOn"
        case .confirmElimination: return "confirmedOn"
        case .markEliminated: return "eliminatedOn"
        default: return nil
        }
    }

    /// The facts the step records (SPEC §3, issue: "each step records what the seeds ask").
    public var fields: FieldTable {
        let s = "办理"
        func date(_ k: String, _ l: String) -> FieldSpec { FieldSpec(k, k, l, .date, required: true, section: s) }
        func text(_ k: String, _ l: String, required: Bool = true, max: Int = 500) -> FieldSpec {
            FieldSpec(k, k, l, .text(maxLength: max), required: required, section: s)
        }
        switch self {
        case .startVerification: return FieldTable([text("note", "受理说明", required: false)])
        case .recordVerification:
            return FieldTable([date("verifiedOn", "核实日期"), text("visitors", "核实人员", max: 100), text("findings", "核实情况"),
                               FieldSpec("incomeYear", "incomeYear", "核实收入年度", .integer(2013...2100), section: s,
                                         help: "不填为上一年度；核实的收入记入该户这一年度的收入情况"),
                               FieldSpec("householdSize", "householdSize", "当年家庭人口", .integer(1...30), section: s)]
                              + VerifiedIncome.blocks.compactMap { block in
                                  block.householdKey.map { FieldSpec($0, $0, block.label, .fixed2(unit: "元"), section: s) }
                              }
                              + [FieldSpec("perCapitaIncome", "perCapitaIncome", "核实人均纯收入", .fixed2(unit: "元"), section: s,
                                           help: "填写分项收入的，由系统按当年家庭人口计算"),
                               FieldSpec("guaranteesSecure", "guaranteesSecure", "“三保障”和饮水安全均有保障", .bool, required: true, section: s),
                               text("guaranteeProblems", "“三保障”或饮水问题", required: false),
                               FieldSpec("riskTypes", "riskTypes", "核实确认的风险（记入户信息）", .multiChoice(RiskType.choices, max: 5), section: s)])
        case .recordVillageReview:
            return FieldTable([date("reviewedOn", "评议日期"),
                               FieldSpec("attendees", "attendees", "参会人数", .integer(1...999), required: true, section: s),
                               FieldSpec("votesFor", "votesFor", "同意票数", .integer(0...999), required: true, section: s),
                               FieldSpec("votesAgainst", "votesAgainst", "反对票数", .integer(0...999), required: true, section: s),
                               FieldSpec("result", "result", "评议结果", .choice(ReviewResult.choices), required: true, section: s),
                               date("noticeStart", "公示开始日期"), text("noticePlace", "公示地点", max: 100)])
        case .closeNotice:
            return FieldTable([date("noticeEnd", "公示结束日期"),
                               FieldSpec("objections", "objections", "异议件数", .integer(0...999), required: true, section: s),
                               text("objectionHandling", "异议处理情况", required: false)])
        case .townshipApprove:
            return FieldTable([date("reviewedOn", "审核日期"), text("reviewer", "审核人", max: 50), text("opinion", "审核意见")])
        case .countyApprove:
            return FieldTable([date("approvedOn", "审定日期"), text("reviewer", "审定人", max: 50), text("opinion", "审定意见"),
                               FieldSpec("category", "category", "监测对象类别", .choice(MonitoringCategory.choices), required: true, section: s),
                               FieldSpec("riskTypes", "riskTypes", "致贫返贫风险", .multiChoice(RiskType.choices, max: 5), required: true, section: s),
                               FieldSpec("comparedAsDibao", "comparedAsDibao", "新纳入低保对象，纳入低保时已开展信息比对（不再重复比对）", .bool, section: s)])
        case .reject: return FieldTable([text("reason", "不符合条件的理由")])
        case .returnToPrevious: return FieldTable([text("reason", "退回理由")])
        case .openGreenChannel:
            return FieldTable([FieldSpec("cause", "cause", "突发原因", .choice([RiskType.disaster, .accident].map { Choice(value: $0.rawValue, label: $0.label) }),
                                         required: true, section: s),
                               text("reason", "情况说明")])
        case .recordComparison:
            return FieldTable([date("comparedOn", "比对日期"),
                               FieldSpec("items", "items", "比对内容", .multiChoice(ComparisonItem.choices, max: ComparisonItem.allCases.count), required: true, section: s),
                               FieldSpec("result", "result", "比对结果", .choice(ComparisonOutcome.choices), required: true, section: s),
                               text("note", "比对情况说明", required: false)])
        case .informFarmer:
            return FieldTable([date("informedOn", "告知日期"),
                               FieldSpec("informedHow", "informedHow", "告知方式", .choice(NoticeMethod.choices), required: true, section: s),
                               text("note", "说明", required: false)])
        case .nominateElimination:
            return FieldTable([FieldSpec("kind", "kind", "风险消除方式", .choice(EliminationKind.choices), required: true, section: s),
                               FieldSpec("stableMonths", "stableMonths", "收入持续稳定月数", .integer(0...120), required: true, section: s),
                               date("reviewedOn", "民主评议日期"),
                               FieldSpec("attendees", "attendees", "参会人数", .integer(1...999), required: true, section: s),
                               FieldSpec("votesFor", "votesFor", "同意票数", .integer(0...999), required: true, section: s),
                               FieldSpec("votesAgainst", "votesAgainst", "反对票数", .integer(0...999), required: true, section: s),
                               date("noticeStart", "公示开始日期"), text("noticePlace", "公示地点", max: 100), text("basis", "消除依据")])
        case .verifyElimination:
            return FieldTable([date("verifiedOn", "验收日期"), date("noticeEnd", "公示结束日期"),
                               FieldSpec("objections", "objections", "异议件数", .integer(0...999), required: true, section: s),
                               text("findings", "验收情况")])
        case .confirmElimination:
            return FieldTable([date("confirmedOn", "审定日期"), text("reviewer", "审定人", max: 50), text("opinion", "审定意见")])
        case .markEliminated: return FieldTable([date("eliminatedOn", "标注日期")])
        case .rollback: return FieldTable([text("reason", "回退理由")])
        case .remove:
            return FieldTable([FieldSpec("reasonCode", "reasonCode", "清退原因", .choice(RemovalReason.choices), required: true, section: s),
                               text("reason", "情况说明")])
        case .reidentify:
            return FieldTable([FieldSpec("riskTypes", "riskTypes", "新出现的风险", .multiChoice(RiskType.choices, max: 5), required: true, section: s),
                               text("reason", "情况说明")])
        }
    }
}

/// 信息比对's subjects (DOMAIN §1.5: 存款、车辆、房产、经商办企业).
public enum ComparisonItem: String, Labeled {
    case deposits, vehicles, houses, businesses
    public var label: String {
        switch self {
        case .deposits: return "存款"
        case .vehicles: return "车辆"
        case .houses: return "房产"
        case .businesses: return "经商办企业"
        }
    }
}

/// What 信息比对 found.
public enum ComparisonOutcome: String, Labeled {
    case clear, flagged
    public var label: String { self == .clear ? "未发现不符合纳入条件的情形" : "发现不符合纳入条件的情形" }
}

/// 告知方式.
public enum NoticeMethod: String, Labeled {
    case inPerson, phone, letter, notice
    public var label: String {
        switch self {
        case .inPerson: return "入户当面告知"
        case .phone: return "电话告知"
        case .letter: return "书面告知"
        case .notice: return "村务公开栏公告"
        }
    }
}
