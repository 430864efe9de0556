/// A decimal amount with exactly two places (yuan and fen, mu of land), stored as an integer of hundredths.
/// Money is never binary floating point (SPEC §4, issue 4).
public struct Fixed2: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public init(_ whole: Int) { self.hundredths = Int64(whole) * 100 }

    public static let zero = Fixed2(hundredths: 0)

    /// Parses `1234`, `1234.5`, `1,234.56`, `-12.30`. More than two decimals is an error, not a rounding.
    public init?(_ text: String) {
        // The common case read from its bytes: ASCII digits with at most one point and two decimals.
        if let v = Self.plainHundredths(text.utf8) { self.hundredths = v; return }
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

    /// `123`, `123.4`, `-123.45` (at most 13 whole digits), or nil for anything else (spaces, separators, a sign
    /// alone), which the general parser then reads or refuses.
    private static func plainHundredths(_ bytes: String.UTF8View) -> Int64? {
        var whole: Int64 = 0, frac: Int64 = 0
        var digits = 0, decimals = 0, point = false, negative = false, first = true
        for b in bytes {
            defer { first = false }
            if b == UInt8(ascii: "-") && first { negative = true; continue }
            if b == UInt8(ascii: ".") && !point { point = true; continue }
            let d = b &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            if point {
                decimals += 1
                guard decimals <= 2 else { return nil }
                frac = frac * 10 + Int64(d)
            } else {
                digits += 1
                guard digits <= 13 else { return nil }
                whole = whole * 10 + Int64(d)
            }
        }
        guard digits > 0, !point || decimals > 0 else { return nil }
        if decimals == 1 { frac *= 10 }
        let value = whole * 100 + frac
        return negative ? -value : value
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
