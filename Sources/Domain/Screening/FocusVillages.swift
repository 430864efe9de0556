/// The numbers of one village the focus and look-back rules read.
public struct VillageStats: Sendable, Equatable {
    public var code: String
    public var flags: RegionFlags
    public var households: Int
    /// 脱贫户 (households lifted out of poverty).
    public var alleviated: Int
    /// Households monitored now or before (监测户, eliminated included).
    public var monitored: Int
    /// People in monitored households whose risk is not eliminated.
    public var unresolvedPeople: Int
    /// The rural registered population (all members of the village's households).
    public var people: Int
    public init(code: String, flags: RegionFlags = RegionFlags(), households: Int = 0, alleviated: Int = 0, monitored: Int = 0,
                unresolvedPeople: Int = 0, people: Int = 0) {
        self.code = code; self.flags = flags; self.households = households; self.alleviated = alleviated; self.monitored = monitored
        self.unresolvedPeople = unresolvedPeople; self.people = people
    }

    /// Unresolved monitored people per 100 rural residents, in hundredths of a percent.
    public var unresolvedShare: Fixed2 {
        guard people > 0 else { return .zero }
        return Fixed2(hundredths: Int64(unresolvedPeople) * 10_000 / Int64(people))
    }
}

/// The numbers of screening and visits (seeds 000, 001, 004), each a setting with the seed value as default.
public struct ScreeningSettings: Sendable, Equatable {
    /// Key areas: unresolved monitored people above this share of the rural registered population (%).
    public var focusUnresolvedPercent = Fixed2(2)
    /// "Many 脱贫户 but few monitored": at least this many 脱贫户…
    public var focusManyAlleviated = 30
    /// …and monitored households fewer than this share of them (%).
    public var focusFewMonitoredPercent = 5
    /// A visitor visits at most this many households a day (seed 000: 20)…
    public var visitDailyLimit = 20
    /// …or this many in a large relocation site (seed 000: 35)…
    public var visitDailyLimitLargeSite = 35
    /// …which is one with at least this many resettled people (national practice: 800).
    public var largeSitePeople = 800
    /// Visits to every 脱贫户 and monitored household in the first quarter are done by this day of March (seed 000: 15).
    public var firstQuarterVisitDay = 15
    /// Visit teams have this many members (seed 000: 3人一组).
    public var visitTeamSize = 3
    /// A rectification ledger item is due this many days after it is entered, unless it says otherwise.
    public var rectificationDays = 30
    /// A monitored household its helper has not visited this quarter enters the inbox this many days before the quarter
    /// ends (seed 003 checks measures quarterly; the seeds name no day, so the last month by default).
    public var visitReminderDays = 30
    public init() {}
}

/// Why a village is a suggested focus of screening (R15, R17; seed 004 item 6).
public enum FocusReason: String, Labeled {
    case relocationSite, formerDeeplyPoor, fewMonitored, noMonitored, disasterArea, keyVillage, abandonedMine, unresolvedAboveShare
    public var label: String {
        switch self {
        case .relocationSite: return "易地搬迁集中安置点"
        case .formerDeeplyPoor: return "原深度贫困村"
        case .fewMonitored: return "脱贫户较多但监测户较少"
        case .noMonitored: return "监测户为零"
        case .disasterArea: return "自然灾害发生地"
        case .keyVillage: return "乡村振兴重点帮扶村"
        case .abandonedMine: return "废弃矿山区域"
        case .unresolvedAboveShare: return "未消除风险监测对象占农村户籍人口比例超过规定"
        }
    }
}

public enum FocusVillages {
    public static func reasons(_ v: VillageStats, settings s: ScreeningSettings) -> [FocusReason] {
        var out: [FocusReason] = []
        if v.flags.relocationSite { out.append(.relocationSite) }
        if v.flags.formerDeeplyPoor { out.append(.formerDeeplyPoor) }
        if v.flags.keyVillageLevel != nil { out.append(.keyVillage) }
        if v.flags.abandonedMine { out.append(.abandonedMine) }
        if v.flags.disasterArea { out.append(.disasterArea) }
        if v.households > 0 && v.monitored == 0 {
            out.append(.noMonitored)
        } else if v.alleviated >= s.focusManyAlleviated && v.monitored * 100 < v.alleviated * s.focusFewMonitoredPercent {
            out.append(.fewMonitored)
        }
        if v.people > 0 && v.unresolvedShare > s.focusUnresolvedPercent { out.append(.unresolvedAboveShare) }
        return out
    }

    /// Whether the village is a large relocation site (its visitors may visit more households a day).
    public static func isLargeSite(_ flags: RegionFlags, settings s: ScreeningSettings) -> Bool {
        flags.relocationSite && (flags.relocationSize ?? 0) >= s.largeSitePeople
    }
}
