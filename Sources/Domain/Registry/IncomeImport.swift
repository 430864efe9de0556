/// A file of yearly income statements (收入情况批量导入): a row per household and year, as a township's or county's
/// yearly income survey is kept in Excel. Columns are found by their Chinese headers in any order (extra columns, such
/// as the head's name kept for checking, are ignored); each amount column present states that item for the year, an
/// empty cell meaning no such income. Items whose column the file lacks keep what the year's statement already holds.
public enum IncomeImport {
    public static let householdHeaders = ["户编号", "户码", "家庭户编号"]
    public static let yearHeaders = ["收入年度", "年度"]
    public static let sizeHeaders = ["当年家庭人口", "家庭人口", "家庭人口数"]
    /// Optional: who worked in the year, by name ("无" or empty for nobody); without the column, as recorded.
    public static let employedHeaders = ["当年务工就业人员", "务工就业人员", "务工人员"]
    /// The most rows one file may carry (a county's year is split by township above this).
    public static let maxRows = 20_000

    /// The template's header: the household, a name to check by eye, the year and size, then every item.
    public static var templateHeader: [String] {
        [householdHeaders[0], "户主姓名（核对用）", yearHeaders[0], sizeHeaders[0]] + IncomeFields.items.map(\.label) + [employedHeaders[0]]
    }

    public struct Row: Sendable, Equatable {
        /// The row's number as the spreadsheet shows it (the header is row 1).
        public var number: Int
        public var householdCode: String
        /// `IncomeFields` keys → the cell's text, for the columns the file has; an empty amount is "0".
        public var input: [String: String]
        /// The members who worked in the year, by name; nil when the file has no such column.
        public var employedNames: [String]? = nil
    }

    /// The rows of a table whose first non-empty row is the header.
    public static func parse(_ table: [[String]], maxRows: Int = maxRows) throws(ListFileError) -> [Row] {
        let nonEmpty = table.enumerated().filter { !$0.element.allSatisfy { $0.trimmed.isEmpty } }
        guard let headerRow = nonEmpty.first else { throw .empty }
        let header = headerRow.element.map(normalised)
        func column(_ names: [String]) -> Int? { header.firstIndex { names.map(normalised).contains($0) } }
        var fields: [String: Int] = [:]
        fields["year"] = column(yearHeaders + ["year"])
        fields["householdSize"] = column(sizeHeaders + ["householdSize"])
        for spec in IncomeFields.items { fields[spec.key] = column([spec.label, spec.key]) }
        let household = column(householdHeaders + ["householdCode"])
        let employed = column(employedHeaders + ["employedMembers"])
        var missing: [String] = []
        if household == nil { missing.append(householdHeaders[0]) }
        if fields["year"] == nil { missing.append(yearHeaders[0]) }
        if fields["householdSize"] == nil { missing.append(sizeHeaders[0]) }
        if !IncomeFields.items.contains(where: { fields[$0.key] != nil }) { missing.append("至少一项收入或支出（如务工收入）") }
        guard missing.isEmpty, let household else { throw .missingColumns(missing) }
        let data = nonEmpty.dropFirst()
        guard !data.isEmpty else { throw .empty }
        guard data.count <= maxRows else { throw .tooManyRows(data.count, limit: maxRows) }
        return data.map { offset, cells in
            func cell(_ i: Int) -> String { i < cells.count ? cells[i].trimmed : "" }
            var input: [String: String] = [:]
            for (key, i) in fields {
                var text = cell(i)
                let count = key == "year" || key == "householdSize"
                // A spreadsheet's number cell may read "2025.0".
                if count, text.hasSuffix(".0"), text.dropLast(2).allSatisfy(\.isASCIIDigit) { text.removeLast(2) }
                input[key] = text.isEmpty && !count ? "0" : text
            }
            let names = employed.map { i in
                cell(i).split(whereSeparator: { "、,，;；/ ".contains($0) }).map(String.init).filter { $0 != "无" }
            }
            return Row(number: offset + 1, householdCode: cell(household), input: input, employedNames: names)
        }
    }

    /// A header as written, without spaces and a trailing unit ("务工收入（元）" is "务工收入").
    static func normalised(_ header: String) -> String {
        var h = header.filter { !$0.isWhitespace }
        for unit in ["（元）", "(元)", "（人）", "(人)"] where h.hasSuffix(unit) { h.removeLast(unit.count) }
        return h
    }
}
