import Domain
import Fluent
import Foundation
import SQLKit

/// Yearly income statements (收入情况). The one income year the registry kept before becomes each household's first
/// statement.
struct CreateIncomeStatements: AsyncMigration {
    func prepare(on db: any Database) async throws {
        var schema = db.schema("income_statements")
            .field("id", .string, .identifier(auto: false))
            .field("household_id", .string, .required, .references("households", "id"))
            .field("county_code", .string, .required)
            .field("year", .int64, .required)
            .field("household_size", .int64, .required)
        for spec in IncomeFields.items { schema = schema.field(.string(spec.column), .int64) }
        try await schema
            .field("net_income", .int64, .required)
            .field("per_capita_income", .int64, .required)
            .field("version", .int64, .required)
            .field("source", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .int64, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "household_id", "year")
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "income_statements_county_year", table: "income_statements", columns: ["county_code", "year"]).create(on: sql)
        // Each block's total goes to its "其他" item (the registry never split it); the size is the household's members.
        try await sql.raw("""
            INSERT INTO income_statements (id, household_id, county_code, year, household_size, wage_other, production_other, cost_other,
                property_other, transfer_other, claims, medical_expense, education_expense, disaster_expense, net_income, per_capita_income,
                version, source, recorded_by, recorded_at, updated_by, updated_at)
            SELECT id || '-' || CAST(income_year AS TEXT), id, county_code, income_year, CASE WHEN member_count > 0 THEN member_count ELSE 1 END,
                wage_income, production_income, production_cost, property_income, transfer_income, claims_income,
                medical_expense, education_expense, disaster_expense, COALESCE(net_income, 0), COALESCE(per_capita_income, net_income, 0),
                1, 'registry', '', updated_at, '', updated_at
            FROM households WHERE income_year IS NOT NULL
            """).run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("income_statements").delete()
    }
}

/// Who worked or was employed in each year (务工就业), for "去年就业而今年未就业". Each household's newest statement
/// takes the members the registry marks as 务工 (what its 务工 fields describe); older ones stay not recorded.
struct AddIncomeEmployment: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("income_statements").field("employed_members", .string).update()
        let sql = try db.sql()
        let list = sql.dialect.name == "postgresql" ? "string_agg(m.id, ',' ORDER BY m.id)" : "group_concat(m.id, ',')"
        try await sql.raw("""
            UPDATE income_statements SET employed_members = COALESCE((
                SELECT \(unsafeRaw: list) FROM members m
                WHERE m.household_id = income_statements.household_id AND m.removed_at IS NULL AND m.migrant_work = \(bind: true)), '')
            WHERE year = (SELECT h.income_year FROM households h WHERE h.id = income_statements.household_id)
            """).run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("income_statements").deleteField("employed_members").update()
    }
}

/// One stored statement with who entered it and when.
struct IncomeRecord: Sendable {
    var householdID: String
    var statement: YearlyIncome
    var version: Int
    /// `registry` (moved from the registry's one income year), `form`, `api`, `demo`, `case` (a 入户核实 step) or
    /// `import` (a file of statements).
    var source: String
    var recordedBy: String
    var recordedAt: Int64
    var updatedBy: String
    var updatedAt: Int64

    var year: Int { statement.year }

    private struct Columns: Decodable {
        var householdId, source, recordedBy, updatedBy: String
        var version: Int
        var recordedAt, updatedAt: Int64
        var employedMembers: String?
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        let facts = try IncomeFields.table.facts(from: row)
        householdID = c.householdId; source = c.source; recordedBy = c.recordedBy; updatedBy = c.updatedBy
        version = c.version; recordedAt = c.recordedAt; updatedAt = c.updatedAt
        statement = YearlyIncome(facts: facts) ?? YearlyIncome(year: 0, householdSize: 1, amounts: Facts())
        statement.employed = YearlyIncome.employedList(c.employedMembers)
    }

    /// Who entered it, as the page says it.
    var recordedLabel: String {
        switch source {
        case "registry": "由原户信息转入"
        case "demo": "示例数据"
        case "case": "入户核实（\(updatedBy)）"
        case "import": "文件导入（\(updatedBy)）"
        default: recordedBy
        }
    }
}

extension RegistryStore {
    /// A household's statements, newest year first.
    static func incomes(of householdID: String, on db: any Database) async throws -> [IncomeRecord] {
        try await (try db.sql()).raw("SELECT * FROM income_statements WHERE household_id = \(bind: householdID) ORDER BY year DESC").all()
            .map(IncomeRecord.init(row:))
    }

    /// Adds a year's statement (`source`: form or api). A year already entered is refused (422 `exists`): it is corrected
    /// on its own, never added twice.
    func addIncome(householdID: String, input: [String: String], source: String) async throws -> IncomeRecord {
        // A household out of reach is not found, whatever the body says.
        _ = try await editableHousehold(id: householdID, on: db)
        let (facts, parseErrors) = IncomeFields.table.apply(input, complete: true)
        var errors = parseErrors + YearlyIncome.problems(facts, today: today)
        if let y = facts.int("year"), y < today.year - YearlyIncome.yearsBack {
            errors.append(FieldError(field: "year", code: "too_old", message: "只能登记近\(YearlyIncome.yearsBack)年的收入"))
        }
        guard errors.isEmpty, let parsed = YearlyIncome(facts: facts) else { throw RegistryError.validation(errors) }
        try await db.write { db in
            let sql = try db.sql()
            let household = try await editableHousehold(id: householdID, on: db)
            let members = try await Self.members(of: householdID, on: sql)
            var statement = parsed
            statement.employed = try Self.employed(input, members: members, current: nil)
            let exists = try await sql.raw("""
                SELECT COUNT(*) AS n FROM income_statements WHERE household_id = \(bind: householdID) AND year = \(bind: statement.year)
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            guard exists == 0 else {
                throw RegistryError.validation([FieldError(field: "year", code: "exists", message: "\(statement.year)年度的收入已登记，请在该年度上更正")])
            }
            try await insertIncome(statement, household: household, source: source, on: sql)
            try await record(on: sql, householdID: householdID, memberID: nil, entity: "income", action: "create", version: 1,
                             summary: "登记\(statement.year)年度收入",
                             changes: IncomeFields.table.diff(from: Facts(), to: statement.facts) + Self.employedDiff(nil, statement.employed, members: members))
            try await mirrorNewestIncome(household, on: sql)
        }
        guard let year = facts.int("year") else { throw RegistryError.notFound }
        return try await income(householdID: householdID, year: year)
    }

    /// Corrects one year's statement; `expectedVersion` must be the statement's current version.
    func correctIncome(householdID: String, year: Int, input: [String: String], expectedVersion: Int?) async throws -> IncomeRecord {
        _ = try await editableHousehold(id: householdID, on: db)
        guard let expected = expectedVersion else { throw RegistryError.versionRequired }
        try await db.write { db in
            let sql = try db.sql()
            let household = try await editableHousehold(id: householdID, on: db)
            guard let current = try await sql.raw("""
                SELECT * FROM income_statements WHERE household_id = \(bind: householdID) AND year = \(bind: year)
                """).first().map(IncomeRecord.init(row:)) else { throw RegistryError.notFound }
            guard current.version == expected else {
                // The household's income changes since, of this year (the change log keeps them by household).
                let since = try await changes(of: householdID, entity: "income", after: expected, on: sql).filter { $0.summary.contains("\(year)年度") }
                throw RegistryError.versionConflict(current: current.version, since: since)
            }
            var edited = input
            edited["year"] = String(year)
            let (facts, parseErrors) = IncomeFields.table.apply(edited, to: current.statement.facts, complete: true)
            let errors = parseErrors + YearlyIncome.problems(facts, today: today)
            guard errors.isEmpty, var statement = YearlyIncome(facts: facts) else { throw RegistryError.validation(errors) }
            let members = try await Self.members(of: householdID, on: sql)
            statement.employed = try Self.employed(input, members: members, current: current.statement.employed)
            let diff = IncomeFields.table.diff(from: current.statement.facts, to: statement.facts)
                + Self.employedDiff(current.statement.employed, statement.employed, members: members)
            guard !diff.isEmpty else { return }
            guard try await writeCorrection(statement, over: current, source: nil, on: sql) else {
                throw RegistryError.versionConflict(current: current.version + 1, since: [])
            }
            try await record(on: sql, householdID: householdID, memberID: nil, entity: "income", action: "update", version: current.version + 1,
                             summary: "更正\(year)年度收入：" + diff.map(\.label).joined(separator: "、"), changes: diff)
            try await mirrorNewestIncome(household, on: sql)
        }
        return try await income(householdID: householdID, year: year)
    }

    /// The income a 入户核实 step verified, written as that year's statement: added when the year has none, else
    /// corrected block by block (`VerifiedIncome.applied`) as a new version whose summary names the step. Runs inside
    /// the step's transaction.
    func writeVerifiedIncome(_ verified: VerifiedIncome, householdID: String, step: String) async throws {
        let sql = try db.sql()
        let household = try await editableHousehold(id: householdID, on: db)
        let current = try await sql.raw("""
            SELECT * FROM income_statements WHERE household_id = \(bind: householdID) AND year = \(bind: verified.year)
            """).first().map(IncomeRecord.init(row:))
        let statement = verified.applied(to: current?.statement)
        let summary = "监测程序（\(step)）：核实\(verified.year)年度收入"
        if let current {
            let diff = IncomeFields.table.diff(from: current.statement.facts, to: statement.facts)
            guard !diff.isEmpty else { return }
            _ = try await writeCorrection(statement, over: current, source: "case", on: sql)
            try await record(on: sql, householdID: householdID, memberID: nil, entity: "income", action: "update", version: current.version + 1,
                             summary: summary + "：" + diff.map(\.label).joined(separator: "、"), changes: diff)
        } else {
            try await insertIncome(statement, household: household, source: "case", on: sql)
            try await record(on: sql, householdID: householdID, memberID: nil, entity: "income", action: "create", version: 1,
                             summary: summary, changes: IncomeFields.table.diff(from: Facts(), to: statement.facts))
        }
        try await mirrorNewestIncome(household, on: sql)
    }

    /// The members the input names as having worked in the year (`employedMembers`: member ids, comma-separated):
    /// members of the household, past or present. Absent: `current` (unchanged; nil on a new year, not recorded).
    static func employed(_ input: [String: String], members: [MemberRecord], current: [String]?) throws -> [String]? {
        guard let text = input["employedMembers"] else { return current }
        let ids = YearlyIncome.employedList(text) ?? []
        if let unknown = ids.first(where: { id in !members.contains { $0.id == id } }) {
            throw RegistryError.validation([FieldError(field: "employedMembers", code: "unknown_member",
                                                       message: "务工就业人员应为本户成员（\(unknown.prefix(40))不是本户成员）")])
        }
        return members.map(\.id).filter(ids.contains) // in the household's order, once each
    }

    /// The change of who worked in the year, by name, for the household's change log.
    static func employedDiff(_ before: [String]?, _ after: [String]?, members: [MemberRecord]) -> [FieldChange] {
        employedDiff(before, after) { id in members.first { $0.id == id }?.name }
    }

    static func employedDiff(_ before: [String]?, _ after: [String]?, name: (String) -> String?) -> [FieldChange] {
        guard before != after else { return [] }
        func names(_ ids: [String]?) -> String? {
            ids.map { list in list.isEmpty ? "无" : list.map { name($0) ?? "原成员" }.joined(separator: "、") }
        }
        return [FieldChange(field: "employedMembers", label: "当年务工就业人员", before: names(before), after: names(after))]
    }

    private func income(householdID: String, year: Int) async throws -> IncomeRecord {
        guard let r = try await (try db.sql()).raw("""
            SELECT * FROM income_statements WHERE household_id = \(bind: householdID) AND year = \(bind: year)
            """).first().map(IncomeRecord.init(row:)) else { throw RegistryError.notFound }
        return r
    }

    /// Writes a year's corrected statement as the next version of `current`; false when the stored version moved on
    /// meanwhile (nothing written). `source`, when given, says what wrote it now (a 入户核实 step, an import).
    func writeCorrection(_ statement: YearlyIncome, over current: IncomeRecord, source: String?, on sql: any SQLDatabase) async throws -> Bool {
        var update = sql.update("income_statements")
        for (column, value) in IncomeFields.table.columnValues(statement.facts) { update = update.set(SQLIdentifier(column), to: value) }
        if let source { update = update.set("source", to: SQLBind(source)) }
        let rows = try await update
            .set("employed_members", to: SQLBind(statement.employedText))
            .set("net_income", to: SQLBind(statement.netIncome.hundredths))
            .set("per_capita_income", to: SQLBind(statement.perCapita.hundredths))
            .set("version", to: SQLBind(current.version + 1))
            .set("updated_by", to: SQLBind(principal.username)).set("updated_at", to: SQLBind(stamp))
            .where("household_id", .equal, SQLBind(current.householdID)).where("year", .equal, SQLBind(current.year))
            .where("version", .equal, SQLBind(current.version))
            .returning("version").all()
        return !rows.isEmpty
    }

    func insertIncome(_ statement: YearlyIncome, household: HouseholdRecord, source: String, on sql: any SQLDatabase) async throws {
        var columns = ["id", "household_id", "county_code", "net_income", "per_capita_income", "version", "source", "recorded_by", "recorded_at",
                       "updated_by", "updated_at"]
        var values: [any SQLExpression] = [SQLBind("\(household.id)-\(statement.year)"), SQLBind(household.id), SQLBind(household.countyCode),
                                           SQLBind(statement.netIncome.hundredths), SQLBind(statement.perCapita.hundredths), SQLBind(1),
                                           SQLBind(source), SQLBind(principal.username), SQLBind(stamp), SQLBind(principal.username), SQLBind(stamp)]
        for (column, value) in IncomeFields.table.columnValues(statement.facts) { columns.append(column); values.append(value) }
        columns.append("employed_members"); values.append(SQLBind(statement.employedText))
        try await sql.insert(into: "income_statements").columns(columns).values(values).run()
    }

    /// The registry's 收支情况 shows the newest statement: its year, block totals, rigid spending, and per-capita income
    /// by that year's household size. Written only here (and by the first statement of a new household).
    func mirrorNewestIncome(_ household: HouseholdRecord, on sql: any SQLDatabase) async throws {
        guard let newest = try await sql.raw("""
            SELECT * FROM income_statements WHERE household_id = \(bind: household.id) ORDER BY year DESC LIMIT 1
            """).first().map(IncomeRecord.init(row:))?.statement else { return }
        var facts = household.facts
        for key in HouseholdFields.statementOwned { facts[key] = nil }
        for (key, value) in newest.householdFacts { facts[key] = value }
        let diff = HouseholdFields.table.diff(from: household.facts, to: facts)
        var update = sql.update("households")
        for spec in HouseholdFields.table.specs where HouseholdFields.statementOwned.contains(spec.key) {
            update = update.set(SQLIdentifier(spec.column), to: FieldTable.bind(spec, facts[spec.key]))
        }
        update = update.set("net_income", to: SQLBind(newest.netIncome.hundredths)).set("per_capita_income", to: SQLBind(newest.perCapita.hundredths))
        if !diff.isEmpty { update = update.set("version", to: SQLBind(household.version + 1)).set("updated_at", to: SQLBind(stamp)) }
        try await update.where("id", .equal, SQLBind(household.id)).run()
        if !diff.isEmpty {
            try await record(on: sql, householdID: household.id, memberID: nil, entity: "household", action: "update", version: household.version + 1,
                             summary: "收支情况随\(newest.year)年度收入更新：" + diff.map(\.label).joined(separator: "、"), changes: diff)
        }
    }
}
