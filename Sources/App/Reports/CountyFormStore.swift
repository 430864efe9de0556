import Domain
import Fluent
import Foundation
import SQLKit

/// The rows of the county-filled tables (seed 001 附表6–7): one row per body or scheme, its fields kept as the
/// raw texts the form parsed (read back through the same fields).
struct CreateCountyForms: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("county_form_rows")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("form", .string, .required)
            .field("fields", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .create()
        try await IndexSpec(name: "county_form_rows_form", table: "county_form_rows", columns: ["county_code", "form", "created_at"]).create(on: try db.sql())
    }
    func revert(on db: any Database) async throws { try await db.schema("county_form_rows").delete() }
}

struct CountyFormRow: Sendable {
    var id: String
    var facts: Facts
    var createdBy: String
    var createdAt: Int64
}

/// A county form with its rows and the sums of its numeric columns.
struct CountyFormTable: Sendable {
    var form: CountyForm
    var county: String
    var year: Int
    var rows: [CountyFormRow]

    /// The total of a summed field (nil for the others).
    func total(_ key: String) -> FieldValue? {
        guard form.summed.contains(key), let spec = form.fields[key] else { return nil }
        if case .fixed2 = spec.kind { return .fixed(rows.reduce(Fixed2.zero) { $0 + ($1.facts.fixed(key) ?? .zero) }) }
        return .int(rows.reduce(0) { $0 + ($1.facts.int(key) ?? 0) })
    }
}

enum CountyFormStore {
    /// A row of a county form; `fields` holds the entered values as JSON.
    private struct Columns: Decodable {
        var id, fields, createdBy: String
        var createdAt: Int64
    }

    /// The county's rows that count for `year` (a row's 年度, or the year it was entered).
    static func table(_ form: CountyForm, county: String, year: Int, on db: any Database) async throws -> CountyFormTable {
        let rows = try await (try db.sql()).raw("""
            SELECT id, fields, created_by, created_at FROM county_form_rows WHERE county_code = \(bind: county) AND form = \(bind: form.id) ORDER BY created_at, id
            """).all().map { r in
            let c = try r.record(Columns.self)
            let raw = try JSONDecoder().decode([String: String].self, from: Data(c.fields.utf8))
            return CountyFormRow(id: c.id, facts: form.fields.apply(raw, complete: false).0, createdBy: c.createdBy, createdAt: c.createdAt)
        }
        return CountyFormTable(form: form, county: county, year: year,
                               rows: rows.filter { CountyForm.year(of: $0.facts, fallback: Clock.day(of: Date(timeIntervalSince1970: Double($0.createdAt))).year) == year })
    }

    /// Adds a row; a row that breaks a rule is refused with every field's error and nothing is written.
    static func add(_ form: CountyForm, county: String, input: [String: String], by who: AuditLog.Actor, on db: any Database) async throws -> String {
        let (facts, errors) = form.validate(input)
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let raw = Dictionary(uniqueKeysWithValues: form.fields.specs.compactMap { s in facts[s.key].map { (s.key, s.raw($0)) } })
        let id = UUID().uuidString.lowercased()
        let json = String(decoding: try JSONEncoder().encode(raw), as: UTF8.self)
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "county_form_rows").columns("id", "county_code", "form", "fields", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(county), SQLBind(form.id), SQLBind(json), SQLBind(who.username), SQLBind(who.stamp)).run()
            try await AuditLog.append(on: sql, who, action: "countyForm.add", entity: form.id, entityID: id, detail: ["name": .string(facts.text("name") ?? "")])
        }
        return id
    }

    static func delete(_ form: CountyForm, county: String, id: String, by who: AuditLog.Actor, on db: any Database) async throws {
        try await db.write { db in
            let sql = try db.sql()
            guard try await sql.raw("SELECT id FROM county_form_rows WHERE id = \(bind: id) AND county_code = \(bind: county) AND form = \(bind: form.id)").first() != nil else {
                throw AppError.notFound("表格行")
            }
            try await sql.raw("DELETE FROM county_form_rows WHERE id = \(bind: id)").run()
            try await AuditLog.append(on: sql, who, action: "countyForm.delete", entity: form.id, entityID: id, detail: [:])
        }
    }
}
