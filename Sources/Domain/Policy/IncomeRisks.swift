/// The ten points where a household's income can fall (seed 002 二.1 and 二.3). The seed names 种养业经营, 扶贫产业项目
/// 收益分配, 光伏收益分配, 小额贷款收益, 务工就业, 兜底政策落实 and 自然灾害 "等10项"; 公益岗位, 疾病或意外致劳动力减少 and
/// 家庭成员变动 are this system's completion of "等" (`completesSeed`), and the points checked are a setting.
public enum IncomeRiskPoint: String, Labeled {
    case farming, projectDividend, solar, microcredit, employment, safetyNet, disaster, publicPost, illness, familyChange

    public var label: String {
        switch self {
        case .farming: "种养业经营"
        case .projectDividend: "扶贫产业项目收益分配"
        case .solar: "光伏收益分配"
        case .microcredit: "小额贷款收益"
        case .employment: "务工就业"
        case .safetyNet: "兜底政策落实"
        case .disaster: "自然灾害"
        case .publicPost: "公益岗位"
        case .illness: "疾病或意外致劳动力减少"
        case .familyChange: "家庭成员变动"
        }
    }

    /// Not named by the seed: this system's completion of its "等10项".
    public var completesSeed: Bool { [.publicPost, .illness, .familyChange].contains(self) }

    /// The data-quality rule that lists the households where the point fired (S01–S10).
    public var ruleCode: String { "S" + ((Self.allCases.firstIndex(of: self) ?? 0) + 1).zeroPadded(2) }

    public static func point(rule code: String) -> IncomeRiskPoint? { allCases.first { $0.ruleCode == code } }
}

/// The numbers of the income-risk checks.
public struct IncomeRiskSettings: Sendable, Equatable {
    /// A block (or a sub-item) counts as fallen when it is down by at least this share of last year's (%).
    public var fallPercent = 30
    /// The points checked (all ten by default).
    public var points: [IncomeRiskPoint] = IncomeRiskPoint.allCases
    public init() {}
}

/// One point that fired for a household, and why.
public struct IncomeRiskSignal: Sendable, Equatable {
    public var point: IncomeRiskPoint
    public var reason: String
}

/// The checks over the newest statement and the one before it, with the members' facts now.
public enum IncomeRisks {
    /// The points that fired for a household whose statements are `incomes` (newest first), when the newest is the
    /// registry's income year; compared with the year before it, when entered.
    public static func signals(incomes: [YearlyIncome], incomeYear: Int?, members: [Facts], settings s: IncomeRiskSettings) -> [IncomeRiskSignal] {
        guard let newest = incomes.first, newest.year == incomeYear else { return [] }
        return signals(newest: newest, previous: incomes.first { $0.year == newest.year - 1 }, members: members, settings: s)
    }

    public static func signals(newest: YearlyIncome, previous: YearlyIncome?, members: [Facts], settings s: IncomeRiskSettings) -> [IncomeRiskSignal] {
        var out: [IncomeRiskSignal] = []
        let enabled = Set(s.points)
        func add(_ p: IncomeRiskPoint, _ reason: String) { if enabled.contains(p) { out.append(IncomeRiskSignal(point: p, reason: reason)) } }
        func amount(_ y: YearlyIncome, _ keys: [String]) -> Fixed2 { keys.reduce(.zero) { $0 + (y.amounts.fixed($1) ?? .zero) } }
        /// "X由a元降至b元（−n%）" when the amount fell by at least the setting's share; "为0（停止）" when it stopped.
        func fall(_ label: String, _ value: (YearlyIncome) -> Fixed2) -> String? {
            guard let p = previous else { return nil }
            let before = value(p), after = value(newest)
            guard before > .zero, after < before else { return nil }
            if after == .zero { return "\(label)\(p.year)年\(before.plain)元，\(newest.year)年为0（停止）" }
            guard let pct = IncomeChange(before: before, after: after).percent, -pct >= s.fallPercent else { return nil }
            return "\(label)由\(p.year)年\(before.plain)元降至\(newest.year)年\(after.plain)元（\(pct)%）"
        }
        func fall(_ label: String, _ keys: [String]) -> String? { fall(label) { amount($0, keys) } }
        // 种养业经营: net farming income (crops, livestock, forestry, less their costs).
        if let r = fall("生产经营净收入", { $0.total(.production) - $0.total(.productionCost) }) { add(.farming, r) }
        if let r = fall("产业项目分红", ["propertyDividend"]) { add(.projectDividend, r) }
        if let r = fall("光伏收益", ["propertySolar"]) { add(.solar, r) }
        if let r = fall("小额信贷收益", ["propertyMicrocredit"]) { add(.microcredit, r) }
        // 务工就业: "去年就业而今年未就业" — a member who worked last year, still in the household, and not this year
        // (when both years record who worked); else the wages fell.
        let names = Dictionary(members.compactMap { m in m.text(MemberFields.idKey).map { ($0, m.text("name") ?? "成员") } }, uniquingKeysWith: { a, _ in a })
        let stopped = previous.flatMap { p in newest.employed.flatMap { now in p.employed.map { $0.filter { !now.contains($0) } } } } ?? []
        let stillHere = stopped.compactMap { names[$0] }
        if let p = previous, !stillHere.isEmpty {
            add(.employment, stillHere.joined(separator: "、") + "\(p.year)年务工就业，\(newest.year)年未就业")
        } else if let r = fall("务工收入", ["wageMigrant", "wageOther"]) {
            add(.employment, r)
        }
        if let r = fall("公益岗位工资", ["wagePublicPost"]) { add(.publicPost, r) }
        // 兜底政策落实: a member receives 低保 or 特困供养 by the registry, but the year's statement has none of it.
        let dibao = members.filter { ($0.choice("dibao", as: AssistanceStatus.self) ?? .none) != .none }
        let tekun = members.filter { ($0.choice("tekun", as: AssistanceStatus.self) ?? .none) != .none }
        if !dibao.isEmpty, amount(newest, ["transferDibao"]) == .zero {
            add(.safetyNet, "成员享受低保，但\(newest.year)年收入中没有低保金")
        } else if !tekun.isEmpty, amount(newest, ["transferTekun"]) == .zero {
            add(.safetyNet, "成员享受特困供养，但\(newest.year)年收入中没有特困供养金")
        } else if let r = fall("低保金和特困供养金", ["transferDibao", "transferTekun"]) {
            add(.safetyNet, r)
        }
        // 自然灾害: a disaster loss recorded in the year.
        let disasterCost = amount(newest, ["disasterExpense"]), relief = amount(newest, ["transferDisaster"])
        if disasterCost > .zero || relief > .zero {
            add(.disaster, "\(newest.year)年" + (disasterCost > .zero ? "因灾刚性支出\(disasterCost.plain)元" : "领取救灾款\(relief.plain)元"))
        }
        // 疾病或意外致劳动力减少: a member seriously ill, injured or disabled, and the household's wages fell.
        let unwell = members.filter { m in
            let health = m.multi("health", as: HealthCondition.self)
            return health.contains(.serious) || health.contains(.disabled)
        }
        // An ill member who worked last year and not this year has lost the work to it; else the wages fell.
        let unwellStopped = unwell.filter { m in m.text(MemberFields.idKey).map(stopped.contains) ?? false }
        if let p = previous, !unwellStopped.isEmpty {
            add(.illness, unwellStopped.map { $0.text("name") ?? "成员" }.joined(separator: "、") + "患病或残疾，\(p.year)年务工就业，\(newest.year)年未就业")
        } else if !unwell.isEmpty, let r = fall("工资性收入", ["wageMigrant", "wagePublicPost", "wageOther"]) {
            add(.illness, unwell.map { $0.text("name") ?? "成员" }.joined(separator: "、") + "患病或残疾，" + r)
        }
        // 家庭成员变动: an earner of last year is no longer in the household (died, married out, split off), or fewer
        // people than last year and the net income fell.
        let earnersGone = (previous?.employed ?? []).filter { names[$0] == nil }
        if let p = previous, !earnersGone.isEmpty, !names.isEmpty {
            add(.familyChange, "\(p.year)年务工就业的成员中有\(earnersGone.count)人已不在户内（死亡、嫁出或分户）")
        } else if let p = previous, newest.householdSize < p.householdSize, newest.netIncome < p.netIncome {
            add(.familyChange, "家庭人口由\(p.householdSize)人减为\(newest.householdSize)人，家庭纯收入由\(p.netIncome.plain)元降至\(newest.netIncome.plain)元")
        }
        return out
    }
}
