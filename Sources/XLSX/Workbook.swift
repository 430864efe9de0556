import Foundation

/// One cell of a sheet. Text stays text in Excel (ID numbers never turn into 4.5E+17).
public enum Cell: Sendable, Equatable {
    case text(String)
    /// A number written exactly as given (for example money "1234.50"), so no binary rounding enters the file.
    case number(String)
    /// A calendar date "YYYY-MM-DD", stored as Excel's day number and shown as a date.
    case date(String)
    case empty

    public static func integer(_ n: Int) -> Cell { .number(String(n)) }

    /// The cell's text as a reader sees it.
    public var text: String {
        switch self {
        case .text(let s), .number(let s), .date(let s): return s
        case .empty: return ""
        }
    }
}

/// A worksheet: an optional title and subtitle row, an optional row of group headers merged over their columns,
/// a header row (bold; everything down to it frozen) and data rows.
public struct Sheet: Sendable, Equatable {
    public var name: String
    public var header: [String]
    public var rows: [[Cell]]
    /// Column widths in characters; computed from the contents when nil.
    public var widths: [Double]?
    /// A title over the table, merged across its columns.
    public var title: String?
    /// A line under the title (region, period, who exported it and when).
    public var subtitle: String?
    /// Per column, the group header above it: equal neighbours are merged into one cell; a column without a group
    /// has its header merged down over both rows.
    public var groups: [String?]?

    public init(name: String, header: [String], rows: [[Cell]], widths: [Double]? = nil, title: String? = nil, subtitle: String? = nil,
                groups: [String?]? = nil) {
        self.name = name
        self.header = header
        self.rows = rows
        self.widths = widths
        self.title = title
        self.subtitle = subtitle
        self.groups = groups
    }
}

public enum XLSXError: Error, Equatable, CustomStringConvertible {
    case notAWorkbook
    case missingPart(String)
    case malformed(String)
    case badSheetName(String)

    public var description: String {
        switch self {
        case .notAWorkbook: return "文件不是有效的Excel工作簿（.xlsx 或 .xls）"
        case .missingPart(let p): return "Excel文件缺少部件：\(p)"
        case .malformed(let p): return "Excel文件内容无法解析：\(p)"
        case .badSheetName(let n): return "工作表名称无效：\(n)（1至31个字符，不能含 : \\ / ? * [ ]）"
        }
    }
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
public enum ColumnName {
    public static func letters(_ index: Int) -> String {
        var n = index + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// "AB12" → column index 27; nil when the reference has no letters.
    public static func index(ofReference ref: String) -> Int? {
        Array(ref.utf8).withUnsafeBufferPointer { Bytes.column($0, 0..<$0.count) }
    }
}
