/// Household facts of the national information-collection form (SPEC §4, DOMAIN.md §3.1, §3.3).
public enum HouseholdFields {
    /// Facts the monitoring procedure owns (seed 000: identification and elimination are decided by the village,
    /// township and county steps): only a case's transitions — and a registry import that writes the matching case
    /// history — set them. The risk types are the procedure's once a household is monitored.
    public static let procedureOwned: [String] = ["monitoringCategory", "monitoredSince", "riskTypes", "eliminationKind", "eliminatedOn"]

    /// The procedure-owned facts an edit by a person would change: each a `workflow_only` error. A request that
    /// repeats the current value changes nothing and passes.
    public static func workflowOnlyErrors(current: Facts, edited: Facts) -> [FieldError] {
        let monitored = current["monitoringCategory"] != nil
        return procedureOwned.filter { key in
            guard key != "riskTypes" || monitored || edited["monitoringCategory"] != nil else { return false }
            return normalized(current[key]) != normalized(edited[key])
        }.map { key in
            FieldError(field: key, code: "workflow_only",
                       message: "“\(table[key]?.label ?? key)”由监测帮扶程序写入（识别认定、风险消除），不能在户信息中直接修改；请在监测事项中办理，历史数据有误请县级管理员在事项上更正")
        }
    }

    /// The 收支情况 facts, which show the household's newest yearly income statement: written by the statements (and
    /// by a new household's registration, which makes its first statement), never by an edit of the household.
    public static let statementOwned: [String] = ["incomeYear"] + amountKeys

    /// The statement-owned facts an edit would change: each an `income_statement_only` error.
    public static func statementOnlyErrors(current: Facts, edited: Facts) -> [FieldError] {
        statementOwned.filter { current[$0] != edited[$0] }.map { key in
            FieldError(field: key, code: "income_statement_only",
                       message: "“\(table[key]?.label ?? key)”取自按年度登记的收入情况，不能在户信息中直接修改；请在“收入情况”中登记或更正该年度收入")
        }
    }

    /// An empty multiple choice is the same as none.
    private static func normalized(_ v: FieldValue?) -> FieldValue? {
        if case .multi(let m)? = v, m.isEmpty { return nil }
        if case .multi(let m)? = v { return .multi(m.sorted()) }
        return v
    }

    public static let table = FieldTable([
        // 基本信息
        FieldSpec("villageCode", "village_code", "所在村（社区）", .region, required: true, section: "基本信息",
                  help: "易地搬迁户填安置地社区"),
        FieldSpec("groupName", "group_name", "村民小组", .text(maxLength: 20), section: "基本信息"),
        FieldSpec("address", "address", "家庭住址", .text(maxLength: 100), section: "基本信息"),
        FieldSpec("phone", "phone", "户联系电话", .phone, section: "基本信息"),
        FieldSpec("category", "category", "户类型", .choice(HouseholdCategory.choices), required: true, section: "基本信息"),
        FieldSpec("liftedYear", "lifted_year", "脱贫年度", .integer(2013...2020), section: "基本信息",
                  help: "脱贫户必填"),
        FieldSpec("militaryFamily", "military_family", "是否军烈属", .bool, section: "基本信息"),
        // 监测
        FieldSpec("monitoringCategory", "monitoring_category", "监测对象类别", .choice(MonitoringCategory.choices),
                  section: "监测信息", help: "非监测对象不填"),
        FieldSpec("monitoredSince", "monitored_since", "识别监测时间", .date, section: "监测信息"),
        FieldSpec("riskTypes", "risk_types", "致贫返贫风险", .multiChoice(RiskType.choices, max: 5), section: "监测信息"),
        FieldSpec("eliminationKind", "elimination_kind", "风险消除方式", .choice(EliminationKind.choices), section: "监测信息",
                  help: "风险消除后填写；未消除不填"),
        FieldSpec("eliminatedOn", "eliminated_on", "风险消除时间", .date, section: "监测信息"),
        // 易地搬迁
        FieldSpec("relocated", "relocated", "是否易地扶贫搬迁户", .bool, section: "易地搬迁"),
        FieldSpec("originVillageCode", "origin_village_code", "户籍地（迁出）村", .region, section: "易地搬迁",
                  help: "搬迁户填迁出村的12位代码；户籍地乡镇同样负责"),
        // 住房与饮水
        FieldSpec("housingGrade", "housing_grade", "住房安全等级", .choice(HousingGrade.choices), section: "住房与饮水"),
        FieldSpec("housingArea", "housing_area", "住房面积", .fixed2(unit: "㎡"), section: "住房与饮水"),
        FieldSpec("waterQuantity", "water_quantity", "饮水水量达标", .bool, section: "住房与饮水",
                  help: "丰水区每人每天不少于35升，缺水区不少于20升"),
        FieldSpec("waterQuality", "water_quality", "饮水水质达标", .bool, section: "住房与饮水"),
        FieldSpec("waterConvenience", "water_convenience", "用水方便", .bool, section: "住房与饮水",
                  help: "入户，或单次取水往返不超过20分钟"),
        FieldSpec("waterReliability", "water_reliability", "供水保证率达标", .bool, section: "住房与饮水",
                  help: "全年断水或缺水累计不超过36天"),
        // 生产生活条件
        FieldSpec("arableLand", "arable_land", "耕地面积", .fixed2(unit: "亩"), section: "生产生活条件"),
        FieldSpec("forestLand", "forest_land", "林地面积", .fixed2(unit: "亩"), section: "生产生活条件"),
        FieldSpec("cooperative", "cooperative", "是否加入农民专业合作社", .bool, section: "生产生活条件"),
        // 收支
        FieldSpec("incomeYear", "income_year", "收入年度", .integer(2013...2100), section: "收支情况"),
        FieldSpec("wageIncome", "wage_income", "工资性收入", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("productionIncome", "production_income", "生产经营性收入", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("productionCost", "production_cost", "生产经营性支出", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("propertyIncome", "property_income", "财产性收入", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("transferIncome", "transfer_income", "转移性收入", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("claimsIncome", "claims_income", "理赔收入", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("medicalExpense", "medical_expense", "合规自付医疗支出", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("educationExpense", "education_expense", "合规自付教育支出", .fixed2(unit: "元"), section: "收支情况"),
        FieldSpec("disasterExpense", "disaster_expense", "因灾刚性支出", .fixed2(unit: "元"), section: "收支情况"),
    ])

    static let amountKeys = ["wageIncome", "productionIncome", "productionCost", "propertyIncome", "transferIncome",
                             "claimsIncome", "medicalExpense", "educationExpense", "disasterExpense"]
}

/// Derived income figures (DOMAIN.md §3.3): 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出;
/// 人均纯收入 = 家庭纯收入 ÷ 家庭人口数 (members currently in the household).
public struct IncomeSummary: Hashable, Sendable {
    public var netIncome: Fixed2
    public var perCapita: Fixed2?

    public init(facts: Facts, memberCount: Int) {
        let z = Fixed2.zero
        netIncome = (facts.fixed("wageIncome") ?? z) + (facts.fixed("productionIncome") ?? z)
            + (facts.fixed("propertyIncome") ?? z) + (facts.fixed("transferIncome") ?? z)
            - (facts.fixed("productionCost") ?? z)
        perCapita = memberCount > 0 ? netIncome.divided(by: memberCount) : nil
    }
}

public enum HouseholdRules {
    /// Cross-field checks on a household's facts; returns the errors, each on the field to correct.
    public static func validate(_ f: Facts, today: Day) -> [FieldError] {
        var errors: [FieldError] = []
        let category: HouseholdCategory? = f.choice("category")
        if category == .alleviated, f.int("liftedYear") == nil {
            errors.append(FieldError(field: "liftedYear", code: "required", message: "脱贫户须填写脱贫年度"))
        }
        if category == .ordinary, f.int("liftedYear") != nil {
            errors.append(FieldError(field: "liftedYear", code: "conflict", message: "一般户不应填写脱贫年度"))
        }
        if let m: MonitoringCategory = f.choice("monitoringCategory") {
            if m == .unstable, category != .alleviated {
                errors.append(FieldError(field: "monitoringCategory", code: "conflict",
                                         message: "脱贫不稳定户须为脱贫户；一般户请选边缘易致贫户或突发严重困难户"))
            }
            if m == .marginal, category != .ordinary {
                errors.append(FieldError(field: "monitoringCategory", code: "conflict",
                                         message: "边缘易致贫户须为一般户；脱贫户请选脱贫不稳定户或突发严重困难户"))
            }
            if f.date("monitoredSince") == nil {
                errors.append(FieldError(field: "monitoredSince", code: "required", message: "监测对象须填写识别监测时间"))
            }
            if f.multi("riskTypes", as: RiskType.self).isEmpty {
                errors.append(FieldError(field: "riskTypes", code: "required", message: "监测对象须至少选择一项致贫返贫风险"))
            }
            if f.choice("eliminationKind", as: EliminationKind.self) != nil, f.date("eliminatedOn") == nil {
                errors.append(FieldError(field: "eliminatedOn", code: "required", message: "已消除风险的须填写风险消除时间"))
            }
            if f.date("eliminatedOn") != nil, f.choice("eliminationKind", as: EliminationKind.self) == nil {
                errors.append(FieldError(field: "eliminationKind", code: "required", message: "填写了风险消除时间的须选择风险消除方式"))
            }
            if let since = f.date("monitoredSince"), let done = f.date("eliminatedOn"), done < since {
                errors.append(FieldError(field: "eliminatedOn", code: "conflict", message: "风险消除时间不能早于识别监测时间（\(since)）"))
            }
        } else {
            if f.date("monitoredSince") != nil {
                errors.append(FieldError(field: "monitoredSince", code: "conflict", message: "非监测对象不应填写识别监测时间"))
            }
            if f.date("eliminatedOn") != nil || f["eliminationKind"] != nil {
                errors.append(FieldError(field: "eliminationKind", code: "conflict", message: "非监测对象不应填写风险消除信息"))
            }
        }
        if let since = f.date("monitoredSince"), since > today {
            errors.append(FieldError(field: "monitoredSince", code: "future", message: "识别监测时间不能晚于今天"))
        }
        if f.bool("relocated") == true {
            if let origin = f.text("originVillageCode") {
                if origin == f.text("villageCode") {
                    errors.append(FieldError(field: "originVillageCode", code: "conflict",
                                             message: "户籍地（迁出）村不能与安置地相同"))
                }
            } else {
                errors.append(FieldError(field: "originVillageCode", code: "required", message: "易地搬迁户须填写户籍地（迁出）村"))
            }
        } else if f.text("originVillageCode") != nil {
            errors.append(FieldError(field: "originVillageCode", code: "conflict", message: "非搬迁户不应填写户籍地（迁出）村"))
        }
        let hasAmount = HouseholdFields.amountKeys.contains { f.fixed($0) != nil }
        if hasAmount, f.int("incomeYear") == nil {
            errors.append(FieldError(field: "incomeYear", code: "required", message: "填写收支时须注明收入年度"))
        }
        if let y = f.int("incomeYear"), y > today.year {
            errors.append(FieldError(field: "incomeYear", code: "future", message: "收入年度不能晚于今年"))
        }
        return errors
    }
}
