import Foundation

/// Reads a worksheet part's rows straight from its bytes, a chunk at a time as the archive inflates them: each
/// `<row>` is taken once it is whole, its cells decoded (shared strings, inline strings, numbers, booleans; a
/// formula's last value) and handed on, and the bytes before it dropped. The part is never held whole, so a sheet of
/// 350,000 rows of 60 columns reads in a few seconds in little memory (Foundation's XMLParser gave up on parts of
/// about 10 MB here, and calls back for every tag).
struct SheetScanner {
    /// Row number (0-based, as the file numbers it) and its cells by column; missing cells are empty strings.
    typealias RowHandler = (Int, [String]) throws -> Void

    let shared: [String]
    let onRow: RowHandler
    private var pending: [UInt8] = []
    private var lastRow = -1
    private(set) var cells = 0

    init(shared: [String], onRow: @escaping RowHandler) {
        self.shared = shared
        self.onRow = onRow
    }

    /// Takes the next bytes of the part; rows completed by them are handed on.
    mutating func feed(_ chunk: Data) throws {
        pending.append(contentsOf: chunk)
        var consumed = 0
        var rows: [(start: Int, end: Int, empty: Bool)] = []
        pending.withUnsafeBufferPointer { buf in
            var at = 0
            while let open = Bytes.tag(Bytes.row, in: buf, from: at) {
                guard let gt = Bytes.find(UInt8(ascii: ">"), in: buf, from: open) else { consumed = open; return }
                if buf[gt - 1] == UInt8(ascii: "/") {
                    rows.append((open, gt + 1, true))
                    at = gt + 1
                    continue
                }
                guard let close = Bytes.find(Bytes.rowEnd, in: buf, from: gt) else { consumed = open; return }
                rows.append((open, close + Bytes.rowEnd.count, false))
                at = close + Bytes.rowEnd.count
            }
            // No row begins in what is left: keep only a tail that may hold the start of the next tag.
            consumed = max(at, buf.count - 8)
        }
        for r in rows { try row(pending[r.start..<r.end], empty: r.empty) }
        if consumed > 0 { pending.removeFirst(min(consumed, pending.count)) }
    }

    /// The part has ended.
    mutating func finish() throws {
        pending = []
    }

    private mutating func row(_ bytes: ArraySlice<UInt8>, empty: Bool) throws {
        var index = lastRow + 1
        var out: [String] = []
        var failure: XLSXError?
        bytes.withUnsafeBufferPointer { buf in
            guard let head = Bytes.find(UInt8(ascii: ">"), in: buf, from: 0) else { return }
            if let r = Bytes.attributeRange(Bytes.refKey, in: buf, from: 0, to: head) {
                if let n = Bytes.number(buf, r) { index = n >= 1 ? n - 1 : -1 } else { failure = .malformed("行号超出范围"); return }
            }
            // Excel's limits: 1,048,576 rows of 16,384 columns; beyond them the file is damaged (and must not make
            // the reader build a vast table from a few bytes).
            guard (0..<XLSXReader.maxRows).contains(index) else { failure = .malformed("行号 \(index + 1) 超出范围"); return }
            if empty { return }
            var at = head + 1
            var col = 0
            while let open = Bytes.tag(Bytes.cell, in: buf, from: at) {
                guard let gt = Bytes.find(UInt8(ascii: ">"), in: buf, from: open) else { break }
                if let ref = Bytes.attributeRange(Bytes.refKey, in: buf, from: open, to: gt), let c = Bytes.column(buf, ref) { col = c }
                guard col < XLSXReader.maxColumns else { failure = .malformed("列超出范围"); return }
                // The cell's type read from its bytes (a string for every cell's attribute cost as much as the rest).
                var type = CellType.other
                if let t = Bytes.attributeRange(Bytes.typeKey, in: buf, from: open, to: gt) {
                    type = CellType(UnsafeBufferPointer(rebasing: buf[t]))
                }
                var text = ""
                var sharedIndex: Int?
                if buf[gt - 1] == UInt8(ascii: "/") {
                    at = gt + 1
                } else {
                    let close = Bytes.find(Bytes.cellEnd, in: buf, from: gt) ?? buf.count
                    if type == .inline {
                        text = Bytes.texts(in: buf, from: gt + 1, to: close)
                    } else if gt + 1 < close {
                        // The value within this cell only: a search past it, cell after cell, would take time by the
                        // square of the row's width.
                        let inner = UnsafeBufferPointer(rebasing: buf[(gt + 1)..<close])
                        if let v = Bytes.tag(Bytes.value, in: inner, from: 0),
                           let vgt = Bytes.find(UInt8(ascii: ">"), in: inner, from: v), inner[vgt - 1] != UInt8(ascii: "/"),
                           let vend = Bytes.find(Bytes.valueEnd, in: inner, from: vgt) {
                            if type == .shared {
                                sharedIndex = Bytes.number(inner, (vgt + 1)..<vend) ?? -1
                            } else {
                                text = Bytes.decoded(inner, from: vgt + 1, to: vend)
                            }
                        }
                    }
                    at = close + Bytes.cellEnd.count
                }
                switch type {
                case .shared:
                    if let i = sharedIndex, shared.indices.contains(i) { text = shared[i] } else { failure = .malformed("共享字符串编号"); return }
                case .bool:
                    text = text == "1" ? "TRUE" : "FALSE"
                default:
                    break
                }
                cells += 1 + max(0, col - out.count)
                if cells > XLSXReader.maxCells { failure = .malformed("表格过大，请分批导入"); return }
                while out.count < col { out.append("") }
                if out.count == col { out.append(text) } else { out[col] = text }
                col += 1
            }
        }
        if let failure { throw failure }
        lastRow = index
        try onRow(index, out)
    }

    /// The strings of a shared-strings part, each `<si>`'s text runs joined (phonetic runs left out).
    static func sharedStrings(_ data: Data) -> [String] {
        var out: [String] = []
        data.withUnsafeBytes { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            var at = 0
            while let open = Bytes.tag(Bytes.item, in: buf, from: at) {
                guard let gt = Bytes.find(UInt8(ascii: ">"), in: buf, from: open) else { break }
                if buf[gt - 1] == UInt8(ascii: "/") { out.append(""); at = gt + 1; continue }
                let close = Bytes.find(Bytes.itemEnd, in: buf, from: gt) ?? buf.count
                out.append(Bytes.texts(in: buf, from: gt + 1, to: close))
                at = close + Bytes.itemEnd.count
            }
        }
        return out
    }
}

/// A cell's `t` attribute: a shared string, a boolean, an inline string, or anything else (a number, a formula's
/// string, an error) whose value is its text.
enum CellType {
    case shared, bool, inline, other

    init(_ name: UnsafeBufferPointer<UInt8>) {
        switch name.count {
        case 1: self = name[0] == UInt8(ascii: "s") ? .shared : name[0] == UInt8(ascii: "b") ? .bool : .other
        case 9: self = name.elementsEqual("inlineStr".utf8) ? .inline : .other
        default: self = .other
        }
    }
}

/// Byte searches over XML text: tags by name (the next byte ends the name), attributes, `<t>` runs and entities.
enum Bytes {
    static let refKey = Array("r".utf8), typeKey = Array("t".utf8)

    /// A whole number written in ASCII digits (at most 15 of them), or nil.
    static func number(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 15, range.lowerBound >= 0, range.upperBound <= buf.count else { return nil }
        var n = 0
        for i in range {
            let d = buf[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// The column of a cell reference's letters (`AB12` → 27), capped far beyond Excel's 16,384 columns so a hostile
    /// reference of many letters cannot overflow; nil without letters.
    static func column(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var n = 0
        var any = false
        for i in range where i >= 0 && i < buf.count {
            let u = buf[i]
            guard u >= UInt8(ascii: "A") && u <= UInt8(ascii: "Z") else { break }
            n = min(n * 26 + Int(u - 64), 1 << 40)
            any = true
        }
        return any ? n - 1 : nil
    }

    static let row = Array("<row".utf8), rowEnd = Array("</row>".utf8)
    static let cell = Array("<c".utf8), cellEnd = Array("</c>".utf8)
    static let value = Array("<v".utf8), valueEnd = Array("</v>".utf8)
    static let item = Array("<si".utf8), itemEnd = Array("</si>".utf8)
    static let text = Array("<t".utf8), textEnd = Array("</t>".utf8)
    static let phonetic = Array("<rPh".utf8), phoneticEnd = Array("</rPh>".utf8)

    static func find(_ byte: UInt8, in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < buf.count, let base = buf.baseAddress else { return nil }
        guard let p = memchr(base + from, Int32(byte), buf.count - from) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    static func find(_ pattern: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var at = from
        while let i = find(pattern[0], in: buf, from: at) {
            guard i + pattern.count <= buf.count else { return nil }
            var k = 1
            while k < pattern.count && buf[i + k] == pattern[k] { k += 1 }
            if k == pattern.count { return i }
            at = i + 1
        }
        return nil
    }

    /// The next `<name` whose name ends there (`<c` is not `<cols`).
    static func tag(_ open: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var at = from
        while let i = find(open, in: buf, from: at) {
            let next = i + open.count
            guard next < buf.count else { return nil }
            switch buf[next] {
            case UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return i
            default: at = next
            }
        }
        return nil
    }

    /// An attribute's value within a tag's bytes (`name="…"` or `name='…'`, its name standing alone).
    /// Where an attribute's value lies within a tag's bytes (between its quotes), not decoded.
    static func attributeRange(_ key: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Range<Int>? {
        var at = from
        while at < end {
            guard let i = find(key, in: buf, from: at), i < end else { return nil }
            let before = i > 0 ? buf[i - 1] : 0
            var j = i + key.count
            guard before == UInt8(ascii: " ") || before == UInt8(ascii: "\t") || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\r") else { at = i + 1; continue }
            while j < end && buf[j] == UInt8(ascii: " ") { j += 1 }
            guard j < end, buf[j] == UInt8(ascii: "=") else { at = i + 1; continue }
            j += 1
            while j < end && buf[j] == UInt8(ascii: " ") { j += 1 }
            guard j < end, buf[j] == UInt8(ascii: "\"") || buf[j] == UInt8(ascii: "'") else { return nil }
            let quote = buf[j]
            guard let close = find(quote, in: buf, from: j + 1), close <= end else { return nil }
            return (j + 1)..<close
        }
        return nil
    }

    /// The text of the `<t>` runs between `from` and `to`, phonetic runs (`<rPh>`) left out.
    static func texts(in whole: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String {
        // Searched within the element only: a search to the end of a whole shared-strings part for every item would
        // take time by the square of its size.
        let upper = min(to, whole.count)
        guard from < upper else { return "" }
        let buf = UnsafeBufferPointer(rebasing: whole[from..<upper])
        let end = buf.count
        var out = ""
        var at = 0
        while let t = tag(text, in: buf, from: at), t < end {
            if let ph = tag(phonetic, in: buf, from: at), ph < t {
                guard let phEnd = find(phoneticEnd, in: buf, from: ph) else { break }
                at = phEnd + phoneticEnd.count
                continue
            }
            guard let gt = find(UInt8(ascii: ">"), in: buf, from: t), gt < end else { break }
            if buf[gt - 1] == UInt8(ascii: "/") { at = gt + 1; continue }
            guard let close = find(textEnd, in: buf, from: gt), close <= end else { break }
            out += decoded(buf, from: gt + 1, to: close)
            at = close + textEnd.count
        }
        return out
    }

    /// The bytes as text, XML's entities and character references replaced.
    static func decoded(_ buf: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> String {
        guard from < end else { return "" }
        let slice = UnsafeBufferPointer(rebasing: buf[from..<end])
        guard find(UInt8(ascii: "&"), in: slice, from: 0) != nil else { return String(decoding: slice, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            let b = slice[i]
            guard b == UInt8(ascii: "&"), let semi = find(UInt8(ascii: ";"), in: slice, from: i), semi - i <= 10 else {
                bytes.append(b); i += 1; continue
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: slice[(i + 1)..<semi]), as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            }
            guard let scalar else { bytes.append(b); i += 1; continue }
            bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = semi + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
