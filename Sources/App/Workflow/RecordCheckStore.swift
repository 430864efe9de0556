import Domain
import Fluent
import SQLKit

/// Reads the snapshot `RecordCheck` judges: households, cases, live members, open findings and the version
/// history, for one county or the whole database.
enum RecordCheckStore {
    /// With `file` (the data-quality run's own reader on the SQLite file) the rows are read column by position through
    /// SQLite's C API — the county's members and version history are most of a second each through SQLKit's decoding.
    static func snapshot(county: String? = nil, file: SQLiteFileReader? = nil, on db: any Database) async throws -> RecordCheck.Snapshot {
        let source = Rows(sql: try db.sql(), file: file, county: county)
        var s = RecordCheck.Snapshot()
        try await source.each("SELECT id, code, monitoring_category, monitored_since, eliminated_on, dissolved_at, version FROM households WHERE %county") { r in
            s.households.append(RecordCheck.Household(id: try r.required(0), code: try r.required(1), monitoringCategory: r.text(2),
                                                      monitoredSince: r.text(3).flatMap(Day.init), eliminatedOn: r.text(4).flatMap(Day.init),
                                                      dissolved: !r.isNull(5), version: r.int(6) ?? 0))
        }
        try await source.each("""
            SELECT id, household_id, state, opened_on, response_done, decision_done, enrolled_on, eliminated_on, version FROM cases WHERE %county
            """) { r in
            guard let openedOn = Day(try r.required(3)) else { throw AppError.internalError("监测事项\(try r.required(0))的登记日期不是日期") }
            s.cases.append(RecordCheck.Case(id: try r.required(0), householdID: r.text(1), state: CaseState(rawValue: try r.required(2)) ?? .clue,
                                            openedOn: openedOn, responseDone: r.text(4).flatMap(Day.init),
                                            decisionDone: r.text(5).flatMap(Day.init), enrolledOn: r.text(6).flatMap(Day.init),
                                            eliminatedOn: r.text(7).flatMap(Day.init), version: r.int(8) ?? 0))
        }
        try await source.each("SELECT id, household_id, name, id_number, version FROM members WHERE removed_at IS NULL AND %county") { r in
            s.members.append(RecordCheck.Member(id: try r.required(0), householdID: try r.required(1), name: r.text(2) ?? "",
                                                idNumber: r.text(3) ?? "", version: r.int(4) ?? 0))
        }
        try await source.each("SELECT id, household_id, rule FROM quality_findings WHERE state = 'open' AND %county") { r in
            s.openFindings.append(RecordCheck.Finding(id: try r.required(0), householdID: try r.required(1), rule: try r.required(2)))
        }
        try await source.each("SELECT household_id, member_id, entity, version FROM changes WHERE household_id IN (SELECT id FROM households WHERE %county)") { r in
            let version = r.int(3) ?? 0
            if r.text(2) == "member", let member = r.text(1) {
                s.memberVersions[member, default: []].append(version)
            } else {
                s.householdVersions[try r.required(0), default: []].append(version)
            }
        }
        try await source.each("SELECT case_id, seq FROM case_events WHERE %county") { r in
            s.caseEvents[try r.required(0), default: []].append(r.int(1) ?? 0)
        }
        return s
    }

    /// A query's rows by column position, from the file reader when there is one, else through SQLKit. `%county` in the
    /// query stands for "the row's county is the one asked for" (every row when none is).
    private struct Rows {
        let sql: any SQLDatabase
        let file: SQLiteFileReader?
        let county: String?

        func each(_ query: String, _ body: (any PositionalRow) throws -> Void) async throws {
            let parts = query.components(separatedBy: "%county")
            if let file {
                let text = parts.joined(separator: county == nil ? "1 = 1" : "county_code = ?")
                try file.each(text, Array(repeating: county ?? "", count: county == nil ? 0 : parts.count - 1)) { try body($0) }
                return
            }
            var statement = SQLQueryString(parts[0])
            for part in parts.dropFirst() {
                statement = statement + (county.map { SQLQueryString("county_code = \(bind: $0)") } ?? "1 = 1") + SQLQueryString(part)
            }
            for row in try await sql.raw(statement).all() { try body(SQLKitRow(row: row)) }
        }
    }
}

/// A row whose columns are read by position (the order of the SELECT list).
protocol PositionalRow {
    func isNull(_ i: Int32) -> Bool
    func text(_ i: Int32) -> String?
    func int(_ i: Int32) -> Int?
}

extension PositionalRow {
    func required(_ i: Int32) throws -> String {
        guard let s = text(i) else { throw AppError.internalError("数据库第 \(i) 列为空") }
        return s
    }
}

extension SQLiteFileReader.Row: PositionalRow {}

/// A SQLKit row read by position.
struct SQLKitRow: PositionalRow {
    let row: any SQLRow
    /// The row's column names, read once (a driver may build the list on every call).
    private let columns: [String]

    init(row: any SQLRow) {
        self.row = row
        columns = row.allColumns
    }

    private func column(_ i: Int32) -> String? { Int(i) < columns.count ? columns[Int(i)] : nil }
    func isNull(_ i: Int32) -> Bool { column(i).map { (try? row.decodeNil(column: $0)) ?? true } ?? true }
    func text(_ i: Int32) -> String? {
        guard let c = column(i) else { return nil }
        if let s = try? row.decode(column: c, as: String?.self) { return s }
        return (try? row.decode(column: c, as: Int64?.self))?.map(String.init)
    }
    func int(_ i: Int32) -> Int? {
        guard let c = column(i) else { return nil }
        if let n = try? row.decode(column: c, as: Int?.self) { return n }
        return (try? row.decode(column: c, as: String?.self))?.flatMap { Int($0) }
    }
}
