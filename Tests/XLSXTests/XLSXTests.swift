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

    @Test func notAWorkbookIsAClearError() {
        #expect(throws: XLSXError.notAWorkbook) { try XLSXReader.read(Data("姓名,身份证号\n".utf8)) }
        #expect(XLSXError.notAWorkbook.description.contains("xlsx"))
    }
}
