import Domain
import Foundation
import SQLKit

struct HouseholdRecord: Sendable {
    var id: String
    var code: String
    var countyCode: String
    var townshipCode: String
    var originTownshipCode: String?
    var headName: String?
    var headMemberID: String?
    var memberCount: Int
    var netIncome: Fixed2?
    var perCapita: Fixed2?
    var version: Int
    var createdAt: Int64
    var updatedAt: Int64
    var dissolvedAt: Int64?
    var dissolvedReason: String?
    var facts: Facts

    var villageCode: String { facts.text("villageCode") ?? "" }
    var originVillageCode: String? { facts.text("originVillageCode") }
    var category: HouseholdCategory? { facts.choice("category") }
    var monitoringCategory: MonitoringCategory? { facts.choice("monitoringCategory") }

    /// 一般户 / 脱贫户（2016年）/ 监测户（边缘易致贫户）
    var categoryLabel: String {
        var s = category?.label ?? "未填"
        if category == .alleviated, let y = facts.int("liftedYear") { s += "（\(y)年）" }
        if let m = monitoringCategory { s += " · 监测户（\(m.label)）" }
        return s
    }
}

struct MemberRecord: Sendable {
    var id: String
    var householdID: String
    var version: Int
    var joinedAt: String?
    var joinedEvent: String?
    var removedAt: String?
    var removedEvent: String?
    var facts: Facts

    var name: String { facts.text("name") ?? "" }
    var idNumber: String { facts.text("idNumber") ?? "" }
    var relation: Relation? { facts.choice("relation") }
    var isActive: Bool { removedAt == nil }
    /// The facts as the rules read them: with the member's id (`MemberFields.idKey`), which the yearly employment names.
    var ruleFacts: Facts {
        var f = facts
        f[MemberFields.idKey] = .text(id)
        return f
    }
}

struct ChangeRecord: Sendable, Codable {
    var id: String
    var memberID: String?
    var entity: String
    var action: String
    var version: Int
    var actor: String
    var actorRole: String
    var at: Int64
    var summary: String
    var changes: [FieldChange]
}

/// The household columns a list joins beside its own rows (`h.head_name`, `h.code AS household_code`, `h.code`,
/// `h.member_count`); a column the query does not select reads as nil.
struct JoinedHousehold: Decodable, Sendable {
    var headName: String?
    var householdCode: String?
    var code: String?
    var memberCount: Int?
}

struct EventRecord: Sendable {
    var id: String
    var householdID: String
    var memberID: String?
    var relatedHouseholdID: String?
    var kind: MembershipEvent
    var date: String
    var note: String?
    var actor: String
    var at: Int64
}

extension FieldTable {
    /// Reads the declared columns of a row into facts.
    func facts(from row: any SQLRow) throws -> Facts {
        var f = Facts()
        for spec in specs {
            if try row.decodeNil(column: spec.column) { continue }
            switch spec.kind {
            case .integer:
                f[spec.key] = .int(try row.decode(column: spec.column, as: Int.self))
            case .fixed2:
                f[spec.key] = .fixed(Fixed2(hundredths: try row.decode(column: spec.column, as: Int64.self)))
            case .bool:
                f[spec.key] = .bool(try row.decode(column: spec.column, as: Bool.self))
            case .date:
                let s = try row.decode(column: spec.column, as: String.self)
                if let d = Day(s) { f[spec.key] = .date(d) }
            case .choice:
                f[spec.key] = .choice(try row.decode(column: spec.column, as: String.self))
            case .multiChoice:
                let s = try row.decode(column: spec.column, as: String.self)
                if !s.isEmpty { f[spec.key] = .multi(s.split(separator: ",").map(String.init)) }
            case .text, .phone, .idNumber, .region:
                f[spec.key] = .text(try row.decode(column: spec.column, as: String.self))
            }
        }
        return f
    }

    /// Column values to write, one per declared field (NULL where empty).
    func columnValues(_ f: Facts) -> [(String, any SQLExpression)] {
        specs.map { spec in (spec.column, FieldTable.bind(spec, f[spec.key])) }
    }

    static func bind(_ spec: FieldSpec, _ value: FieldValue?) -> any SQLExpression {
        bulkValue(spec, value).sqlExpression
    }

    /// The column value of one fact (NULL where empty).
    package static func bulkValue(_ spec: FieldSpec, _ value: FieldValue?) -> BulkValue {
        switch spec.kind {
        case .integer:
            if case .int(let n)? = value { return .int(Int64(n)) }
            return .int(nil)
        case .fixed2:
            if case .fixed(let v)? = value { return .int(v.hundredths) }
            return .int(nil)
        case .bool:
            if case .bool(let b)? = value { return .bool(b) }
            return .bool(nil)
        default:
            let raw = spec.raw(value)
            return .text(raw.isEmpty ? nil : raw)
        }
    }
}

extension HouseholdRecord {
    /// The households table's own columns; the facts' columns are read through the field table.
    private struct Columns: Decodable {
        var id, code, countyCode, townshipCode: String
        var originTownshipCode, headName, headMemberId, dissolvedReason: String?
        var memberCount, version: Int
        var netIncome, perCapitaIncome, dissolvedAt: Int64?
        var createdAt, updatedAt: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        self.init(id: c.id, code: c.code, countyCode: c.countyCode, townshipCode: c.townshipCode, originTownshipCode: c.originTownshipCode,
                  headName: c.headName, headMemberID: c.headMemberId, memberCount: c.memberCount,
                  netIncome: c.netIncome.map(Fixed2.init(hundredths:)), perCapita: c.perCapitaIncome.map(Fixed2.init(hundredths:)),
                  version: c.version, createdAt: c.createdAt, updatedAt: c.updatedAt, dissolvedAt: c.dissolvedAt,
                  dissolvedReason: c.dissolvedReason, facts: try HouseholdFields.table.facts(from: row))
    }
}

extension MemberRecord {
    /// The members table's own columns; the facts' columns are read through the field table.
    private struct Columns: Decodable {
        var id, householdId: String
        var version: Int
        var joinedAt, joinedEvent, removedAt, removedEvent: String?
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        self.init(id: c.id, householdID: c.householdId, version: c.version, joinedAt: c.joinedAt, joinedEvent: c.joinedEvent,
                  removedAt: c.removedAt, removedEvent: c.removedEvent, facts: try MemberFields.table.facts(from: row))
    }
}
