/// 台账导入: a registry file as the national system exports it or a county keeps it in Excel, read into households and
/// members before anything is checked against the database. Two layouts: one sheet with a row per member and the
/// household's columns repeated (the common export), or a households sheet and a members sheet joined by 户编号 (this
/// system's own export). Columns are found by their Chinese headers — the collection form's names, or a variant a
/// setting lists (证件号码, 公民身份号码 for 身份证号码) — in any order; other columns and sheets are ignored.
public enum RegistryImport {
    /// The header names each field is also known by (the collection form's own name always counts). A setting.
    public struct Headers: Sendable, Equatable {
        public var householdKey = ["户编号", "户码", "家庭户编号"]
        public var personKey = ["人编号", "成员编号", "个人编号"]
        public var variants: [String: [String]] = [
            "idNumber": ["证件号码", "身份证号", "公民身份号码", "身份证件号码", "身份证"],
            "name": ["成员姓名", "人员姓名"],
            "relation": ["与户主的关系", "家庭关系"],
            "villageCode": ["行政村代码", "村代码", "所在村代码", "行政区划代码", "村（社区）代码"],
            "groupName": ["组名", "村民小组名称"],
            "address": ["住址", "家庭地址"],
            "category": ["户类别", "农户类型"],
            "liftedYear": ["脱贫年份", "脱贫时间"],
            "health": ["健康状态"],
            "labour": ["劳动技能（劳动能力）", "劳动能力"],
        ]
        /// 帮扶责任人 sheet: a column's names by the helper's field (`WorkflowFields.helper`, plus the start date).
        public var helper: [String: [String]] = [
            "name": ["帮扶责任人姓名", "帮扶责任人", "帮扶人姓名", "帮扶干部姓名"],
            "unit": ["工作单位", "帮扶单位", "帮扶责任人单位"],
            "phone": ["联系电话", "帮扶责任人联系电话", "帮扶人电话"],
            "assignedOn": ["开始帮扶日期", "结对日期", "帮扶开始日期"],
        ]
        /// 帮扶措施 sheet: a column's names by the measure's field (`WorkflowFields.measure`).
        public var measure: [String: [String]] = [
            "type": ["帮扶措施", "措施类型", "措施名称"],
            "riskTypes": ["针对的风险", "针对风险", "风险类型"],
            "startOn": ["开始日期", "措施开始日期"],
            "endOn": ["结束日期", "措施结束日期"],
            "amount": ["金额（元）", "金额", "资金（元）"],
            "unit": ["责任单位", "实施单位"],
            "state": ["状态", "实施状态"],
            "note": ["备注", "说明"],
        ]
        public init() {}

        /// The household key's column as messages name it.
        public var keyName: String { householdKey.first ?? "户编号" }

        /// Every name a field's column may carry, the preferred first: its label, then the variants — except for a
        /// region, whose code columns come before the label (a file may carry the village's name under the label).
        func names(_ spec: FieldSpec) -> [String] {
            if case .region = spec.kind { return (variants[spec.key] ?? []) + [spec.label] }
            return [spec.label] + (variants[spec.key] ?? [])
        }
    }

    /// One sheet of the file: its name and its rows that hold anything, each kept as one string (its cells joined by
    /// U+001F), so a county's 350,000 rows of 60 columns take a fraction of the memory separate cells would.
    public struct Sheet: Sendable {
        public var name: String
        /// (row number as the spreadsheet shows it, the row's cells packed).
        var packed: [(row: Int, cells: String)] = []

        public init(name: String, rows: [[String]] = []) {
            self.name = name
            for (i, cells) in rows.enumerated() { append(row: i + 1, cells: cells) }
        }

        /// Adds a row as it is read (row numbers as the spreadsheet shows them); a blank row is left out.
        public mutating func append(row: Int, cells: [String]) {
            // A visible ASCII character settles it at once; only a cell without one is trimmed to see.
            guard cells.contains(where: { c in c.utf8.contains { $0 > 0x20 && $0 < 0x7F } || !c.trimmed.isEmpty }) else { return }
            packed.append((row, Packed.pack(cells)))
        }

        public var rowCount: Int { packed.count }
    }

    /// A row's cells as one string.
    enum Packed {
        static let separator: Character = "\u{1F}"
        static func pack(_ cells: [String]) -> String {
            var out = ""
            out.reserveCapacity(cells.reduce(cells.count) { $0 + $1.utf8.count })
            for (i, cell) in cells.enumerated() {
                if i > 0 { out.append(separator) }
                out += cell.utf8.contains(0x1F) ? cell.replacingOccurrences(of: String(separator), with: " ") : cell
            }
            return out
        }
        /// One cell of a packed row, without splitting out the others ("" past the row's last cell).
        static func cell(_ text: String, _ index: Int) -> String {
            guard index >= 0 else { return "" }
            let cells = text.utf8.split(separator: 0x1F, maxSplits: index, omittingEmptySubsequences: false)
            return index < cells.count ? String(decoding: cells[index].prefix { $0 != 0x1F }, as: UTF8.self) : ""
        }
        /// Split on the separator's byte (a character-by-character split would walk grapheme clusters).
        static func unpack(_ text: String) -> [String] {
            text.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Where a household's or member's fields come from: their sheet's columns for a table of fields.
    final class Columns: Sendable {
        let columns: [String: Int]
        let table: FieldTable
        init(_ columns: [String: Int], table: FieldTable) { self.columns = columns; self.table = table }

        /// The row's fields as the parser reads them: dates as YYYY-MM-DD whatever the file wrote, whole numbers a
        /// spreadsheet shows as "2025.0" without the fraction.
        func input(_ cells: [String]) -> [String: String] {
            var out: [String: String] = [:]
            for key in columns.keys { out[key] = field(key, cells) }
            return out
        }

        func field(_ key: String, _ cells: [String]) -> String? {
            guard let i = columns[key], let spec = table[key] else { return nil }
            return Self.normalised(i < cells.count ? cells[i] : "", spec)
        }

        /// One field of a packed row, the other cells left packed.
        func field(_ key: String, packed: String) -> String? {
            guard let i = columns[key], let spec = table[key] else { return nil }
            return Self.normalised(Packed.cell(packed, i), spec)
        }

        private static func normalised(_ cell: String, _ spec: FieldSpec) -> String {
            var t = cell.trimmed
            switch spec.kind {
            case .date: if !t.isEmpty, let d = RegistryImport.date(t) { t = d.description }
            case .integer, .region:
                if t.hasSuffix(".0"), t.dropLast(2).allSatisfy(\.isASCIIDigit) { t.removeLast(2) }
            default: break
            }
            return t
        }
    }

    public enum Layout: String, Sendable { case oneSheet, householdsAndMembers }

    /// A household of the file: its external key (户编号), the row it was first read from, and its fields as text —
    /// read from the row when asked for, so the file's households do not sit in memory as dictionaries.
    public struct Household: Sendable, Equatable {
        public var key: String
        public var sheet: String
        public var row: Int
        let columns: Columns
        let cells: String
        /// Values taken from the household's later rows where its first row left the cell empty (a merged cell).
        var filled: [String: String] = [:]

        /// `HouseholdFields` keys → the cell's text (normalised: dates as YYYY-MM-DD, whole numbers without ".0").
        public var input: [String: String] { columns.input(Packed.unpack(cells)).merging(filled) { _, later in later } }
        /// One field's text, without reading the others.
        public func field(_ key: String) -> String? { filled[key] ?? columns.field(key, packed: cells) }

        public static func == (a: Household, b: Household) -> Bool { a.key == b.key && a.sheet == b.sheet && a.row == b.row && a.input == b.input }
    }

    /// A member of the file, with the household's key and its own (人编号), when the file has one.
    public struct Member: Sendable, Equatable {
        public var householdKey: String
        public var personKey: String?
        public var sheet: String
        public var row: Int
        let columns: Columns
        let cells: String

        public var input: [String: String] { columns.input(Packed.unpack(cells)) }
        /// The ID number as written (trimmed), without reading the other fields.
        public var idNumber: String { columns.field("idNumber", packed: cells) ?? "" }

        public static func == (a: Member, b: Member) -> Bool {
            a.householdKey == b.householdKey && a.personKey == b.personKey && a.sheet == b.sheet && a.row == b.row && a.input == b.input
        }
    }

    /// Something wrong with a row, named as an officer finds it in the file.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var sheet: String
        public var row: Int
        public var householdKey: String
        /// The column's name, when one cell is wrong.
        public var column: String?
        public var message: String
        public var description: String { "\(sheet)第\(row)行" + (column.map { "“\($0)”" } ?? "") + "：\(message)" }
    }

    /// A row of the helpers' or measures' sheet: its household's key and its fields as text by key (dates as
    /// YYYY-MM-DD whatever the file wrote). Few enough (a helper or two, a few measures a monitored household) to keep
    /// as they are.
    public struct Extra: Sendable, Equatable {
        public var householdKey: String
        public var sheet: String
        public var row: Int
        public var input: [String: String]
    }

    public struct Parsed: Sendable {
        public var layout: Layout
        public var households: [Household]
        public var members: [Member]
        public var problems: [Problem]
        /// The 帮扶责任人 and 帮扶措施 sheets' rows, when the file has them.
        public var helpers: [Extra] = []
        public var measures: [Extra] = []
    }

    /// The most member rows one file may carry (a province is imported county by county).
    public static let maxRows = 400_000

    /// Reads the file's sheets. Throws when no sheet has the columns a registry needs (naming what is missing).
    public static func parse(_ sheets: [Sheet], headers: Headers = Headers(), maxRows: Int = maxRows) throws(ListFileError) -> Parsed {
        let read = sheets.compactMap { Table(sheet: $0, headers: headers) }
        // The members' sheet: the one with the key, a name and an ID number.
        guard let members = read.first(where: { $0.householdKey != nil && $0.member["idNumber"] != nil && $0.member["name"] != nil }) else {
            let best = read.max { $0.member.count + $0.household.count < $1.member.count + $1.household.count }
            var missing: [String] = []
            if best?.householdKey == nil { missing.append(headers.keyName) }
            for key in ["name", "idNumber", "relation"] where best?.member[key] == nil {
                if let spec = MemberFields.table[key] { missing.append(spec.label) }
            }
            throw .missingColumns(missing.isEmpty ? ["户编号", "姓名", "身份证号码", "与户主关系"] : missing)
        }
        // Households from their own sheet when there is one, else from the members' rows.
        let ownSheet = read.first { $0 !== members && $0.householdKey != nil && $0.household["villageCode"] != nil && $0.member["idNumber"] == nil }
        let householdTable = ownSheet ?? members
        var missing: [String] = []
        if householdTable.household["villageCode"] == nil, let spec = HouseholdFields.table["villageCode"] { missing.append(spec.label + "（12位代码）") }
        if members.member["relation"] == nil, let spec = MemberFields.table["relation"] { missing.append(spec.label) }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        guard members.data.count <= maxRows else { throw .tooManyRows(members.data.count, limit: maxRows) }
        let householdColumns = Columns(householdTable.household, table: HouseholdFields.table)
        let memberColumns = Columns(members.member, table: MemberFields.table)
        guard !members.data.isEmpty else { throw .empty }

        var problems: [Problem] = []
        var households: [Household] = []
        var index: [String: Int] = [:]
        /// A merged 户编号 cell reads as empty below its first row: on the members' sheet, an empty key is the row
        /// above's household.
        var keys: [Int: String] = [:]
        var previous = ""
        for (row, packed) in members.data {
            let key = members.text(packed: packed, members.householdKey)
            if !key.isEmpty { previous = key }
            keys[row] = key.isEmpty ? previous : key
        }
        /// The household the last repeated row belonged to, with its fields as its earlier rows gave them (the rows of
        /// a household usually follow each other: its first row is read once, not again for every member).
        var last: (index: Int, input: [String: String])?
        for (row, packed) in householdTable.data {
            let key = ownSheet == nil ? (keys[row] ?? "") : householdTable.text(packed: packed, householdTable.householdKey)
            guard !key.isEmpty else {
                if ownSheet != nil { problems.append(Problem(sheet: householdTable.name, row: row, householdKey: "", column: headers.keyName, message: "户编号为空")) }
                continue
            }
            guard let i = index[key] else {
                index[key] = households.count
                households.append(Household(key: key, sheet: householdTable.name, row: row, columns: householdColumns, cells: packed))
                continue
            }
            // The same household again: on its own sheet a duplicate; on the members' sheet its columns must agree
            // (an empty cell — a merged one — takes the value above).
            if ownSheet != nil {
                problems.append(Problem(sheet: householdTable.name, row: row, householdKey: key, column: headers.keyName,
                                        message: "户编号与第\(households[i].row)行重复"))
                continue
            }
            let input = householdColumns.input(Packed.unpack(packed))
            if last?.index != i { last = (i, households[i].input) }
            let earlier = last?.input ?? [:]
            for field in input.keys.sorted() {
                guard let value = input[field], !value.isEmpty else { continue }
                let first = earlier[field] ?? ""
                if first.isEmpty {
                    households[i].filled[field] = value
                    last?.input[field] = value
                } else if first != value {
                    let label = HouseholdFields.table[field]?.label ?? field
                    problems.append(Problem(sheet: householdTable.name, row: row, householdKey: key, column: label,
                                            message: "同一户的“\(label)”与第\(households[i].row)行不一致（\(first)／\(value)）"))
                }
            }
        }

        var out: [Member] = []
        var people: [String: (household: String, row: Int)] = [:]
        var counted: [String: Int] = [:]
        for (row, packed) in members.data {
            let key = keys[row] ?? ""
            guard !key.isEmpty else {
                problems.append(Problem(sheet: members.name, row: row, householdKey: "", column: headers.keyName, message: "户编号为空"))
                continue
            }
            if index[key] == nil {
                problems.append(Problem(sheet: members.name, row: row, householdKey: key, column: headers.keyName,
                                        message: "户编号在“\(householdTable.name)”中没有对应的户"))
                continue
            }
            // A person in two households of the file: the national system allows one live registration per person.
            let id = IDNumber.normalised(memberColumns.field("idNumber", packed: packed) ?? "").uppercased()
            // A masked number (a township's survey form read back) is matched within its household by the registry.
            if !id.isEmpty && !id.contains("*") {
                if let first = people[id], first.household != key {
                    problems.append(Problem(sheet: members.name, row: row, householdKey: key, column: MemberFields.table["idNumber"]?.label,
                                            message: "同一身份证号码在第\(first.row)行（户编号\(first.household)）已登记，一人只能在一户"))
                    continue
                } else if let first = people[id] {
                    problems.append(Problem(sheet: members.name, row: row, householdKey: key, column: MemberFields.table["idNumber"]?.label,
                                            message: "与第\(first.row)行是同一人（身份证号码重复）"))
                    continue
                }
                people[id] = (key, row)
            }
            let person = members.personKey.map { members.text(packed: packed, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            counted[key, default: 0] += 1
            out.append(Member(householdKey: key, personKey: person, sheet: members.name, row: row, columns: memberColumns, cells: packed))
        }
        for h in households where counted[h.key] == nil {
            problems.append(Problem(sheet: h.sheet, row: h.row, householdKey: h.key, column: nil, message: "该户在“\(members.name)”中没有成员"))
        }
        // The optional sheets: helpers (a key and a helper's name) and measures (a key and a measure), each row joined
        // to a household of the file by its key.
        func extras(_ names: [String: [String]], marker: String) -> [Extra] {
            guard let sheet = sheets.first(where: { s in s.name != members.name && s.name != householdTable.name && Table.columns(of: s, [marker: names[marker] ?? []], key: headers.householdKey) != nil }),
                  let (key, columns) = Table.columns(of: sheet, names, key: headers.householdKey) else { return [] }
            var out: [Extra] = []
            for (row, packed) in sheet.packed.dropFirst() {
                let cells = Packed.unpack(packed)
                let householdKey = key < cells.count ? cells[key].trimmed : ""
                guard !householdKey.isEmpty else {
                    problems.append(Problem(sheet: sheet.name, row: row, householdKey: "", column: headers.keyName, message: "户编号为空"))
                    continue
                }
                guard index[householdKey] != nil else {
                    problems.append(Problem(sheet: sheet.name, row: row, householdKey: householdKey, column: headers.keyName,
                                            message: "户编号在“\(householdTable.name)”中没有对应的户"))
                    continue
                }
                var input: [String: String] = [:]
                for (field, i) in columns {
                    var t = i < cells.count ? cells[i].trimmed : ""
                    if ["assignedOn", "startOn", "endOn"].contains(field), !t.isEmpty, let d = RegistryImport.date(t) { t = d.description }
                    input[field] = t
                }
                out.append(Extra(householdKey: householdKey, sheet: sheet.name, row: row, input: input))
            }
            return out
        }
        let helpers = extras(headers.helper, marker: "name")
        let measures = extras(headers.measure, marker: "type")
        return Parsed(layout: ownSheet == nil ? .oneSheet : .householdsAndMembers, households: households, members: out,
                      problems: problems.sorted { ($0.sheet, $0.row) < ($1.sheet, $1.row) }, helpers: helpers, measures: measures)
    }

    /// A sheet with its columns found.
    private final class Table {
        let name: String
        /// (row number as the spreadsheet shows it, packed cells) of the rows after the header, blank rows left out.
        let data: ArraySlice<(row: Int, cells: String)>
        let householdKey: Int?
        let personKey: Int?
        let household: [String: Int]
        let member: [String: Int]

        init?(sheet: Sheet, headers: Headers) {
            guard let first = sheet.packed.first else { return nil }
            let header = Packed.unpack(first.cells).map(RegistryImport.normalised)
            /// The first name, in order of preference, that a header carries.
            func column(_ names: [String]) -> Int? {
                for name in names.map(RegistryImport.normalised) { if let i = header.firstIndex(of: name) { return i } }
                return nil
            }
            name = sheet.name
            householdKey = column(headers.householdKey)
            personKey = column(headers.personKey)
            var h: [String: Int] = [:], m: [String: Int] = [:]
            for spec in HouseholdFields.table.specs { if let i = column(headers.names(spec)) { h[spec.key] = i } }
            for spec in MemberFields.table.specs { if let i = column(headers.names(spec)) { m[spec.key] = i } }
            // A column both tables name (联系电话 of a member, 户联系电话 of a household) is the member's on a members' row.
            household = h; member = m
            data = sheet.packed.dropFirst()
            guard householdKey != nil || !h.isEmpty || !m.isEmpty else { return nil }
        }

        /// A sheet's household-key column and, for each field of `names`, its column (the first name, in order of
        /// preference, that a header carries); nil without a key column or any field.
        static func columns(of sheet: Sheet, _ names: [String: [String]], key: [String]) -> (key: Int, columns: [String: Int])? {
            guard let first = sheet.packed.first else { return nil }
            let header = Packed.unpack(first.cells).map(RegistryImport.normalised)
            func column(_ names: [String]) -> Int? {
                for name in names.map(RegistryImport.normalised) { if let i = header.firstIndex(of: name) { return i } }
                return nil
            }
            guard let k = column(key) else { return nil }
            var out: [String: Int] = [:]
            for (field, list) in names { if let i = column(list) { out[field] = i } }
            return out.isEmpty ? nil : (k, out)
        }

        /// One cell of a packed row, trimmed.
        func text(packed: String, _ i: Int?) -> String {
            guard let i else { return "" }
            return Packed.cell(packed, i).trimmed
        }

    }

    /// A date as files write it (`ListParser.date`), and any Excel date serial — a birth date of the 1930s is a
    /// serial of five digits or fewer too.
    static func date(_ text: String) -> Day? {
        if let serial = Double(text), serial >= 1, serial < 80_000, text.split(separator: ".").first.map({ $0.count <= 5 }) ?? false {
            return Day(daysSinceEpoch: -25_569).adding(days: Int(serial))
        }
        return ListParser.date(text)
    }

    /// A header as written, without spaces, a trailing unit or a required-field star.
    static func normalised(_ header: String) -> String {
        var h = header.filter { !$0.isWhitespace && $0 != "*" && $0 != "＊" }
        for unit in ["（元）", "(元)", "（人）", "(人)", "（亩）", "(亩)", "（㎡）", "(㎡)", "（平方米）", "(平方米)"] where h.hasSuffix(unit) { h.removeLast(unit.count) }
        return h
    }
}
