extension Int {
    /// The number in decimal, left-padded with zeros to `width` digits (`7.zeroPadded(3)` is "007").
    /// Hot paths (ID numbers, dates, codes) use this rather than `String(format:)`, which is far slower.
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension String {
    /// Without leading and trailing white space (ASCII, full-width and no-break spaces, line ends). Foundation's
    /// `trimmingCharacters(in:)` is slow on Linux, and imports trim every cell.
    public var trimmed: String {
        func isSpace(_ u: Unicode.Scalar) -> Bool {
            u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{3000}" || u == "\u{00A0}" || u == "\u{FEFF}"
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) }) ?? first
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
