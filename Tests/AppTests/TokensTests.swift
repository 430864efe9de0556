@testable import App
import Domain
import Fluent
import Foundation
import Testing
import VaporTesting

extension AllTests {
    @Suite struct TokensTests {
        @Test func anAPITokenCanBeRevokedAndIsThenRefused() async throws {
            try await withFangpin(households: 0) { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let me = try await app.api(.GET, "/api/v1/auth/token", token: token)
                #expect(me.status == .ok && me.json["kind"] as? String == "api")
                #expect(try await app.api(.GET, "/api/v1/regions", token: token).status == .ok)
                #expect(try await app.api(.DELETE, "/api/v1/auth/token", token: token).status == .noContent)
                let after = try await app.api(.GET, "/api/v1/regions", token: token)
                #expect(after.status == .unauthorized && after.errorBody?.code != nil)
                let revoked = try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'token.revoke'").first()!.decode(column: "n", as: Int.self)
                #expect(revoked == 1)
            }
        }

        @Test func anExpiredAPITokenIsRefused() async throws {
            try await withFangpin(households: 0) { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                try await app.sql().raw("UPDATE user_tokens SET expires_at = 1000").run()
                #expect(try await app.api(.GET, "/api/v1/regions", token: token).status == .unauthorized)
            }
        }

        @Test func aDepartmentUploadTokenOpensOnlyTheUploadRoutes() async throws {
            try await withFangpin(households: 10) { app in
                try await app.makeUser("edu", role: .departmentOfficer, scope: "JYJ")
                var edu = try await Browser.login(app, username: "edu")
                #expect(try await edu.get("/account/tokens").body.string.contains("生成部门上传令牌"))
                let empty = try await edu.post("/account/tokens", ["label": " "])
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("请填写令牌用途"))
                let issued = try await edu.post("/account/tokens", ["label": "学籍系统每月推送"])
                let page = issued.body.string
                guard let r = page.range(of: #"<pre class="token">"#) else { Issue.record("token not shown"); return }
                let token = String(page[r.upperBound...].prefix { $0 != "<" })
                #expect(token.count > 30)

                let me = try await app.api(.GET, "/api/v1/auth/token", token: token)
                #expect(me.status == .ok && me.json["kind"] as? String == "upload" && me.json["label"] as? String == "学籍系统每月推送")
                let expires = try await app.sql().raw("SELECT expires_at - created_at AS life FROM user_tokens WHERE kind = 'upload'").first()!.decode(column: "life", as: Int64.self)
                #expect(expires == Int64(365 * 86_400))
                // Not a key to anything else, whatever the department may read.
                for path in ["/api/v1/regions", "/api/v1/households"] {
                    let refused = try await app.api(.GET, path, token: token)
                    #expect(refused.status == .forbidden && refused.errorBody?.code == "upload_token_only", "\(path)")
                }
                // Revoked on the page, refused at once.
                let id = try await UserToken.query(on: app.db).filter(\.$kind == "upload").first()!.requireID().uuidString
                #expect(try await edu.get("/account/tokens").body.string.contains("学籍系统每月推送"))
                #expect(try await edu.post("/account/tokens/\(id)/revoke", [:]).status == .seeOther)
                #expect(try await app.api(.GET, "/api/v1/auth/token", token: token).status == .unauthorized)
                let actions = try await app.sql().raw("SELECT action FROM audit_log WHERE action LIKE 'token.%' ORDER BY seq").all().map { try $0.decode(column: "action", as: String.self) }
                #expect(actions == ["token.issue", "token.revoke"])
            }
        }

        @Test func onlyDepartmentsIssueUploadTokensAndNobodyRevokesAnothersToken() async throws {
            try await withFangpin(households: 0) { app in
                try await app.makeUser("vill", role: .villageOfficer, scope: "450224100201")
                try await app.makeUser("edu", role: .departmentOfficer, scope: "JYJ")
                var vill = try await Browser.login(app, username: "vill")
                _ = try await vill.get("/account/tokens")
                #expect(try await vill.post("/account/tokens", ["label": "试试"]).status == .forbidden)
                var edu = try await Browser.login(app, username: "edu")
                _ = try await edu.get("/account/tokens")
                _ = try await edu.post("/account/tokens", ["label": "医保结算推送"])
                let id = try await UserToken.query(on: app.db).filter(\.$kind == "upload").first()!.requireID().uuidString
                #expect(try await vill.post("/account/tokens/\(id)/revoke", [:]).status == .notFound)
                #expect(try await UserToken.query(on: app.db).filter(\.$kind == "upload").count() == 1)
            }
        }

        @Test func thePasswordPolicyIsConfiguration() async throws {
            try await withFangpin(households: 0, settings: { $0.passwordPolicy.minimumLength = 12 }) { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let page = try await admin.get("/users").body.string
                #expect(page.contains("密码至少12位"))
                let short = try await admin.post("/users", ["username": "zhang", "role": "township-officer", "scope": "450224100", "password": "Abcd12345"])
                #expect(short.status == .unprocessableEntity && short.body.string.contains("密码至少12位"))
                let ok = try await admin.post("/users", ["username": "zhang", "role": "township-officer", "scope": "450224100", "password": "Abcd12345678"])
                #expect(ok.status == .seeOther)
            }
        }
    }
}

extension AllTests.TokensTests {
    @Test func theSessionCookieIsHttpOnlyLaxAndSecureBehindTLS() async throws {
        try await withFangpin(households: 0) { app in
            try await app.makeUser("county", role: .countyAdmin, scope: "450224")
            func login(_ extra: [(String, String)]) async throws -> String {
                var headers: HTTPHeaders = [:]
                headers.contentType = .urlEncodedForm
                for (k, v) in extra { headers.add(name: k, value: v) }
                let res = try await app.testing().sendRequest(.POST, "/login", headers: headers, body: ByteBuffer(string: "username=county&password=secret123"))
                return res.headers.first(name: .setCookie) ?? ""
            }
            let plain = try await login([])
            #expect(plain.contains("HttpOnly") && plain.contains("SameSite=Lax") && !plain.contains("Secure"))
            let proxied = try await login([("X-Forwarded-Proto", "https")])
            #expect(proxied.contains("Secure") && proxied.contains("HttpOnly"))
        }
    }
}
