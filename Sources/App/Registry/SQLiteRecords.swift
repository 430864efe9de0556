import Domain
import NIOPosix
import SQLKit
import VaporCSQLite

/// A read-only connection of its own on the SQLite file, stepping rows through SQLite's C API.
///
/// The data-quality run reads every household and member of a county; through SQLiteNIO each row becomes an array
/// of boxed values looked up by column name, which costs several times the query itself. Here a row is read where
/// SQLite keeps it, column by position. WAL mode lets this connection read committed data beside the server's own.
final class SQLiteFileReader: @unchecked Sendable { // one run's reads, one statement at a time, on the thread pool
    private var handle: OpaquePointer?

    init(path: String) throws {
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        guard sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "open failed"
            sqlite_nio_sqlite3_close(handle)
            throw AppError.internalError("无法读取数据库文件：\(message)")
        }
        sqlite_nio_sqlite3_busy_timeout(handle, 5000)
        // Members are reached through the household index, page by page at random: map the file instead of
        // reading each page with a system call.
        try each("PRAGMA mmap_size = 4294967296", []) { _ in }
    }

    deinit { sqlite_nio_sqlite3_close(handle) }

    /// One row of a statement being stepped; valid only inside the `each` callback.
    struct Row {
        let statement: OpaquePointer

        func isNull(_ i: Int32) -> Bool { sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_NULL }
        func text(_ i: Int32) -> String? {
            guard !isNull(i), let p = sqlite_nio_sqlite3_column_text(statement, i) else { return nil }
            let n = Int(sqlite_nio_sqlite3_column_bytes(statement, i))
            return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        }
        func int(_ i: Int32) -> Int? {
            switch sqlite_nio_sqlite3_column_type(statement, i) {
            case SQLITE_INTEGER: return Int(sqlite_nio_sqlite3_column_int64(statement, i))
            case SQLITE_FLOAT: return Int(sqlite_nio_sqlite3_column_double(statement, i))
            case SQLITE_TEXT: return text(i).flatMap { Int($0) }
            default: return nil
            }
        }
        func required(_ i: Int32) throws -> String {
            guard let s = text(i) else { throw AppError.internalError("数据库第 \(i) 列为空") }
            return s
        }
    }

    /// Runs `sql` with text parameters and hands each row to `body`.
    func each(_ sql: String, _ binds: [String], _ body: (Row) throws -> Void) throws {
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw AppError.internalError("查询准备失败：\(String(cString: sqlite_nio_sqlite3_errmsg(handle)))")
        }
        defer { sqlite_nio_sqlite3_finalize(statement) }
        for (i, value) in binds.enumerated() {
            sqlite_nio_sqlite3_bind_text(statement, Int32(i + 1), value, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        while true {
            switch sqlite_nio_sqlite3_step(statement) {
            case SQLITE_ROW: try body(Row(statement: statement))
            case SQLITE_DONE: return
            default: throw AppError.internalError("查询失败：\(String(cString: sqlite_nio_sqlite3_errmsg(handle)))")
            }
        }
    }
}

/// How to read a table's chosen fields from consecutive columns, worked out once per query: copying a `FieldSpec`
/// per column per row (its choices are arrays) cost more than reading the value.
struct ColumnPlan: Sendable {
    enum Read: Sendable { case int, fixed, bool, date, choice, multi, text }
    let keys: [String]
    let reads: [Read]
    let columns: [String]

    init(_ fields: [FieldSpec]) {
        keys = fields.map(\.key)
        columns = fields.map(\.column)
        reads = fields.map {
            switch $0.kind {
            case .integer: .int
            case .fixed2: .fixed
            case .bool: .bool
            case .date: .date
            case .choice: .choice
            case .multiChoice: .multi
            case .text, .phone, .idNumber, .region: .text
            }
        }
    }

    /// The facts read from the row's columns starting at `first`.
    func facts(from row: SQLiteFileReader.Row, first: Int32) -> Facts {
        var f = Facts()
        f.values.reserveCapacity(keys.count)
        for offset in keys.indices {
            let i = first + Int32(offset)
            guard !row.isNull(i) else { continue }
            let value: FieldValue?
            switch reads[offset] {
            case .int: value = row.int(i).map { .int($0) }
            case .fixed: value = row.int(i).map { .fixed(Fixed2(hundredths: Int64($0))) }
            case .bool: value = row.int(i).map { .bool($0 != 0) }
            case .date: value = row.text(i).flatMap(Day.init).map { .date($0) }
            case .choice: value = row.text(i).map { .choice($0) }
            case .multi: value = row.text(i).flatMap { $0.isEmpty ? nil : .multi($0.split(separator: ",").map(String.init)) }
            case .text: value = row.text(i).map { .text($0) }
            }
            if let value { f.values[keys[offset]] = value }
        }
        return f
    }
}

extension HouseholdRecord {
    /// From a row of `RecordReader.householdBase` followed by the plan's fields.
    init(_ row: SQLiteFileReader.Row, fields: ColumnPlan) throws {
        id = try row.required(0)
        code = try row.required(1)
        countyCode = try row.required(2)
        townshipCode = try row.required(3)
        originTownshipCode = row.text(4)
        headName = row.text(5)
        headMemberID = row.text(6)
        memberCount = row.int(7) ?? 0
        netIncome = row.int(8).map { Fixed2(hundredths: Int64($0)) }
        perCapita = row.int(9).map { Fixed2(hundredths: Int64($0)) }
        version = row.int(10) ?? 0
        createdAt = Int64(row.int(11) ?? 0)
        updatedAt = Int64(row.int(12) ?? 0)
        dissolvedAt = row.int(13).map(Int64.init)
        dissolvedReason = row.text(14)
        facts = fields.facts(from: row, first: 15)
    }
}

extension MemberRecord {
    /// From a row of `RecordReader.memberBase` followed by the plan's fields.
    init(_ row: SQLiteFileReader.Row, fields: ColumnPlan) throws {
        id = try row.required(0)
        householdID = try row.required(1)
        version = row.int(2) ?? 0
        joinedAt = row.text(3)
        joinedEvent = row.text(4)
        removedAt = row.text(5)
        removedEvent = row.text(6)
        facts = fields.facts(from: row, first: 7)
    }
}

enum RecordReader {
    static let householdBase = ["id", "code", "county_code", "township_code", "origin_township_code", "head_name", "head_member_id", "member_count",
                                "net_income", "per_capita_income", "version", "created_at", "updated_at", "dissolved_at", "dissolved_reason"]
    static let memberBase = ["id", "household_id", "version", "joined_at", "joined_event", "removed_at", "removed_event"]

    static func householdSQL(_ fields: ColumnPlan) -> String {
        "SELECT \((householdBase + fields.columns).map { "h.\($0)" }.joined(separator: ", ")) FROM households h WHERE h.township_code = ? AND h.dissolved_at IS NULL"
    }
    static func memberSQL(_ fields: ColumnPlan) -> String {
        """
        SELECT \((memberBase + fields.columns).map { "m.\($0)" }.joined(separator: ", ")) FROM members m JOIN households h ON h.id = m.household_id
        WHERE h.township_code = ? AND h.dissolved_at IS NULL AND m.removed_at IS NULL ORDER BY m.created_at, m.id
        """
    }

    /// The live households of a township and their current members (in the order they joined). With a file
    /// reader, only the fields among `keys` are read (the data-quality run reads what its rules look at); elsewhere
    /// every column through SQLKit, whose generic decoding reads each declared field.
    static func township(_ township: String, keys: Set<String>, file: SQLiteFileReader?, on db: any SQLDatabase) async throws -> ([HouseholdRecord], [MemberRecord]) {
        if let file {
            let householdFields = ColumnPlan(HouseholdFields.table.specs.filter { keys.contains($0.key) })
            let memberFields = ColumnPlan(MemberFields.table.specs.filter { keys.contains($0.key) })
            // Blocking reads belong on the I/O thread pool, not on the cooperative threads the rules run on.
            return try await NIOThreadPool.singleton.runIfActive {
                var hs: [HouseholdRecord] = [], ms: [MemberRecord] = []
                try file.each(householdSQL(householdFields), [township]) { hs.append(try HouseholdRecord($0, fields: householdFields)) }
                try file.each(memberSQL(memberFields), [township]) { ms.append(try MemberRecord($0, fields: memberFields)) }
                return (hs, ms)
            }
        }
        let hs = try await db.raw("SELECT * FROM households WHERE township_code = \(bind: township) AND dissolved_at IS NULL").all().map(HouseholdRecord.init(row:))
        let ms = try await db.raw("""
            SELECT m.* FROM members m JOIN households h ON h.id = m.household_id
            WHERE h.township_code = \(bind: township) AND h.dissolved_at IS NULL AND m.removed_at IS NULL ORDER BY m.created_at, m.id
            """).all().map(MemberRecord.init(row:))
        return (hs, ms)
    }
}
