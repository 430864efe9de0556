import App
import Domain
import Fluent
import FluentSQLiteDriver
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Builds the demo county (regions, households, members, accounts) with multi-row inserts.
package enum DemoSetup {
    struct Account {
        var username: String
        var password: String
        var role: Role
        var scope: String
        var name: String
    }

    static let password = "Demo2026"

    static func accounts(county: String) -> [Account] {
        [
            Account(username: "admin", password: password, role: .countyAdmin, scope: county, name: "县防贫中心管理员"),
            Account(username: "township", password: password, role: .townshipOfficer, scope: county + "100", name: "长安镇工作站"),
            Account(username: "village", password: password, role: .villageOfficer, scope: county + "100201", name: "村网格员"),
            Account(username: "department", password: password, role: .departmentOfficer, scope: "edu", name: "县教育局"),
            Account(username: "helper", password: password, role: .helper, scope: county, name: "帮扶责任人（名册中帮扶户最多的一位）"),
            Account(username: "inspector", password: password, role: .inspector, scope: county, name: "县督查组"),
        ]
    }

    /// Last month's reports as the demo county sent them: every township but the last on the 18th (one is late, so the
    /// county's inbox shows it), the county on the 24th once the townships' day has passed.
    static func seedReports(on db: any Database, county: String, regions: RegionDirectory, calendar: WorkingCalendar, today: Day) async throws {
        let sql = try db.sql()
        guard try await sql.raw("SELECT COUNT(*) AS n FROM duty_reports").first()?.decode(column: "n", as: Int.self) ?? 0 == 0 else { return }
        guard let town = ReportingDuty.duty("township.report"), let countyDuty = ReportingDuty.duty("county.report") else { return }
        let period = town.period(on: today)
        let month = period.end.adding(days: 1)
        var rows: [(String, String, Day)] = []
        for t in regions.children(of: county).filter({ $0.level == .township }).dropLast() {
            rows.append((town.id, t.code, month.adding(days: 17)))
        }
        rows.append((countyDuty.id, county, month.adding(days: 23)))
        if let quarterly = ReportingDuty.duty("measures.quarterly") {
            let q = quarterly.period(on: today)
            let rule = DeadlineRule.seedDefaults.first { $0.key == quarterly.id } ?? DeadlineRule.seedDefaults[0]
            if let sent = try? quarterly.due(q, rule: rule, calendar: calendar), sent <= today {
                try await sql.insert(into: "duty_reports").columns("id", "duty", "unit", "period", "sent_on", "sent_by", "sent_at", "note")
                    .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(quarterly.id), SQLBind(county), SQLBind(q.code), SQLBind(sent.description),
                            SQLBind("演示数据"), SQLBind(Int64(sent.daysSinceEpoch) * 86_400), SQLBind("演示数据")).run()
            }
        }
        for (duty, unit, day) in rows where day <= today {
            try await sql.insert(into: "duty_reports").columns("id", "duty", "unit", "period", "sent_on", "sent_by", "sent_at", "note")
                .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(duty), SQLBind(unit), SQLBind(period.code), SQLBind(day.description),
                        SQLBind("演示数据"), SQLBind(Int64(day.daysSinceEpoch) * 86_400), SQLBind("演示数据")).run()
        }
    }

    /// `serve --demo`: builds the county if the database has no households, and prints the accounts.
    package static func ensure(app: Application, households: Int, seed: UInt64) async throws {
        let sql = try app.db.sql()
        let count = try await sql.raw("SELECT COUNT(*) AS n FROM households").first()?.decode(column: "n", as: Int.self) ?? 0
        if count == 0 {
            app.logger.notice("正在生成演示县数据（\(households) 户）…")
            let stats = try await generate(on: app.db, households: households, seed: seed, today: app.clock.today)
            app.logger.notice("演示数据已生成：\(stats.households) 户，\(stats.members) 人，用时 \(String(format: "%.1f", stats.seconds)) 秒")
            try await app.regions.reload(on: app.db)
        }
        let county = app.regions.counties.first?.code ?? "450224"
        // The demo county needs a monitoring line to assess against; marked as demo data, not an official figure.
        let province = String(county.prefix(2))
        if app.policy.thresholds.history(province: province).isEmpty {
            try await app.policy.addThreshold(Threshold(province: province, effectiveFrom: Day(year: 2022, month: 1, day: 1)!, perCapita: Fixed2(7300),
                                                        basis: "演示数据：参照河北省7300元，非本省正式标准，请按本省文件更正"),
                                              by: app.auditActor(username: "演示数据", role: "system"), on: app.db)
        }
        try await DemoWorkflow.seed(on: app.db, county: county, today: app.clock.today, calendar: app.calendars.calendar,
                                    policyVersion: app.policy.current.number, seed: seed)
        try await DemoScreening.seed(on: app.db, county: county, regions: app.regions, today: app.clock.today, seed: seed)
        try await DemoDepartments.seed(on: app.db, county: county, regions: app.regions, warnings: app.config.warningSettings, policy: app.policy,
                                       calendar: app.calendars.calendar, today: app.clock.today,
                                       now: app.clock.now, auditKey: app.auditKey)
        try await seedReports(on: app.db, county: county, regions: app.regions, calendar: app.calendars.calendar, today: app.clock.today)
        // A first data-quality run, so the bulletin and the look-back checklist have findings to show.
        if try await sql.raw("SELECT COUNT(*) AS n FROM quality_runs WHERE county_code = \(bind: county)").first()?.decode(column: "n", as: Int.self) ?? 0 == 0 {
            let run = try await QualityStore.begin(county: county, by: "演示数据", on: app.db)
            try await QualityStore.run(county: county, by: app.auditActor(username: "演示数据", role: "system"), runID: run,
                                       policy: app.policy, calendar: app.calendars.calendar, today: app.clock.today, sqliteFile: app.config.sqliteFile, on: app.db)
        }
        for a in accounts(county: county) {
            if try await User.query(on: app.db).filter(\.$username == a.username).first() == nil {
                try await User(username: a.username, passwordHash: try Bcrypt.hash(a.password, cost: 10), role: a.role, scope: a.scope,
                               displayName: a.name, now: Date()).save(on: app.db)
            }
        }
        // The demo helper account is the register entry with the most households, so it has a world to see.
        if let helper = try await User.query(on: app.db).filter(\.$username == "helper").first(), helper.helperID == nil,
           let top = try await sql.raw("""
               SELECT helper_id FROM household_helpers WHERE county_code = \(bind: county) AND ended_on IS NULL
               GROUP BY helper_id ORDER BY COUNT(*) DESC, helper_id LIMIT 1
               """).first() {
            helper.helperID = try top.decode(column: "helper_id", as: String.self)
            helper.scope = county
            try await helper.save(on: app.db)
        }
        var lines = ["", "演示账号（密码均为 \(password)）："]
        for a in accounts(county: county) {
            lines.append("  \(a.username.padding(toLength: 11, withPad: " ", startingAt: 0)) \(a.role.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)) 范围 \(a.scope)  \(a.name)")
        }
        lines.append("在浏览器中打开服务地址（默认 http://127.0.0.1:8080）登录；农户一键申报页面为 /self-report。")
        print(lines.joined(separator: "\n"))
    }

    package struct Stats {
        package var households: Int
        package var members: Int
        package var seconds: Double

        package init(households: Int, members: Int, seconds: Double) {
            self.households = households; self.members = members; self.seconds = seconds
        }
    }

    /// Generates and stores a county in one transaction. Refuses a database that already holds households.
    package static func generate(on db: any Database, households total: Int, seed: UInt64, today: Day, countyCode: String = "450224",
                         countyName: String = "融安县", foreignBirths: Bool = true, progress: (@Sendable (Int) -> Void)? = nil) async throws -> Stats {
        let start = Date()
        let existing = try await (try db.sql()).raw("SELECT COUNT(*) AS n FROM households WHERE county_code = \(bind: countyCode)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        guard existing == 0 else {
            throw AppError(status: .conflict, code: "not_empty", message: "数据库中已有\(countyCode)的农户数据（\(existing)户）；请用 --db 指定新的数据库文件")
        }
        let county = NIOLockedValueBox(DemoCounty(seed: seed, today: today, countyCode: countyCode, countyName: countyName, foreignBirths: foreignBirths))
        let stamp = Int64(Date().timeIntervalSince1970)
        let regions = county.withLockedValue { $0.regions }
        try await (try db.sql()).raw("DELETE FROM regions WHERE county_code = \(bind: countyCode)").run()
        try await RegionDirectory.insert(regions, on: try db.sql())
        let householdColumns = ["id", "county_code", "township_code", "origin_township_code", "code", "head_name", "head_member_id",
                                "member_count", "net_income", "per_capita_income", "version", "created_at", "updated_at"]
            + HouseholdFields.table.specs.map(\.column)
        let memberColumns = ["id", "household_id", "county_code", "version", "joined_at", "joined_event", "created_at", "updated_at"]
            + MemberFields.table.specs.map(\.column)
        let incomeColumns = ["id", "household_id", "county_code", "net_income", "per_capita_income", "version", "source", "recorded_by", "recorded_at",
                             "updated_by", "updated_at", "employed_members"] + IncomeFields.table.specs.map(\.column)
        let isPostgres = try db.sql().dialect.name == "postgresql"
        // Statement size: SQLite binds up to 32,766 variables here, PostgreSQL 65,535.
        let householdChunk = isPostgres ? 1000 : 700
        let memberChunk = isPostgres ? 1500 : 800
        let batchSize = 5000
        /// Generates the next households and turns them into insert rows (runs beside the previous batch's insert).
        let dialectSource = try db.sql()
        @Sendable func build(_ count: Int) throws -> (statements: [SerializedStatement], households: Int, members: Int) {
            let batch = county.withLockedValue { $0.nextHouseholds(count) }
            var hRows: [[BulkValue]] = []
            var mRows: [[BulkValue]] = []
            var iRows: [[BulkValue]] = []
            hRows.reserveCapacity(batch.count)
            mRows.reserveCapacity(batch.count * 4)
            for h in batch {
                let village = h.facts.text("villageCode")!
                let head = h.members.first { $0.facts.choice("relation", as: Relation.self) == .head }
                let income = IncomeSummary(facts: h.facts, memberCount: h.incomes.last?.householdSize ?? h.members.count)
                let hid = h.id.uuidString.lowercased()
                for s in h.incomes {
                    var irow: [BulkValue] = [.text("\(hid)-\(s.year)"), .text(hid), .text(countyCode), .int(s.netIncome.hundredths), .int(s.perCapita.hundredths),
                                             .int(1), .text("demo"), .text("demo"), .int(stamp), .text("demo"), .int(stamp), .text(s.employedText)]
                    for spec in IncomeFields.table.specs { irow.append(FieldTable.bulkValue(spec, s.facts[spec.key])) }
                    iRows.append(irow)
                }
                var row: [BulkValue] = [
                    .text(hid), .text(countyCode), .text(String(village.prefix(9))),
                    .text(h.facts.text("originVillageCode").map { String($0.prefix(9)) }), .text(h.code),
                    .text(head?.facts.text("name")), .text(head?.id.uuidString.lowercased()), .int(Int64(h.members.count)),
                    .int(income.netIncome.hundredths), .int(income.perCapita?.hundredths), .int(1), .int(stamp), .int(stamp),
                ]
                row.reserveCapacity(householdColumns.count)
                for spec in HouseholdFields.table.specs { row.append(FieldTable.bulkValue(spec, h.facts[spec.key])) }
                hRows.append(row)
                for m in h.members {
                    var mrow: [BulkValue] = [
                        .text(m.id.uuidString.lowercased()), .text(hid), .text(countyCode), .int(1),
                        .text(nil), .text(MembershipEvent.registration.rawValue), .int(stamp), .int(stamp),
                    ]
                    mrow.reserveCapacity(memberColumns.count)
                    for spec in MemberFields.table.specs { mrow.append(FieldTable.bulkValue(spec, m.facts[spec.key])) }
                    mRows.append(mrow)
                }
            }
            // Serialized here, beside the previous batch's insert, so the database thread only executes.
            return (try BulkInsert.statements(into: "households", columns: householdColumns, rows: hRows, chunk: householdChunk, on: dialectSource)
                    + (try BulkInsert.statements(into: "members", columns: memberColumns, rows: mRows, chunk: memberChunk, on: dialectSource))
                    + (try BulkInsert.statements(into: "income_statements", columns: incomeColumns, rows: iRows, chunk: memberChunk / 2, on: dialectSource)),
                    hRows.count, mRows.count)
        }
        let memberTotal = try await db.write { db -> Int in
            let sql = try db.sql()
            if !isPostgres {
                // A bigger page cache for the load keeps SQLite from spilling dirty pages mid-transaction.
                try await sql.raw("PRAGMA cache_size = -131072").run()
                try await sql.raw("PRAGMA temp_store = MEMORY").run()
            }
            // Into empty tables, building the secondary indexes once at the end (a sort) beats updating them row by row.
            let emptyTables = try await sql.raw("SELECT (SELECT COUNT(*) FROM households) + (SELECT COUNT(*) FROM members) AS n").first()?
                .decode(column: "n", as: Int.self) == 0
            let deferred = emptyTables ? IndexSpec.households + IndexSpec.members : []
            for index in deferred { try await index.drop(on: sql) }
            var memberTotal = 0
            var done = 0
            var next: Task<(statements: [SerializedStatement], households: Int, members: Int), any Error>? =
                total > 0 ? Task { try build(min(batchSize, total)) } : nil
            while let pending = next {
                let batch = try await pending.value
                let remaining = total - done - batch.households
                next = remaining > 0 ? Task { try build(min(batchSize, remaining)) } : nil
                for statement in batch.statements { try await statement.run(on: sql) }
                memberTotal += batch.members
                done += batch.households
                progress?(done)
            }
            for index in deferred { try await index.create(on: sql) }
            if !isPostgres { try await sql.raw("PRAGMA cache_size = -2000").run() }
            if let site = county.withLockedValue({ $0.finalRegions }).first(where: { $0.flags.relocationSite }) {
                try await sql.update("regions").set("relocation_size", to: SQLBind(site.flags.relocationSize)).where("code", .equal, SQLBind(site.code)).run()
            }
            return memberTotal
        }
        // Fresh statistics, so the planner picks the name index for a name search rather than scanning the county.
        try await (try db.sql()).raw("ANALYZE").run()
        return Stats(households: total, members: memberTotal, seconds: Date().timeIntervalSince(start))
    }
}
