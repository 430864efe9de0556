import Foundation
import Testing
import ZIPFoundation
@testable import XLSX

@Suite struct XLSXTests {
    @Test func columnNames() {
        #expect(ColumnName.letters(0) == "A")
        #expect(ColumnName.letters(25) == "Z")
        #expect(ColumnName.letters(26) == "AA")
        #expect(ColumnName.letters(701) == "ZZ")
        #expect(ColumnName.letters(702) == "AAA")
        #expect(ColumnName.index(ofReference: "AB12") == 27)
        #expect(ColumnName.index(ofReference: "12") == nil)
    }

    @Test func writtenWorkbookReadsBackCellForCell() throws {
        let people = Sheet(name: "农户名单", header: ["户编号", "户主", "身份证号", "人均纯收入（元）"], rows: [
            [.text("45022410020100001"), .text("韦国强"), .text("45022419800101001X"), .number("6234.50")],
            [.text("45022410020100002"), .text("A&B <公司> \"引号\" '单'"), .empty, .integer(12)],
            [.text("控制\u{1}字符被去掉"), .text("  前后空格  "), .text("第一行\n第二行"), .number("-0.01")],
        ])
        let second = Sheet(name: "说明", header: [], rows: [[.text("只有一行")]])
        let data = try XLSXWriter.write([people, second])
        let sheets = try XLSXReader.read(data)
        #expect(sheets.map(\.name) == ["农户名单", "说明"])
        #expect(sheets[0].rows[0] == ["户编号", "户主", "身份证号", "人均纯收入（元）"])
        #expect(sheets[0].rows[1] == ["45022410020100001", "韦国强", "45022419800101001X", "6234.50"])
        #expect(sheets[0].rows[2] == ["45022410020100002", "A&B <公司> \"引号\" '单'", "", "12"])
        #expect(sheets[0].rows[3] == ["控制字符被去掉", "  前后空格  ", "第一行\n第二行", "-0.01"])
        #expect(sheets[1].rows == [["只有一行"]])
    }

    @Test func idNumbersAreTextCellsAndTheHeaderIsFrozenAndBold() throws {
        let data = try XLSXWriter.write([Sheet(name: "S", header: ["身份证号"], rows: [[.text("450224198001010011")]])])
        let archive = try Archive(data: data, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(archive["xl/worksheets/sheet1.xml"]!) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains(#"t="inlineStr"><is><t xml:space="preserve">450224198001010011</t>"#))
        #expect(text.contains(#"state="frozen""#))
        #expect(text.contains(#"<c r="A1" s="1""#))
        #expect(archive["[Content_Types].xml"] != nil && archive["xl/styles.xml"] != nil)
    }

    @Test func aReportSheetHasATitleMergedGroupHeadersDatesAndItsAuthor() throws {
        let sheet = Sheet(name: "新增监测对象统计表", header: ["区划", "合计（户）", "合计（人）", "脱贫不稳定户（户）", "边缘易致贫户（户）", "统计日"],
                          rows: [[.text("甲乡"), .integer(3), .integer(10), .integer(1), .integer(2), .date("2026-01-01")]],
                          title: "新增监测对象统计表", subtitle: "范围：某县　导出：admin",
                          groups: [nil, "合计", "合计", "其中", "其中", nil])
        let data = try XLSXWriter.write([sheet], author: "admin（县级管理员）", created: Date(timeIntervalSince1970: 1_795_000_000))
        let archive = try Archive(data: data, accessMode: .read)
        func part(_ path: String) throws -> String {
            var xml = Data()
            _ = try archive.extract(archive[path]!) { xml.append($0) }
            return String(decoding: xml, as: UTF8.self)
        }
        let ws = try part("xl/worksheets/sheet1.xml")
        // Title and subtitle across the six columns; 合计 over B:C and 其中 over D:E; 区划 and 统计日 down two rows.
        for ref in ["A1:F1", "A2:F2", "B3:C3", "D3:E3", "A3:A4", "F3:F4"] { #expect(ws.contains("<mergeCell ref=\"\(ref)\"/>"), "\(ref)") }
        #expect(ws.contains(#"<pane ySplit="4" topLeftCell="A5""#))
        // 2026-01-01 is Excel day 46023, shown with the date style.
        #expect(ws.contains(#"<c r="F5" s="2"><v>46023</v></c>"#))
        #expect(XLSXWriter.serial("1900-03-01") == 61 && XLSXWriter.serial("2026-13-01") == nil)
        let core = try part("docProps/core.xml")
        #expect(core.contains("<dc:creator>admin（县级管理员）</dc:creator>") && core.contains("<dc:title>新增监测对象统计表</dc:title>"))
        // Read back: the table is where a reader expects it.
        let rows = try XLSXReader.read(data)[0].rows
        #expect(rows[0].first == "新增监测对象统计表" && rows[2].prefix(4) == ["区划", "合计", "", "其中"] && rows[3][1] == "合计（户）")
        #expect(rows[4].prefix(5) == ["甲乡", "3", "10", "1", "2"])
    }

    @Test func badSheetNamesAreRefused() {
        #expect(throws: XLSXError.badSheetName("a/b")) { try XLSXWriter.write([Sheet(name: "a/b", header: [], rows: [])]) }
        #expect(throws: XLSXError.badSheetName("")) { try XLSXWriter.write([Sheet(name: "", header: [], rows: [])]) }
    }

    @Test func readsSharedStringsGapsAndBooleansAsExcelWritesThem() throws {
        // The parts Excel itself writes: shared strings, cells with gaps, a boolean, a formula's cached value.
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let d = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .deflate) { p, n in d.subdata(in: Int(p)..<Int(p) + n) }
        }
        try add("xl/workbook.xml", #"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId7"/></sheets></workbook>"#)
        try add("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml"/></Relationships>"#)
        try add("xl/sharedStrings.xml", #"<sst><si><t>姓名</t></si><si><r><t>韦</t></r><r><t>国强</t></r><rPh><t>wei</t></rPh></si></sst>"#)
        try add("xl/worksheets/data.xml", """
            <worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="b"><v>1</v></c></row>
            <row r="3"><c r="B3" t="s"><v>1</v></c><c r="C3"><f>1+1</f><v>2</v></c></row>
            <row r="4"><c r="A4"/></row>
            </sheetData></worksheet>
            """)
        let sheets = try XLSXReader.read(archive.data!)
        #expect(sheets.count == 1)
        #expect(sheets[0].rows == [["姓名", "", "TRUE"], [], ["", "韦国强", "2"]])
    }

    /// A few bytes that name a far row or column must not make the reader build a vast table.
    @Test func farRowsAndColumnsAreRefused() throws {
        func book(_ sheet: String) throws -> Data {
            let archive = try Archive(data: Data(), accessMode: .create)
            func add(_ path: String, _ text: String) throws {
                let d = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .deflate) { p, n in d.subdata(in: Int(p)..<Int(p) + n) }
            }
            try add("xl/workbook.xml", #"<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
            try add("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/></Relationships>"#)
            try add("xl/worksheets/s.xml", "<worksheet><sheetData>\(sheet)</sheetData></worksheet>")
            return archive.data ?? Data()
        }
        #expect(throws: XLSXError.self) { try XLSXReader.read(try book(#"<row r="999999999"><c r="A999999999"><v>1</v></c></row>"#)) }
        #expect(throws: XLSXError.self) { try XLSXReader.read(try book(#"<row r="1"><c r="ZZZZ1"><v>1</v></c></row>"#)) }
        // References made to overflow a number: refused, never a trap.
        #expect(throws: XLSXError.self) { try XLSXReader.read(try book(#"<row r="1"><c r="\#(String(repeating: "Z", count: 40))1"><v>1</v></c></row>"#)) }
        #expect(throws: XLSXError.self) { try XLSXReader.read(try book(#"<row r="-9223372036854775808"><c><v>1</v></c></row>"#)) }
        // One cell far right on many rows: more cells than the reader builds.
        let thin = (1...1600).map { #"<row r="\#($0)"><c r="XFC\#($0)"><v>1</v></c></row>"# }.joined()
        #expect(throws: XLSXError.self) { try XLSXReader.read(try book(thin)) }
        #expect(try XLSXReader.read(try book(#"<row r="2"><c r="C2"><v>7</v></c></row>"#)).first?.rows == [[], ["", "", "7"]])
    }

    /// The sheet is read as it inflates: fed a few bytes at a time the scanner gives what it gives when fed whole —
    /// entities, inline and rich strings without their phonetic runs, empty and self-closed rows, tags that only start
    /// like a row or a cell.
    @Test func aSheetFedInPiecesReadsAsWhole() throws {
        let xml = """
            <worksheet><cols><col min="1" max="3"/></cols><sheetData>
            <row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>A&amp;B &lt;1&gt; &#x4E2D;&#22269;</t></is></c><c r="B1" t="str"><f>"x"</f><v>x</v></c></row>
            <row r="2"/>
            <row r="3"><c r="A3" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">韦 </t></r><r><t>国强</t></r><rPh sb="0" eb="1"><t>wei</t></rPh></is></c><c r="C3" s="2"/><c r="D3" t="s"><v>0</v></c></row>
            <row><c t="n"><v>4.5</v></c><c><v>6</v></c></row>
            </sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>
            """
        let whole = try XLSXReader.parseWorksheet(Data(xml.utf8), shared: ["共享"])
        #expect(whole == [["A&B <1> 中国", "x"], [], ["韦 国强", "", "", "共享"], ["4.5", "6"]])
        for size in [1, 2, 7, 64] {
            var rows: [[String]] = []
            var scanner = SheetScanner(shared: ["共享"]) { index, cells in
                while rows.count < index { rows.append([]) }
                rows.append(cells)
            }
            let bytes = Array(xml.utf8)
            var at = 0
            while at < bytes.count {
                try scanner.feed(Data(bytes[at..<min(bytes.count, at + size)]))
                at += size
            }
            try scanner.finish()
            #expect(rows == whole, "fed \(size) bytes at a time")
        }
        #expect(throws: XLSXError.self) { try XLSXReader.parseWorksheet(Data(#"<sheetData><row r="1"><c t="s"><v>9</v></c></row></sheetData>"#.utf8), shared: []) }
    }

    /// A county's sheet: 20,000 rows of 40 columns (a part of about 30 MB, more than the XML parser took) read back whole.
    @Test func aCountySizedSheetReadsBack() throws {
        let book = try StreamingWorkbook()
        defer { book.discard() }
        try book.startSheet(name: "家庭成员", header: (0..<40).map { "列\($0)" })
        for r in 0..<20_000 { try book.append((0..<40).map { c in c == 0 ? .text("450224\(r)") : .text("值\(r)-\(c)") }) }
        let sheets = try XLSXReader.read(try Data(contentsOf: try book.finish()))
        #expect(sheets.first?.rows.count == 20_001)
        #expect(sheets.first?.rows.last == (0..<40).map { c in c == 0 ? "45022419999" : "值19999-\(c)" })
    }

    @Test func notAWorkbookIsAClearError() {
        #expect(throws: XLSXError.notAWorkbook) { try XLSXReader.read(Data("姓名,身份证号\n".utf8)) }
        #expect(XLSXError.notAWorkbook.description.contains("xlsx") && XLSXError.notAWorkbook.description.contains("xls"))
    }
}

@Suite struct StreamingWorkbookTests {
    /// Rows written one at a time come back cell for cell, past the rows held to fit the widths, in several sheets with
    /// a title row each; the scratch folder goes once discarded.
    @Test func rowsStreamedReadBackInOrder() throws {
        let book = try StreamingWorkbook()
        try book.startSheet(name: "清单", header: ["序号", "姓名", "日期"], title: "测试清单（状态：全部）", subtitle: "导出人：某人")
        for i in 1...1_234 { try book.append([.integer(i), .text("第\(i)人 <&>"), .date("2026-11-30")]) }
        try book.startSheet(name: "说明", header: ["项目", "内容"])
        try book.append([.text("行数"), .text("1234")])
        #expect(book.rowCounts == ["清单": 1_234, "说明": 1])
        let url = try book.finish(author: "测试")
        let sheets = try XLSXReader.read(try Data(contentsOf: url))
        #expect(sheets.map(\.name) == ["清单", "说明"])
        #expect(sheets[0].rows[0] == ["测试清单（状态：全部）", "", ""] || sheets[0].rows[0].first == "测试清单（状态：全部）")
        #expect(sheets[0].rows[2] == ["序号", "姓名", "日期"])
        #expect(sheets[0].rows.count == 3 + 1_234)
        #expect(sheets[0].rows[3].prefix(2) == ["1", "第1人 <&>"])
        #expect(sheets[0].rows.last?.prefix(2) == ["1234", "第1234人 <&>"])
        #expect(sheets[1].rows == [["项目", "内容"], ["行数", "1234"]])
        book.discard()
        #expect(!FileManager.default.fileExists(atPath: book.directory.path))
    }

    /// A sheet with fewer rows than the width sample, and one with none, are still whole sheets.
    @Test func shortAndEmptySheets() throws {
        let book = try StreamingWorkbook()
        defer { book.discard() }
        try book.startSheet(name: "空", header: ["甲"], title: "空表")
        try book.startSheet(name: "短", header: ["甲", "乙"])
        try book.append([.text("1"), .text("2")])
        #expect(throws: XLSXError.self) { try book.startSheet(name: "短", header: []) }
        let sheets = try XLSXReader.read(try Data(contentsOf: try book.finish()))
        #expect(sheets.map(\.name) == ["空", "短"])
        #expect(sheets[0].rows.first?.first == "空表" && sheets[0].rows.count == 2)
        #expect(sheets[1].rows == [["甲", "乙"], ["1", "2"]])
    }
}
