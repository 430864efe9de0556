import Crypto
import Domain
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import SQLiteKit
import Vapor
import XLSX

/// Progress of imports running in the background, kept in memory (the import row in the database says
/// whether it is processing, done or failed; a restart marks an unfinished one failed, its transaction undone).
final class ImportProgress: Sendable {
    struct Entry: Sendable { var phase: String; var done: Int; var total: Int }
    private let box = NIOLockedValueBox<[String: Entry]>([:])
    func set(_ id: String, _ phase: String, _ done: Int, _ total: Int) { box.withLockedValue { $0[id] = Entry(phase: phase, done: done, total: total) } }
    func get(_ id: String) -> Entry? { box.withLockedValue { $0[id] } }
    func clear(_ id: String) { _ = box.withLockedValue { $0.removeValue(forKey: id) } }
}

extension Application {
    private struct ImportProgressKey: StorageKey { typealias Value = ImportProgress }
    var importProgress: ImportProgress {
        if let p = storage[ImportProgressKey.self] { return p }
        let p = ImportProgress()
        storage[ImportProgressKey.self] = p
        return p
    }
}

/// Reads a department's file, checks it, matches its people to the registry and turns the rows that meet the
/// list's rule into warnings and clues — all the valid rows in one transaction, or nothing.
package struct ImportStore {
    var db: any Database
    let principal: Principal
    let county: String
    let now: Date
    var address = ""
    /// The application's audit key, for the entries this store writes.
    let auditKey: SymmetricKey?
    let settings: WarningSettings
    let policy: PolicyStore
    let calendar: WorkingCalendar
    var progress: ImportProgress?
    /// Rows built before they are written (memory stays flat however long the list).
    var sliceRows = 20_000
    /// Called after every write of the batch and before the commit (tests use it to stand in for a crash).
    var beforeCommit: (@Sendable () throws -> Void)? = nil

    var today: Day { Clock.day(of: now) }
    var stamp: Int64 { Int64(now.timeIntervalSince1970) }

    /// The same store on another pool (a background job's).
    package func on(_ other: any Database) -> ImportStore {
        var copy = self
        copy.db = other
        return copy
    }

    /// Rows above this go to the background with a progress bar.
    static let backgroundThreshold = 2_000

    package struct Prepared {
        var type: DepartmentListType
        var parsed: ParsedList
        var filename: String
        var sha256: String
        var encoding: String
    }

    /// Decodes (xlsx or csv in UTF-8/GB18030) and checks the whole file; a file that cannot be read, lacks a
    /// column or has no rows is refused here, before anything is stored.
    package func prepare(data: Data, filename: String, listType: String) throws -> Prepared {
        guard let type = ListCatalogue.type(listType) else {
            throw AppError.validation([FieldError(field: "listType", code: "choice", message: "请选择名单类型")])
        }
        if principal.role == .departmentOfficer, type.department.rawValue != principal.scope {
            throw AppError.forbidden("“\(type.name)”由\(type.department.label)报送，您的账号属于\(Department(rawValue: principal.scope)?.label ?? principal.scope)")
        }
        let (table, encoding) = try UploadedTable.read(data)
        let parsed: ParsedList
        do { parsed = try ListParser.parse(table, as: type, today: today) } catch let e as ListFileError {
            throw AppError.validation([FieldError(field: "file", code: "columns", message: e.description)])
        }
        let digest = Hex.sha256(data)
        return Prepared(type: type, parsed: parsed, filename: String(filename.split(separator: "/").last ?? "").prefix(120).description,
                        sha256: digest, encoding: encoding)
    }

    /// The earlier import of the very same file, if any.
    func earlier(_ p: Prepared) async throws -> ImportRecord? {
        try await (try db.sql()).raw("""
            SELECT * FROM imports WHERE list_type = \(bind: p.type.key) AND sha256 = \(bind: p.sha256) AND state = 'done' ORDER BY created_at LIMIT 1
            """).first().map(ImportRecord.init(row:))
    }

    /// Records the import as processing (outside the data transaction, so a page can follow it).
    package func begin(_ p: Prepared) async throws -> String {
        let id = UUID().uuidString.lowercased()
        let (county, principal, stamp) = (county, principal, stamp)
        try await db.write { db in try await (try db.sql()).insert(into: "imports")
            .columns("id", "county_code", "department", "list_type", "filename", "sha256", "encoding", "state", "total_rows", "invalid_rows",
                     "duplicate_rows", "matched", "unmatched", "repeated", "warnings", "new_clues", "merged", "new_risks", "created_by", "created_at")
            .values(SQLBind(id), SQLBind(county), SQLBind(p.type.department.rawValue), SQLBind(p.type.key), SQLBind(p.filename), SQLBind(p.sha256),
                    SQLBind(p.encoding), SQLBind("processing"), SQLBind(p.parsed.rows.count), SQLBind(0), SQLBind(0), SQLBind(0), SQLBind(0),
                    SQLBind(0), SQLBind(0), SQLBind(0), SQLBind(0), SQLBind(0), SQLBind(principal.username), SQLBind(stamp))
            .run() }
        return id
    }

    /// Applies the checked file: all or nothing. On failure the import is marked failed and nothing else remains.
    package func apply(_ p: Prepared, importID: String) async throws {
        let started = Metrics.clock
        defer { Metrics.shared.observe(.importDuration, "department", seconds: Metrics.seconds(since: started)) }
        do {
            try await db.write { db in try await write(p, importID: importID, on: try db.sql()) }
            progress?.clear(importID)
        } catch {
            progress?.clear(importID)
            let message = (error as? AppError)?.message ?? "导入失败，数据未改动：\(String(describing: error).prefix(200))"
            try? await db.write { db in
                try await (try db.sql()).update("imports").set("state", to: SQLBind("failed")).set("message", to: SQLBind(message))
                    .set("finished_at", to: SQLBind(Int64(Date().timeIntervalSince1970))).where("id", .equal, SQLBind(importID)).run()
            }
            throw error
        }
    }

    struct Person {
        var memberID, householdID, village, township: String
        var birthText: String?
        var monitored: Bool
        var netIncome: Int64?
        var birth: Day? { birthText.flatMap(Day.init) }
    }

    private func write(_ p: Prepared, importID: String, on sql: any SQLDatabase) async throws {
        let trace = ProcessInfo.processInfo.environment["FANGPIN_TRACE_IMPORT"] == "1"
        var mark = Date()
        func lap(_ what: String) { if trace { print("import \(what): \(String(format: "%.2f", Date().timeIntervalSince(mark))) s"); mark = Date() } }
        defer { lap("end") }
        let type = p.type
        let valid = p.parsed.valid
        let total = p.parsed.rows.count
        progress?.set(importID, "匹配台账", 0, total)
        // Relocation sites, whose people back from work count towards the site's employment risk (R17).
        let relocationSites = type.key == ScaleRiskIndicator.relocationEmployment.listType ? Set(try await sql.raw("""
            SELECT code FROM regions WHERE \(within: county, column: "code") AND relocation_site = \(bind: true)
            """).all().map { try $0.decode(column: "code", as: String.self) }) : []
        // 1. Who is who: the file's people in the registry, in chunks.
        var people: [String: Person] = [:]
        let ids = Array(Set(valid.compactMap { $0.values["idNumber"] }))
        let columns = "m.id AS member_id, m.id_number, m.birth_date, h.id AS household_id, h.village_code, h.township_code, h.monitoring_category, h.eliminated_on, h.net_income"
        for (n, chunk) in ids.chunked(500).enumerated() {
            if let lite = sql as? any SQLiteDatabase {
                // SQLite: read the columns straight from the rows (the generic decoder costs more than the query).
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try await lite.query("""
                    SELECT \(columns) FROM members m JOIN households h ON h.id = m.household_id
                    WHERE m.removed_at IS NULL AND h.dissolved_at IS NULL AND m.id_number IN (\(marks))
                    """, chunk.map { .text($0) })
                for r in rows {
                    // By position, in the SELECT's order (looking columns up by name costs more than the lookup itself).
                    let c = r.columns.map(\.data)
                    guard c.count == 9, let member = c[0].string, let id = c[1].string, let hh = c[3].string,
                          let village = c[4].string, village.hasPrefix(county), let township = c[5].string else { continue }
                    people[id] = Person(memberID: member, householdID: hh, village: village, township: township, birthText: c[2].string,
                                        monitored: c[6].string != nil && c[7].string == nil, netIncome: c[8].integer.map(Int64.init))
                }
            } else {
                let rows = try await sql.raw("""
                    SELECT \(unsafeRaw: columns) FROM members m JOIN households h ON h.id = m.household_id
                    WHERE m.removed_at IS NULL AND h.dissolved_at IS NULL AND m.id_number IN \(SQLBind.group(chunk))
                    """).all()
                for r in rows where try r.decode(column: "village_code", as: String.self).hasPrefix(county) {
                    let monitored = try r.decode(column: "monitoring_category", as: String?.self) != nil && (try r.decode(column: "eliminated_on", as: String?.self)) == nil
                    people[try r.decode(column: "id_number", as: String.self)] = Person(
                        memberID: try r.decode(column: "member_id", as: String.self), householdID: try r.decode(column: "household_id", as: String.self),
                        village: try r.decode(column: "village_code", as: String.self), township: try r.decode(column: "township_code", as: String.self),
                        birthText: try r.decode(column: "birth_date", as: String?.self), monitored: monitored,
                        netIncome: try r.decode(column: "net_income", as: Int64?.self))
                }
            }
            progress?.set(importID, "匹配台账", min(total, (n + 1) * 500), total)
        }
        lap("match")
        // 2. Rows applied before (in this or another file) are not applied again.
        func rowKey(_ row: ParsedList.Row) -> String {
            let text = type.columns.map { row.values[$0.key] ?? "" }.joined(separator: "\u{1F}")
            return Hex.sha256(text)
        }
        let keys = valid.map(rowKey)
        var known = Set<String>()
        for chunk in Array(Set(keys)).chunked(500) {
            for r in try await sql.raw("SELECT row_key FROM import_rows WHERE list_type = \(bind: type.key) AND row_key IN \(SQLBind.group(chunk))").all() {
                known.insert(try r.decode(column: "row_key", as: String.self))
            }
        }
        lap("keys")
        // 3. Open cases of the households that will be warned.
        let households = Array(Set(people.values.map(\.householdID)))
        var openCase: [String: (id: String, state: String)] = [:]
        var nextSeq: [String: Int] = [:]
        let open = CaseState.allCases.filter { $0.isIdentification || $0.isMonitored }.map(\.rawValue)
        for chunk in households.chunked(500) {
            for r in try await sql.raw("""
                SELECT c.id, c.household_id, c.state, (SELECT MAX(seq) FROM case_events e WHERE e.case_id = c.id) AS seq
                FROM cases c WHERE c.household_id IN \(SQLBind.group(chunk)) AND c.state IN \(SQLBind.group(open))
                """).all() {
                let id = try r.decode(column: "id", as: String.self)
                openCase[try r.decode(column: "household_id", as: String.self)] = (id, try r.decode(column: "state", as: String.self))
                nextSeq[id] = (try r.decode(column: "seq", as: Int?.self) ?? 0) + 1
            }
        }
        lap("open cases")
        // 3b. The civil-affairs roster: what was known of each member's statuses before it (a status sync).
        let roster = type.key == CivilRoster.listType
        let knownStatuses = roster ? try await CivilStatusStore.known(members: people.values.map(\.memberID), on: sql) : [:]
        var statusUpdates: [String: CivilStatusStore.Update] = [:]
        progress?.set(importID, "生成预警", total / 2, total)
        // 4. Build the rows.
        let current = policy.current
        let inForce = policy.regimes.inForce(on: today), regime = inForce.key
        func due(_ limit: ProcedureLimits.Limit) -> Day {
            (try? inForce.limits.rule(limit).due(from: today, calendar: calendar)) ?? today.adding(days: 15)
        }
        let responseDue = due(.response), decisionDue = due(.decision)
        let verifyDue = (try? calendar.addingWorkingDays(settings.verifyWorkingDays, to: today)) ?? today.adding(days: settings.verifyWorkingDays + 4)
        var importRows: [[any Encodable & Sendable]] = []
        var warningRows: [[any Encodable & Sendable]] = []
        var caseRows: [[any Encodable & Sendable]] = []
        var eventRows: [[any Encodable & Sendable]] = []
        var counts = (invalid: 0, duplicate: 0, matched: 0, unmatched: 0, repeated: 0, warnings: 0, clues: 0, merged: 0, risks: 0)
        var keyIndex = 0
        var appliedKeys = Set<String>()
        func event(_ caseID: String, _ action: String, _ state: String, _ facts: [String: String]) {
            let seq = nextSeq[caseID] ?? 1
            nextSeq[caseID] = seq + 1
            eventRows.append([UUID().uuidString.lowercased(), county, caseID, seq, action, state, state, BulkInsert.json(facts), principal.username,
                              principal.role.rawValue, stamp, regime, current.number])
        }
        /// Writes what has been built so far: the batch is streamed in slices (one transaction all the same),
        /// so memory stays flat however long the list.
        func flush() async throws {
            try await BulkInsert.insert(sql, "cases", ["id", "county_code", "township_code", "village_code", "household_id", "state", "channel",
                                                         "opened_on", "opened_at", "opened_by", "reporter_name", "reporter_id_number", "reporter_phone",
                                                         "reporter_address", "difficulty", "description", "risk_types", "green_channel", "response_due",
                                                         "decision_due", "regime", "policy_version", "version", "updated_at"], caseRows)
            try await BulkInsert.insert(sql, "case_events", ["id", "county_code", "case_id", "seq", "action", "from_state", "to_state", "facts", "actor",
                                                               "actor_role", "at", "regime", "policy_version"], eventRows)
            try await BulkInsert.insert(sql, "warnings", ["id", "county_code", "township_code", "village_code", "household_id", "member_id", "import_id",
                                                            "row_number", "department", "list_type", "risk_type", "reason", "evidence", "kind", "case_id",
                                                            "created_on", "due", "scale_risk"], warningRows)
            try await BulkInsert.insert(sql, "import_rows", ["id", "county_code", "import_id", "list_type", "row_number", "status", "reason", "id_number",
                                                               "name", "household_id", "warning_id", "row_key"], importRows)
            caseRows.removeAll(keepingCapacity: true)
            eventRows.removeAll(keepingCapacity: true)
            warningRows.removeAll(keepingCapacity: true)
            importRows.removeAll(keepingCapacity: true)
        }
        for row in p.parsed.rows {
            if importRows.count >= sliceRows {
                try await flush()
                progress?.set(importID, "写入数据", total / 2 + row.number / 2, total)
            }
            let idNumber = row.values["idNumber"], name = row.values["name"]
            switch row.status {
            case .invalid(let why):
                counts.invalid += 1
                importRows.append([importID + "-" + String(row.number), county, importID, type.key, row.number, "invalid", why, idNumber, name, nil as String?, nil as String?, nil as String?])
                continue
            case .duplicate(let first):
                counts.duplicate += 1
                importRows.append([importID + "-" + String(row.number), county, importID, type.key, row.number, "duplicate", "与第\(first)行相同，未重复处理",
                                   idNumber, name, nil as String?, nil as String?, nil as String?])
                continue
            case .valid:
                break
            }
            let key = keys[keyIndex]
            keyIndex += 1
            if known.contains(key) || appliedKeys.contains(key) {
                counts.repeated += 1
                importRows.append([importID + "-" + String(row.number), county, importID, type.key, row.number, "repeat", "该行数据以前已导入，未重复处理",
                                   idNumber, name, nil as String?, nil as String?, nil as String?])
                continue
            }
            appliedKeys.insert(key)
            guard let id = idNumber, let person = people[id] else {
                counts.unmatched += 1
                importRows.append([importID + "-" + String(row.number), county, importID, type.key, row.number, "unmatched", "农户台账中没有该身份证号码的在户人员",
                                   idNumber, name, nil as String?, nil as String?, key])
                continue
            }
            counts.matched += 1
            var ctx = WarningContext(householdNetIncome: person.netIncome.map { Fixed2(hundredths: $0) }, memberAge: person.birth.map { $0.age(on: today) },
                                     today: today)
            var synced: String?
            if roster, let status = row.values["status"].flatMap(CivilStatus.parse), let start = row.values["start"].flatMap(Day.init) {
                ctx.civilPrevious = knownStatuses[person.memberID]?.first { $0.status == status }
                let record = CivilStatusRecord(memberName: name ?? "", status: status, start: start, end: row.values["end"].flatMap(Day.init))
                statusUpdates[CivilStatusStore.key(member: person.memberID, status)] = CivilStatusStore.Update(
                    memberID: person.memberID, householdID: person.householdID, township: person.township, memberName: name ?? "", record: record)
                synced = "已同步救助状态：" + record.text
            }
            guard let hit = type.rule(row.values, ctx, settings) else {
                importRows.append([importID + "-" + String(row.number), county, importID, type.key, row.number, "matched", synced,
                                   idNumber, name, person.householdID, nil as String?, key])
                continue
            }
            counts.warnings += 1
            let warningID = UUID().uuidString.lowercased()
            let evidence: [String: String] = Dictionary(uniqueKeysWithValues: type.columns.compactMap { c in row.values[c.key].map { (c.header, c.key == "idNumber" ? IDNumber.masked($0) : $0) } })
            // Who and where from, in words the village reads: the member, the department's list and its row.
            let member = (name.map { $0 + "（" } ?? "（") + IDNumber.masked(id) + "）"
            let facts: [String: String] = ["channel": ClueChannel.departmentWarning.label, "department": type.department.label, "list": type.name,
                                           "row": "第\(row.number)行", "member": member, "description": hit.reason]
            var kind = "clue"
            var caseID: String
            if let existing = openCase[person.householdID] {
                caseID = existing.id
                if person.monitored || CaseState(rawValue: existing.state)?.isMonitored == true {
                    kind = "newRisk"
                    counts.risks += 1
                    event(caseID, "newRisk", existing.state, facts.merging(["risk": hit.risk.label]) { a, _ in a })
                } else {
                    kind = "merged"
                    counts.merged += 1
                    event(caseID, "merge", existing.state, facts)
                }
            } else {
                caseID = UUID().uuidString.lowercased()
                counts.clues += 1
                caseRows.append([caseID, county, person.township, person.village, person.householdID, CaseState.clue.rawValue,
                                 ClueChannel.departmentWarning.rawValue, today.description, stamp, type.department.label,
                                 nil as String?, nil as String?, nil as String?, nil as String?, hit.difficulty, hit.reason, hit.risk.rawValue,
                                 false, responseDue.description, decisionDue.description, regime, current.number, 1, stamp])
                nextSeq[caseID] = 1
                event(caseID, "open", CaseState.clue.rawValue, facts)
                openCase[person.householdID] = (caseID, CaseState.clue.rawValue)
            }
            let evidenceJSON = BulkInsert.json(evidence)
            warningRows.append([warningID, county, person.township, person.village, person.householdID, person.memberID, importID, row.number,
                                type.department.rawValue, type.key, hit.risk.rawValue, hit.reason, evidenceJSON, kind, caseID,
                                today.description, verifyDue.description,
                                ScaleRisk.column(ScaleRisk.indicators(listType: type.key, fields: evidence, relocationSite: relocationSites.contains(person.village)))])
            importRows.append([importID + "-" + String(row.number), county, importID, type.key, row.number, "warned", hit.reason,
                               idNumber, name, person.householdID, warningID, key])
        }
        try await flush()
        let membersUpdated = try await CivilStatusStore.apply(statusUpdates, county: county, importID: importID, principal: principal, today: today, stamp: stamp, on: sql)
        lap("build and insert rows")
        try await sql.update("imports")
            .set("state", to: SQLBind("done")).set("invalid_rows", to: SQLBind(counts.invalid)).set("duplicate_rows", to: SQLBind(counts.duplicate))
            .set("matched", to: SQLBind(counts.matched)).set("unmatched", to: SQLBind(counts.unmatched)).set("repeated", to: SQLBind(counts.repeated))
            .set("warnings", to: SQLBind(counts.warnings)).set("new_clues", to: SQLBind(counts.clues)).set("merged", to: SQLBind(counts.merged))
            .set("new_risks", to: SQLBind(counts.risks)).set("finished_at", to: SQLBind(Int64(Date().timeIntervalSince1970)))
            .set("status_updates", to: SQLBind(roster ? membersUpdated : nil))
            .where("id", .equal, SQLBind(importID)).run()
        try beforeCommit?()
        try await AuditLog.append(on: sql, AuditLog.Actor(username: principal.username, role: principal.role.rawValue, address: address, at: now, key: auditKey),
                                  action: "import.apply", entity: "import", entityID: importID,
                                  detail: ["listType": .string(type.key), "file": .string(p.filename), "sha256": .string(p.sha256),
                                           "rows": .number(Double(total)), "warnings": .number(Double(counts.warnings)),
                                           "newClues": .number(Double(counts.clues))]
                                            .merging(roster ? ["statusesSynced": .number(Double(statusUpdates.count)), "membersUpdated": .number(Double(membersUpdated))] : [:]) { a, _ in a },
                                  at: now)
    }

    package static func find(id: String, on db: any Database) async throws -> ImportRecord? {
        try await (try db.sql()).raw("SELECT * FROM imports WHERE id = \(bind: id)").first().map(ImportRecord.init(row:))
    }

    static func rows(of id: String, status: String? = nil, limit: Int = 1000, after row: Int = 0, on db: any Database) async throws -> [ImportRowRecord] {
        let filter = status.map { SQLQueryString(" AND status = \(bind: $0)") } ?? SQLQueryString("")
        return try await (try db.sql()).raw("SELECT * FROM import_rows WHERE import_id = \(bind: id) AND row_number > \(bind: row)" + filter
            + " ORDER BY row_number LIMIT \(literal: limit)").all().map(ImportRowRecord.init(row:))
    }

    /// At start-up: an import left processing by a stopped server was rolled back; say so.
    static func markInterrupted(on db: any Database) async throws {
        try await db.write { db in
            try await (try db.sql()).update("imports").set("state", to: SQLBind("failed"))
                .set("message", to: SQLBind("服务重启，导入未完成；数据未改动，请重新导入")).where("state", .equal, SQLBind("processing")).run()
        }
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
    }
}

extension SQLBind {
    static func group(_ values: ArraySlice<String>) -> SQLGroupExpression {
        SQLGroupExpression(SQLList(values.map { SQLBind($0) }))
    }
}

extension ImportStore {
    /// A store for work outside a request (the demo county's department lists).
    package init(db: any Database, principal: Principal, county: String, now: Date, auditKey: SymmetricKey?, settings: WarningSettings,
                 policy: PolicyStore, calendar: WorkingCalendar) {
        self.init(db: db, principal: principal, county: county, now: now, auditKey: auditKey, settings: settings, policy: policy,
                  calendar: calendar, progress: nil)
    }
}
