import Foundation

/// Plot (0.14) escapes text but writes attribute values as given; every value that can carry what a user typed
/// or a link carried (form values, the search box, the login page's `next`, page titles in `<meta>`) goes through
/// this first, so a quote cannot close the attribute and add markup. Plot leaves entities in text alone, so an
/// escaped title also reads right in `<title>`.
func attr(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x22 || $0 == 0x26 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E }) else { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for c in s.unicodeScalars {
        switch c {
        case "\"": out += "&quot;"
        case "&": out += "&amp;"
        case "'": out += "&#39;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

/// A value placed inside a single-quoted JavaScript string in an attribute (a confirmation naming a person).
func jsAttr(_ s: String) -> String {
    attr(s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: ""))
}
