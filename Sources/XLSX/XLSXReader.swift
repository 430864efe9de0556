import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the cell text of every sheet of an .xlsx workbook (shared strings, inline strings, numbers,
/// booleans). Formulas are read as their last computed value. Enough for imports, not a full model.
public enum XLSXReader {
    public struct ReadSheet: Sendable, Equatable {
        public var name: String
        /// Rows as the file numbers them (row 1 is index 0); gaps are empty rows, missing cells empty strings.
        public var rows: [[String]]
        public init(name: String, rows: [[String]]) { self.name = name; self.rows = rows }
    }

    /// Largest uncompressed part accepted (a guard against zip bombs).
    public static let maxPartBytes = 200 * 1024 * 1024
    static let maxRows = 1_048_576, maxColumns = 16_384
    /// The most cells a sheet may spread over (its rows times their widths): 400,000 rows of 60 columns.
    public static let maxCells = 24_000_000

    public static func read(_ data: Data) throws -> [ReadSheet] {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw XLSXError.notAWorkbook }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= maxPartBytes else { throw XLSXError.malformed("\(path) 过大") }
            var out = Data()
            do { _ = try archive.extract(entry) { out.append($0) } } catch { throw XLSXError.malformed(path) }
            return out
        }
        guard let workbook = try part("xl/workbook.xml") else { throw XLSXError.notAWorkbook }
        let rels = try part("xl/_rels/workbook.xml.rels").map(parseRelationships) ?? [:]
        let shared = try part("xl/sharedStrings.xml").map(parseSharedStrings) ?? []
        var sheets: [ReadSheet] = []
        for (name, rid) in try parseSheets(workbook) {
            guard var target = rels[rid] else { throw XLSXError.missingPart("工作表 \(name)") }
            if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
            guard let xml = try part(target) else { throw XLSXError.missingPart(target) }
            sheets.append(ReadSheet(name: name, rows: try parseWorksheet(xml, shared: shared)))
        }
        return sheets
    }

    // MARK: - Parts

    static func parseRelationships(_ data: Data) throws -> [String: String] {
        var out: [String: String] = [:]
        try SAX.run(data) { event in
            if case .start("Relationship", let a) = event, let id = a["Id"], let t = a["Target"] { out[id] = t }
        }
        return out
    }

    static func parseSheets(_ data: Data) throws -> [(String, String)] {
        var out: [(String, String)] = []
        try SAX.run(data) { event in
            if case .start("sheet", let a) = event, let name = a["name"], let rid = a["r:id"] ?? a.first(where: { $0.key.hasSuffix(":id") })?.value {
                out.append((name, rid))
            }
        }
        return out
    }

    static func parseSharedStrings(_ data: Data) throws -> [String] {
        var out: [String] = []
        var current = ""
        var inT = false, inRPh = false
        try SAX.run(data) { event in
            switch event {
            case .start("si", _): current = ""
            case .end("si"): out.append(current)
            case .start("rPh", _): inRPh = true // phonetic runs are not part of the text
            case .end("rPh"): inRPh = false
            case .start("t", _): inT = true
            case .end("t"): inT = false
            case .text(let s): if inT && !inRPh { current += s }
            default: break
            }
        }
        return out
    }

    static func parseWorksheet(_ data: Data, shared: [String]) throws -> [[String]] {
        var rows: [[String]] = []
        var rowIndex = -1
        var col = 0, type = "", value = "", inValue = false, inInline = false
        var bad: String?
        var cells = 0
        try SAX.run(data) { event in
            switch event {
            case .start("row", let a):
                rowIndex = a["r"].flatMap(Int.init).map { $0 - 1 } ?? rowIndex + 1
                // Excel's limits: 1,048,576 rows of 16,384 columns; beyond them the file is damaged (and must not make
                // the reader build a vast table from a few bytes).
                guard (0..<maxRows).contains(rowIndex) else { bad = "行号 \(rowIndex + 1) 超出范围"; rowIndex = -1; return }
                while rows.count <= rowIndex { rows.append([]) }
                col = 0
            case .start("c", let a):
                col = a["r"].flatMap(ColumnName.index(ofReference:)) ?? col
                if col >= maxColumns { bad = "列超出范围"; rowIndex = -1 }
                cells += 1 + max(0, col - (rowIndex >= 0 ? rows[rowIndex].count : 0))
                if cells > maxCells { bad = "表格过大，请分批导入"; rowIndex = -1 }
                type = a["t"] ?? "n"
                value = ""
            case .end("c"):
                var text = value
                if type == "s" {
                    if let i = Int(value), shared.indices.contains(i) { text = shared[i] } else { bad = "共享字符串编号 \(value)" }
                } else if type == "b" {
                    text = value == "1" ? "TRUE" : "FALSE"
                }
                if rowIndex >= 0 {
                    while rows[rowIndex].count < col { rows[rowIndex].append("") }
                    if rows[rowIndex].count == col { rows[rowIndex].append(text) } else { rows[rowIndex][col] = text }
                }
                col += 1
            case .start("v", _): inValue = true
            case .end("v"): inValue = false
            case .start("is", _): inInline = true
            case .end("is"): inInline = false
            case .start("t", _) where inInline: inValue = true
            case .end("t") where inInline: inValue = false
            case .text(let s): if inValue { value += s }
            default: break
            }
        }
        if let bad { throw XLSXError.malformed(bad) }
        // Trailing empty cells and rows carry nothing.
        while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
        return rows
    }
}

/// A minimal event-based XML reader over Foundation's XMLParser (local element names, attributes as written).
enum SAX {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    static func run(_ data: Data, _ handle: @escaping (Event) -> Void) throws {
        let delegate = Delegate(handle)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        guard parser.parse() else {
            throw XLSXError.malformed(parser.parserError.map { "\($0.localizedDescription)" } ?? "XML")
        }
    }

    final class Delegate: NSObject, XMLParserDelegate {
        let handle: (Event) -> Void
        init(_ handle: @escaping (Event) -> Void) { self.handle = handle }
        static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            handle(.start(Self.local(name), attributes))
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            handle(.end(Self.local(name)))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { handle(.text(string)) }
    }
}
