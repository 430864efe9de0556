/// What the rules see of a household: its facts and its current members' facts.
public struct HouseholdSnapshot: Sendable {
    public var facts: Facts
    public var members: [Facts]
    /// The yearly income statements, newest first; the facts' 收支情况 is the newest.
    public var incomes: [YearlyIncome]
    /// The members' civil-affairs statuses as the roster last said them (低保 with its start, 特困 集中/分散, …).
    public var civil: [CivilStatusRecord]

    public init(facts: Facts, members: [Facts], incomes: [YearlyIncome] = [], civil: [CivilStatusRecord] = []) {
        self.facts = facts; self.members = members; self.incomes = incomes; self.civil = civil
    }

    /// Last year's per-capita net income (for "收入明显减少"): the statement of the year before the newest, when both
    /// were entered.
    public var previousPerCapita: Fixed2? {
        let newest = incomes.first?.year ?? facts.int("incomeYear")
        return newest.flatMap { y in incomes.first { $0.year == y - 1 }?.perCapita }
    }

    /// The people the newest income is divided by: that year's household size, or the members now.
    public var incomePeople: Int {
        if let newest = incomes.first, newest.year == facts.int("incomeYear") { return newest.householdSize }
        return members.count
    }

    /// The household's income of its newest year, divided by that year's size.
    public var income: IncomeStatement { IncomeStatement(facts: facts, people: incomePeople) }
}

/// A household's income for a year (SPEC §4, DOMAIN §3.3), in yuan and fen.
public struct IncomeStatement: Sendable, Equatable {
    public var wages, production, productionCost, property, transfers, claims: Fixed2
    public var medical, education, disaster: Fixed2
    /// Members counted: everyone currently in the household (以户籍为依据，统筹实际居住和共享收支).
    public var people: Int

    public init(facts f: Facts, people: Int) {
        let z = Fixed2.zero
        wages = f.fixed("wageIncome") ?? z; production = f.fixed("productionIncome") ?? z
        productionCost = f.fixed("productionCost") ?? z; property = f.fixed("propertyIncome") ?? z
        transfers = f.fixed("transferIncome") ?? z; claims = f.fixed("claimsIncome") ?? z
        medical = f.fixed("medicalExpense") ?? z; education = f.fixed("educationExpense") ?? z
        disaster = f.fixed("disasterExpense") ?? z
        self.people = people
    }

    /// 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出.
    public var netIncome: Fixed2 { wages + production + property + transfers - productionCost }
    public var perCapita: Fixed2? { people > 0 ? netIncome.divided(by: people) : nil }
    /// 合规自付刚性支出: medical, education and disaster costs the household bore itself.
    public var rigidExpenditure: Fixed2 { medical + education + disaster }

    /// The income the monitoring line is compared with.
    public func referenceIncome(_ s: PolicySettings) -> Fixed2 {
        netIncome + (s.addClaimsIncome ? claims : .zero) - (s.deductRigidExpenditure ? rigidExpenditure : .zero)
    }

    public func referencePerCapita(_ s: PolicySettings) -> Fixed2? { people > 0 ? referenceIncome(s).divided(by: people) : nil }
}

extension Fixed2 {
    /// This amount × percent ÷ 100, rounded half away from zero to the fen.
    public func percent(_ p: Int) -> Fixed2 { Fixed2(hundredths: hundredths.multipliedReportingOverflow(by: Int64(p)).partialValue).divided(by: 100) }
}

/// 三保障 and drinking water (SPEC R11, DOMAIN §6).
public enum SecurityArea: String, Labeled {
    case education, medical, housing, water
    public var label: String {
        switch self {
        case .education: return "义务教育"
        case .medical: return "基本医疗"
        case .housing: return "住房安全"
        case .water: return "饮水安全"
        }
    }
    public var riskType: RiskType {
        switch self {
        case .education: return .education
        case .medical: return .illness
        case .housing: return .housing
        case .water: return .water
        }
    }
}

public struct SecurityProblem: Sendable, Equatable {
    public var area: SecurityArea
    public var reason: String
    public init(area: SecurityArea, reason: String) { self.area = area; self.reason = reason }
}

public enum ThreeGuarantees {
    /// Every failure, with its reason in Chinese. An unrecorded fact is not a failure (it is a data-quality matter).
    public static func problems(_ h: HouseholdSnapshot, on date: Day, settings s: PolicySettings = PolicySettings()) -> [SecurityProblem] {
        var out: [SecurityProblem] = []
        for m in h.members {
            let name = m.text("name") ?? "成员"
            if let birth = m.date("birthDate"), s.compulsoryEducationAges.contains(birth.age(on: date)),
               let school: SchoolingStatus = m.choice("schooling"), !school.isStudent {
                out.append(SecurityProblem(area: .education, reason: "\(name)\(birth.age(on: date))岁，处于义务教育阶段但\(school.label)"))
            }
            if let ins: MedicalInsurance = m.choice("medicalInsurance"), ins == .none {
                out.append(SecurityProblem(area: .medical, reason: "\(name)未参加基本医疗保险"))
            }
        }
        if let grade: HousingGrade = h.facts.choice("housingGrade"), grade.isUnsafe {
            out.append(SecurityProblem(area: .housing, reason: "住房为\(grade.label)"))
        }
        let water: [(String, String)] = [("waterQuantity", "水量不达标"), ("waterQuality", "水质不达标"),
                                         ("waterConvenience", "取水不方便"), ("waterReliability", "供水保证率不达标")]
        let failed = water.filter { h.facts.bool($0.0) == false }.map(\.1)
        if !failed.isEmpty { out.append(SecurityProblem(area: .water, reason: "饮水" + failed.joined(separator: "、"))) }
        return out
    }
}

/// 重点关注9类群体 (R10, seed 001).
public enum KeyGroup: String, Labeled {
    case lifted2020OrEarly, lowIncome, tekun, dibao, seriousIllness, disability, manyChildren, unstableWork, rigidExpenditure
    public var label: String {
        switch self {
        case .lifted2020OrEarly: return "建档立卡脱贫户（特别是2020年脱贫和脱贫时间较早的）"
        case .lowIncome: return "收入较低或明显减少的农户"
        case .tekun: return "分散供养特困人员家庭"
        case .dibao: return "农村低保对象"
        case .seriousIllness: return "农村大病重病患者家庭"
        case .disability: return "农村残疾人家庭"
        case .manyChildren: return "多子女家庭"
        case .unstableWork: return "务工不稳农户"
        case .rigidExpenditure: return "刚性支出较大或收入大幅缩减的农户"
        }
    }
}

public struct KeyGroupFlag: Sendable, Equatable {
    public var group: KeyGroup
    /// The rule that fired, in Chinese.
    public var reason: String
    public init(group: KeyGroup, reason: String) { self.group = group; self.reason = reason }
}

public enum KeyGroups {
    public static func flags(_ h: HouseholdSnapshot, on date: Day, threshold: Fixed2?, settings s: PolicySettings = PolicySettings()) -> [KeyGroupFlag] {
        var out: [KeyGroupFlag] = []
        let f = h.facts
        let income = h.income
        func name(_ m: Facts) -> String { m.text("name") ?? "成员" }

        // Seed 001: "建档立卡脱贫户，特别是2020年脱贫和脱贫时间较早的农户" — every 脱贫户, the stressed ones marked.
        if f.choice("category", as: HouseholdCategory.self) == .alleviated {
            let reason: String
            switch f.int("liftedYear") {
            case 2020?: reason = "2020年脱贫（特别关注）"
            case let y? where y <= s.earlyLiftedYear: reason = "\(y)年脱贫（\(s.earlyLiftedYear)年及以前脱贫较早，特别关注）"
            case let y?: reason = "\(y)年脱贫"
            case nil: reason = "脱贫户（未填脱贫年度，无法判断是否2020年或较早脱贫）"
            }
            out.append(KeyGroupFlag(group: .lifted2020OrEarly, reason: reason))
        }
        if let pc = income.perCapita, f.int("incomeYear") != nil {
            if let t = threshold, pc < t.percent(s.lowIncomePercent) {
                out.append(KeyGroupFlag(group: .lowIncome, reason: pc < t ? "人均纯收入\(pc)元，低于监测范围\(t)元"
                                                                       : "人均纯收入\(pc)元，低于监测范围的\(s.lowIncomePercent)%"))
            } else if let prev = h.previousPerCapita, prev > .zero, pc < prev.percent(100 - s.sharpDropPercent) {
                out.append(KeyGroupFlag(group: .lowIncome, reason: "人均纯收入由\(prev)元降至\(pc)元，减少\(s.sharpDropPercent)%以上"))
            }
        }
        // Seed 001: "分散供养特困人员特别是单人户等特殊困难家庭" — the roster says 集中 or 分散; without it the registry
        // only knows 特困供养 and the flag says what is missing.
        let tekunStatuses = h.civil.filter { $0.status.isTekun && $0.isCurrent(on: date) }
        let single = h.members.count == 1 ? "（单人户，特别关注）" : ""
        if !tekunStatuses.isEmpty {
            let dispersed = tekunStatuses.filter { $0.status == .tekunDispersed }
            if !dispersed.isEmpty {
                out.append(KeyGroupFlag(group: .tekun, reason: dispersed.map(\.memberName).joined(separator: "、") + "为分散供养特困人员" + single))
            }
        } else {
            let tekun = h.members.filter { ($0.choice("tekun", as: AssistanceStatus.self) ?? .none) != .none }
            if !tekun.isEmpty {
                out.append(KeyGroupFlag(group: .tekun, reason: tekun.map(name).joined(separator: "、") + "享受特困供养" + single
                                        + "；民政名单未报送其供养方式，请核实是否分散供养"))
            }
        }
        // "农村低保对象特别是近两年新识别和申请低保的农户": the roster's start date says which are new.
        let dibaoStatuses = h.civil.filter { $0.status == .dibao && $0.isCurrent(on: date) }
        if !dibaoStatuses.isEmpty {
            let recent = dibaoStatuses.filter { $0.start.days(until: date) <= s.recentDibaoYears * 365 }
            out.append(KeyGroupFlag(group: .dibao, reason: dibaoStatuses.map { "\($0.memberName)自\($0.start)起享受低保" }.joined(separator: "、")
                                    + (recent.isEmpty ? "" : "（近\(s.recentDibaoYears)年新纳入，特别关注）")))
        } else {
            let dibao = h.members.filter { ($0.choice("dibao", as: AssistanceStatus.self) ?? .none) != .none }
            if !dibao.isEmpty {
                out.append(KeyGroupFlag(group: .dibao, reason: dibao.map(name).joined(separator: "、") + "享受低保；民政名单未报送低保起始日期，无法判断是否近两年新识别、新申请"))
            }
        }
        let serious = h.members.filter { $0.multi("health", as: HealthCondition.self).contains(.serious) }
        if !serious.isEmpty { out.append(KeyGroupFlag(group: .seriousIllness, reason: serious.map(name).joined(separator: "、") + "患有大病")) }
        let disabled = h.members.filter { $0.multi("health", as: HealthCondition.self).contains(.disabled) }
        if !disabled.isEmpty {
            let severe = disabled.filter { $0.choice("disabilityGrade", as: DisabilityGrade.self)?.isSevere == true }
            out.append(KeyGroupFlag(group: .disability, reason: disabled.map(name).joined(separator: "、") + "残疾"
                                    + (severe.isEmpty ? "" : "，其中" + severe.map(name).joined(separator: "、") + "为重度残疾（特别关注）")
                                    + "；台账未登记致残时间，无法判断是否新致残"))
        }
        let children = h.members.filter { m in
            guard let r: Relation = m.choice("relation"), r == .son || r == .daughter else { return false }
            let young = m.date("birthDate").map { $0.age(on: date) < 18 } ?? false
            return young || (m.choice("schooling", as: SchoolingStatus.self)?.isStudent ?? false)
        }
        let beyond: Set<SchoolingStatus> = [.seniorHigh, .secondaryVocational, .higherVocational, .technicianCollege, .undergraduate, .postgraduate]
        let nonCompulsory = h.members.filter { m in m.choice("schooling", as: SchoolingStatus.self).map(beyond.contains) ?? false }
        if children.count >= s.manyChildren || nonCompulsory.count >= s.nonCompulsoryStudents {
            out.append(KeyGroupFlag(group: .manyChildren, reason: "子女\(children.count)人" + (nonCompulsory.isEmpty ? "" : "，非义务教育阶段在读\(nonCompulsory.count)人")))
        }
        let unstable = h.members.filter { $0.bool("migrantWork") == true && ($0.int("workMonths") ?? 0) < s.stableWorkMonths }
        if !unstable.isEmpty {
            // "特别是务工收入占比高且务工时间不稳定的农户": the wage share of the household's income, when it has one.
            let wage = income.wages
            let gross = income.wages + income.production + income.property + income.transfers
            var share = ""
            if gross > .zero, wage > .zero {
                let percent = Int(wage.hundredths * 100 / gross.hundredths)
                share = "，务工收入占家庭收入\(percent)%" + (percent >= s.wageSharePercent ? "（占比高，特别关注）" : "")
            }
            out.append(KeyGroupFlag(group: .unstableWork, reason: unstable.map { "\(name($0))务工\($0.int("workMonths") ?? 0)个月" }.joined(separator: "、")
                                    + "（不足\(s.stableWorkMonths)个月）" + share))
        }
        let rigid = income.rigidExpenditure
        if rigid > .zero, rigid >= s.largeRigidAmount || (income.netIncome > .zero && rigid >= income.netIncome.percent(s.largeRigidPercent)) {
            out.append(KeyGroupFlag(group: .rigidExpenditure, reason: "合规自付刚性支出\(rigid)元（家庭纯收入\(income.netIncome)元）"))
        }
        return out
    }
}

/// The identification criteria (R11, seed 001 §(二)): within the monitoring range, or 三保障/water not secured
/// and the household cannot solve it itself; a household clearly better off than the local average is tracked
/// instead of identified.
public struct IdentificationAssessment: Sendable, Equatable {
    public enum Decision: String, Sendable {
        /// Meets the criteria: start the identification procedure.
        case identify
        /// Not identified, but tracked until the 三保障/water problem is solved (持续跟踪).
        case track
        case notIdentified
        public var label: String {
            switch self {
            case .identify: return "符合识别条件"
            case .track: return "不识别，持续跟踪"
            case .notIdentified: return "不符合识别条件"
            }
        }
    }

    public var decision: Decision
    public var threshold: Threshold
    public var perCapita: Fixed2?
    public var referencePerCapita: Fixed2?
    public var withinRange: Bool
    public var problems: [SecurityProblem]
    public var highIncomeException: Bool
    public var suggestedCategory: MonitoringCategory?
    public var suggestedRisks: [RiskType]
    /// Why, in Chinese, one sentence each.
    public var reasons: [String]
}

public enum Identification {
    public static func assess(_ h: HouseholdSnapshot, on date: Day, province: String, thresholds: ThresholdTable,
                              settings s: PolicySettings = PolicySettings()) throws -> IdentificationAssessment {
        guard let line = thresholds.inForce(province: province, on: date) else { throw PolicyError.noThreshold(province: province, date: date) }
        let income = h.income
        let reference = income.referencePerCapita(s)
        // "低于监测范围": strictly below; exactly at the line is outside the range.
        let within = reference.map { $0 < line.perCapita } ?? false
        let problems = ThreeGuarantees.problems(h, on: date, settings: s)
        let comfortable = reference.map { $0 >= s.ruralAveragePerCapita.percent(s.clearlyAbovePercent) } ?? false
        var reasons: [String] = []
        let decision: IdentificationAssessment.Decision
        if let r = reference {
            let basis = s.deductRigidExpenditure && income.rigidExpenditure > .zero ? "扣除合规自付刚性支出后人均\(r)元" : "人均纯收入\(r)元"
            reasons.append(within ? "\(basis)，低于\(line.label)" : "\(basis)，不低于\(line.label)")
        } else {
            reasons.append("家庭无在户成员，无法计算人均收入")
        }
        for p in problems { reasons.append("\(p.area.label)未保障：\(p.reason)") }
        if within {
            decision = .identify
        } else if !problems.isEmpty {
            if comfortable {
                decision = .track
                reasons.append("扣除合规刚性支出后收入明显高于当地农村平均水平（\(s.ruralAveragePerCapita)元的\(s.clearlyAbovePercent)%），可依靠自身能力解决，不识别为监测对象，持续跟踪督促解决")
            } else {
                decision = .identify
                reasons.append("收入不明显高于当地农村平均水平，“三保障”或饮水未保障，按难以依靠自身能力解决处理（入户核实时确认）")
            }
        } else {
            decision = .notIdentified
        }
        let category: MonitoringCategory?
        if decision == .identify {
            let sudden = income.rigidExpenditure > .zero
                && (income.rigidExpenditure >= s.largeRigidAmount || income.rigidExpenditure >= income.netIncome.percent(s.largeRigidPercent))
            if sudden && (income.perCapita.map { $0 >= line.perCapita } ?? false) {
                category = .sudden
            } else {
                category = h.facts.choice("category", as: HouseholdCategory.self) == .alleviated ? .unstable : .marginal
            }
        } else {
            category = nil
        }
        var risks: [RiskType] = []
        for p in problems where !risks.contains(p.area.riskType) { risks.append(p.area.riskType) }
        if income.medical > .zero, !risks.contains(.illness) { risks.append(.illness) }
        if income.disaster > .zero { risks.append(.disaster) }
        return IdentificationAssessment(decision: decision, threshold: line, perCapita: income.perCapita, referencePerCapita: reference,
                                        withinRange: within, problems: problems, highIncomeException: !within && !problems.isEmpty && comfortable,
                                        suggestedCategory: category, suggestedRisks: decision == .identify ? risks : [], reasons: reasons)
    }
}
