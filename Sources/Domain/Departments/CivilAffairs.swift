/// The statuses civil affairs keeps for rural low-income people (民政部门低收入人口动态监测, DOMAIN §5.2): since 2026
/// the county identifies them together with the monitored households and assists them layer by layer.
public enum CivilStatus: String, Labeled {
    case dibao, tekunCentral, tekunDispersed, dibaoMarginal, rigidSpending, temporaryRelief

    public var label: String {
        switch self {
        case .dibao: "低保"
        case .tekunCentral: "特困（集中供养）"
        case .tekunDispersed: "特困（分散供养）"
        case .dibaoMarginal: "低保边缘"
        case .rigidSpending: "刚性支出困难"
        case .temporaryRelief: "临时救助"
        }
    }

    public var isTekun: Bool { self == .tekunCentral || self == .tekunDispersed }

    /// The registry's member field the status stands behind (享受低保 / 享受特困供养), if any.
    public var memberField: String? {
        switch self {
        case .dibao: "dibao"
        case .tekunCentral, .tekunDispersed: "tekun"
        default: nil
        }
    }
}

/// One member's status as the civil-affairs roster last said it.
public struct CivilStatusRecord: Hashable, Sendable {
    public var memberName: String
    public var status: CivilStatus
    public var start: Day
    public var end: Day?

    public init(memberName: String, status: CivilStatus, start: Day, end: Day?) {
        self.memberName = memberName; self.status = status; self.start = start; self.end = end
    }

    /// In force on `day`: started, and not ended before it (the end day itself still counts).
    public func isCurrent(on day: Day) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }

    /// As the pages say it: "张三 低保（2024-03-01起）" or "…（2024-03-01至2026-06-30）".
    public var text: String {
        "\(memberName) \(status.label)（\(start)" + (end.map { "至\($0)）" } ?? "起）")
    }
}

/// The civil-affairs roster (民政救助对象状态名单): each row a person's status with its dates. The roster is a status
/// sync — every matched row updates the member — and only the rows that change the picture raise a warning.
public enum CivilRoster {
    public static let listType = "civil.roster"

    /// The warning a row raises, given what was known of the same member and status before (`previous`). A row that
    /// only confirms a known status, or names one that started long ago, raises nothing.
    public static func hit(status: CivilStatus, start: Day, end: Day?, previous: CivilStatusRecord?, today: Day,
                           settings: WarningSettings) -> WarningHit? {
        let ended = end.map { $0 <= today } ?? false
        let recent = start.days(until: today) <= settings.civilNewStatusDays
        switch status {
        case .temporaryRelief:
            guard previous?.start != start else { return nil }
            return WarningHit(risk: .other, difficulty: "other", reason: "民政部门：\(start)获得临时救助，核实是否仍有困难")
        case .rigidSpending:
            guard previous == nil || previous?.isCurrent(on: today) == false, !ended else { return nil }
            return WarningHit(risk: .other, difficulty: "other", reason: "民政部门：认定为刚性支出困难家庭（\(start)起）")
        case .dibaoMarginal:
            guard previous == nil || previous?.isCurrent(on: today) == false, !ended, recent else { return nil }
            return WarningHit(risk: .other, difficulty: "other", reason: "民政部门：新认定为低保边缘家庭（\(start)起）")
        case .dibao, .tekunCentral, .tekunDispersed:
            if ended, let end {
                // Ended: the household's income changed (or it moved away); known as ended already, nothing new.
                guard previous.map({ $0.end == nil || $0.end.map { $0 > today } == true }) ?? true else { return nil }
                return WarningHit(risk: .other, difficulty: "other", reason: "民政部门：\(status.label)于\(end)终止，核实收入变化")
            }
            guard previous == nil || previous?.isCurrent(on: today) == false, recent else { return nil }
            return WarningHit(risk: .other, difficulty: "other", reason: "民政部门：新纳入\(status.label)（\(start)起）")
        }
    }

    /// The registry's 享受低保 / 享受特困供养 of a member after the roster: 农村 while a status behind the field is in
    /// force, 未享受 once every such status has ended; a field the roster says nothing about is left as it is.
    public static func memberFacts(_ facts: Facts, statuses: [CivilStatusRecord], today: Day) -> Facts {
        var out = facts
        for field in ["dibao", "tekun"] {
            let behind = statuses.filter { $0.status.memberField == field }
            guard !behind.isEmpty else { continue }
            let current = facts.choice(field, as: AssistanceStatus.self) ?? AssistanceStatus.none
            if behind.contains(where: { $0.isCurrent(on: today) }) {
                if current == .none { out[field] = .choice(AssistanceStatus.rural.rawValue) }
            } else {
                out[field] = .choice(AssistanceStatus.none.rawValue)
            }
        }
        return out
    }
}

/// What the township compares between the two systems (排查比对): households in one and not in the other.
public enum CivilMismatch: String, Labeled {
    case assistedNotMonitored, dibaoEndedWhileMonitored, marginalNotMonitored

    public var label: String {
        switch self {
        case .assistedNotMonitored: "享受低保或特困，但既未纳入监测也不是脱贫户"
        case .dibaoEndedWhileMonitored: "监测户的低保或特困已终止"
        case .marginalNotMonitored: "低保边缘或刚性支出困难家庭未纳入监测"
        }
    }

    /// What the township does about it.
    public var advice: String {
        switch self {
        case .assistedNotMonitored: "入户核实，符合条件的纳入监测（民政低收入人口与防返贫监测对象统一识别）"
        case .dibaoEndedWhileMonitored: "核实收入变化，调整帮扶措施或研判风险是否消除"
        case .marginalNotMonitored: "入户核实收入和支出，研判是否存在返贫致贫风险"
        }
    }

    /// The mismatches of one household. `monitored`: a monitored household whose risk is not eliminated.
    public static func of(category: HouseholdCategory?, monitored: Bool, members: [Facts], statuses: [CivilStatusRecord], today: Day) -> [CivilMismatch] {
        var out: [CivilMismatch] = []
        let assisted = members.contains { m in
            ["dibao", "tekun"].contains { (m.choice($0, as: AssistanceStatus.self) ?? .none) != .none }
        } || statuses.contains { $0.status.memberField != nil && $0.isCurrent(on: today) }
        if assisted, !monitored, category != .alleviated { out.append(.assistedNotMonitored) }
        let behind = statuses.filter { $0.status.memberField != nil }
        if monitored, !behind.isEmpty, !behind.contains(where: { $0.isCurrent(on: today) }) { out.append(.dibaoEndedWhileMonitored) }
        if !monitored, !assisted, statuses.contains(where: { [.dibaoMarginal, .rigidSpending].contains($0.status) && $0.isCurrent(on: today) }) {
            out.append(.marginalNotMonitored)
        }
        return out
    }
}

/// The layers of the 2026 regime's 分层分类帮扶 (DOMAIN §5.2; the layers as public policy commentary of 2025
/// describes them): 特困 in the 重点救助层, 低保 and 低保边缘 in the 救助层, households with large rigid spending or a
/// sharp income loss in the 潜在风险层, households able to work in the 发展支持层.
public enum AssistanceLayer: String, Labeled, Codable {
    case keyRelief, relief, potentialRisk, development

    public var label: String {
        switch self {
        case .keyRelief: "重点救助层"
        case .relief: "救助层"
        case .potentialRisk: "潜在风险层"
        case .development: "发展支持层"
        }
    }

    public var basis: String {
        switch self {
        case .keyRelief: "特困人员"
        case .relief: "低保对象、低保边缘家庭"
        case .potentialRisk: "刚性支出较大或收入大幅缩减的家庭"
        case .development: "有劳动能力的监测对象和脱贫户"
        }
    }

    /// The household's layer, the first that applies from the top; nil for a household none applies to (一般农户
    /// without a risk). `monitored`: a monitored household whose risk is not eliminated. The reason names the fact.
    public static func of(_ h: HouseholdSnapshot, statuses: [CivilStatusRecord], monitored: Bool, keyGroups: [KeyGroupFlag],
                          today: Day) -> (layer: AssistanceLayer, reason: String)? {
        func name(_ m: Facts) -> String { m.text("name") ?? "成员" }
        let current = statuses.filter { $0.isCurrent(on: today) }
        let tekun = h.members.filter { ($0.choice("tekun", as: AssistanceStatus.self) ?? .none) != .none }.map(name)
            + current.filter { $0.status.isTekun }.map(\.memberName)
        if let first = tekun.first { return (.keyRelief, "\(first)为特困人员") }
        let dibao = h.members.filter { ($0.choice("dibao", as: AssistanceStatus.self) ?? .none) != .none }.map(name)
            + current.filter { $0.status == .dibao }.map(\.memberName)
        if let first = dibao.first { return (.relief, "\(first)享受低保") }
        if let marginal = current.first(where: { $0.status == .dibaoMarginal }) { return (.relief, "\(marginal.memberName)所在家庭为低保边缘家庭") }
        if current.contains(where: { $0.status == .rigidSpending }) { return (.potentialRisk, "民政认定为刚性支出困难家庭") }
        if let flag = keyGroups.first(where: { $0.group == .rigidExpenditure }) { return (.potentialRisk, flag.reason) }
        if let flag = keyGroups.first(where: { $0.group == .lowIncome && $0.reason.contains("减少") }) { return (.potentialRisk, flag.reason) }
        let alleviated = h.facts.choice("category", as: HouseholdCategory.self) == .alleviated
        let able = h.members.filter { ($0.choice("labour", as: LabourCapacity.self)).map { $0 == .ordinary || $0 == .skilled || $0 == .weak } ?? false }
        if monitored || alleviated, let first = able.first {
            return (.development, (monitored ? "监测户" : "脱贫户") + "，\(name(first))等\(able.count)人有劳动能力")
        }
        return nil
    }
}
