/// 规模性返贫风险 (R17; seed 001 (五), seed 004 item 5): the signals departments send, per township or village,
/// that many households are hit by the same cause at once — disasters, epidemics and other public emergencies,
/// sharp falls in farm prices, rising unemployment, failed industry projects, and work for people in relocation sites.
public enum ScaleRiskIndicator: String, Labeled {
    case disaster, epidemic, priceFall, unemployment, industryFailure, relocationEmployment
    public var label: String {
        switch self {
        case .disaster: return "自然灾害"
        case .epidemic: return "疫情等突发事件"
        case .priceFall: return "农产品价格下跌"
        case .unemployment: return "失业及务工返乡"
        case .industryFailure: return "产业项目失败"
        case .relocationEmployment: return "安置点搬迁人口就业"
        }
    }
    /// The department list whose warnings carry this signal.
    public var listType: String {
        switch self {
        case .disaster, .epidemic: return "emergency.disaster"
        case .priceFall, .industryFailure: return "agri.industry"
        case .unemployment, .relocationEmployment: return "hr.unemployment"
        }
    }
}

/// How many households an indicator must reach in an area within the window before the area is put up for
/// 集中研判. The seeds name the causes but no number, so both are policy settings.
public struct ScaleRiskSettings: Sendable, Equatable {
    public var windowDays = 90
    public var households = 10
    public init() {}
}

public enum ScaleRisk {
    /// The causes in 产业项目失败名单's 原因 column that are counted apart from a plain project failure.
    public static let priceFallCause = "市场价格下跌"
    public static let epidemicCause = "动植物疫病"

    /// The indicators one department warning counts towards. `fields` are the row's cells by column header (the
    /// warning's evidence); an unemployment warning in a relocation site also counts for the site's employment.
    public static func indicators(listType: String, fields: [String: String], relocationSite: Bool) -> [ScaleRiskIndicator] {
        switch listType {
        case "emergency.disaster":
            return (fields["灾害类型"] ?? "").contains("疫") ? [.epidemic] : [.disaster]
        case "agri.industry":
            switch fields["原因"] {
            case priceFallCause?: return [.priceFall]
            case epidemicCause?: return [.epidemic]
            default: return [.industryFailure]
            }
        case "hr.unemployment":
            return relocationSite ? [.unemployment, .relocationEmployment] : [.unemployment]
        default:
            return []
        }
    }

    /// The stored form of a warning's indicators: comma-separated codes, nil for none.
    public static func column(_ indicators: [ScaleRiskIndicator]) -> String? {
        indicators.isEmpty ? nil : indicators.map(\.rawValue).joined(separator: ",")
    }

    /// One area's row: households warned per indicator, and its population numbers (summed over its villages for a
    /// township) for the 2 % rule.
    public struct Area: Sendable, Equatable {
        public var stats: VillageStats
        public var households: [ScaleRiskIndicator: Int]
        public init(stats: VillageStats, households: [ScaleRiskIndicator: Int] = [:]) {
            self.stats = stats; self.households = households
        }
        public var code: String { stats.code }
        public subscript(_ i: ScaleRiskIndicator) -> Int { households[i] ?? 0 }

        /// The indicators at or above the threshold.
        public func alerts(_ s: ScaleRiskSettings) -> [ScaleRiskIndicator] {
            ScaleRiskIndicator.allCases.filter { self[$0] >= s.households }
        }
        /// Above the share of unresolved monitored people that makes a key area (seed 004: 2 %).
        public func aboveUnresolvedShare(_ s: ScreeningSettings) -> Bool {
            stats.people > 0 && stats.unresolvedShare > s.focusUnresolvedPercent
        }
    }

    /// Villages' numbers summed into their township (or any prefix length of the region code).
    public static func sum(_ villages: [VillageStats], into code: String) -> VillageStats {
        villages.reduce(into: VillageStats(code: code)) { t, v in
            t.households += v.households; t.alleviated += v.alleviated; t.monitored += v.monitored
            t.unresolvedPeople += v.unresolvedPeople; t.people += v.people
        }
    }

    /// What the county head reads for an area: the causes to assess together and whether the 2 % line is crossed.
    public static func advice(_ a: Area, settings s: ScaleRiskSettings, screening: ScreeningSettings) -> [String] {
        var out: [String] = []
        let alerts = a.alerts(s)
        if !alerts.isEmpty { out.append("集中研判、制定防范预案：" + alerts.map { "\($0.label)\(a[$0])户" }.joined(separator: "、")) }
        if a.aboveUnresolvedShare(screening) { out.append("重点关注：未消除风险人口占比超过\(screening.focusUnresolvedPercent)%") }
        return out
    }
}
