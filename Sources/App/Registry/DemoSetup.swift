import Domain
import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Builds the demo county (regions, households, members, accounts) with multi-row inserts.
enum DemoSetup {
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
            Account(username: "helper", password: password, role: .helper, scope: county + "100201", name: "帮扶责任人"),
            Account(username: "inspector", password: password, role: .inspector, scope: county, name: "县督查组"),
        ]
    }

    /// `serve --demo`: builds the county if the database has no households, and prints the accounts.
    static func ensure(app: Application, households: Int, seed: UInt64) async throws {
        let sql = app.db as! any SQLDatabase
        let count = try await sql.raw("SELECT COUNT(*) AS n FROM households").first()?.decode(column: "n", as: Int.self) ?? 0
        if count == 0 {
            app.logger.notice("正在生成演示县数据（\(households) 户）…")
            let stats = try await generate(on: app.db, households: households, seed: seed, today: Day(date: Date()))
            app.logger.notice("演示数据已生成：\(stats.households) 户，\(stats.members) 人，用时 \(String(format: "%.1f", stats.seconds)) 秒")
            try await app.regions.reload(on: app.db)
        }
        let county = app.regions.counties.first?.code ?? "450224"
        for a in accounts(county: county) {
            if try await User.query(on: app.db).filter(\.$username == a.username).first() == nil {
                try await User(username: a.username, passwordHash: try Bcrypt.hash(a.password, cost: 10), role: a.role, scope: a.scope,
                               displayName: a.name, now: Date()).save(on: app.db)
            }
        }
        var lines = ["", "演示账号（密码均为 \(password)）："]
        for a in accounts(county: county) {
            lines.append("  \(a.username.padding(toLength: 11, withPad: " ", startingAt: 0)) \(a.role.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)) 范围 \(a.scope)  \(a.name)")
        }
        lines.append("打开 http://127.0.0.1:8080 登录。")
        print(lines.joined(separator: "\n"))
    }

    struct Stats {
        var households: Int
        var members: Int
        var seconds: Double
    }

    /// Generates and stores a county in one transaction. Refuses a database that already holds households.
    static func generate(on db: any Database, households total: Int, seed: UInt64, today: Day, countyCode: String = "450224",
                         countyName: String = "融安县", progress: (@Sendable (Int) -> Void)? = nil) async throws -> Stats {
        let start = Date()
        let existing = try await (db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM households WHERE county_code = \(bind: countyCode)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        guard existing == 0 else {
            throw AppError(status: .conflict, code: "not_empty", message: "数据库中已有\(countyCode)的农户数据（\(existing)户）；请用 --db 指定新的数据库文件")
        }
        let county = NIOLockedValueBox(DemoCounty(seed: seed, today: today, countyCode: countyCode, countyName: countyName))
        let stamp = Int64(Date().timeIntervalSince1970)
        let regions = county.withLockedValue { $0.regions }
        try await (db as! any SQLDatabase).raw("DELETE FROM regions WHERE county_code = \(bind: countyCode)").run()
        try await RegionDirectory.insert(regions, on: db as! any SQLDatabase)
        let householdColumns = ["id", "county_code", "township_code", "origin_township_code", "code", "head_name", "head_member_id",
                                "member_count", "net_income", "per_capita_income", "version", "created_at", "updated_at"]
            + HouseholdFields.table.specs.map(\.column)
        let memberColumns = ["id", "household_id", "county_code", "version", "joined_at", "joined_event", "created_at", "updated_at"]
            + MemberFields.table.specs.map(\.column)
        let isPostgres = db is any SQLDatabase && (db as! any SQLDatabase).dialect.name == "postgresql"
        // Statement size: SQLite binds up to 32,766 variables here, PostgreSQL 65,535.
        let householdChunk = isPostgres ? 1000 : 700
        let memberChunk = isPostgres ? 1500 : 800
        let batchSize = 5000
        let memberTotal = try await db.transaction { db -> Int in
            let sql = db as! any SQLDatabase
            var memberTotal = 0
            var done = 0
            while done < total {
                let batch = county.withLockedValue { $0.nextHouseholds(min(batchSize, total - done)) }
                var hRows: [[any SQLExpression]] = []
                var mRows: [[any SQLExpression]] = []
                hRows.reserveCapacity(batch.count)
                for h in batch {
                    let village = h.facts.text("villageCode")!
                    let head = h.members.first { $0.facts.choice("relation", as: Relation.self) == .head }
                    let income = IncomeSummary(facts: h.facts, memberCount: h.members.count)
                    var row: [any SQLExpression] = [
                        SQLBind(h.id.uuidString.lowercased()), SQLBind(countyCode), SQLBind(String(village.prefix(9))),
                        SQLBind(h.facts.text("originVillageCode").map { String($0.prefix(9)) }), SQLBind(h.code),
                        SQLBind(head?.facts.text("name")), SQLBind(head?.id.uuidString.lowercased()), SQLBind(h.members.count),
                        SQLBind(income.netIncome.hundredths), SQLBind(income.perCapita?.hundredths), SQLBind(1), SQLBind(stamp), SQLBind(stamp),
                    ]
                    for spec in HouseholdFields.table.specs { row.append(FieldTable.bind(spec, h.facts[spec.key])) }
                    hRows.append(row)
                    for m in h.members {
                        var mrow: [any SQLExpression] = [
                            SQLBind(m.id.uuidString.lowercased()), SQLBind(h.id.uuidString.lowercased()), SQLBind(countyCode), SQLBind(1),
                            SQLBind(String?.none), SQLBind(MembershipEvent.registration.rawValue),
                            SQLBind(stamp), SQLBind(stamp),
                        ]
                        for spec in MemberFields.table.specs { mrow.append(FieldTable.bind(spec, m.facts[spec.key])) }
                        mRows.append(mrow)
                    }
                }
                for chunk in stride(from: 0, to: hRows.count, by: householdChunk) {
                    try await sql.insert(into: "households").columns(householdColumns)
                        .rows(hRows[chunk..<min(chunk + householdChunk, hRows.count)].map { $0 }).run()
                }
                for chunk in stride(from: 0, to: mRows.count, by: memberChunk) {
                    try await sql.insert(into: "members").columns(memberColumns)
                        .rows(mRows[chunk..<min(chunk + memberChunk, mRows.count)].map { $0 }).run()
                }
                memberTotal += mRows.count
                done += batch.count
                progress?(done)
            }
            if let site = county.withLockedValue({ $0.finalRegions }).first(where: { $0.flags.relocationSite }) {
                try await sql.update("regions").set("relocation_size", to: SQLBind(site.flags.relocationSize)).where("code", .equal, SQLBind(site.code)).run()
            }
            return memberTotal
        }
        return Stats(households: total, members: memberTotal, seconds: Date().timeIntervalSince(start))
    }
}

extension SQLInsertBuilder {
    /// Adds many value rows at once.
    @discardableResult
    func rows(_ rows: [[any SQLExpression]]) -> Self {
        for r in rows { _ = self.values(r) }
        return self
    }
}
