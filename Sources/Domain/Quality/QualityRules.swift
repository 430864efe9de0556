/// Data-quality rules (SPEC R6, DOMAIN §4, groups A–K): each with a code, a Chinese description, a severity and
/// the fields it concerns. A rule looks at one household with its members, measures and monitoring facts and
/// returns its findings; county-wide rules (the same ID number or phone in two households) are run in SQL by the
/// App and listed here so the catalogue is complete.
public enum QualitySeverity: String, Labeled {
    case mustFix, advisory
    public var label: String { self == .mustFix ? "必改" : "非必改" }
}

public struct QualityFinding: Sendable, Equatable {
    public var rule: String
    /// The member concerned, when the finding is about one person.
    public var memberIndex: Int?
    public var message: String
}

/// A member as the rules see it: the facts, with what most rules ask (age, labour, health, schooling) worked out once.
/// A class, so that handing it to a hundred rules costs one reference, not a copy of its parts.
public final class MemberView: Sendable {
    public let facts: Facts
    public let age: Int?
    public let labour: LabourCapacity?
    public let health: [HealthCondition]
    public let schooling: SchoolingStatus?
    public let relation: Relation?
    public let sex: Sex?
    /// Receives 低保 / 特困供养 (rural or urban).
    public let dibao: Bool
    public let tekun: Bool
    /// The ID number read once (nil when none is entered); three identity rules ask it.
    public let idNumber: Result<IDNumber, IDNumber.Problem>?

    public init(_ facts: Facts, today: Day) {
        self.facts = facts
        relation = facts.choice("relation", as: Relation.self)
        sex = facts.choice("sex", as: Sex.self)
        dibao = (facts.choice("dibao", as: AssistanceStatus.self) ?? .none) != .none
        tekun = (facts.choice("tekun", as: AssistanceStatus.self) ?? .none) != .none
        idNumber = facts.text("idNumber").map { IDNumber.parse($0, today: today) }
        age = facts.date("birthDate").map { $0.age(on: today) }
        labour = facts.choice("labour", as: LabourCapacity.self)
        health = facts.multi("health", as: HealthCondition.self)
        schooling = facts.choice("schooling", as: SchoolingStatus.self)
    }

    public subscript(key: String) -> FieldValue? { facts[key] }
    public func text(_ key: String) -> String? { facts.text(key) }
    public func int(_ key: String) -> Int? { facts.int(key) }
    public func fixed(_ key: String) -> Fixed2? { facts.fixed(key) }
    public func date(_ key: String) -> Day? { facts.date(key) }
    public func bool(_ key: String) -> Bool? { facts.bool(key) }
    public func choice<E: Labeled>(_ key: String, as type: E.Type = E.self) -> E? { facts.choice(key, as: type) }
    public func multi<E: Labeled>(_ key: String, as type: E.Type = E.self) -> [E] { facts.multi(key, as: type) }
}

/// Everything a rule may read about one household (a class for the same reason as `MemberView`).
public final class QualityInput: Sendable {
    public let household: Facts
    public let members: [MemberView]
    public let measures: [MeasureFacts]
    public let helpers: Int
    public let today: Day
    /// The monitoring line in force today for the household's province (nil when none is entered).
    public let threshold: Fixed2?
    public let settings: PolicySettings
    /// The deadline for naming a helper after enrolment (seed 000: 5 working days) and the calendar it counts on.
    /// The regimes: a household's helper deadline is the one of the regime in force when it was enrolled.
    public let regimes: RegimeBook
    public let calendar: WorkingCalendar
    /// The newest income statement and the one before, when entered (newest first).
    public let incomes: [YearlyIncome]
    /// The household size of the newest income year, when a statement gives it (else the members now).
    public var householdSize: Int? { incomes.first.flatMap { $0.year == household.int("incomeYear") ? $0.householdSize : nil } }
    /// The income-risk points that fired (seed 002), worked out once.
    public let incomeSignals: [IncomeRiskSignal]

    public init(household: Facts, members: [Facts], measures: [MeasureFacts], helpers: Int, today: Day, threshold: Fixed2?,
                settings: PolicySettings = PolicySettings(), regimes: RegimeBook = .shipped,
                calendar: WorkingCalendar = .shipped, incomes: [YearlyIncome] = []) {
        self.incomes = incomes
        incomeSignals = IncomeRisks.signals(incomes: incomes, incomeYear: household.int("incomeYear"), members: members, settings: settings.incomeRisk)
        self.household = household; self.members = members.map { MemberView($0, today: today) }; self.measures = measures; self.helpers = helpers
        self.today = today; self.threshold = threshold; self.settings = settings; self.regimes = regimes; self.calendar = calendar
        // What most rules ask, worked out once per household (a county run asks it a hundred times over).
        monitored = household.choice("monitoringCategory", as: MonitoringCategory.self) != nil
        eliminated = household.date("eliminatedOn") != nil
        risks = household.multi("riskTypes", as: RiskType.self)
        capable = self.members.contains { $0.labour?.hasLabour == true }
        liveMeasures = measures.filter { $0.state != .stopped }
        unsafeHousing = household.choice("housingGrade", as: HousingGrade.self).map { $0 == .c || $0 == .d } ?? false
        unsafeWater = ["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"].contains { household.bool($0) == false }
    }

    public let monitored: Bool
    public let eliminated: Bool
    /// Monitored and not (yet) eliminated.
    public var openMonitoring: Bool { monitored && !eliminated }
    public let risks: [RiskType]
    /// Some member can work.
    public let capable: Bool
    public let liveMeasures: [MeasureFacts]
    public let unsafeHousing: Bool
    public let unsafeWater: Bool
    public func age(_ m: MemberView) -> Int? { m.age }
    public func labour(_ m: MemberView) -> LabourCapacity? { m.labour }
    public func health(_ m: MemberView) -> [HealthCondition] { m.health }
    public func schooling(_ m: MemberView) -> SchoolingStatus? { m.schooling }
    public var income: IncomeStatement { IncomeStatement(facts: household, people: householdSize ?? members.count) }
    public func hasMeasure(_ keys: Set<String>) -> Bool { liveMeasures.contains { keys.contains($0.type.key) } }
    public func dropout(_ m: MemberView) -> Bool {
        guard let a = age(m), settings.compulsoryEducationAges.contains(a) else { return false }
        return schooling(m) == .droppedOut
    }
    public func uninsured(_ m: MemberView) -> Bool { m.choice("medicalInsurance", as: MedicalInsurance.self) == MedicalInsurance.none }
}

public struct QualityRule: Sendable {
    public var code: String
    public var description: String
    public var severity: QualitySeverity
    public var fields: [String]
    /// nil for rules the App runs over the whole county in SQL.
    public var check: (@Sendable (QualityInput) -> [QualityFinding])?

    public var group: String { String(code.prefix(1)) }
}

public enum QualityRules {
    static func rule(_ code: String, _ description: String, _ severity: QualitySeverity, _ fields: [String],
                     _ check: (@Sendable (QualityInput) -> [QualityFinding])?) -> QualityRule {
        QualityRule(code: code, description: description, severity: severity, fields: fields, check: check)
    }

    /// A rule about each member: `test` returns a message for a member that breaks it.
    static func each(_ code: String, _ description: String, _ severity: QualitySeverity, _ fields: [String],
                     _ test: @escaping @Sendable (QualityInput, MemberView) -> String?) -> QualityRule {
        rule(code, description, severity, fields) { input in
            input.members.enumerated().compactMap { i, m in
                test(input, m).map { QualityFinding(rule: code, memberIndex: i, message: "\(m.text("name") ?? "成员")：\($0)") }
            }
        }
    }

    /// A rule about the household: `test` returns a message when it is broken.
    static func household(_ code: String, _ description: String, _ severity: QualitySeverity, _ fields: [String],
                          _ test: @escaping @Sendable (QualityInput) -> String?) -> QualityRule {
        rule(code, description, severity, fields) { input in
            test(input).map { [QualityFinding(rule: code, memberIndex: nil, message: $0)] } ?? []
        }
    }

    public static let all: [QualityRule] = identity + labour + school + work + insurance + riskFacts + riskMeasures + income + elimination + shouldMonitor + ranges
        + incomeRisks
        + RecordCheck.qualityRules

    public static func rule(_ code: String) -> QualityRule? { all.first { $0.code == code } }

    /// Every household and member field a rule may read: the rules' declared fields, the income statement's and
    /// `QualityInput`'s own. A county run reads only these columns (a test keeps the list complete).
    public static let readKeys: Set<String> = Set(all.flatMap(\.fields)).union([
        "monitoringCategory", "eliminatedOn", "riskTypes", "labour", "housingGrade", "waterQuantity", "waterQuality", "waterConvenience",
        "waterReliability", "birthDate", "health", "schooling", "medicalInsurance", "name", "idNumber",
        "wageIncome", "productionIncome", "productionCost", "propertyIncome", "transferIncome", "claimsIncome", "medicalExpense",
        "educationExpense", "disasterExpense", "villageCode",
    ])

    // MARK: S. Income-risk points (seed 002: the ten points where income can fall)

    static let incomeRisks: [QualityRule] = IncomeRiskPoint.allCases.map { point in
        household(point.ruleCode, "收入风险点：\(point.label)" + (point.completesSeed ? "（本系统补足“等10项”）" : ""), .advisory, ["incomeYear"]) { input in
            input.incomeSignals.first { $0.point == point }?.reason
        }
    }

    // MARK: A. Identity and household

    static let identity: [QualityRule] = [
        each("A01", "身份证号码校验位或出生日期无效", .mustFix, ["idNumber"]) { _, m in
            if case .failure(let p)? = m.idNumber { return p.message }
            return nil
        },
        each("A02", "出生日期与身份证号码不一致", .mustFix, ["birthDate", "idNumber"]) { _, m in
            guard case .success(let parsed)? = m.idNumber, let b = m.date("birthDate"), b != parsed.birthDate else { return nil }
            return "出生日期\(b)，身份证号码为\(parsed.birthDate)"
        },
        each("A03", "性别与身份证号码不一致", .mustFix, ["sex", "idNumber"]) { _, m in
            guard case .success(let parsed)? = m.idNumber, let sex = m.sex, sex != parsed.sex else { return nil }
            return "性别填\(sex.label)，身份证号码为\(parsed.sex.label)"
        },
        rule("A04", "同一身份证号码登记在两个及以上在户成员中", .mustFix, ["idNumber"], nil),
        each("A05", "身份证号码为空", .mustFix, ["idNumber"]) { _, m in m.text("idNumber") == nil ? "未填身份证号码" : nil },
        household("A06", "户主人数不是1人", .mustFix, ["relation"]) { input in
            let n = input.members.filter { $0.relation == .head }.count
            return n == 1 || input.members.isEmpty ? nil : "在户成员中有\(n)名户主"
        },
        household("A07", "配偶多于1人", .mustFix, ["relation"]) { input in
            let n = input.members.filter { $0.relation == .spouse }.count
            return n > 1 ? "有\(n)名配偶" : nil
        },
        household("A08", "配偶与户主性别相同", .mustFix, ["relation", "sex"]) { input in
            guard let head = input.members.first(where: { $0.relation == .head })?.sex,
                  input.members.contains(where: { $0.relation == .spouse && $0.sex == head }) else { return nil }
            return "户主与配偶均为\(head.label)性"
        },
        each("A09", "与户主关系与性别不符（如之子为女性、之女为男性）", .mustFix, ["relation", "sex"]) { _, m in
            guard let r = m.relation, let implied = r.impliedSex, let sex = m.sex, sex != implied else { return nil }
            return "\(r.label)应为\(implied.label)性"
        },
        rule("A10", "同一联系电话登记在多个农户", .advisory, ["phone"], nil),
        each("A11", "户主未满16周岁", .advisory, ["relation", "birthDate"]) { input, m in
            guard m.relation == .head, let a = input.age(m), a < 16 else { return nil }
            return "户主\(a)岁"
        },
        each("A12", "姓名含数字或为空", .mustFix, ["name"]) { _, m in
            guard let n = m.text("name") else { return "未填姓名" }
            // Digits, half- or full-width; not 三 or 十, which Unicode also counts as numbers.
            return n.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) } ? "姓名“\(n)”含数字" : nil
        },
        household("A13", "户联系电话为空", .advisory, ["phone"]) { input in
            input.household.text("phone") == nil && !input.members.contains { $0.text("phone") != nil } ? "户及成员均无联系电话" : nil
        },
    ]

    // MARK: B. Age and labour

    static let labour: [QualityRule] = [
        each("B01", "未满16周岁应为无劳动力", .mustFix, ["labour", "birthDate"]) { input, m in
            guard let a = input.age(m), a < 16, let l = input.labour(m), l != LabourCapacity.none else { return nil }
            return "\(a)岁，劳动技能填“\(l.label)”"
        },
        each("B02", "在校生应为无劳动力", .mustFix, ["labour", "schooling"]) { input, m in
            guard let s = input.schooling(m), s.isStudent, s != .sentHomeEducation, let l = input.labour(m), l.hasLabour else { return nil }
            return "\(s.label)在校生，劳动技能填“\(l.label)”"
        },
        each("B03", "16至59周岁健康非在校生不应为无劳动力、丧失劳动力或弱劳动力", .advisory, ["labour", "health", "birthDate"]) { input, m in
            guard let a = input.age(m), (16...59).contains(a), input.health(m) == [.healthy], !(input.schooling(m)?.isStudent ?? false),
                  let l = input.labour(m), !(l == .ordinary || l == .skilled) else { return nil }
            return "\(a)岁、健康，劳动技能填“\(l.label)”"
        },
        each("B04", "60周岁及以上不应为普通劳动力或技能劳动力", .advisory, ["labour", "birthDate"]) { input, m in
            guard let a = input.age(m), a >= 60, let l = input.labour(m), l == .ordinary || l == .skilled else { return nil }
            return "\(a)岁，劳动技能填“\(l.label)”"
        },
        each("B05", "一、二级肢体残疾不应为普通劳动力或技能劳动力", .mustFix, ["labour", "disabilityGrade", "disabilityCategory"]) { input, m in
            guard let g = m.choice("disabilityGrade", as: DisabilityGrade.self), g == .one || g == .two,
                  m.choice("disabilityCategory", as: DisabilityCategory.self) == .physical,
                  let l = input.labour(m), l == .ordinary || l == .skilled else { return nil }
            return "\(g.label)肢体残疾，劳动技能填“\(l.label)”"
        },
        each("B06", "劳动技能为空", .mustFix, ["labour"]) { input, m in input.labour(m) == nil ? "未填劳动技能" : nil },
        each("B07", "技能劳动力或大专及以上学历未务工", .advisory, ["labour", "education", "migrantWork"]) { input, m in
            guard let a = input.age(m), (18...59).contains(a), !(input.schooling(m)?.isStudent ?? false), m.bool("migrantWork") != true,
                  m.bool("publicWelfarePost") != true else { return nil }
            if input.labour(m) == .skilled { return "技能劳动力，未务工" }
            if let e = m.choice("education", as: EducationLevel.self), e == .college || e == .bachelorPlus { return "\(e.label)学历，未务工" }
            return nil
        },
        each("B08", "健康状况为空", .mustFix, ["health"]) { input, m in input.health(m).isEmpty ? "未填健康状况" : nil },
        each("B09", "健康状况为残疾但未填残疾等级（残疾人证）", .mustFix, ["health", "disabilityGrade"]) { input, m in
            input.health(m).contains(.disabled) && m["disabilityGrade"] == nil ? "健康状况为残疾，未填残疾等级" : nil
        },
    ]

    // MARK: C. Age and schooling

    static func band(_ code: String, _ stage: SchoolingStatus, _ range: ClosedRange<Int>) -> QualityRule {
        each(code, "\(stage.label)在校生年龄应在\(range.lowerBound)至\(range.upperBound)周岁", .advisory, ["schooling", "birthDate"]) { input, m in
            guard input.schooling(m) == stage, let a = input.age(m), !range.contains(a) else { return nil }
            return "\(a)岁，在校生状况填“\(stage.label)”"
        }
    }

    static let school: [QualityRule] = [
        each("C01", "6至16周岁既未填在校生状况也未填失学辍学原因", .mustFix, ["schooling", "outOfSchoolReason", "birthDate"]) { input, m in
            guard let a = input.age(m), (6...16).contains(a), input.schooling(m) == nil, m["outOfSchoolReason"] == nil else { return nil }
            return "\(a)岁，在校生状况和失学辍学原因均未填"
        },
        each("C02", "7周岁及以上健康儿童仍为学龄前", .mustFix, ["schooling", "birthDate"]) { input, m in
            guard let a = input.age(m), a >= 7, let s = input.schooling(m), s == .preschoolChild || s == .preschool, input.health(m) == [.healthy] else { return nil }
            return "\(a)岁，在校生状况填“\(s.label)”"
        },
        band("C03", .primary, 6...14),
        band("C04", .juniorHigh, 12...17),
        band("C05", .seniorHigh, 15...20),
        band("C06", .secondaryVocational, 15...20),
        each("C07", "未满18周岁文化程度为大专及以上", .advisory, ["education", "birthDate"]) { input, m in
            guard let a = input.age(m), a < 18, let e = m.choice("education", as: EducationLevel.self), e == .college || e == .bachelorPlus else { return nil }
            return "\(a)岁，文化程度填“\(e.label)”"
        },
        each("C08", "16至22周岁文化程度为小学及以下", .advisory, ["education", "birthDate"]) { input, m in
            guard let a = input.age(m), (16...22).contains(a), let e = m.choice("education", as: EducationLevel.self), e == .illiterate || e == .primary,
                  !(input.schooling(m)?.isStudent ?? false) else { return nil }
            return "\(a)岁，文化程度填“\(e.label)”"
        },
        each("C09", "非在校生未填文化程度", .mustFix, ["education", "schooling", "birthDate"]) { input, m in
            guard let a = input.age(m), a >= 16, !(input.schooling(m)?.isStudent ?? false), m["education"] == nil else { return nil }
            return "\(a)岁，未填文化程度"
        },
        each("C10", "本科或研究生在校生年龄不足", .advisory, ["schooling", "birthDate"]) { input, m in
            guard let a = input.age(m), let s = input.schooling(m), (s == .undergraduate && a < 16) || (s == .postgraduate && a < 20) else { return nil }
            return "\(a)岁，在校生状况填“\(s.label)”"
        },
    ]

    // MARK: D. Work and public-welfare posts

    static let work: [QualityRule] = [
        each("D01", "未满16周岁有务工", .mustFix, ["migrantWork", "birthDate"]) { input, m in
            guard m.bool("migrantWork") == true, let a = input.age(m), a < 16 else { return nil }
            return "\(a)岁，填有务工"
        },
        each("D02", "务工月收入低于100元或高于30000元", .advisory, ["workMonthlyIncome"]) { _, m in
            guard m.bool("migrantWork") == true, let v = m.fixed("workMonthlyIncome"), v < Fixed2(100) || v > Fixed2(30_000) else { return nil }
            return "务工月收入\(v)元"
        },
        each("D03", "特困供养人员有务工", .advisory, ["tekun", "migrantWork"]) { _, m in
            m.tekun && m.bool("migrantWork") == true ? "享受特困供养，同时填有务工" : nil
        },
        each("D04", "高中及以下在校生有务工", .mustFix, ["schooling", "migrantWork"]) { input, m in
            guard m.bool("migrantWork") == true, let s = input.schooling(m),
                  [.primary, .juniorHigh, .seniorHigh, .secondaryVocational].contains(s) else { return nil }
            return "\(s.label)在校生，填有务工"
        },
        each("D05", "无劳动力或丧失劳动力人员有务工", .mustFix, ["labour", "migrantWork"]) { input, m in
            guard m.bool("migrantWork") == true, let l = input.labour(m), !l.hasLabour else { return nil }
            return "劳动技能“\(l.label)”，填有务工"
        },
        each("D06", "公益岗位人员未满16周岁或70周岁及以上", .mustFix, ["publicWelfarePost", "birthDate"]) { input, m in
            guard m.bool("publicWelfarePost") == true, let a = input.age(m), a < 16 || a >= 70 else { return nil }
            return "\(a)岁，在公益岗位"
        },
        each("D07", "公益岗位人员为无劳动力或丧失劳动力", .mustFix, ["publicWelfarePost", "labour"]) { input, m in
            guard m.bool("publicWelfarePost") == true, let l = input.labour(m), !l.hasLabour else { return nil }
            return "劳动技能“\(l.label)”，在公益岗位"
        },
        each("D08", "务工人员未填务工时间", .mustFix, ["migrantWork", "workMonths"]) { _, m in
            guard m.bool("migrantWork") == true, (m.int("workMonths") ?? 0) == 0 else { return nil }
            return "填有务工，务工时间为空或0"
        },
        each("D09", "务工人员未填务工地点", .advisory, ["migrantWork", "workPlace"]) { _, m in
            m.bool("migrantWork") == true && m["workPlace"] == nil ? "填有务工，未填务工地点" : nil
        },
    ]

    // MARK: E. Insurance

    static let insurance: [QualityRule] = [
        each("E01", "基本医疗保险为空", .mustFix, ["medicalInsurance"]) { _, m in m["medicalInsurance"] == nil ? "未填基本医疗保险" : nil },
        each("E02", "参加居民医保未填大病保险", .advisory, ["seriousIllnessInsurance", "medicalInsurance"]) { _, m in
            m.choice("medicalInsurance", as: MedicalInsurance.self) == .resident && m["seriousIllnessInsurance"] == nil ? "未填是否参加大病保险" : nil
        },
        each("E03", "16周岁及以上未填基本养老保险", .advisory, ["pensionInsurance", "birthDate"]) { input, m in
            guard let a = input.age(m), a >= 16, !(input.schooling(m)?.isStudent ?? false), m["pensionInsurance"] == nil else { return nil }
            return "未填基本养老保险"
        },
    ]

    // MARK: F. Risks and the facts behind them (monitored households)

    static func monitoredRule(_ code: String, _ description: String, _ severity: QualitySeverity, _ fields: [String],
                              _ test: @escaping @Sendable (QualityInput) -> String?) -> QualityRule {
        household(code, description, severity, fields) { input in input.openMonitoring ? test(input) : nil }
    }

    static let riskFacts: [QualityRule] = [
        monitoredRule("F01", "风险为因残，但家中无残疾人", .mustFix, ["riskTypes", "health"]) { input in
            input.risks.contains(.disability) && !input.members.contains { input.health($0).contains(.disabled) } ? "家庭成员中无残疾人" : nil
        },
        monitoredRule("F02", "风险为因病，但家中无大病或慢性病患者", .mustFix, ["riskTypes", "health"]) { input in
            input.risks.contains(.illness) && !input.members.contains { !Set(input.health($0)).isDisjoint(with: [.chronic, .serious]) } ? "家庭成员中无大病或慢性病患者" : nil
        },
        monitoredRule("F03", "风险为缺劳动力，但有劳动能力的成员超过四分之一", .mustFix, ["riskTypes", "labour"]) { input in
            guard input.risks.contains(.lackOfLabour), !input.members.isEmpty else { return nil }
            let n = input.members.filter { input.labour($0)?.hasLabour == true }.count
            return n * 4 > input.members.count ? "\(input.members.count)人中\(n)人有劳动能力" : nil
        },
        monitoredRule("F04", "风险为因务工就业不稳，但家中无劳动力", .mustFix, ["riskTypes", "labour"]) { input in
            input.risks.contains(.unstableEmployment) && !input.capable ? "家中无有劳动能力的成员" : nil
        },
        monitoredRule("F05", "风险为因务工就业不稳，但家中无人务工", .advisory, ["riskTypes", "migrantWork"]) { input in
            input.risks.contains(.unstableEmployment) && !input.members.contains { $0.bool("migrantWork") == true } ? "家中无务工人员" : nil
        },
        monitoredRule("F06", "风险为“其他”，请核实具体风险", .advisory, ["riskTypes"]) { input in input.risks.contains(.other) ? "致贫返贫风险填“其他”" : nil },
        monitoredRule("F07", "监测对象未填致贫返贫风险", .mustFix, ["riskTypes"]) { input in input.risks.isEmpty ? "未填致贫返贫风险" : nil },
        monitoredRule("F08", "饮水不达标但风险未标注因安全饮水", .advisory, ["riskTypes", "waterQuality"]) { input in
            input.unsafeWater && !input.risks.contains(.water) ? "饮水存在不达标项" : nil
        },
        monitoredRule("F09", "住房为C、D级但风险未标注因安全住房", .advisory, ["riskTypes", "housingGrade"]) { input in
            input.unsafeHousing && !input.risks.contains(.housing) ? "住房安全等级为C或D级" : nil
        },
        monitoredRule("F10", "风险为因学，但家中无在校生", .mustFix, ["riskTypes", "schooling"]) { input in
            input.risks.contains(.education) && !input.members.contains { input.schooling($0)?.isStudent == true || input.dropout($0) } ? "家中无在校生" : nil
        },
        monitoredRule("F11", "有成员未参加基本医疗保险但风险未标注因病", .advisory, ["riskTypes", "medicalInsurance"]) { input in
            input.members.contains(where: input.uninsured) && !input.risks.contains(.illness) ? "有成员未参加基本医疗保险" : nil
        },
        monitoredRule("F12", "风险为因病，但合规自付医疗支出为空或0", .advisory, ["riskTypes", "medicalExpense"]) { input in
            input.risks.contains(.illness) && (input.household.fixed("medicalExpense") ?? .zero) == .zero ? "因病纳入，合规自付医疗支出为0" : nil
        },
    ]

    // MARK: G. Risks and the measures that answer them

    static func answered(_ code: String, _ risk: RiskType, _ keys: Set<String>, _ severity: QualitySeverity = .mustFix) -> QualityRule {
        let names = ReferenceData.measureTypes.filter { keys.contains($0.key) }.map(\.label).joined(separator: "或")
        return monitoredRule(code, "风险为\(risk.label)，应有\(names)措施", severity, ["riskTypes", "measures"]) { input in
            input.risks.contains(risk) && !input.hasMeasure(keys) ? "无\(names)措施" : nil
        }
    }

    static let riskMeasures: [QualityRule] = [
        answered("G01", .illness, ["health", "social", "comprehensive", "insurance"]),
        answered("G02", .education, ["compulsoryEducation", "education", "social"]),
        answered("G03", .disability, ["comprehensive", "social", "health", "publicJob"]),
        answered("G04", .housing, ["housing", "relocation"]),
        answered("G05", .water, ["water", "relocation"]),
        answered("G06", .unstableEmployment, ["employment", "publicJob"]),
        answered("G07", .industryFailure, ["industry", "finance", "employment"]),
        answered("G08", .disaster, ["housing", "industry", "social", "comprehensive", "insurance"], .advisory),
        monitoredRule("G09", "失学辍学的适龄儿童应有义务教育保障措施", .mustFix, ["schooling", "measures"]) { input in
            input.members.contains(where: input.dropout) && !input.hasMeasure(["compulsoryEducation"]) ? "有失学辍学儿童，无义务教育保障措施" : nil
        },
        monitoredRule("G10", "纳入监测满1个月仍无帮扶措施", .mustFix, ["monitoredSince", "measures"]) { input in
            guard let since = input.household.date("monitoredSince"), input.today >= since.adding(months: 1), input.liveMeasures.isEmpty else { return nil }
            return "\(since)纳入监测，至今无帮扶措施"
        },
        monitoredRule("G11", "有劳动能力的监测户只有兜底保障措施（一兜了之）", .mustFix, ["labour", "measures"]) { input in
            input.capable && !input.liveMeasures.isEmpty && input.liveMeasures.allSatisfy { $0.type.kind == .safetyNet } ? "有劳动能力，只有兜底保障措施" : nil
        },
        monitoredRule("G12", "有劳动能力的监测户没有开发式帮扶措施", .mustFix, ["labour", "measures"]) { input in
            input.capable && !input.liveMeasures.isEmpty && !input.liveMeasures.contains { $0.type.kind == .developmental } ? "有劳动能力，无产业、就业、金融或公益岗位措施" : nil
        },
        monitoredRule("G13", "一、二级残疾人应有综合保障（残疾人补贴）措施", .advisory, ["disabilityGrade", "measures"]) { input in
            input.members.contains { [DisabilityGrade.one, .two].contains($0.choice("disabilityGrade", as: DisabilityGrade.self) ?? .four) }
                && !input.hasMeasure(["comprehensive"]) ? "有一、二级残疾人，无综合保障措施" : nil
        },
        monitoredRule("G14", "纳入监测后逾期仍未明确帮扶责任人", .mustFix, ["monitoredSince", "helpers"]) { input in
            guard input.helpers == 0, let since = input.household.date("monitoredSince") else { return nil }
            let rule = input.regimes.inForce(on: since).limits.rule(.helper)
            guard let due = try? rule.due(from: since, calendar: input.calendar), input.today > due else { return nil }
            return "\(since)纳入监测，应于\(rule.countLabel)（\(due)前）明确帮扶责任人，至今未明确"
        },
        monitoredRule("G15", "开发式措施登记为计划但开始日期已过", .advisory, ["measures"]) { input in
            input.measures.contains { $0.type.kind == .developmental && $0.state == .planned && $0.start < input.today.adding(days: -30) }
                ? "有开发式措施开始日期已过30天仍为“计划”" : nil
        },
        household("G16", "脱贫户纳入监测应有两名帮扶责任人", .advisory, ["helpers", "category"]) { input in
            input.openMonitoring && input.household.choice("category", as: HouseholdCategory.self) == .alleviated && input.helpers == 1 ? "只有1名帮扶责任人" : nil
        },
        monitoredRule("G17", "享受低保或特困的监测户应有综合保障措施", .advisory, ["dibao", "tekun", "measures"]) { input in
            input.members.contains { $0.dibao || $0.tekun } && !input.hasMeasure(["comprehensive"]) ? "有低保或特困人员，无综合保障措施" : nil
        },
        household("G18", "有综合保障措施但家中无残疾人、无低保特困人员", .advisory, ["measures", "health", "dibao", "tekun"]) { input in
            input.hasMeasure(["comprehensive"]) && !input.members.contains { $0.dibao || $0.tekun || input.health($0).contains(.disabled) }
                ? "综合保障（低保、特困、残疾人补贴）无对应人员" : nil
        },
        household("G19", "有就业或公益岗位帮扶措施但家中无人务工或在岗", .advisory, ["measures", "migrantWork", "publicWelfarePost"]) { input in
            input.hasMeasure(["employment", "publicJob"]) && !input.members.contains { $0.bool("migrantWork") == true || $0.bool("publicWelfarePost") == true }
                ? "有就业或公益岗位措施，无务工或公益岗位人员" : nil
        },
        monitoredRule("G20", "有中职或高职在校生的监测户应有雨露计划等教育帮扶", .advisory, ["schooling", "measures"]) { input in
            input.members.contains { [.secondaryVocational, .higherVocational].contains(input.schooling($0)) } && !input.hasMeasure(["education"])
                ? "有中职或高职在校生，无教育帮扶（雨露计划）措施" : nil
        },
        household("G21", "有雨露计划等教育帮扶措施但家中无中职或高职在校生", .advisory, ["schooling", "measures"]) { input in
            input.hasMeasure(["education"]) && !input.members.contains { [.secondaryVocational, .higherVocational].contains(input.schooling($0)) }
                ? "有教育帮扶（雨露计划）措施，无中职或高职在校生" : nil
        },
        monitoredRule("G22", "2021年以后纳入的监测户不再安排易地搬迁措施", .advisory, ["monitoredSince", "measures"]) { input in
            guard let since = input.household.date("monitoredSince"), since.year >= 2021, input.hasMeasure(["relocation"]) else { return nil }
            return "\(since)纳入监测，登记有易地搬迁措施"
        },
    ]

    // MARK: H. Income

    static let income: [QualityRule] = [
        household("H01", "脱贫户人均纯收入低于监测范围但未纳入监测", .mustFix, ["perCapitaIncome", "monitoringCategory"]) { input in
            guard input.household.choice("category", as: HouseholdCategory.self) == .alleviated, !input.monitored, let line = input.threshold,
                  let pc = input.income.perCapita, pc < line else { return nil }
            return "人均纯收入\(pc)元，低于\(line)元，未纳入监测"
        },
        household("H02", "帮扶消除的户人均纯收入未高于当年监测范围", .mustFix, ["eliminationKind", "perCapitaIncome"]) { input in
            guard input.eliminated, input.household.choice("eliminationKind", as: EliminationKind.self) == .assisted, let line = input.threshold,
                  let pc = input.income.perCapita, pc <= line else { return nil }
            return "已帮扶消除，人均纯收入\(pc)元，未高于\(line)元"
        },
        household("H03", "工资性收入在0至100元之间", .advisory, ["wageIncome"]) { input in
            guard let w = input.household.fixed("wageIncome"), w > .zero, w < Fixed2(100) else { return nil }
            return "工资性收入\(w)元"
        },
        household("H04", "有务工人员但工资性收入为0", .advisory, ["wageIncome", "migrantWork"]) { input in
            input.members.contains { $0.bool("migrantWork") == true || $0.bool("publicWelfarePost") == true } && (input.household.fixed("wageIncome") ?? .zero) == .zero
                ? "有务工或公益岗位人员，工资性收入为0" : nil
        },
        household("H05", "享受低保或特困但转移性收入为0", .advisory, ["transferIncome", "dibao", "tekun"]) { input in
            input.members.contains { $0.dibao || $0.tekun } && (input.household.fixed("transferIncome") ?? .zero) == .zero
                ? "有低保或特困人员，转移性收入为0" : nil
        },
        household("H06", "有产业帮扶措施但生产经营性收入为0", .advisory, ["productionIncome", "measures"]) { input in
            input.hasMeasure(["industry"]) && (input.household.fixed("productionIncome") ?? .zero) == .zero ? "有产业帮扶，生产经营性收入为0" : nil
        },
        household("H07", "生产经营性支出大于生产经营性收入", .advisory, ["productionIncome", "productionCost"]) { input in
            guard let cost = input.household.fixed("productionCost"), cost > (input.household.fixed("productionIncome") ?? .zero) else { return nil }
            return "生产经营性支出\(cost)元，大于收入"
        },
        household("H08", "未填收入年度或收入年度早于上年", .advisory, ["incomeYear"]) { input in
            guard let y = input.household.int("incomeYear") else { return "未填收入年度" }
            return y < input.today.year - 1 ? "收入为\(y)年数据" : nil
        },
        monitoredRule("H09", "监测对象人均纯收入高于2万元，请核实识别依据", .advisory, ["perCapitaIncome"]) { input in
            guard let pc = input.income.perCapita, pc > Fixed2(20_000), input.unsafeHousing == false, input.unsafeWater == false else { return nil }
            return "人均纯收入\(pc)元"
        },
    ]

    // MARK: I. Risk elimination

    static func eliminatedRule(_ code: String, _ description: String, _ fields: [String], _ test: @escaping @Sendable (QualityInput) -> String?) -> QualityRule {
        household(code, description, .mustFix, fields) { input in input.eliminated ? test(input) : nil }
    }

    static let elimination: [QualityRule] = [
        eliminatedRule("I01", "整户无劳动能力的监测户不应标注风险消除", ["labour", "eliminatedOn"]) { input in input.capable ? nil : "整户无劳动能力，已标注风险消除" },
        eliminatedRule("I02", "纳入监测不满6个月即消除风险", ["monitoredSince", "eliminatedOn"]) { input in
            guard let since = input.household.date("monitoredSince"), let done = input.household.date("eliminatedOn"),
                  done < since.adding(months: input.settings.eliminationMinMonths) else { return nil }
            return "\(since)纳入，\(done)消除"
        },
        eliminatedRule("I03", "已消除风险但住房为C、D级危房", ["housingGrade"]) { input in input.unsafeHousing ? "住房为危房" : nil },
        eliminatedRule("I04", "已消除风险但饮水不达标", ["waterQuality"]) { input in input.unsafeWater ? "饮水存在不达标项" : nil },
        eliminatedRule("I05", "已消除风险但有失学辍学儿童", ["schooling"]) { input in input.members.contains(where: input.dropout) ? "有失学辍学的适龄儿童" : nil },
        eliminatedRule("I06", "已消除风险但有成员未参加基本医疗保险", ["medicalInsurance"]) { input in input.members.contains(where: input.uninsured) ? "有成员未参加基本医疗保险" : nil },
        household("I07", "已消除风险的户没有帮扶（监测）联系人", .advisory, ["helpers"]) { input in input.eliminated && input.helpers == 0 ? "无帮扶联系人" : nil },
        eliminatedRule("I08", "帮扶消除的户没有任何帮扶措施", ["eliminationKind", "measures"]) { input in
            input.household.choice("eliminationKind", as: EliminationKind.self) == .assisted && input.measures.isEmpty ? "帮扶消除，无帮扶措施记录" : nil
        },
        eliminatedRule("I09", "已消除风险但收入年度或收入信息为空", ["incomeYear", "wageIncome", "transferIncome"]) { input in
            let incomes = ["wageIncome", "productionIncome", "propertyIncome", "transferIncome"]
            return input.household.int("incomeYear") == nil || incomes.allSatisfy({ input.household[$0] == nil }) ? "消除后收支信息未填" : nil
        },
    ]

    // MARK: J. Households that should be monitored

    static func unmonitored(_ code: String, _ description: String, _ severity: QualitySeverity, _ fields: [String],
                            _ test: @escaping @Sendable (QualityInput) -> String?) -> QualityRule {
        household(code, description, severity, fields) { input in input.monitored ? nil : test(input) }
    }

    static let shouldMonitor: [QualityRule] = [
        unmonitored("J01", "住房为C、D级危房但未纳入监测", .mustFix, ["housingGrade"]) { input in input.unsafeHousing ? "住房安全等级为C或D级" : nil },
        unmonitored("J02", "饮水不达标但未纳入监测", .mustFix, ["waterQuality"]) { input in input.unsafeWater ? "饮水存在不达标项" : nil },
        unmonitored("J03", "有成员未参加基本医疗保险但未纳入监测", .advisory, ["medicalInsurance"]) { input in
            input.members.contains(where: input.uninsured) ? "有成员未参加基本医疗保险" : nil
        },
        unmonitored("J04", "有失学辍学的适龄儿童但未纳入监测", .mustFix, ["schooling"]) { input in
            input.members.contains(where: input.dropout) ? "有失学辍学的适龄儿童" : nil
        },
        household("J05", "整户无劳动能力且未享受低保或特困", .advisory, ["labour", "dibao", "tekun"]) { input in
            guard !input.members.isEmpty, !input.capable, !input.members.contains(where: { $0.dibao || $0.tekun }) else { return nil }
            return "整户无劳动能力，无低保或特困"
        },
    ]

    // MARK: K. Ranges and completeness

    static let ranges: [QualityRule] = [
        household("K01", "耕地面积超过100亩", .advisory, ["arableLand"]) { input in
            input.household.fixed("arableLand").flatMap { $0 > Fixed2(100) ? "耕地\($0)亩" : nil }
        },
        household("K02", "林地面积超过200亩", .advisory, ["forestLand"]) { input in
            input.household.fixed("forestLand").flatMap { $0 > Fixed2(200) ? "林地\($0)亩" : nil }
        },
        household("K03", "住房面积为0或超过1000平方米", .advisory, ["housingArea"]) { input in
            input.household.fixed("housingArea").flatMap { $0 == .zero || $0 > Fixed2(1000) ? "住房面积\($0)㎡" : nil }
        },
        household("K04", "农户没有在户成员", .mustFix, ["members"]) { input in input.members.isEmpty ? "没有在户成员" : nil },
        household("K05", "易地搬迁户未填户籍地（迁出）村", .mustFix, ["relocated", "originVillageCode"]) { input in
            input.household.bool("relocated") == true && input.household.text("originVillageCode") == nil ? "未填迁出村" : nil
        },
        household("K06", "住房安全等级为空", .advisory, ["housingGrade"]) { input in input.household["housingGrade"] == nil ? "未填住房安全等级" : nil },
        household("K07", "饮水安全情况未填", .advisory, ["waterQuantity", "waterQuality"]) { input in
            ["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"].contains { input.household[$0] == nil } ? "饮水四项未填全" : nil
        },
        household("K08", "脱贫户未填脱贫年度", .mustFix, ["liftedYear"]) { input in
            input.household.choice("category", as: HouseholdCategory.self) == .alleviated && input.household.int("liftedYear") == nil ? "未填脱贫年度" : nil
        },
    ]

    /// Runs every household rule on one household.
    public static func check(_ input: QualityInput) -> [QualityFinding] {
        all.flatMap { $0.check?(input) ?? [] }
    }
}
