@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    @Suite struct AuditTests {
        func actions(_ app: Application) async throws -> [String] {
            // After the keying entry that every trail begins with.
            try await app.sql().raw("SELECT action FROM audit_log WHERE action <> \(bind: AuditLog.keyingAction) ORDER BY seq").all()
                .map { try $0.decode(column: "action", as: String.self) }
        }

        @Test func writesLoginsExportsAndPolicyChangesAreChainedAndTamperingIsFound() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                // A failed and a successful sign-in.
                let wrong = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"county","password":"nope12345"}"#)
                #expect(wrong.status == .unauthorized)
                var admin = try await Browser.login(app, username: "county")
                #expect(try await actions(app) == ["login.failure", "login.success"])

                // A registry write carries the change, before and after.
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let res = try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"13800138000"}"#)
                #expect(res.status == .ok)
                let row = try await app.sql().raw("SELECT * FROM audit_log WHERE action = 'household.update'").first()
                #expect(try row?.decode(column: "actor", as: String.self).hasPrefix("county-admin-") == true)
                #expect(try row?.decode(column: "entity_id", as: String.self) == id)
                #expect(try row?.decode(column: "detail", as: String.self).contains("13800138000") == true)

                _ = try await admin.get("/households/export.xlsx")
                _ = try await admin.get("/policy")
                _ = try await admin.post("/policy/thresholds", ["effectiveFrom": "2026-01-01", "perCapita": "8000", "basis": "测试"])
                let all = try await actions(app)
                #expect(all.contains("export.households") && all.contains("policy.threshold"))

                let sql = app.sql()
                let good = try await AuditLog.verify(on: sql, key: app.auditKey)
                #expect(good.ok && good.entries == all.count + 1)  // and the keying entry

                // The admin page lists and filters the log.
                let page = try await admin.get("/audit?action=login")
                #expect(page.status == .ok && page.body.string.contains("哈希链完整"))
                #expect(page.body.string.contains("登录失败") && !page.body.string.contains("导出农户台账"))
                #expect(try await admin.get("/audit?actor=county&from=2000-01-01&to=2999-12-31").body.string.contains("录入监测范围"))

                // Editing one row by hand breaks the chain at that row.
                try await sql.raw("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2").run()
                let broken = try await AuditLog.verify(on: sql, key: app.auditKey)
                #expect(broken.firstBroken == 2)
                #expect(broken.reason?.contains("第2条") == true)
                #expect(try await admin.get("/audit").body.string.contains("哈希链校验未通过"))
                try await sql.raw("UPDATE audit_log SET actor = 'county' WHERE seq = 2").run()
                #expect(try await AuditLog.verify(on: sql, key: app.auditKey).ok)
                // Deleting the newest entry is found through the head record.
                let last = try await sql.raw("SELECT MAX(seq) AS n FROM audit_log").first()!.decode(column: "n", as: Int.self)
                try await sql.raw("DELETE FROM audit_log WHERE seq = \(bind: last)").run()
                #expect(try await AuditLog.verify(on: sql, key: app.auditKey).firstBroken == last)

                // Only the county admin reads it.
                try await app.makeUser("vill", role: .villageOfficer, scope: "450224100201")
                var officer = try await Browser.login(app, username: "vill")
                #expect(try await officer.get("/audit").status == .forbidden)
            }
        }
    }
}

extension AllTests.AuditTests {
    @Test func fiveWrongPasswordsLockTheAccountForAWhile() async throws {
        try await withFangpin(households: 0) { app in
            try await app.makeUser("li", role: .villageOfficer, scope: "450224100201")
            for _ in 0..<5 {
                let r = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"li","password":"wrong1234"}"#)
                #expect(r.status == .unauthorized)
            }
            // Now even the right password is refused, with when to come back.
            let locked = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"li","password":"secret123"}"#)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.errorBody?.code == "account_locked")
            #expect(locked.errorBody?.message.contains("账号已临时锁定") == true)
            // Hammering the locked account: one refusal entry a minute, not one per attempt.
            for _ in 0..<10 { _ = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"li","password":"secret123"}"#) }
            let refused = try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login.refused' AND entity_id = 'li'").first()!
            #expect(try refused.decode(column: "n", as: Int.self) == 1)
            // The web form says the same.
            let web = try await Browser(app: app).post("/login", ["username": "li", "password": "secret123", "_csrf": ""])
            #expect(web.status == .tooManyRequests && web.body.string.contains("账号已临时锁定"))
            // Another account is not affected.
            try await app.makeUser("wang", role: .villageOfficer, scope: "450224100201")
            #expect(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"wang","password":"secret123"}"#).status == .ok)
            // Sixteen minutes later the lock has passed.
            let later = Date().addingTimeInterval(16 * 60)
            let (token, _) = try await Tokens.login(username: "li", password: "secret123", kind: .api, lifetime: 60, on: app.db, now: later, auditKey: app.auditKey)
            #expect(!token.isEmpty)
            // A success resets the count: one more wrong password is not a lock.
            _ = try? await Tokens.login(username: "li", password: "bad", kind: .api, lifetime: 60, on: app.db, now: later, auditKey: app.auditKey)
            let again = try await Tokens.login(username: "li", password: "secret123", kind: .api, lifetime: 60, on: app.db, now: later, auditKey: app.auditKey)
            #expect(!again.0.isEmpty)
        }
    }
}

extension AllTests.AuditTests {
    @Test func idNumbersAndPhonesAreMaskedAndRevealedOneAtATimeWithARecord() async throws {
        try await withFangpin { app in
            let village = try await app.busyVillage()
            let id = try await app.householdIDs(in: village)[0]
            let m = try await app.sql().raw("SELECT id, id_number FROM members WHERE household_id = \(bind: id) AND removed_at IS NULL ORDER BY id").all()
            let first = try m[0].decode(column: "id", as: String.self), idNumber = try m[0].decode(column: "id_number", as: String.self)
            let token = try await app.token(role: .countyAdmin, scope: "450224")
            #expect(try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"13812345678"}"#).status == .ok)

            try await app.makeUser("vill", role: .villageOfficer, scope: village)
            var officer = try await Browser.login(app, username: "vill")
            let page = try await officer.get("/households/\(id)").body.string
            #expect(!page.contains(idNumber) && page.contains(IDNumber.masked(idNumber)))
            #expect(!page.contains("13812345678") && page.contains("138****5678"))

            let revealed = try await officer.post("/members/\(first)/reveal", [:])
            #expect(revealed.status == .ok)
            #expect(revealed.body.string.contains(idNumber))
            if m.count > 1 { #expect(!revealed.body.string.contains(try m[1].decode(column: "id_number", as: String.self))) }
            let phone = try await officer.post("/households/\(id)/reveal", [:])
            #expect(phone.body.string.contains("13812345678"))
            let audited = try await app.sql().raw("SELECT action, entity_id FROM audit_log WHERE actor = 'vill' AND action LIKE 'reveal.%' ORDER BY seq").all()
            #expect(try audited.map { try $0.decode(column: "action", as: String.self) } == ["reveal.idNumber", "reveal.phone"])
            #expect(try audited[0].decode(column: "entity_id", as: String.self) == first)

            // A helper reads the household but never the full numbers.
            try await app.makeUser("helper", role: .helper, scope: village, helping: [id])
            var helper = try await Browser.login(app, username: "helper")
            let helperPage = try await helper.get("/households/\(id)").body.string
            #expect(!helperPage.contains(idNumber) && !helperPage.contains("/reveal"))
            #expect(try await helper.post("/members/\(first)/reveal", [:]).status == .forbidden)
            // …nor through the API.
            let helperToken = try await app.token(role: .helper, scope: village, helping: [id])
            let viaAPI = try await app.api(.GET, "/api/v1/households/\(id)", token: helperToken)
            #expect(viaAPI.status == .ok && !viaAPI.body.string.contains(idNumber) && !viaAPI.body.string.contains("13812345678"))
            #expect(viaAPI.body.string.contains(IDNumber.masked(idNumber)))
            #expect(!(try await app.api(.GET, "/api/v1/members/\(first)", token: helperToken).body.string.contains(idNumber)))
            let history = try await app.api(.GET, "/api/v1/households/\(id)/history", token: helperToken).body.string
            #expect(history.contains("138****5678") && !history.contains("13812345678"))
        }
    }
}

extension AllTests.AuditTests {
    @Test func healthFactsAreShownOnlyToRolesThatWorkOnTheHousehold() async throws {
        try await withFangpin { app in
            let village = try await app.busyVillage()
            let id = try await app.householdIDs(in: village)[0]
            let member = try await app.sql().raw("SELECT id FROM members WHERE household_id = \(bind: id) AND removed_at IS NULL ORDER BY id").first()!
                .decode(column: "id", as: String.self)
            let admin = try await app.token(role: .countyAdmin, scope: "450224")
            #expect(try await app.api(.PATCH, "/api/v1/members/\(member)", token: admin,
                                      json: #"{"health":["disabled"],"disabilityGrade":"2","disabilityCategory":"physical"}"#).status == .ok)

            let helper = try await app.token(role: .helper, scope: village, helping: [id])
            let seen = try await app.api(.GET, "/api/v1/members/\(member)", token: helper)
            #expect(seen.json["disabilityGrade"] as? String == "2" && seen.json["healthWithheld"] == nil)

            let inspector = try await app.token(role: .inspector, scope: "450224")
            let withheld = try await app.api(.GET, "/api/v1/members/\(member)", token: inspector)
            #expect(withheld.status == .ok && withheld.json["healthWithheld"] as? Bool == true)
            #expect(withheld.json["disabilityGrade"] is NSNull && withheld.json["health"] is NSNull)
            let household = try await app.api(.GET, "/api/v1/households/\(id)", token: inspector).body.string
            #expect(!household.contains("\"disabilityCategory\":\"physical\""))
            let history = try await app.api(.GET, "/api/v1/households/\(id)/history", token: inspector).body.string
            #expect(history.contains(PersonalData.withheld) && !history.contains("\"after\":\"physical\""))

            try await app.makeUser("insp", role: .inspector, scope: "450224")
            var browser = try await Browser.login(app, username: "insp")
            let page = try await browser.get("/households/\(id)").body.string
            #expect(page.contains(PersonalData.withheld) && !page.contains("（二级）"))
        }
    }
}

extension AllTests.AuditTests {
    /// A trail begun without a key stays verifiable; from the keying entry on every entry is an HMAC, so someone who can
    /// write to the database but lacks the key cannot rewrite an entry and recompute the chain after it.
    @Test func theKeyedChainFindsARewriteWithoutTheKey() async throws {
        try await withFangpin(households: 0) { app in
            let sql = app.sql()
            // setup: the trail as an older version wrote it (plain SHA-256), then the keying entry and keyed entries.
            try await sql.raw("DELETE FROM audit_log").run()
            try await sql.raw("UPDATE audit_head SET seq = 0, hash = \(bind: AuditLog.genesis) WHERE id = 1").run()
            let legacy = AuditLog.Actor(username: "old", role: "county-admin", address: "", key: nil)
            for i in 0..<3 {
                try await app.db.write { db in try await AuditLog.append(on: try db.sql(), legacy, action: "legacy", entity: "x", entityID: "\(i)") }
            }
            try await AuditLog.beginKeying(on: app.db, key: app.auditKey)
            let who = app.auditActor(username: "old", role: "county-admin")
            for i in 0..<3 {
                try await app.db.write { db in try await AuditLog.append(on: try db.sql(), who, action: "keyed", entity: "x", entityID: "\(i)") }
            }
            #expect(try await AuditLog.verify(on: sql, key: app.auditKey).ok)
            #expect(try await AuditLog.verify(on: sql, key: SymmetricKey(size: .bits256)).ok == false)

            // MUT: rewrite entry 6 and recompute its hash and the head as someone without the key would (plain SHA-256).
            let row = try await sql.raw("SELECT * FROM audit_log WHERE seq = 6").first()!
            let e = try AuditLog.entry(row)
            let forged = AuditLog.hash(seq: e.seq, at: e.at, actor: "forger", role: e.role, address: e.address, action: e.action, entity: e.entity,
                                       entityID: e.entityID, detail: e.detail, prevHash: e.prevHash)
            try await sql.raw("UPDATE audit_log SET actor = 'forger', hash = \(bind: forged) WHERE seq = 6").run()
            try await sql.raw("UPDATE audit_head SET hash = \(bind: forged) WHERE id = 1").run()
            let broken = try await AuditLog.verify(on: sql, key: app.auditKey)
            #expect(broken.firstBroken == 6)

            // Removing the keying entry and recomputing everything plainly is found too.
            try await sql.raw("DELETE FROM audit_log WHERE seq >= 4").run()
            try await sql.raw("UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3) WHERE id = 1").run()
            #expect(try await AuditLog.verify(on: sql, key: app.auditKey).reason?.contains("密钥起始记录") == true)
        }
    }

    /// Each application keys its own trail: a second application started in the same process with another key (as the
    /// tests do) leaves the first one's entries keyed with the first key. (SQLite only: on PostgreSQL the tests share
    /// one database.)
    @Test func eachApplicationKeysItsOwnTrail() async throws {
        guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
        try await withFangpin(households: 0) { first in
            try await withFangpin(households: 0) { second in
                for app in [first, second, first] {
                    try await AuditLog.record(on: app.db, app.auditActor(username: "t", role: "county-admin"), action: "test", entity: "x", entityID: "1")
                }
                #expect(try await AuditLog.verify(on: first.sql(), key: first.auditKey).ok)
                #expect(try await AuditLog.verify(on: second.sql(), key: second.auditKey).ok)
                #expect(try await AuditLog.verify(on: first.sql(), key: second.auditKey).ok == false)
            }
        }
    }

    /// What a request records is stamped by the application's clock: on a training server started on another day (or a
    /// test that lets days pass), the trail and the record say that day, not the machine's.
    @Test func requestsStampTheTrailAndTheRecordByTheApplicationsClock() async throws {
        try await withFangpin { app in
            let village = try await app.busyVillage(min: 1)
            let county = try await app.token(role: .countyAdmin, scope: "450224")
            let later = app.clock.today.adding(days: 40)
            app.clock.travel(to: later)
            let created = try await app.api(.POST, "/api/v1/rectifications", token: county, json: """
                {"source":"crossCheck","region":"\(village)","problem":"2户收入漏填","unit":"村委会","person":"李书记","measure":"补录"}
                """)
            #expect(created.status == .created)
            let row = try #require(try await app.sql().raw("SELECT at FROM audit_log WHERE action = 'rectification.create' ORDER BY seq DESC LIMIT 1").first())
            let at = try row.decode(column: "at", as: Int64.self)
            #expect(Clock.day(of: Date(timeIntervalSince1970: TimeInterval(at))) == later)
            let id = try #require(created.json["id"] as? String)
            let item = try await app.sql().raw("SELECT created_on FROM rectifications WHERE id = \(bind: id)").first()?.decode(column: "created_on", as: String.self)
            #expect(item == later.description)
        }
    }
}
