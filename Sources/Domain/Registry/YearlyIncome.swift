/// The blocks of a household's yearly income statement (DOMAIN.md §3.3, the national 收支 block with the sub-items of a
/// county survey). Income blocks sum their sub-items; 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出.
public enum IncomeBlock: String, CaseIterable, Sendable {
    case wage, production, productionCost, property, transfer, claims, rigid

    public var label: String {
        switch self {
        case .wage: "工资性收入"
        case .production: "生产经营性收入"
        case .productionCost: "生产经营性支出"
        case .property: "财产性收入"
        case .transfer: "转移性收入"
        case .claims: "理赔收入"
        case .rigid: "合规自付刚性支出"
        }
    }

    /// The sub-items, in form order; the last "其他" item of an income block takes a total that was never split.
    public var items: [FieldSpec] { IncomeFields.items.filter { $0.section == label } }

    /// The household fact that shows this block's total of the newest statement (the registry's 收支情况); the rigid
    /// expenditure shows item by item.
    public var householdKey: String? {
        switch self {
        case .wage: "wageIncome"
        case .production: "productionIncome"
        case .productionCost: "productionCost"
        case .property: "propertyIncome"
        case .transfer: "transferIncome"
        case .claims: "claimsIncome"
        case .rigid: nil
        }
    }
}

/// The fields of an income statement: the year, that year's household size, and the amounts.
public enum IncomeFields {
    static func amount(_ key: String, _ label: String, _ block: IncomeBlock, help: String? = nil) -> FieldSpec {
        FieldSpec(key, snake(key), label, .fixed2(unit: "元"), section: block.label, help: help)
    }

    public static let items: [FieldSpec] = [
        amount("wageMigrant", "务工收入", .wage),
        amount("wagePublicPost", "公益岗位工资", .wage),
        amount("wageOther", "其他工资性收入", .wage),
        amount("productionCrops", "种植业收入", .production),
        amount("productionLivestock", "养殖业收入", .production),
        amount("productionForest", "林果业收入", .production),
        amount("productionOther", "其他经营收入", .production),
        amount("costCrops", "种植业支出", .productionCost),
        amount("costLivestock", "养殖业支出", .productionCost),
        amount("costForest", "林果业支出", .productionCost),
        amount("costOther", "其他经营支出", .productionCost),
        amount("propertyDividend", "产业项目分红（资产收益）", .property),
        amount("propertySolar", "光伏收益", .property),
        amount("propertyMicrocredit", "小额信贷收益", .property),
        amount("propertyLand", "土地流转收入", .property),
        amount("propertyOther", "其他财产性收入", .property),
        amount("transferDibao", "低保金", .transfer),
        amount("transferTekun", "特困供养金", .transfer),
        amount("transferPension", "养老金", .transfer),
        amount("transferEcology", "生态补偿", .transfer),
        amount("transferDisability", "残疾人补贴", .transfer),
        amount("transferDisaster", "救灾款", .transfer),
        amount("transferSupport", "赡养费", .transfer),
        amount("transferInsurance", "防贫保险赔付", .transfer),
        amount("transferOther", "其他转移性收入", .transfer),
        amount("claims", "理赔收入", .claims, help: "商业保险、防贫保险等理赔，不计入纯收入"),
        amount("medicalExpense", "合规自付医疗支出", .rigid, help: "扣除医保、大病保险和医疗救助报销后自付的部分"),
        amount("educationExpense", "合规自付教育支出", .rigid),
        amount("disasterExpense", "因灾刚性支出", .rigid),
    ]

    /// The year and size, then every amount.
    public static let table = FieldTable([
        FieldSpec("year", "year", "收入年度", .integer(2013...2100), required: true, section: "年度与人口"),
        FieldSpec("householdSize", "household_size", "当年家庭人口", .integer(1...30), required: true, section: "年度与人口",
                  help: "计算人均纯收入的人口数，按当年在户人口填写"),
    ] + items)

    /// The other item of each income block: where a total that was never split goes (the registry's one income year).
    static let unsplit: [IncomeBlock: String] = [.wage: "wageOther", .production: "productionOther", .productionCost: "costOther",
                                                 .property: "propertyOther", .transfer: "transferOther", .claims: "claims"]

    private static func snake(_ key: String) -> String {
        var out = ""
        for c in key {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }
}

/// One year's income statement of a household. Per-capita net income divides the year's net income by that year's
/// household size, not today's.
public struct YearlyIncome: Hashable, Sendable {
    public var year: Int
    public var householdSize: Int
    /// The amounts, by item key.
    public var amounts: Facts
    /// The members (by id) who worked or were employed in the year (务工就业), what "去年就业而今年未就业" compares;
    /// nil when the year's statement did not record it (a statement moved from the registry, an import without it).
    public var employed: [String]?

    public init(year: Int, householdSize: Int, amounts: Facts, employed: [String]? = nil) {
        self.year = year; self.householdSize = householdSize; self.amounts = amounts; self.employed = employed
    }

    /// The stored form of `employed`: member ids separated by commas, "" for none, nil for not recorded.
    public static func employedList(_ text: String?) -> [String]? {
        text.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    public var employedText: String? { employed.map { $0.joined(separator: ",") } }

    /// The statement from parsed fields (`IncomeFields.table`); nil without a year or a size.
    public init?(facts: Facts) {
        guard let year = facts.int("year"), let size = facts.int("householdSize") else { return nil }
        var amounts = Facts()
        for spec in IncomeFields.items { amounts[spec.key] = facts[spec.key] }
        self.init(year: year, householdSize: size, amounts: amounts)
    }

    /// The fields as the table holds them (year, size and amounts).
    public var facts: Facts {
        var f = amounts
        f["year"] = .int(year)
        f["householdSize"] = .int(householdSize)
        return f
    }

    public func total(_ block: IncomeBlock) -> Fixed2 {
        block.items.reduce(Fixed2.zero) { $0 + (amounts.fixed($1.key) ?? .zero) }
    }

    /// 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出.
    public var netIncome: Fixed2 {
        total(.wage) + total(.production) + total(.property) + total(.transfer) - total(.productionCost)
    }

    /// 人均纯收入 = 家庭纯收入 ÷ 当年家庭人口.
    public var perCapita: Fixed2 { netIncome.divided(by: householdSize) }

    /// The registry's 收支情况 as this statement shows it (the newest statement's year and block totals).
    public var householdFacts: [String: FieldValue] {
        var out: [String: FieldValue] = ["incomeYear": .int(year)]
        for block in IncomeBlock.allCases {
            if let key = block.householdKey { out[key] = .fixed(total(block)) }
        }
        for key in ["medicalExpense", "educationExpense", "disasterExpense"] { if let v = amounts[key] { out[key] = v } }
        return out
    }

    /// The first statement, from the one income year the registry kept before statements: each block's total goes to
    /// its "其他" item (it was never split), the size is the household's members then.
    public init?(registry household: Facts, memberCount: Int) {
        guard let year = household.int("incomeYear") else { return nil }
        var amounts = Facts()
        for (block, item) in IncomeFields.unsplit {
            if let key = block.householdKey, let v = household.fixed(key) { amounts[item] = .fixed(v) }
        }
        for key in ["medicalExpense", "educationExpense", "disasterExpense"] { if let v = household.fixed(key) { amounts[key] = .fixed(v) } }
        self.init(year: year, householdSize: max(1, memberCount), amounts: amounts)
    }

    /// The most years back a statement may be entered (or verified) for.
    public static let yearsBack = 10

    /// Checks beyond each field's own: no negative amount, no year after this one.
    public static func problems(_ facts: Facts, today: Day) -> [FieldError] {
        var errors: [FieldError] = []
        if let y = facts.int("year"), y > today.year {
            errors.append(FieldError(field: "year", code: "future", message: "收入年度不能晚于今年"))
        }
        for spec in IncomeFields.items {
            if let v = facts.fixed(spec.key), v.isNegative {
                errors.append(FieldError(field: spec.key, code: "negative", message: "\(spec.label)不能为负数"))
            }
        }
        return errors
    }
}

/// How an amount moved from one year to the next: a fall is negative; the share is nil when the earlier amount was
/// zero.
public struct IncomeChange: Hashable, Sendable {
    public var before: Fixed2
    public var after: Fixed2
    public init(before: Fixed2, after: Fixed2) { self.before = before; self.after = after }
    public var change: Fixed2 { after - before }
    /// The change as a share of the earlier amount, in per cent rounded to a whole number.
    public var percent: Int? {
        guard before.hundredths != 0 else { return nil }
        let ratio = Double(change.hundredths) / Double(before.hundredths.magnitude) * 100
        return Int(max(-1_000_000, min(1_000_000, ratio.rounded())))
    }
}

/// The income a 入户核实 visit recorded: the year it covers, that year's household size and the block totals. The
/// case keeps it as the step's facts; the household keeps it as that year's statement (written back by the step).
public struct VerifiedIncome: Hashable, Sendable {
    /// The blocks the visit asks for, by the keys the step's form uses (the registry's 收支情况 names).
    public static let blocks: [IncomeBlock] = [.wage, .production, .productionCost, .property, .transfer]

    public var year: Int
    public var householdSize: Int
    public var totals: [IncomeBlock: Fixed2]

    public init(year: Int, householdSize: Int, totals: [IncomeBlock: Fixed2]) {
        self.year = year; self.householdSize = householdSize; self.totals = totals
    }

    /// The visit's income from the step's facts; nil when no block amount was given (a per-capita figure alone).
    /// The year defaults to the one before `today` (the visit covers the last full year).
    public init?(facts: Facts, today: Day) {
        var totals: [IncomeBlock: Fixed2] = [:]
        for block in Self.blocks {
            if let key = block.householdKey, let v = facts.fixed(key) { totals[block] = v }
        }
        guard !totals.isEmpty, let size = facts.int("householdSize") else { return nil }
        self.init(year: facts.int("incomeYear") ?? today.year - 1, householdSize: size, totals: totals)
    }

    public func total(_ block: IncomeBlock) -> Fixed2 { totals[block] ?? .zero }

    public var netIncome: Fixed2 {
        total(.wage) + total(.production) + total(.property) + total(.transfer) - total(.productionCost)
    }

    public var perCapita: Fixed2 { netIncome.divided(by: householdSize) }

    /// The step's income fields checked together: the blocks need the year's size; a per-capita figure typed beside
    /// them must agree with them (to the yuan); neither blocks nor a figure is an error on the figure. The years a
    /// statement may be entered for apply (`yearsBack`).
    public static func problems(_ facts: Facts, today: Day, yearsBack: Int) -> [FieldError] {
        let hasBlock = blocks.contains { $0.householdKey.flatMap { facts.fixed($0) } != nil }
        var out: [FieldError] = []
        for block in blocks {
            if let key = block.householdKey, let v = facts.fixed(key), v.isNegative {
                out.append(FieldError(field: key, code: "negative", message: "\(block.label)不能为负数"))
            }
        }
        if let y = facts.int("incomeYear") {
            if y > today.year { out.append(FieldError(field: "incomeYear", code: "future", message: "核实收入年度不能晚于今年")) }
            if y < today.year - yearsBack { out.append(FieldError(field: "incomeYear", code: "too_old", message: "只能核实近\(yearsBack)年的收入")) }
        }
        guard hasBlock else {
            if facts.fixed("perCapitaIncome") == nil {
                out.append(FieldError(field: "perCapitaIncome", code: "required", message: "请填写核实的分项收入和当年家庭人口（或核实人均纯收入）"))
            }
            return out
        }
        guard facts.int("householdSize") != nil else {
            return out + [FieldError(field: "householdSize", code: "required", message: "填写分项收入时须填写当年家庭人口")]
        }
        if let typed = facts.fixed("perCapitaIncome"), let v = VerifiedIncome(facts: facts, today: today),
           (typed - v.perCapita).hundredths.magnitude > 100 {
            out.append(FieldError(field: "perCapitaIncome", code: "mismatch",
                                  message: "核实人均纯收入（\(typed)元）与分项收入计算的（\(v.perCapita)元）不一致，可不填由系统计算"))
        }
        return out
    }

    /// The year's statement after the visit. A block whose total the visit changed keeps its named sub-items where
    /// they fit: its "其他" item takes the difference; when the named items alone exceed the verified total, the
    /// whole total goes to "其他" (the visit verified the total, not the split). Blocks the visit left equal stay
    /// as they were; without a statement for the year, each total is one "其他" item.
    public func applied(to statement: YearlyIncome?) -> YearlyIncome {
        var amounts = statement?.amounts ?? Facts()
        for (block, verified) in totals {
            let current = statement?.total(block) ?? .zero
            guard verified != current || statement == nil, let other = IncomeFields.unsplit[block] else { continue }
            let named = block.items.filter { $0.key != other }
            let namedSum = named.reduce(Fixed2.zero) { $0 + (amounts.fixed($1.key) ?? .zero) }
            if namedSum.hundredths <= verified.hundredths {
                amounts[other] = .fixed(verified - namedSum)
            } else {
                for item in named { amounts[item.key] = nil }
                amounts[other] = .fixed(verified)
            }
        }
        return YearlyIncome(year: year, householdSize: householdSize, amounts: amounts, employed: statement?.employed)
    }
}
