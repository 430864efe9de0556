import Foundation
import Testing
@testable import XLSX

/// Excel 97–2003 files (.xls), as many county ledgers and national exports still are. The fixtures were made with
/// LibreOffice (`soffice --headless --convert-to xls`) from workbooks written by openpyxl; what they hold is below.
@Suite struct XLSReaderTests {
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/xls/\(name)"))
    }

    @Test func cellsReadAsTheXLSXReaderReadsThem() throws {
        let sheets = try XLSReader.read(try Self.fixture("incomes-and-notes.xls"))
        #expect(sheets.map(\.name) == ["收入", "说明"])
        let rows = sheets[0].rows
        #expect(rows[0] == ["户编号", "户主姓名（核对用）", "收入年度", "当年家庭人口", "务工收入（元）", "低保金", "合计", "身份证号码", "登记日期", "是否", "备注"])
        // Text, whole numbers without ".0", decimals, a formula's number and a formula's text, a date as its day number,
        // a boolean, and an ID number stored as a number shown as Excel shows it (its last digits are gone).
        #expect(rows[1] == ["45022410000100001", "张三", "2025", "4", "36000", "1234.56", "37234.56", "4.50224198001011E+17", "45721", "TRUE", "公式文字"])
        #expect(rows[2].prefix(8) == ["45022410000100002", "李四", "2024", "3", "0.1", "", "0.1", "450224198001011234"])
        #expect(rows[2].count < 10 || rows[2][9] == "FALSE")
        #expect(rows[3].filter { !$0.isEmpty }.isEmpty, "the blank row stays a row")
        #expect(rows[4].prefix(6) == ["45022410000100003", "𠀀王五 Ω", "2023", "2", "-15.5", "1E+20"])
        #expect(rows[4].last == "末行")
        // A thousand distinct strings: the shared-string table runs over several CONTINUE records, some strings split.
        let notes = sheets[1].rows
        #expect(notes.count == 1000)
        for i in [0, 1, 333, 500, 999] {
            #expect(notes[i][0] == "第\(i)行说明：防止返贫动态监测第\(i)号字符串内容" && notes[i][1] == "\(i)")
            #expect(notes[i][2] == String(repeating: "english text \(i) ", count: 3).trimmingCharacters(in: .whitespaces)
                    || notes[i][2] == String(repeating: "english text \(i) ", count: 3))
        }
    }

    @Test func aSmallFileComesFromTheMiniStream() throws {
        let sheets = try XLSReader.read(try Self.fixture("small-list.xls"))
        #expect(sheets.first?.rows == [["身份证号码", "姓名"], ["450224198001011234", "赵六"]])
    }

    /// Damaged, truncated or foreign files are errors with a reason, never a crash.
    @Test func damagedFilesAreRefused() throws {
        let good = try Self.fixture("incomes-and-notes.xls")
        #expect(throws: XLSXError.notAWorkbook) { try XLSReader.read(Data("not a workbook at all".utf8)) }
        for cut in [8, 512, 600, 4096, good.count / 2, good.count - 100] {
            #expect(throws: XLSXError.self) { try XLSReader.read(good.prefix(cut)) }
        }
        // Random bytes after a valid header, and a header whose tables point anywhere.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var bytes = [UInt8](good)
            for _ in 0..<40 { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            _ = try? XLSReader.read(Data(bytes))
        }
        var header = [UInt8](good.prefix(512))
        for i in stride(from: 0x4C, to: 512, by: 4) { header[i] = 0xFF; header[i + 1] = 0xFF; header[i + 2] = 0xFF; header[i + 3] = 0x7F }
        #expect(throws: XLSXError.self) { try XLSReader.read(Data(header + [UInt8](good.dropFirst(512)))) }
    }

    /// A sheet spread thin — one cell far right on every row — is refused instead of being built as a vast table.
    @Test func aSheetSpreadThinIsRefused() throws {
        func record(_ type: Int, _ body: [UInt8]) -> [UInt8] {
            [UInt8(type & 0xFF), UInt8(type >> 8), UInt8(body.count & 0xFF), UInt8(body.count >> 8)] + body
        }
        func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        let bof = record(0x0809, u16(0x0600) + u16(0x0005) + [UInt8](repeating: 0, count: 12))
        func workbook(rows: Int, column: Int) -> [UInt8] {
            var sheet = record(0x0809, u16(0x0600) + u16(0x0010) + [UInt8](repeating: 0, count: 12))
            for r in 0..<rows { sheet += record(0x0203, u16(r) + u16(column) + u16(0) + [0, 0, 0, 0, 0, 0, 0xF0, 0x3F]) }
            sheet += record(0x000A, [])
            let name: [UInt8] = [1, 0, 0x41] // "A", one byte per character
            let globalsLength = bof.count + 4 + 6 + name.count + 4
            let globals = bof + record(0x0085, [UInt8(globalsLength & 0xFF), UInt8((globalsLength >> 8) & 0xFF), UInt8(globalsLength >> 16), 0, 0, 0] + name)
                + record(0x000A, [])
            return globals + sheet
        }
        let small = try XLSReader.Workbook(XLSReader.Bytes(workbook(rows: 3, column: 2))).sheets()
        #expect(small.first?.rows == [["", "", "1"], ["", "", "1"], ["", "", "1"]])
        #expect(throws: XLSXError.self) { try XLSReader.Workbook(XLSReader.Bytes(workbook(rows: 30_000, column: 255))).sheets() }
    }
}
