/// A decimal amount with exactly two places (yuan and fen, mu of land), stored as an integer of hundredths.
/// Money is never binary floating point (SPEC §4, issue 4).
public struct Fixed2: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public init(_ whole: Int) { self.hundredths = Int64(whole) * 100 }

    public static let zero = Fixed2(hundredths: 0)

    /// Parses `1234`, `1234.5`, `1,234.56`, `-12.30`. More than two decimals is an error, not a rounding.
    public init?(_ text: String) {
        var t = Substring(text.trimmingCharacters(in: .whitespaces)).filter { $0 != "," && $0 != "，" }[...]
        guard !t.isEmpty else { return nil }
        var negative = false
        if t.first == "-" { negative = true; t = t.dropFirst() } else if t.first == "+" { t = t.dropFirst() }
        let pieces = t.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let intPart = pieces.first, !intPart.isEmpty || pieces.count == 2,
              intPart.allSatisfy(\.isASCIIDigit), intPart.count <= 13 else { return nil }
        var frac = pieces.count == 2 ? pieces[1] : ""
        guard frac.allSatisfy(\.isASCIIDigit), frac.count <= 2, !(pieces.count == 2 && frac.isEmpty && intPart.isEmpty) else { return nil }
        while frac.count < 2 { frac += "0" }
        let value = (Int64(intPart.isEmpty ? "0" : String(intPart)) ?? 0) * 100 + (Int64(String(frac)) ?? 0)
        self.hundredths = negative ? -value : value
    }

    public var isNegative: Bool { hundredths < 0 }

    /// As a document writes an amount: `7300` for a whole number of yuan, `6500.50` otherwise.
    public var plain: String { hundredths % 100 == 0 ? String(hundredths / 100) : description }

    /// `1234.50`
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let a = hundredths.magnitude
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// Sums and differences saturate at the largest amount instead of trapping (no real amount comes near it).
    public static func + (a: Fixed2, b: Fixed2) -> Fixed2 {
        let (sum, overflow) = a.hundredths.addingReportingOverflow(b.hundredths)
        return Fixed2(hundredths: overflow ? (b.hundredths > 0 ? .max : .min) : sum)
    }
    public static func - (a: Fixed2, b: Fixed2) -> Fixed2 {
        let (difference, overflow) = a.hundredths.subtractingReportingOverflow(b.hundredths)
        return Fixed2(hundredths: overflow ? (b.hundredths < 0 ? .max : .min) : difference)
    }
    public static func < (a: Fixed2, b: Fixed2) -> Bool { a.hundredths < b.hundredths }

    /// Division by a count, rounded half away from zero to the fen (per-capita income).
    /// A count below one leaves the amount as it is (callers divide by people, and check there are some).
    public func divided(by n: Int) -> Fixed2 {
        guard n > 0 else { return self }
        let n64 = Int64(n)
        let q = hundredths / n64, r = hundredths % n64
        let roundAway = r.magnitude * 2 >= n64.magnitude
        return Fixed2(hundredths: roundAway ? q + (hundredths < 0 ? -1 : 1) : q)
    }
}
