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

/// Text for HTML as Plot writes it — `<`, `>` and a bare `&` escaped, an entity such as `&amp;` or `&#39;` left as it
/// is — but on the UTF-8 bytes: Plot's own escaper builds a string per character, which made it the largest part of
/// rendering a long table. A string with none of the three characters is returned as it is.
func htmlText(_ s: String) -> String {
    let bytes = s.utf8
    guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return s }
    let b = Array(bytes)
    var out: [UInt8] = []
    out.reserveCapacity(b.count + 16)
    var i = 0
    while i < b.count {
        switch b[i] {
        case 0x3C: out += Array("&lt;".utf8)
        case 0x3E: out += Array("&gt;".utf8)
        case 0x26:
            // An entity: & then an optional # then letters or digits then ;
            var j = i + 1
            if j < b.count && b[j] == 0x23 { j += 1 }
            let start = j
            while j < b.count, (0x30...0x39).contains(b[j]) || (0x41...0x5A).contains(b[j]) || (0x61...0x7A).contains(b[j]) { j += 1 }
            if j > start && j < b.count && b[j] == 0x3B { out.append(0x26) } else { out += Array("&amp;".utf8) }
        default: out.append(b[i])
        }
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}
