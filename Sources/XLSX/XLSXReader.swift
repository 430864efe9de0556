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

    /// Largest uncompressed part read whole (the workbook, its relationships, the shared strings: a guard against zip
    /// bombs); sheets are read as they inflate and are bounded by their cells instead.
    public static let maxPartBytes = 200 * 1024 * 1024
    static let maxRows = 1_048_576, maxColumns = 16_384
    /// The most cells a sheet may spread over (its rows times their widths): 400,000 rows of 60 columns.
    public static let maxCells = 24_000_000

    /// Every sheet with all its rows.
    public static func read(_ data: Data) throws -> [ReadSheet] {
        var sheets: [ReadSheet] = []
        try scan(data) { name in
            sheets.append(ReadSheet(name: name, rows: []))
        } row: { index, cells in
            let s = sheets.count - 1
            guard s >= 0 else { return }
            while sheets[s].rows.count < index { sheets[s].rows.append([]) }
            if index < sheets[s].rows.count { sheets[s].rows[index] = cells } else { sheets[s].rows.append(cells) }
        }
        // Trailing empty cells and rows carry nothing.
        for s in sheets.indices {
            while let last = sheets[s].rows.last, last.allSatisfy(\.isEmpty) { sheets[s].rows.removeLast() }
        }
        return sheets
    }

    /// Reads the workbook a row at a time: `sheet` names each sheet as its rows begin, `row` gets each row that has a
    /// cell (its 0-based number as the file gives it, and its cells by column), in the file's order. The sheets' parts
    /// are inflated and scanned a chunk at a time, so no sheet is ever held whole.
    public static func scan(_ data: Data, sheet: (String) throws -> Void, row: @escaping (Int, [String]) throws -> Void) throws {
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
        let shared = try part("xl/sharedStrings.xml").map(SheetScanner.sharedStrings) ?? []
        for (name, rid) in try parseSheets(workbook) {
            guard var target = rels[rid] else { throw XLSXError.missingPart("工作表 \(name)") }
            if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
            guard let entry = archive[target] else { throw XLSXError.missingPart(target) }
            try sheet(name)
            var scanner = SheetScanner(shared: shared, onRow: row)
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 16) { try scanner.feed($0) }
                try scanner.finish()
            } catch let e as XLSXError {
                throw e
            } catch let e as XLSXReadStop {
                throw e
            } catch {
                throw XLSXError.malformed(target)
            }
        }
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

    static func parseSharedStrings(_ data: Data) -> [String] { SheetScanner.sharedStrings(data) }

    /// A worksheet part's rows, read whole (the scanner fed at once).
    static func parseWorksheet(_ data: Data, shared: [String]) throws -> [[String]] {
        var rows: [[String]] = []
        var scanner = SheetScanner(shared: shared) { index, cells in
            while rows.count < index { rows.append([]) }
            if index < rows.count { rows[index] = cells } else { rows.append(cells) }
        }
        try scanner.feed(data)
        try scanner.finish()
        while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
        return rows
    }
}

/// Thrown by a row handler to end a scan early (the caller has what it needs); passed through untouched.
public struct XLSXReadStop: Error {
    public init() {}
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
