@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    @Suite struct AuditTests {
        func actions(_ app: Application) async throws -> [String] {
            try await app.sql().raw("SELECT action FROM audit_log ORDER BY seq").all().map { try $0.decode(column: "action", as: String.self) }
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
                let good = try await AuditLog.verify(on: sql)
                #expect(good.ok && good.entries == all.count)

                // The admin page lists and filters the log.
                let page = try await admin.get("/audit?action=login")
                #expect(page.status == .ok && page.body.string.contains("哈希链完整"))
                #expect(page.body.string.contains("登录失败") && !page.body.string.contains("导出农户台账"))
                #expect(try await admin.get("/audit?actor=county&from=2000-01-01&to=2999-12-31").body.string.contains("录入监测范围"))

                // Editing one row by hand breaks the chain at that row.
                try await sql.raw("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2").run()
                let broken = try await AuditLog.verify(on: sql)
                #expect(broken.firstBroken == 2)
                #expect(broken.reason?.contains("第2条") == true)
                #expect(try await admin.get("/audit").body.string.contains("哈希链校验未通过"))
                try await sql.raw("UPDATE audit_log SET actor = 'county' WHERE seq = 2").run()
                #expect(try await AuditLog.verify(on: sql).ok)
                // Deleting the newest entry is found through the head record.
                let last = try await sql.raw("SELECT MAX(seq) AS n FROM audit_log").first()!.decode(column: "n", as: Int.self)
                try await sql.raw("DELETE FROM audit_log WHERE seq = \(bind: last)").run()
                #expect(try await AuditLog.verify(on: sql).firstBroken == last)

                // Only the county admin reads it.
                try await app.makeUser("vill", role: .villageOfficer, scope: "450224100201")
                var officer = try await Browser.login(app, username: "vill")
                #expect(try await officer.get("/audit").status == .forbidden)
            }
        }
    }
}
