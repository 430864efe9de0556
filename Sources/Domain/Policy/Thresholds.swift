/// 防止返贫监测范围 (R9): the per-capita income line per province, with the date from which it applies.
/// Evaluations use the line in force on their date; earlier lines stay for history.
public struct Threshold: Sendable, Equatable, Hashable {
    /// Two-digit province code (13 河北, 45 广西, …).
    public var province: String
    public var effectiveFrom: Day
    public var perCapita: Fixed2
    /// The notice it comes from.
    public var basis: String
    /// The last day it applies (a yearly line: the day before the next year's); nil until the next line replaces it.
    public var validTo: Day?

    public init(province: String, effectiveFrom: Day, perCapita: Fixed2, basis: String, validTo: Day? = nil) {
        self.province = province; self.effectiveFrom = effectiveFrom; self.perCapita = perCapita; self.basis = basis; self.validTo = validTo
    }

    /// The line as messages name it: its own year and province, e.g. "2022年河北省监测范围7300元".
    public var label: String { "\(effectiveFrom.year)年\(Province.name(province))监测范围\(perCapita.plain)元" }

    public func applies(on date: Day) -> Bool { effectiveFrom <= date && validTo.map { date <= $0 } ?? true }
}

public struct ThresholdTable: Sendable, Equatable {
    public private(set) var entries: [Threshold]

    public init(_ entries: [Threshold]) { self.entries = entries.sorted { ($0.province, $0.effectiveFrom) < ($1.province, $1.effectiveFrom) } }

    /// Seed 001: 河北省 7300 元 from 2022-04-16.
    public static let seed = ThresholdTable([
        Threshold(province: "13", effectiveFrom: Day(year: 2022, month: 4, day: 16)!, perCapita: Fixed2(7300),
                  basis: "河北省防止返贫监测范围年度调整（涞源县集中排查方案，2022年4月16日起）"),
    ])

    /// The line in force on `date` in a province: the latest begun, unless its validity has run out (then nil —
    /// an assessment must not silently reuse last year's line; see `expired`).
    public func inForce(province: String, on date: Day) -> Threshold? {
        entries.last { $0.province == province && $0.effectiveFrom <= date }.flatMap { $0.applies(on: date) ? $0 : nil }
    }

    /// The latest line of the province when its validity ended before `date` and no later line was entered.
    public func expired(province: String, on date: Day) -> Threshold? {
        entries.last { $0.province == province && $0.effectiveFrom <= date }.flatMap { $0.applies(on: date) ? nil : $0 }
    }

    public func history(province: String) -> [Threshold] { entries.filter { $0.province == province } }

    public mutating func add(_ t: Threshold) throws {
        guard t.province.count == 2, t.province.allSatisfy(\.isASCIIDigit) else { throw PolicyError.badProvince(t.province) }
        guard t.perCapita > .zero else { throw PolicyError.badAmount }
        if let end = t.validTo, end < t.effectiveFrom { throw PolicyError.badPeriod }
        guard !entries.contains(where: { $0.province == t.province && $0.effectiveFrom == t.effectiveFrom }) else {
            throw PolicyError.duplicate(t.effectiveFrom)
        }
        self = ThresholdTable(entries + [t])
    }
}

public enum PolicyError: Error, Equatable, CustomStringConvertible {
    case badProvince(String)
    case badAmount
    case duplicate(Day)
    case badPeriod
    case noThreshold(province: String, date: Day)

    public var description: String {
        switch self {
        case .badProvince(let p): return "省份代码应为2位数字：\(p)"
        case .badAmount: return "监测范围应为大于0的金额"
        case .badPeriod: return "有效期截止日期不能早于起始日期"
        case .duplicate(let d): return "\(d.chinese)起已有一条监测范围；如需更正请先作废原记录"
        case .noThreshold(let p, let d): return "\(d.chinese)时\(Province.name(p))尚无生效的监测范围，无法判断是否在监测范围内；请县级管理员在“政策参数”中录入"
        }
    }
}
