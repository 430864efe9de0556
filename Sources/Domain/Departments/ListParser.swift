/// Checks a department list: the header names the columns, every row is validated (ID number, dates, amounts,
/// choices), and rows repeated within the file are named. Pure: the App matches the valid rows to the registry.
public struct ParsedList: Sendable {
    public struct Row: Sendable {
        public enum Status: Sendable, Equatable {
            case valid
            case invalid(String)
            case duplicate(ofRow: Int)
        }
        /// The row's number as the spreadsheet shows it (the header is row 1).
        public var number: Int
        /// Normalised values by column key (ID numbers upper-case, dates as YYYY-MM-DD, amounts as yuan.fen).
        public var values: [String: String]
        public var status: Status
    }
    public var rows: [Row]
    public var valid: [Row] { rows.filter { $0.status == .valid } }
}

public enum ListFileError: Error, Equatable, CustomStringConvertible {
    case empty
    case missingColumns([String])
    case tooManyRows(Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: return "文件没有数据行：第1行应为表头，从第2行起为数据"
        case .missingColumns(let c): return "文件缺少必需的列：" + c.joined(separator: "、") + "（请使用下载的模板，表头文字须一致）"
        case .tooManyRows(let n, let limit): return "文件有\(n)行，超过单次导入上限\(limit)行，请分批导入"
        }
    }
}

public enum ListParser {
    public static func parse(_ table: [[String]], as type: DepartmentListType, today: Day, maxRows: Int = 500_000) throws -> ParsedList {
        let nonEmpty = table.enumerated().filter { !$0.element.allSatisfy { $0.trimmed.isEmpty } }
        guard let headerRow = nonEmpty.first else { throw ListFileError.empty }
        let header = headerRow.element.map(\.trimmed)
        var index: [String: Int] = [:]
        for c in type.columns {
            if let i = header.firstIndex(where: { $0 == c.header || $0 == c.key || $0.replacingOccurrences(of: " ", with: "") == c.header }) { index[c.key] = i }
        }
        let missing = type.columns.filter { $0.required && index[$0.key] == nil }.map(\.header)
        guard missing.isEmpty else { throw ListFileError.missingColumns(missing) }
        let data = nonEmpty.dropFirst()
        guard !data.isEmpty else { throw ListFileError.empty }
        guard data.count <= maxRows else { throw ListFileError.tooManyRows(data.count, limit: maxRows) }
        var rows: [ParsedList.Row] = []
        rows.reserveCapacity(data.count)
        var seen: [String: Int] = [:]
        for (offset, cells) in data {
            let number = offset + 1
            var values: [String: String] = [:]
            var problems: [String] = []
            for c in type.columns {
                let raw = index[c.key].flatMap { $0 < cells.count ? cells[$0] : nil }?.trimmed ?? ""
                if raw.isEmpty {
                    if c.required { problems.append("\(c.header)为空") }
                    continue
                }
                switch normalise(raw, c, today: today) {
                case .success(let v): values[c.key] = v
                case .failure(let message): problems.append(message)
                }
            }
            let status: ParsedList.Row.Status
            if !problems.isEmpty {
                status = .invalid(problems.joined(separator: "；"))
            } else {
                let key = type.columns.map { values[$0.key] ?? "" }.joined(separator: "\u{1F}")
                if let first = seen[key] { status = .duplicate(ofRow: first) } else { seen[key] = number; status = .valid }
            }
            rows.append(ParsedList.Row(number: number, values: values, status: status))
        }
        return ParsedList(rows: rows)
    }

    enum Normalised { case success(String), failure(String) }

    static func normalise(_ raw: String, _ c: ListColumn, today: Day) -> Normalised {
        switch c.kind {
        case .idNumber:
            switch IDNumber.parse(raw, today: today) {
            case .success(let id): return .success(id.value)
            case .failure(let p): return .failure(p.message)
            }
        case .text(let max):
            return raw.count <= max ? .success(raw) : .failure("\(c.header)超过\(max)个字")
        case .date:
            guard let d = date(raw) else { return .failure("\(c.header)“\(raw)”不是有效日期（如 2026-11-20）") }
            guard d <= today else { return .failure("\(c.header)\(d)晚于今天") }
            return .success(d.description)
        case .amount:
            let t = raw.contains(",") || raw.contains("，") ? raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "") : raw
            guard let v = Fixed2(t), !v.isNegative else { return .failure("\(c.header)“\(raw)”应为不小于0的金额，最多两位小数") }
            return .success(v.description)
        case .integer:
            guard let n = Int(raw) ?? Double(raw).flatMap({ $0 == $0.rounded() ? Int($0) : nil }) else { return .failure("\(c.header)“\(raw)”应为整数") }
            return .success(String(n))
        case .choice(let options):
            return options.contains(raw) ? .success(raw) : .failure("\(c.header)“\(raw)”应为：" + options.joined(separator: "、"))
        }
    }

    /// 2026-11-20, 2026/11/20, 2026.11.20, 20261120, 2026年11月20日, or an Excel date serial (days since 1899-12-30).
    public static func date(_ raw: String) -> Day? {
        let t = raw.trimmed
        if let d = Day(t) { return d }
        if let serial = Double(t), serial > 20_000, serial < 80_000 {
            return Day(daysSinceEpoch: -25_569).adding(days: Int(serial))
        }
        let parts = t.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-").replacingOccurrences(of: "日", with: "")
            .replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-").split(separator: "-")
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) { return Day(year: y, month: m, day: d) }
        if t.count == 8, let y = Int(t.prefix(4)), let m = Int(t.dropFirst(4).prefix(2)), let d = Int(t.suffix(2)) { return Day(year: y, month: m, day: d) }
        return nil
    }
}
