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

/// Province-level divisions by their two-digit GB/T 2260 code (the first two digits of every region code).
public enum Province {
    public static let names: [String: String] = [
        "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区", "21": "辽宁省", "22": "吉林省",
        "23": "黑龙江省", "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省",
        "37": "山东省", "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区", "46": "海南省",
        "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省", "54": "西藏自治区", "61": "陕西省", "62": "甘肃省",
        "63": "青海省", "64": "宁夏回族自治区", "65": "新疆维吾尔自治区",
    ]

    /// "45" → 广西壮族自治区; an unknown code is shown as itself.
    public static func name(_ code: String) -> String { names[String(code.prefix(2))] ?? code }
}
