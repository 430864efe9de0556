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
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        code = try row.decode(column: "code", as: String.self)
        countyCode = try row.decode(column: "county_code", as: String.self)
        townshipCode = try row.decode(column: "township_code", as: String.self)
        originTownshipCode = try row.decode(column: "origin_township_code", as: String?.self)
        headName = try row.decode(column: "head_name", as: String?.self)
        headMemberID = try row.decode(column: "head_member_id", as: String?.self)
        memberCount = try row.decode(column: "member_count", as: Int.self)
        netIncome = try row.decode(column: "net_income", as: Int64?.self).map(Fixed2.init(hundredths:))
        perCapita = try row.decode(column: "per_capita_income", as: Int64?.self).map(Fixed2.init(hundredths:))
        version = try row.decode(column: "version", as: Int.self)
        createdAt = try row.decode(column: "created_at", as: Int64.self)
        updatedAt = try row.decode(column: "updated_at", as: Int64.self)
        dissolvedAt = try row.decode(column: "dissolved_at", as: Int64?.self)
        dissolvedReason = try row.decode(column: "dissolved_reason", as: String?.self)
        facts = try HouseholdFields.table.facts(from: row)
    }
}

extension MemberRecord {
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        householdID = try row.decode(column: "household_id", as: String.self)
        version = try row.decode(column: "version", as: Int.self)
        joinedAt = try row.decode(column: "joined_at", as: String?.self)
        joinedEvent = try row.decode(column: "joined_event", as: String?.self)
        removedAt = try row.decode(column: "removed_at", as: String?.self)
        removedEvent = try row.decode(column: "removed_event", as: String?.self)
        facts = try MemberFields.table.facts(from: row)
    }
}
