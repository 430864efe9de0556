import Domain
import Fluent
import Foundation
import SQLKit

/// What an income file did: every row's problem (and then nothing was written), or the counts of what changed.
struct IncomeImportResult: Sendable {
    struct Problem: Sendable {
        var row: Int
        var householdCode: String
        var message: String
    }
    var rows = 0
    var problems: [Problem] = []
    var added = 0
    var corrected = 0
    var unchanged = 0
    var households = 0
    var applied: Bool { problems.isEmpty }
}

extension RegistryStore {
    /// Reads an uploaded income file and applies it: all or nothing. Every row is checked first (the household by its
    /// code and the officer's scope, the year, the size, each amount, a household and year given twice); with any
    /// problem nothing is written and each is named by its row. Otherwise each row adds its year or corrects it as a
    /// new version, in one transaction, and each household's 收支情况 follows its newest year.
    func importIncomes(_ data: Data, filename: String) async throws -> IncomeImportResult {
        let started = Metrics.clock
        defer { Metrics.shared.observe(.importDuration, "income", seconds: Metrics.seconds(since: started)) }
        let table = try UploadedTable.read(data).rows
        let rows: [IncomeImport.Row]
        do { rows = try IncomeImport.parse(table) } catch {
            throw AppError.validation([FieldError(field: "file", code: "columns", message: error.description)])
        }
        var result = IncomeImportResult(rows: rows.count)
        let households = try await householdsByCode(Set(rows.map(\.householdCode)).filter { !$0.isEmpty })
        let existing = try await Self.statements(of: households.values.map(\.id), on: try db.sql())
        // Members by household, when the file says who worked (names are matched within the household).
        let named = Set(rows.filter { $0.employedNames != nil }.compactMap { households[$0.householdCode]?.id })
        let people = try await Self.memberNames(of: Array(named), on: try db.sql())

        struct Planned { var household: HouseholdRecord; var input: [String: String]; var year: Int; var row: Int; var employed: [String]? }
        var planned: [Planned] = []
        var seen: [String: Int] = [:]
        for row in rows {
            func problem(_ message: String) { result.problems.append(.init(row: row.number, householdCode: row.householdCode, message: message)) }
            guard !row.householdCode.isEmpty else { problem("户编号为空"); continue }
            guard let h = households[row.householdCode],
                  AccessPolicy.canEdit(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: principal) else {
                problem("户编号不存在或不在您的管辖范围内"); continue
            }
            guard h.dissolvedAt == nil else { problem("该户已注销（\(h.dissolvedReason ?? "")），不能再登记收入"); continue }
            let year = Int(row.input["year"] ?? "")
            let current = year.flatMap { existing[h.id + "/\($0)"] }
            let (facts, parseErrors) = IncomeFields.table.apply(row.input, to: current?.statement.facts ?? Facts(), complete: true)
            var errors = (parseErrors + YearlyIncome.problems(facts, today: today)).map(\.message)
            if let y = facts.int("year"), y < today.year - YearlyIncome.yearsBack, current == nil {
                errors.append("只能登记近\(YearlyIncome.yearsBack)年的收入")
            }
            if let y = facts.int("year") {
                if let first = seen[h.id + "/\(y)"] { errors.append("与第\(first)行重复：同一户同一年度只能有一行") } else { seen[h.id + "/\(y)"] = row.number }
            }
            var employed: [String]?
            if let names = row.employedNames {
                let members = people[h.id] ?? []
                var ids: [String] = []
                for name in names {
                    let matches = members.filter { $0.name == name }
                    if matches.isEmpty { errors.append("务工就业人员“\(name.prefix(20))”不是该户成员") }
                    else if matches.count > 1 { errors.append("该户有\(matches.count)名成员叫“\(name)”，请在该户收入页面上勾选务工就业人员") }
                    else if let id = matches.first?.id, !ids.contains(id) { ids.append(id) }
                }
                employed = ids
            }
            guard errors.isEmpty, let statement = YearlyIncome(facts: facts) else { problem(errors.joined(separator: "；")); continue }
            planned.append(Planned(household: h, input: row.input, year: statement.year, row: row.number, employed: employed))
        }
        guard result.problems.isEmpty else { return result }

        // Written against the statements as they are inside the transaction (another writer may have saved a year since
        // the check): the same file sent twice at once leaves the second unchanged instead of refused.
        let (principal, stamp, plan) = (principal, stamp, planned)
        @Sendable func conflict(_ p: Planned) -> AppError {
            AppError(status: .conflict, code: "version_conflict",
                     message: "第\(p.row)行：户\(p.household.code)的\(p.year)年度收入在导入期间被他人修改，未导入任何数据，请重新导入", field: "file")
        }
        let counts = try await db.write { db -> (added: Int, corrected: Int, unchanged: Int) in
            let sql = try db.sql()
            let stored = try await Self.statements(of: plan.map(\.household.id), on: sql)
            var counts = (added: 0, corrected: 0, unchanged: 0)
            for p in plan {
                let current = stored[p.household.id + "/\(p.year)"]
                let (facts, _) = IncomeFields.table.apply(p.input, to: current?.statement.facts ?? Facts(), complete: true)
                guard var statement = YearlyIncome(facts: facts) else {
                    throw conflict(p)
                }
                // A file without the column leaves who worked as recorded.
                statement.employed = p.employed ?? current?.statement.employed
                let names = people[p.household.id] ?? []
                let employedDiff = Self.employedDiff(current?.statement.employed, statement.employed) { id in names.first { $0.id == id }?.name }
                if let current {
                    let diff = IncomeFields.table.diff(from: current.statement.facts, to: statement.facts) + employedDiff
                    guard !diff.isEmpty else { counts.unchanged += 1; continue }
                    // Only another process can move the version now: the write gate holds this one's writers.
                    guard try await writeCorrection(statement, over: current, source: "import", on: sql) else {
                        throw conflict(p)
                    }
                    try await record(on: sql, householdID: p.household.id, memberID: nil, entity: "income", action: "update", version: current.version + 1,
                                     summary: "导入更正\(p.year)年度收入：" + diff.map(\.label).joined(separator: "、"), changes: diff)
                    counts.corrected += 1
                } else {
                    try await insertIncome(statement, household: p.household, source: "import", on: sql)
                    try await record(on: sql, householdID: p.household.id, memberID: nil, entity: "income", action: "create", version: 1,
                                     summary: "导入\(p.year)年度收入", changes: IncomeFields.table.diff(from: Facts(), to: statement.facts) + employedDiff)
                    counts.added += 1
                }
            }
            // Each household's 收支情况 once, from its record as it is now.
            for id in Set(plan.map(\.household.id)) {
                if let h = try await Self.household(id: id, on: sql) { try await mirrorNewestIncome(h, on: sql) }
            }
            try await AuditLog.append(on: sql, AuditLog.Actor(username: principal.username, role: principal.role.rawValue, address: address, at: now, key: auditKey),
                                      action: "income.import", entity: "income", entityID: filename,
                                      detail: ["rows": .number(Double(plan.count)), "added": .number(Double(counts.added)),
                                               "corrected": .number(Double(counts.corrected)), "unchanged": .number(Double(counts.unchanged)),
                                               "at": .number(Double(stamp))])
            return counts
        }
        result.added = counts.added
        result.corrected = counts.corrected
        result.unchanged = counts.unchanged
        result.households = Set(planned.map(\.household.id)).count
        return result
    }

    /// The members' ids and names of these households, past and present (read 500 households at a time).
    private static func memberNames(of ids: [String], on sql: any SQLDatabase) async throws -> [String: [(id: String, name: String)]] {
        var out: [String: [(id: String, name: String)]] = [:]
        for chunk in ids.chunked(500) {
            for r in try await sql.raw("SELECT id, household_id, name FROM members WHERE household_id IN (\(SQLList(chunk.map { SQLBind($0) })))").all() {
                let household = try r.decode(column: "household_id", as: String.self)
                out[household, default: []].append((try r.decode(column: "id", as: String.self), (try r.decode(column: "name", as: String?.self)) ?? ""))
            }
        }
        return out
    }

    /// The households with these codes, by code (read 500 at a time).
    private func householdsByCode(_ codes: Set<String>) async throws -> [String: HouseholdRecord] {
        let sql = try db.sql()
        var out: [String: HouseholdRecord] = [:]
        for chunk in Array(codes).chunked(500) {
            for h in try await sql.raw("SELECT * FROM households WHERE code IN (\(SQLList(chunk.map { SQLBind($0) })))").all().map(HouseholdRecord.init(row:)) {
                out[h.code] = h
            }
        }
        return out
    }

    /// The stored statements of these households, keyed "householdID/year".
    private static func statements(of ids: [String], on sql: any SQLDatabase) async throws -> [String: IncomeRecord] {
        var out: [String: IncomeRecord] = [:]
        for chunk in Array(Set(ids)).chunked(500) {
            for r in try await sql.raw("SELECT * FROM income_statements WHERE household_id IN (\(SQLList(chunk.map { SQLBind($0) })))").all()
                .map(IncomeRecord.init(row:)) {
                out[r.householdID + "/\(r.year)"] = r
            }
        }
        return out
    }
}
