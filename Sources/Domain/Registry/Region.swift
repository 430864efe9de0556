/// County → township → village/community → group (SPEC R2). Codes follow the statistical division form:
/// 6-digit county + 3-digit township + 3-digit village (450224100201); a group adds 3 digits.
public enum RegionLevel: String, Labeled, Comparable {
    case county, township, village, group
    public var label: String {
        switch self {
        case .county: return "县"
        case .township: return "乡镇"
        case .village: return "村（社区）"
        case .group: return "村民小组"
        }
    }
    public var codeLength: Int {
        switch self {
        case .county: return 6
        case .township: return 9
        case .village: return 12
        case .group: return 15
        }
    }
    public static func of(code: String) -> RegionLevel? {
        guard code.allSatisfy(\.isASCIIDigit) else { return nil }
        return allCases.first { $0.codeLength == code.count }
    }
    public static func < (a: RegionLevel, b: RegionLevel) -> Bool { a.codeLength < b.codeLength }
}

/// 乡村振兴重点帮扶村 level.
public enum KeyVillageLevel: String, Labeled {
    case province, city, county
    public var label: String {
        switch self {
        case .province: return "省级"
        case .city: return "市级"
        case .county: return "县级"
        }
    }
}

/// The area flags of R2.
public struct RegionFlags: Hashable, Sendable, Codable {
    public var relocationSite: Bool = false
    /// Resettled population of a relocation site.
    public var relocationSize: Int?
    public var formerDeeplyPoor: Bool = false
    public var alleviatedVillage: Bool = false
    public var keyVillageLevel: KeyVillageLevel?
    public var abandonedMine: Bool = false
    public var disasterArea: Bool = false

    public init() {}

    /// Labels of the flags that are set, for badges on pages.
    public var labels: [String] {
        var out: [String] = []
        if relocationSite { out.append("易地搬迁安置点" + (relocationSize.map { "（\($0)人）" } ?? "")) }
        if formerDeeplyPoor { out.append("原深度贫困村") }
        if alleviatedVillage { out.append("脱贫村") }
        if let k = keyVillageLevel { out.append("\(k.label)乡村振兴重点帮扶村") }
        if abandonedMine { out.append("废弃矿山区域") }
        if disasterArea { out.append("自然灾害发生地") }
        return out
    }
}

extension KeyVillageLevel: Codable {}

public struct RegionCode {
    /// The township code of a village or group code.
    public static func township(of code: String) -> String? { code.count >= 9 ? String(code.prefix(9)) : nil }
    public static func county(of code: String) -> String? { code.count >= 6 ? String(code.prefix(6)) : nil }
    /// Whether `code` lies inside (or is) `scope`.
    public static func contains(scope: String, code: String) -> Bool { code.hasPrefix(scope) }
}
