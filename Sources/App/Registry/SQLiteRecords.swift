import Domain
import SQLiteKit
import SQLKit

/// Records read straight from SQLite rows, without `Codable` per column: the data-quality run reads every
/// household and member of a county, and SQLKit's generic decoding costs more than the query itself.
extension SQLiteData {
    var text: String? { if case .text(let s) = self { return s }; return nil }
    var int: Int? {
        switch self {
        case .integer(let n): return n
        case .float(let d): return Int(d)
        case .text(let s): return Int(s)
        default: return nil
        }
    }
}

extension SQLiteRow {
    func text(_ c: String) -> String? { column(c)?.text }
    func int(_ c: String) -> Int? { column(c)?.int }
    func required(_ c: String) throws -> String {
        guard let s = text(c) else { throw DecodingError.valueNotFound(String.self, .init(codingPath: [], debugDescription: "column \(c)")) }
        return s
    }
}

extension FieldTable {
    func facts(from row: SQLiteRow) -> Facts {
        var f = Facts()
        f.values.reserveCapacity(specs.count)
        for spec in specs {
            guard let data = row.column(spec.column), data != .null else { continue }
            switch spec.kind {
            case .integer: if let n = data.int { f[spec.key] = .int(n) }
            case .fixed2: if let n = data.int { f[spec.key] = .fixed(Fixed2(hundredths: Int64(n))) }
            case .bool: if let n = data.int { f[spec.key] = .bool(n != 0) }
            case .date: if let s = data.text, let d = Day(s) { f[spec.key] = .date(d) }
            case .choice: if let s = data.text { f[spec.key] = .choice(s) }
            case .multiChoice: if let s = data.text, !s.isEmpty { f[spec.key] = .multi(s.split(separator: ",").map(String.init)) }
            case .text, .phone, .idNumber, .region: if let s = data.text { f[spec.key] = .text(s) }
            }
        }
        return f
    }
}

extension HouseholdRecord {
    init(sqlite row: SQLiteRow) throws {
        id = try row.required("id")
        code = try row.required("code")
        countyCode = try row.required("county_code")
        townshipCode = try row.required("township_code")
        originTownshipCode = row.text("origin_township_code")
        headName = row.text("head_name")
        headMemberID = row.text("head_member_id")
        memberCount = row.int("member_count") ?? 0
        netIncome = row.int("net_income").map { Fixed2(hundredths: Int64($0)) }
        perCapita = row.int("per_capita_income").map { Fixed2(hundredths: Int64($0)) }
        version = row.int("version") ?? 0
        createdAt = Int64(row.int("created_at") ?? 0)
        updatedAt = Int64(row.int("updated_at") ?? 0)
        dissolvedAt = row.int("dissolved_at").map(Int64.init)
        dissolvedReason = row.text("dissolved_reason")
        facts = HouseholdFields.table.facts(from: row)
    }
}

extension MemberRecord {
    init(sqlite row: SQLiteRow) throws {
        id = try row.required("id")
        householdID = try row.required("household_id")
        version = row.int("version") ?? 0
        joinedAt = row.text("joined_at")
        joinedEvent = row.text("joined_event")
        removedAt = row.text("removed_at")
        removedEvent = row.text("removed_event")
        facts = MemberFields.table.facts(from: row)
    }
}

enum RecordReader {
    static let householdBase = ["id", "code", "county_code", "township_code", "origin_township_code", "head_name", "head_member_id", "member_count",
                                "net_income", "per_capita_income", "version", "created_at", "updated_at", "dissolved_at", "dissolved_reason"]
    static let memberBase = ["id", "household_id", "version", "joined_at", "joined_event", "removed_at", "removed_event"]

    /// The columns to read: the record's own and the fields among `keys` (all fields when nil).
    static func columns(_ base: [String], _ table: FieldTable, keys: Set<String>?, alias: String) -> String {
        let fields = table.specs.filter { keys?.contains($0.key) ?? true }.map(\.column)
        return (base + fields).map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// The live households of a township and their current members (in the order they joined); with `keys`, only
    /// those fields are read (the data-quality run reads what its rules look at).
    static func township(_ township: String, keys: Set<String>? = nil, on db: any SQLDatabase) async throws -> ([HouseholdRecord], [MemberRecord]) {
        let households = "SELECT \(columns(householdBase, HouseholdFields.table, keys: keys, alias: "h")) FROM households h WHERE h.township_code = ? AND h.dissolved_at IS NULL"
        let members = """
            SELECT \(columns(memberBase, MemberFields.table, keys: keys, alias: "m")) FROM members m JOIN households h ON h.id = m.household_id
            WHERE h.township_code = ? AND h.dissolved_at IS NULL AND m.removed_at IS NULL ORDER BY m.created_at, m.id
            """
        if let lite = db as? any SQLiteDatabase {
            return try await lite.withConnection { conn in
                // Members are reached through the household index, page by page at random: map the file instead of
                // reading each page with a system call (the connection keeps the setting; it only speeds reads).
                _ = try await conn.query("PRAGMA mmap_size = 4294967296")
                let hs = try await conn.query(households, [.text(township)]).map(HouseholdRecord.init(sqlite:))
                let ms = try await conn.query(members, [.text(township)]).map(MemberRecord.init(sqlite:))
                return (hs, ms)
            }
        }
        // Elsewhere through SQLKit, every column (its generic decoding reads each declared field).
        let hs = try await db.raw("SELECT * FROM households WHERE township_code = \(bind: township) AND dissolved_at IS NULL").all().map(HouseholdRecord.init(row:))
        let ms = try await db.raw("""
            SELECT m.* FROM members m JOIN households h ON h.id = m.household_id
            WHERE h.township_code = \(bind: township) AND h.dissolved_at IS NULL AND m.removed_at IS NULL ORDER BY m.created_at, m.id
            """).all().map(MemberRecord.init(row:))
        return (hs, ms)
    }
}
