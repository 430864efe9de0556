import Foundation
import Testing
@testable import XLSX

@Suite struct CSVTests {
    @Test func quotedFieldsCommasAndLineBreaksSurvive() throws {
        let rows = try CSV.parse("身份证号,姓名,备注\r\n450224198001010011,\"王,五\",\"说\"\"明\"\n450224198001010012,李四,\"两\n行\"\n")
        #expect(rows == [["身份证号", "姓名", "备注"], ["450224198001010011", "王,五", "说\"明"], ["450224198001010012", "李四", "两\n行"]])
        #expect(throws: CSV.CSVError.self) { try CSV.parse("a,\"b\n") }
    }

    @Test func gbkAndUTF8AreBothRead() throws {
        let text = "身份证号,姓名\n450224198001010011,覃美兰\n"
        let gbk = try #require(CSV.encodeGB18030(text))
        #expect(gbk != Data(text.utf8))
        let (decoded, encoding) = try CSV.decode(gbk)
        #expect(decoded == text && encoding == .gb18030)
        let (utf8, e2) = try CSV.decode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(utf8 == text && e2 == .utf8)
    }

    @Test func writtenFilesReadBack() throws {
        let rows = [["a", "b,c"], ["\"q\"", "第二行\n换行"]]
        let (text, _) = try CSV.decode(CSV.write(rows))
        #expect(try CSV.parse(text) == rows)
    }
}
