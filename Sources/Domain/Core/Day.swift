import Foundation

/// A calendar date without a time of day, as Chinese forms write it (YYYY-MM-DD).
///
/// Rules never call `Date()`: callers pass `today` (SPI's `.t0` pattern), and
/// `Day(date:)` converts an instant using China Standard Time (UTC+8, no DST).
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// The first day of a month. A month outside 1–12 rolls into the neighbouring years (13 is next January,
    /// 0 last December) and years are held to 1–9999, so any pair of integers gives a day.
    public init(firstOfMonth year: Int, _ month: Int) {
        let m0 = month.subtractingReportingOverflow(1).partialValue
        let years = m0 >= 0 ? m0 / 12 : -((-(m0 + 1)) / 12) - 1
        let (y, overflow) = year.addingReportingOverflow(years)
        if overflow ? years > 0 : y > 9999 {
            self.year = 9999; self.month = 12
        } else if overflow || y < 1 {
            self.year = 1; self.month = 1
        } else {
            self.year = y; self.month = m0 - years * 12 + 1
        }
        self.day = 1
    }

    /// Parses `2024-03-05`, `2024-3-5`, `2024/03/05` or `20240305`.
    public init?(_ text: String) {
        // Fast path for the stored forms `2024-03-05` and `20240305` (bulk reads parse millions of dates).
        var u = text.utf8.makeIterator()
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var dashes = 0, count = 0, clean = true
        while let b = u.next() {
            count += 1
            if b >= 48 && b <= 57 { digits.append(Int(b - 48)) } else if b == 45 && (count == 5 || count == 8) { dashes += 1 } else { clean = false; break }
        }
        if clean && digits.count == 8 && (dashes == 2 && count == 10 || dashes == 0 && count == 8) {
            self.init(year: digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], month: digits[4] * 10 + digits[5],
                      day: digits[6] * 10 + digits[7])
            return
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts: [Substring]
        if t.count == 8, t.allSatisfy(\.isASCIIDigit) {
            let a = t.startIndex, b = t.index(a, offsetBy: 4), c = t.index(b, offsetBy: 2)
            parts = [t[a..<b], t[b..<c], t[c...]]
        } else {
            parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) && $0.count <= 4 }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), parts[0].count == 4 else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date in China (UTC+8) at the given instant.
    public init(date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        self = Day(daysSinceEpoch: days)
    }

    public init(daysSinceEpoch z0: Int) {
        // Howard Hinnant's civil_from_days.
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y; self.month = m; self.day = d
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// Days from this day to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// The same day `n` months later, or the month's last day when it has fewer days (31 Aug + 6 months = 28/29 Feb).
    /// Beyond the years 1–9999 it stays at the first or last month.
    public func adding(months n: Int) -> Day {
        let (target, overflow) = month.addingReportingOverflow(n)
        let first = overflow ? Day(firstOfMonth: n > 0 ? 9999 : 1, n > 0 ? 12 : 1) : Day(firstOfMonth: year, target)
        return first.adding(days: min(day, Day.daysIn(month: first.month, year: first.year)) - 1)
    }

    /// Completed years of age on `date` (a person born on 29 February turns a year older on 1 March).
    public func age(on date: Day) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2)
    }

    /// 2024年3月5日
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
