/// Line departments that push lists (SPEC R16).
public enum Department: String, Labeled {
    case edu, medicalInsurance = "ybj", health = "wjw", housing = "zjj", water = "slj", civilAffairs = "mzj"
    case humanResources = "rsj", disabled = "cl", emergency = "yjj", publicSecurity = "gaj", agriculture = "nyj"
    public var label: String {
        switch self {
        case .edu: return "教育局"
        case .medicalInsurance: return "医疗保障局"
        case .health: return "卫生健康委员会"
        case .housing: return "住房和城乡建设局"
        case .water: return "水利局"
        case .civilAffairs: return "民政局"
        case .humanResources: return "人力资源和社会保障局"
        case .disabled: return "残疾人联合会"
        case .emergency: return "应急管理局"
        case .publicSecurity: return "公安局"
        case .agriculture: return "农业农村局"
        }
    }
}

/// One column of a department list.
public struct ListColumn: Sendable {
    public enum Kind: Sendable {
        case idNumber, text(Int), date, amount, integer, choice([String])
    }
    public var key: String
    public var header: String
    public var kind: Kind
    public var required: Bool
    public init(_ key: String, _ header: String, _ kind: Kind, required: Bool = true) {
        self.key = key; self.header = header; self.kind = kind; self.required = required
    }
}

/// The settings the warning rules read (issue: "configurable amount or share of income").
public struct WarningSettings: Sendable, Equatable {
    /// Personal out-of-pocket medical costs at least this much in a year…
    public var medicalAmount = Fixed2(20_000)
    /// …or at least this share of the household's net income (%).
    public var medicalSharePercent = 50
    /// Disaster losses from this amount.
    public var disasterLoss = Fixed2(5_000)
    /// Working days a township has to verify a warning.
    public var verifyWorkingDays = 10
    /// A civil-affairs status that started within this many days counts as new (新纳入低保、特困、低保边缘).
    public var civilNewStatusDays = 365
    public init() {}
}

/// What the rule knows of the person's household.
public struct WarningContext: Sendable {
    public var householdNetIncome: Fixed2?
    public var memberAge: Int?
    /// The day the list is applied.
    public var today: Day?
    /// What civil affairs said before of the same member and status (the roster).
    public var civilPrevious: CivilStatusRecord?
    public init(householdNetIncome: Fixed2?, memberAge: Int?, today: Day? = nil, civilPrevious: CivilStatusRecord? = nil) {
        self.householdNetIncome = householdNetIncome; self.memberAge = memberAge; self.today = today; self.civilPrevious = civilPrevious
    }
}

/// A warning the rule raised: the risk it points to and why, in Chinese.
public struct WarningHit: Sendable, Equatable {
    public var risk: RiskType
    public var difficulty: String
    public var reason: String
}

/// A kind of list a department pushes, with its columns and the warning rule it feeds.
public struct DepartmentListType: Sendable {
    public var key: String
    public var department: Department
    public var name: String
    public var columns: [ListColumn]
    /// The rule in one sentence, for the catalogue page.
    public var ruleText: String
    public var rule: @Sendable ([String: String], WarningContext, WarningSettings) -> WarningHit?

    public func column(_ key: String) -> ListColumn? { columns.first { $0.key == key } }
}

public enum ListCatalogue {
    static let id = ListColumn("idNumber", "身份证号码", .idNumber)
    static let name = ListColumn("name", "姓名", .text(30))

    public static let types: [DepartmentListType] = [
        DepartmentListType(key: "edu.dropout", department: .edu, name: "疑似失学辍学及送教上门学生名单",
                           columns: [id, name, ListColumn("school", "学校", .text(60)), ListColumn("status", "状态", .choice(["辍学", "送教上门"])),
                                     ListColumn("date", "发现日期", .date)],
                           ruleText: "状态为“辍学”的义务教育阶段学生预警（因学）；送教上门只记录，不预警") { row, _, _ in
            row["status"] == "辍学" ? WarningHit(risk: .education, difficulty: "education", reason: "\(row["school"] ?? "")报告疑似辍学") : nil
        },
        DepartmentListType(key: "medical.bills", department: .medicalInsurance, name: "医疗费用个人负担较重人员名单",
                           columns: [id, name, ListColumn("year", "结算年度", .integer), ListColumn("total", "医疗总费用（元）", .amount),
                                     ListColumn("selfPaid", "个人自付（元）", .amount)],
                           ruleText: "年度个人自付医疗费用达到设定金额（默认2万元），或达到家庭纯收入的设定比例（默认50%）预警（因病）") { row, ctx, s in
            guard let paid = Fixed2(row["selfPaid"] ?? "") else { return nil }
            if paid >= s.medicalAmount {
                return WarningHit(risk: .illness, difficulty: "illness", reason: "\(row["year"] ?? "")年个人自付医疗费用\(paid)元，达到\(s.medicalAmount)元")
            }
            if let income = ctx.householdNetIncome, income > .zero, paid >= income.percent(s.medicalSharePercent) {
                return WarningHit(risk: .illness, difficulty: "illness", reason: "个人自付医疗费用\(paid)元，占家庭纯收入\(income)元的\(s.medicalSharePercent)%以上")
            }
            return nil
        },
        DepartmentListType(key: "health.serious", department: .health, name: "大病重病患者名单",
                           columns: [id, name, ListColumn("disease", "疾病名称", .text(60)), ListColumn("date", "确诊日期", .date)],
                           ruleText: "新确诊大病重病患者预警（因病）") { row, _, _ in
            WarningHit(risk: .illness, difficulty: "illness", reason: "确诊\(row["disease"] ?? "大病")")
        },
        DepartmentListType(key: "housing.unsafe", department: .housing, name: "农村住房安全鉴定名单",
                           columns: [id, name, ListColumn("grade", "鉴定等级", .choice(["A", "B", "C", "D"])), ListColumn("date", "鉴定日期", .date)],
                           ruleText: "鉴定为C级或D级危房预警（因安全住房）") { row, _, _ in
            row["grade"] == "C" || row["grade"] == "D" ? WarningHit(risk: .housing, difficulty: "housing", reason: "住房鉴定为\(row["grade"] ?? "")级危房") : nil
        },
        DepartmentListType(key: "water.problem", department: .water, name: "农村饮水安全问题名单",
                           columns: [id, name, ListColumn("problem", "问题类型", .choice(["水量", "水质", "用水方便程度", "供水保证率"])),
                                     ListColumn("date", "发现日期", .date)],
                           ruleText: "饮水水量、水质、方便程度或保证率不达标预警（因安全饮水）") { row, _, _ in
            WarningHit(risk: .water, difficulty: "water", reason: "饮水\(row["problem"] ?? "")不达标")
        },
        DepartmentListType(key: CivilRoster.listType, department: .civilAffairs, name: "低收入人口救助状态名单（低保、特困、低保边缘、刚性支出困难、临时救助）",
                           columns: [id, name, ListColumn("status", "救助类别", .choice(CivilStatus.allCases.map(\.label))),
                                     ListColumn("start", "起始日期", .date), ListColumn("end", "终止日期", .date, required: false)],
                           ruleText: "同步成员的低保、特困状态和日期；新纳入低保、特困、低保边缘（起始日期在一年内），低保、特困终止，"
                                     + "认定刚性支出困难或获得临时救助的预警，其余只更新状态") { row, ctx, s in
            guard let status = row["status"].flatMap(CivilStatus.parse), let start = row["start"].flatMap(Day.init) else { return nil }
            return CivilRoster.hit(status: status, start: start, end: row["end"].flatMap(Day.init), previous: ctx.civilPrevious,
                                   today: ctx.today ?? start, settings: s)
        },
        DepartmentListType(key: "hr.unemployment", department: .humanResources, name: "失业登记及返乡人员名单",
                           columns: [id, name, ListColumn("kind", "类别", .choice(["失业登记", "务工返乡"])), ListColumn("date", "登记日期", .date)],
                           ruleText: "失业登记或务工返乡的劳动力预警（因务工就业不稳）") { row, _, _ in
            WarningHit(risk: .unstableEmployment, difficulty: "employment", reason: row["kind"] ?? "失业")
        },
        DepartmentListType(key: "disabled.new", department: .disabled, name: "新增及等级变化残疾人名单",
                           columns: [id, name, ListColumn("category", "残疾类别", .text(20)), ListColumn("grade", "残疾等级", .choice(["一级", "二级", "三级", "四级"])),
                                     ListColumn("date", "办证日期", .date)],
                           ruleText: "新办证或等级提高的残疾人预警（因残）") { row, _, _ in
            WarningHit(risk: .disability, difficulty: "disability", reason: "新增或变更为\(row["grade"] ?? "")\(row["category"] ?? "")残疾")
        },
        DepartmentListType(key: "emergency.disaster", department: .emergency, name: "受灾人员及损失名单",
                           columns: [id, name, ListColumn("disaster", "灾害类型", .text(20)), ListColumn("date", "受灾日期", .date),
                                     ListColumn("loss", "损失金额（元）", .amount)],
                           ruleText: "因灾损失达到设定金额（默认5000元）预警（因自然灾害）") { row, _, s in
            guard let loss = Fixed2(row["loss"] ?? ""), loss >= s.disasterLoss else { return nil }
            return WarningHit(risk: .disaster, difficulty: "disaster", reason: "\(row["disaster"] ?? "灾害")损失\(loss)元")
        },
        DepartmentListType(key: "police.changes", department: .publicSecurity, name: "出生、死亡及迁移人员名单",
                           columns: [id, name, ListColumn("change", "变动类型", .choice(["出生", "死亡", "迁入", "迁出"])), ListColumn("date", "变动日期", .date)],
                           ruleText: "劳动年龄人口（16–60岁）死亡预警（缺劳动力）；出生、迁移只记录，供台账增减核对") { row, ctx, _ in
            guard row["change"] == "死亡", let age = ctx.memberAge, (16...60).contains(age) else { return nil }
            return WarningHit(risk: .lackOfLabour, difficulty: "accident", reason: "劳动年龄家庭成员（\(age)岁）死亡")
        },
        DepartmentListType(key: "agri.industry", department: .agriculture, name: "产业项目失败名单",
                           columns: [id, name, ListColumn("project", "项目名称", .text(60)), ListColumn("loss", "损失金额（元）", .amount),
                                     ListColumn("date", "发生日期", .date),
                                     ListColumn("cause", "原因", .choice([ScaleRisk.priceFallCause, ScaleRisk.epidemicCause, "自然灾害", "经营管理不善", "其他"]),
                                                required: false)],
                           ruleText: "产业项目失败造成损失的预警（因产业项目失败）；原因为市场价格下跌、动植物疫病的，另计入规模性风险指标") { row, _, _ in
            WarningHit(risk: .industryFailure, difficulty: "industry",
                       reason: "\(row["project"] ?? "产业项目")失败" + (row["cause"].map { "（\($0)）" } ?? "") + "，损失\(row["loss"] ?? "")元")
        },
    ]

    public static func type(_ key: String) -> DepartmentListType? { types.first { $0.key == key } }

    /// Lists no longer offered, by the name their past imports and warnings keep showing.
    static let retired = ["civil.assistance": "低保特困及临时救助变动名单（已由低收入人口救助状态名单取代）"]

    /// A list type's name in Chinese, a retired one's too (never the key).
    public static func name(_ key: String) -> String { type(key)?.name ?? retired[key] ?? "其他名单" }
    public static func types(of department: Department) -> [DepartmentListType] { types.filter { $0.department == department } }
}

extension Department {
    /// The risks whose households this department's policies serve (R21: enrolment notifies them).
    public var risks: [RiskType] {
        switch self {
        case .edu: return [.education]
        case .medicalInsurance, .health: return [.illness]
        case .housing: return [.housing]
        case .water: return [.water]
        case .civilAffairs: return [.lackOfLabour, .illness, .disability, .accident, .other]
        case .humanResources: return [.unstableEmployment, .lackOfLabour]
        case .disabled: return [.disability]
        case .emergency: return [.disaster, .accident]
        case .publicSecurity: return []
        case .agriculture: return [.industryFailure, .disaster]
        }
    }
}
