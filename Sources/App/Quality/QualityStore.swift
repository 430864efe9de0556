import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Quality runs over a county and their findings; a finding closes itself when a later run no longer finds it.
struct CreateQuality: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("quality_runs")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("state", .string, .required)
            .field("households", .int, .required)
            .field("opened", .int, .required)
            .field("closed", .int, .required)
            .field("open_total", .int, .required)
            .field("message", .string)
            .field("started_by", .string, .required)
            .field("started_at", .int64, .required)
            .field("finished_at", .int64)
            .create()
        try await db.schema("quality_findings")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("township_code", .string, .required)
            .field("village_code", .string, .required)
            .field("household_id", .string, .required)
            .field("member_key", .string, .required)
            .field("rule", .string, .required)
            .field("severity", .string, .required)
            .field("message", .string, .required)
            .field("state", .string, .required)
            .field("opened_at", .int64, .required)
            .field("closed_at", .int64)
            .field("run_id", .string, .required)
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "quality_findings_open", table: "quality_findings", columns: ["county_code", "state", "township_code", "severity"]).create(on: sql)
        try await IndexSpec(name: "quality_findings_household", table: "quality_findings", columns: ["household_id", "state"]).create(on: sql)
    }
    func revert(on db: any Database) async throws {
        try await db.schema("quality_findings").delete()
        try await db.schema("quality_runs").delete()
    }
}

package enum QualityStore {
    struct Hit: Hashable, Sendable { var household, member, rule: String }
    typealias Finding = (township: String, village: String, severity: String, message: String)
    /// `FANGPIN_TRACE_QUALITY=1` prints where a run spends its time.
    static let trace = ProcessInfo.processInfo.environment["FANGPIN_TRACE_QUALITY"] == "1"
    static func ms(_ a: Date, _ b: Date) -> String { String(format: "%.0f ms", b.timeIntervalSince(a) * 1000) }

    /// `sql` with its one `?` bound to `value`, for any database.
    static func bound(_ sql: String, _ value: String) -> SQLQueryString {
        let parts = sql.components(separatedBy: "?")
        return "\(unsafeRaw: parts[0])\(bind: value)\(unsafeRaw: parts[1])"
    }

    /// One township's households with their members, measures and helpers, ready for the rules.
    struct Township: Sendable {
        var code: String
        var households: [HouseholdRecord]
        var members: [String: [MemberRecord]]
        var inputs: [QualityInput]
    }

    /// Reads a township: only the fields the rules look at, measures and helper counts; the records are turned into
    /// rule inputs here, so that the next township loads while the rules run over this one.
    static func load(township: String, settings: PolicySettings, regimes: RegimeBook = .shipped, calendar: WorkingCalendar = .shipped, threshold: Fixed2?,
                     today: Day, file: SQLiteFileReader?, on db: any Database) async throws -> Township {
        let sql = try db.sql()
        let t0 = Date()
        let (hs, memberRecords) = try await RecordReader.township(township, keys: QualityRules.readKeys, file: file, on: sql)
        let t1 = Date()
        var members: [String: [MemberRecord]] = [:]
        for m in memberRecords { members[m.householdID, default: []].append(m) }
        var measures: [String: [MeasureFacts]] = [:]
        var helpers: [String: Int] = [:]
        let measureSQL = "SELECT x.household_id, x.type, x.risk_types, x.start_on, x.state FROM measures x JOIN households h ON h.id = x.household_id WHERE h.township_code = ?"
        let helperSQL = """
            SELECT a.household_id, COUNT(*) AS n FROM household_helpers a JOIN households h ON h.id = a.household_id
            WHERE h.township_code = ? AND a.ended_on IS NULL GROUP BY a.household_id
            """
        // Each household's newest income year and the one before (per-capita income divides by the year's size; the
        // income-risk points compare the two).
        var incomes: [String: [YearlyIncome]] = [:]
        let incomeColumns = ["household_id", "year", "household_size"] + IncomeFields.items.map(\.column)
        let incomeSQL = "SELECT " + incomeColumns.map { "s." + $0 }.joined(separator: ", ") + ", s.employed_members" + """
             FROM income_statements s JOIN households h ON h.id = s.household_id
            WHERE h.township_code = ? AND s.year >= h.income_year - 1 AND s.year <= h.income_year ORDER BY s.household_id, s.year DESC
            """
        func income(_ household: String, year: Int?, size: Int?, employed: String?, _ amount: (Int32) -> Int?) {
            guard let year, let size, size > 0 else { return }
            var amounts = Facts()
            for (i, spec) in IncomeFields.items.enumerated() {
                if let v = amount(Int32(i + 3)) { amounts[spec.key] = .fixed(Fixed2(hundredths: Int64(v))) }
            }
            incomes[household, default: []].append(YearlyIncome(year: year, householdSize: size, amounts: amounts,
                                                                employed: YearlyIncome.employedList(employed)))
        }
        func measure(household: String, type: String, risks: String, start: String, state: String) {
            measures[household, default: []].append(MeasureRecord.facts(type: type, risks: risks, start: start, state: state))
        }
        if let file {
            typealias Row = (household: String, type: String, risks: String, start: String, state: String)
            let (measureRows, helperRows, incomeRows) = try await NIOThreadPool.singleton.runIfActive {
                var ms: [Row] = [], hs: [(String, Int)] = [], ins: [(String, [Int?], String?)] = []
                try file.each(measureSQL, [township]) { r in
                    ms.append((try r.required(0), try r.required(1), r.text(2) ?? "", try r.required(3), try r.required(4)))
                }
                try file.each(helperSQL, [township]) { r in hs.append((try r.required(0), r.int(1) ?? 0)) }
                try file.each(incomeSQL, [township]) { r in
                    ins.append((try r.required(0), (1..<incomeColumns.count).map { r.int(Int32($0)) }, r.text(Int32(incomeColumns.count))))
                }
                return (ms, hs, ins)
            }
            for r in measureRows { measure(household: r.household, type: r.type, risks: r.risks, start: r.start, state: r.state) }
            for (h, n) in helperRows { helpers[h] = n }
            for (h, values, employed) in incomeRows { income(h, year: values[0], size: values[1], employed: employed) { values[Int($0) - 1] } }
        } else {
            for r in try await sql.raw(bound(measureSQL, township)).all() {
                measure(household: try r.decode(column: "household_id", as: String.self), type: try r.decode(column: "type", as: String.self),
                        risks: try r.decode(column: "risk_types", as: String.self), start: try r.decode(column: "start_on", as: String.self),
                        state: try r.decode(column: "state", as: String.self))
            }
            for r in try await sql.raw(bound(helperSQL, township)).all() {
                helpers[try r.decode(column: "household_id", as: String.self)] = try r.decode(column: "n", as: Int.self)
            }
            for r in try await sql.raw(bound(incomeSQL, township)).all() {
                income(try r.decode(column: "household_id", as: String.self), year: try r.decode(column: "year", as: Int?.self),
                       size: try r.decode(column: "household_size", as: Int?.self),
                       employed: try r.decode(column: "employed_members", as: String?.self)) { i in (try? r.decode(column: incomeColumns[Int(i)], as: Int?.self)) ?? nil }
            }
        }
        let inputs = hs.map { h in
            QualityInput(household: h.facts, members: (members[h.id] ?? []).map(\.ruleFacts), measures: measures[h.id] ?? [], helpers: helpers[h.id] ?? 0,
                         today: today, threshold: threshold, settings: settings, regimes: regimes, calendar: calendar, incomes: incomes[h.id] ?? [])
        }
        if trace { print("township \(township): read \(hs.count)+\(memberRecords.count) \(ms(t0, t1)), measures and inputs \(ms(t1, Date()))") }
        return Township(code: township, households: hs, members: members, inputs: inputs)
    }

    /// Every household rule over one loaded township, on all cores.
    static func check(_ t: Township, severities: [String: String]) async -> [Hit: Finding] {
        let t0 = Date()
        let results = await Parallel.map(t.inputs) { QualityRules.check($0) }
        if trace { print("township \(t.code): rules \(ms(t0, Date()))") }
        var found: [Hit: Finding] = [:]
        for (h, findings) in zip(t.households, results) {
            let ms = t.members[h.id] ?? []
            for f in findings {
                let member = f.memberIndex.map { ms[$0].id } ?? ""
                found[Hit(household: h.id, member: member, rule: f.rule)] = (t.code, h.villageCode, severities[f.rule] ?? "advisory", f.message)
            }
        }
        return found
    }

    /// The rules the App runs over the whole county in SQL (the same ID number or phone in two households).
    static let countyWide = Set(QualityRules.all.filter { $0.check == nil }.map(\.code))

    /// Writes one part's changes in one transaction: open findings not found again close, found ones not yet open open.
    static func write(_ found: [Hit: Finding], replacing open: [Hit: String], county: String, runID: String, stamp: Int64,
                      on db: any Database) async throws -> (opened: Int, closed: Int) {
        let closing = open.filter { found[$0.key] == nil }.map(\.value)
        let fresh: [[any Encodable & Sendable]] = found.filter { open[$0.key] == nil }.map { hit, v in
            [UUID().uuidString.lowercased(), county, v.township, v.village, hit.household, hit.member, hit.rule, v.severity, v.message, "open", stamp,
             nil as Int64?, runID]
        }
        guard !closing.isEmpty || !fresh.isEmpty else { return (0, 0) }
        try await db.write { db in
            let sql = try db.sql()
            for chunk in closing.chunked(500) {
                try await sql.raw("UPDATE quality_findings SET state = 'closed', closed_at = \(bind: stamp) WHERE id IN \(SQLBind.group(chunk))").run()
            }
            try await BulkInsert.insert(sql, "quality_findings", ["id", "county_code", "township_code", "village_code", "household_id", "member_key", "rule",
                                                                   "severity", "message", "state", "opened_at", "closed_at", "run_id"], fresh)
        }
        return (fresh.count, closing.count)
    }

    /// Runs every rule over the county, township by township. Each township's findings are written in a transaction
    /// of their own as soon as its rules have run, while the next townships are read and checked; the county-wide
    /// rules, the run's totals and its audit entry come last. A run that fails part-way leaves the townships already
    /// written up to date and is marked failed.
    package static func run(county: String, by who: AuditLog.Actor, runID: String, policy: PolicyStore, calendar: WorkingCalendar = .shipped, today: Day,
                    sqliteFile: String?, on db: any Database) async throws {
        let runStarted = Metrics.clock
        defer { Metrics.shared.observe(.qualityRunDuration, "county", seconds: Metrics.seconds(since: runStarted)) }
        let sql = try db.sql()
        let settings = policy.current.settings
        let regimes = policy.regimes
        let threshold = policy.thresholds.inForce(province: String(county.prefix(2)), on: today)?.perCapita
        let severities = Dictionary(uniqueKeysWithValues: QualityRules.all.map { ($0.code, $0.severity.rawValue) })
        let stamp = who.stamp
        let townships = try await sql.raw("SELECT DISTINCT township_code FROM households WHERE county_code = \(bind: county)").all()
            .map { try $0.decode(column: "township_code", as: String.self) }
        // The open findings, per township; the county-wide rules' under "".
        var open: [String: [Hit: String]] = [:]
        for r in try await sql.raw("SELECT id, township_code, household_id, member_key, rule FROM quality_findings WHERE county_code = \(bind: county) AND state = 'open'").all() {
            let rule = try r.decode(column: "rule", as: String.self)
            let part = countyWide.contains(rule) ? "" : try r.decode(column: "township_code", as: String.self)
            open[part, default: [:]][Hit(household: try r.decode(column: "household_id", as: String.self), member: try r.decode(column: "member_key", as: String.self),
                                         rule: rule)] = try r.decode(column: "id", as: String.self)
        }
        let started = Date()
        var households = 0, openTotal = 0
        // Writes one after another, each behind the previous, while the loop goes on to the next township.
        var writing: Task<(opened: Int, closed: Int), any Error>?
        func enqueue(_ found: [Hit: Finding], replacing part: [Hit: String]) {
            let previous = writing
            writing = Task {
                let before = try await previous?.value ?? (opened: 0, closed: 0)
                let now = try await write(found, replacing: part, county: county, runID: runID, stamp: stamp, on: db)
                return (before.opened + now.opened, before.closed + now.closed)
            }
        }
        // On a SQLite file the records are read through connections of the run's own (see `SQLiteFileReader`).
        // Two townships load at once, each through a connection of its own, while the rules run over a third:
        // reading is the longer half, and this machine has two cores.
        let depth = 2
        let files = try sqliteFile.map { path in try (0..<depth).map { _ in try SQLiteFileReader(path: path) } }
        func loading(_ i: Int) -> Task<Township, any Error>? {
            guard i < townships.count else { return nil }
            let file = files?[i % depth]
            return Task {
                try await load(township: townships[i], settings: settings, regimes: regimes, calendar: calendar, threshold: threshold,
                               today: today, file: file, on: db)
            }
        }
        var pending = (0..<depth).map(loading)
        for i in townships.indices {
            guard let t = try await pending[i % depth]?.value else { break }
            // Its connection is free again: start the township after next on it.
            pending[i % depth] = loading(i + depth)
            households += t.households.count
            let found = await check(t, severities: severities)
            openTotal += found.count
            enqueue(found, replacing: open.removeValue(forKey: t.code) ?? [:])
        }
        // Townships with open findings and no live household left: their findings close.
        for (part, hits) in open where !part.isEmpty { enqueue([:], replacing: hits) }
        let townshipsDone = Date()
        var countyFound: [Hit: Finding] = [:]
        for r in try await sql.raw("""
            SELECT m.id, m.id_number, m.name, m.household_id, h.township_code, h.village_code FROM members m JOIN households h ON h.id = m.household_id
            WHERE h.county_code = \(bind: county) AND m.removed_at IS NULL AND h.dissolved_at IS NULL AND m.id_number IN (
              SELECT m2.id_number FROM members m2 WHERE m2.removed_at IS NULL GROUP BY m2.id_number HAVING COUNT(*) > 1)
            """).all() {
            countyFound[Hit(household: try r.decode(column: "household_id", as: String.self), member: try r.decode(column: "id", as: String.self), rule: "A04")] =
                (try r.decode(column: "township_code", as: String.self), try r.decode(column: "village_code", as: String.self), "mustFix",
                 "\(try r.decode(column: "name", as: String.self))：身份证号码\(IDNumber.masked(try r.decode(column: "id_number", as: String.self)))在其他户也有登记")
        }
        for r in try await sql.raw("""
            SELECT id, phone, township_code, village_code FROM households WHERE county_code = \(bind: county) AND dissolved_at IS NULL AND phone IN (
              SELECT phone FROM households WHERE county_code = \(bind: county) AND dissolved_at IS NULL AND phone IS NOT NULL GROUP BY phone HAVING COUNT(*) > 1)
            """).all() {
            countyFound[Hit(household: try r.decode(column: "id", as: String.self), member: "", rule: "A10")] =
                (try r.decode(column: "township_code", as: String.self), try r.decode(column: "village_code", as: String.self), "advisory",
                 "户联系电话\(PhoneMask.masked(try r.decode(column: "phone", as: String.self)))也登记在其他农户")
        }
        // The registry and the procedure disagree (`fangpin check`'s household findings), filed on the household.
        let checkStart = Date()
        let snapshot = try await RecordCheckStore.snapshot(county: county, file: files?.first, on: db)
        let checkRead = Date()
        let violations = RecordCheck.violations(in: snapshot, today: today).filter { $0.householdID != nil && $0.kind.qualityRule != nil }
        if trace { print("duplicates \(ms(townshipsDone, checkStart)), procedure snapshot \(ms(checkStart, checkRead)), its checks \(ms(checkRead, Date()))") }
        let places = try await Self.places(of: Set(violations.compactMap(\.householdID)), county: county, on: sql)
        for v in violations {
            guard let household = v.householdID, let rule = v.kind.qualityRule, let place = places[household] else { continue }
            let hit = Hit(household: household, member: "", rule: rule)
            let message = countyFound[hit].map { $0.message + "；" + v.message } ?? v.message
            countyFound[hit] = (place.township, place.village, severities[rule] ?? "mustFix", String(message.prefix(500)))
        }
        openTotal += countyFound.count
        enqueue(countyFound, replacing: open[""] ?? [:])
        let countyDone = Date()
        let (opened, closed) = try await writing?.value ?? (0, 0)
        if trace { print("townships \(ms(started, townshipsDone)), county-wide \(ms(townshipsDone, countyDone)), writes finished \(ms(countyDone, Date())) later") }
        let finalHouseholds = households, finalOpen = openTotal
        try await db.write { db in
            let sql = try db.sql()
            try await sql.update("quality_runs").set("state", to: SQLBind("done")).set("households", to: SQLBind(finalHouseholds))
                .set("opened", to: SQLBind(opened)).set("closed", to: SQLBind(closed)).set("open_total", to: SQLBind(finalOpen))
                .set("finished_at", to: SQLBind(Int64(Date().timeIntervalSince1970))).where("id", .equal, SQLBind(runID)).run()
            try await AuditLog.append(on: sql, who, action: "quality.run", entity: "quality", entityID: runID,
                                      detail: ["households": .number(Double(finalHouseholds)), "open": .number(Double(finalOpen)),
                                               "new": .number(Double(opened)), "closed": .number(Double(closed))])
        }
    }

    /// Township and village of the county's households among `ids`.
    static func places(of ids: Set<String>, county: String, on sql: any SQLDatabase) async throws -> [String: (township: String, village: String)] {
        var out: [String: (township: String, village: String)] = [:]
        for chunk in Array(ids).sorted().chunked(500) {
            for r in try await sql.raw("""
                SELECT id, township_code, village_code FROM households WHERE county_code = \(bind: county) AND id IN \(SQLBind.group(chunk))
                """).all() {
                out[try r.decode(column: "id", as: String.self)] = (try r.decode(column: "township_code", as: String.self), try r.decode(column: "village_code", as: String.self))
            }
        }
        return out
    }

    package static func begin(county: String, by who: String, on db: any Database) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            try await (try db.sql()).insert(into: "quality_runs")
                .columns("id", "county_code", "state", "households", "opened", "closed", "open_total", "started_by", "started_at")
                .values(SQLBind(id), SQLBind(county), SQLBind("running"), SQLBind(0), SQLBind(0), SQLBind(0), SQLBind(0), SQLBind(who),
                        SQLBind(Int64(Date().timeIntervalSince1970))).run()
        }
        return id
    }

    static func fail(_ id: String, _ message: String, on db: any Database) async {
        try? await db.write { db in
            try await (try db.sql()).update("quality_runs").set("state", to: SQLBind("failed")).set("message", to: SQLBind(message))
                .set("finished_at", to: SQLBind(Int64(Date().timeIntervalSince1970))).where("id", .equal, SQLBind(id)).run()
        }
    }
}
