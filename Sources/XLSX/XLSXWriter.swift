import Foundation
import ZIPFoundation

/// Writes Office Open XML workbooks (.xlsx) that Excel, WPS and LibreOffice open: inline strings, exact numbers,
/// dates, a title, merged group headers, a bold frozen header, sensible column widths, and the author and time in
/// the document properties.
public enum XLSXWriter {
    public static func write(_ sheets: [Sheet], author: String? = nil, created: Date? = nil) throws -> Data {
        for s in sheets where !validName(s.name) { throw XLSXError.badSheetName(s.name) }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in packageParts(sheetNames: sheets.map(\.name), title: sheets.first?.title ?? sheets.first?.name ?? "", author: author, created: created) {
            try add(text, at: path, to: archive)
        }
        for (i, s) in sheets.enumerated() { try add(worksheet(s), at: "xl/worksheets/sheet\(i + 1).xml", to: archive) }
        guard let data = archive.data else { throw XLSXError.malformed("archive") }
        return data
    }

    /// The parts of a workbook other than its worksheets: content types, relationships, document properties, the
    /// sheet list and the styles.
    static func packageParts(sheetNames: [String], title: String, author: String?, created: Date?) -> [(String, String)] {
        var out: [(String, String)] = []
        out.append(("[Content_Types].xml", contentTypes(count: sheetNames.count)))
        out.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """))
        let stamp = ISO8601DateFormatter().string(from: created ?? Date(timeIntervalSince1970: 1_767_225_600))
        out.append(("docProps/core.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(escape(title))</dc:title><dc:creator>\(escape(author ?? "防贫"))</dc:creator>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified>\
            </cp:coreProperties>
            """))
        out.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheetNames.enumerated().map { i, name in "<sheet name=\"\(escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>" }.joined())</sheets>\
            </workbook>
            """))
        out.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(sheetNames.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())\
            <Relationship Id="rId\(sheetNames.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """))
        out.append(("xl/styles.xml", styles))
        return out
    }

    /// Adds one deflated text part to an archive.
    static func add(_ text: String, at path: String, to archive: Archive) throws {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_767_225_600),
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    static func validName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 31 && !name.contains(where: { ":\\/?*[]".contains($0) })
    }

    static func contentTypes(count: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        \((0..<count).map { $0 + 1 }.map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
        </Types>
        """
    }

    /// Style 0: normal; 1: bold header with a grey fill and border, centred and wrapped; 2: a date; 3: the title
    /// (bold, larger, centred).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font>\
        <font><b/><sz val="16"/><name val="宋体"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFE8EBF0"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
        <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// Excel's day number of a "YYYY-MM-DD" date (1900 date system: 1899-12-30 is day 0); nil when it is not a date.
    public static func serial(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Days from 1970-01-01 (civil-from-days inverse), then shifted to Excel's epoch.
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0], m = parts[1], d = parts[2]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + 25_569
    }

    static func worksheet(_ s: Sheet) -> String {
        let width = max(s.header.count, s.rows.map(\.count).max() ?? 0)
        let widths = s.widths ?? fittedWidths(header: s.header, rows: s.rows.prefix(500), count: width)
        let last = ColumnName.letters(max(0, width - 1))
        var merges: [String] = []
        var r = 0
        var data = ""
        func row(_ cells: [Cell], style: Int, height: Double? = nil) {
            r += 1
            data += rowXML(r, cells, style: style, height: height)
        }
        if let title = s.title {
            row([.text(title)], style: 3, height: 28)
            if width > 1 { merges.append("A\(r):\(last)\(r)") }
        }
        if let subtitle = s.subtitle {
            row([.text(subtitle)], style: 0)
            if width > 1 { merges.append("A\(r):\(last)\(r)") }
        }
        if let groups = s.groups, !s.header.isEmpty {
            // The group row: a group's label over its run of columns; a column without a group keeps its header
            // here, merged down over the header row.
            let top = r + 1
            // (A merged cell keeps its value in its first cell only.)
            row(s.header.indices.map { c in
                guard let g = groups[safe: c].flatMap({ $0 }) else { return .text(s.header[c]) }
                return c > 0 && groups[safe: c - 1].flatMap({ $0 }) == g ? .empty : .text(g)
            }, style: 1)
            row(s.header.indices.map { c in groups[safe: c].flatMap { $0 } == nil ? .empty : .text(s.header[c]) }, style: 1)
            var c = 0
            while c < s.header.count {
                guard let g = groups[safe: c].flatMap({ $0 }) else {
                    merges.append("\(ColumnName.letters(c))\(top):\(ColumnName.letters(c))\(top + 1)")
                    c += 1
                    continue
                }
                var end = c
                while end + 1 < s.header.count, groups[safe: end + 1].flatMap({ $0 }) == g { end += 1 }
                if end > c { merges.append("\(ColumnName.letters(c))\(top):\(ColumnName.letters(end))\(top)") }
                c = end + 1
            }
        } else if !s.header.isEmpty {
            row(s.header.map(Cell.text), style: 1)
        }
        let frozen = r
        for cells in s.rows { row(cells, style: 0) }
        var out = sheetStart(frozen: frozen, widths: widths)
        out += "<sheetData>" + data + "</sheetData>"
        if !merges.isEmpty { out += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        out += "</worksheet>"
        return out
    }

    /// One row of sheet data, 1-based row number `r`; style 0 normal, 1 header, 3 title.
    static func rowXML(_ r: Int, _ cells: [Cell], style: Int, height: Double? = nil) -> String {
        var data = "<row r=\"\(r)\"\(height.map { " ht=\"\($0)\" customHeight=\"1\"" } ?? "")>"
        for (c, cell) in cells.enumerated() {
            let ref = ColumnName.letters(c) + String(r)
            let s = style > 0 ? " s=\"\(style)\"" : ""
            switch cell {
            case .empty: if style > 0 { data += "<c r=\"\(ref)\"\(s)/>" }
            case .number(let n): data += "<c r=\"\(ref)\"\(s)><v>\(escape(n))</v></c>"
            case .date(let d):
                if let n = serial(d) { data += "<c r=\"\(ref)\" s=\"\(style > 0 ? style : 2)\"><v>\(n)</v></c>" } else {
                    data += "<c r=\"\(ref)\"\(s) t=\"inlineStr\"><is><t>\(escape(d))</t></is></c>"
                }
            case .text(let t): data += "<c r=\"\(ref)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(t))</t></is></c>"
            }
        }
        return data + "</row>"
    }

    /// Column widths fitted to the header and the first rows: CJK counted double, between 6 and 60 characters.
    static func fittedWidths<Rows: Sequence<[Cell]>>(header: [String], rows: Rows, count: Int) -> [Double] {
        var widest = (0..<count).map { c in c < header.count ? displayWidth(header[c]) : 0 }
        for r in rows {
            for (c, cell) in r.enumerated() where c < count { widest[c] = max(widest[c], displayWidth(cell.text)) }
        }
        return widest.map { min(60, max(6, Double($0) + 2)) }
    }

    /// A worksheet's opening up to its data: the rows down to `frozen` stay in view, then the column widths.
    static func sheetStart(frozen: Int, widths: [Double]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        if frozen > 0 {
            out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozen)\" topLeftCell=\"A\(frozen + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !widths.isEmpty {
            out += "<cols>" + widths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>" }.joined() + "</cols>"
        }
        return out
    }

    /// Characters counted as Excel shows them: CJK characters are two columns wide.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    /// XML text: the five entities escaped, characters XML forbids dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                if u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
