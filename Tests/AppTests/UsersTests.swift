@testable import App
import Domain
import Fluent
import Foundation
import Testing
import VaporTesting

extension AllTests {
    @Suite struct UsersTests {
        @Test func countyAdminCreatesDisablesAndResetsAccounts() async throws {
            try await withFangpin(households: 10) { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                #expect(try await admin.get("/users").body.string.contains("user-form"))
                let village = try await app.busyVillage(min: 1)

                let weak = try await admin.post("/users", ["username": "zhang", "displayName": "张", "role": "village-officer", "scope": village, "password": "short"])
                #expect(weak.status == .unprocessableEntity && weak.body.string.contains("密码至少8位"))
                let outside = try await admin.post("/users", ["username": "zhang", "role": "village-officer", "scope": "130630100201", "password": "Abcd1234"])
                #expect(outside.status == .unprocessableEntity)
                let ok = try await admin.post("/users", ["username": "zhang", "displayName": "张三", "role": "village-officer", "scope": village, "password": "Abcd1234"])
                #expect(ok.status == .seeOther)
                var zhang = try await Browser.login(app, username: "zhang", password: "Abcd1234")
                #expect(try await zhang.get("/households").status == .ok)
                #expect(try await zhang.get("/users").status == .forbidden)

                let user = try await User.query(on: app.db).filter(\.$username == "zhang").first()!
                let uid = try user.requireID().uuidString
                #expect(try await admin.post("/users/\(uid)/disable", [:]).status == .seeOther)
                #expect(try await zhang.get("/households").status != .ok) // the session ended
                let refused = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"Abcd1234"}"#)
                #expect(refused.status == .forbidden && refused.errorBody?.code == "account_disabled")
                #expect(try await admin.post("/users/\(uid)/enable", [:]).status == .seeOther)

                let reset = try await admin.post("/users/\(uid)/reset", [:])
                let text = reset.body.string
                guard let r = text.range(of: "临时密码：") else { Issue.record("no temporary password shown"); return }
                let temporary = String(text[r.upperBound...].prefix { $0.isLetter || $0.isNumber })
                #expect(temporary.count == 10)
                #expect(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"Abcd1234"}"#).status == .unauthorized)
                #expect(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"\#(temporary)"}"#).status == .ok)
                // Nobody disables themselves by mistake.
                let me = try await User.query(on: app.db).filter(\.$username == "county").first()!.requireID().uuidString
                #expect(try await admin.post("/users/\(me)/disable", [:]).status == .forbidden)
                let actions = try await app.sql().raw("SELECT action FROM audit_log WHERE action LIKE 'user.%' ORDER BY seq").all().map { try $0.decode(column: "action", as: String.self) }
                #expect(actions == ["user.create", "user.disable", "user.enable", "user.reset"])
            }
        }

        @Test func everyoneChangesTheirOwnPassword() async throws {
            try await withFangpin(households: 0) { app in
                try await app.makeUser("li", role: .helper, scope: "450224100201")
                var first = try await Browser.login(app, username: "li")
                var second = try await Browser.login(app, username: "li")
                _ = try await first.get("/account/password")
                #expect(try await first.post("/account/password", ["current": "nope", "new": "Newpass123", "confirm": "Newpass123"]).body.string.contains("当前密码不正确"))
                #expect(try await first.post("/account/password", ["current": "secret123", "new": "onlyletters", "confirm": "onlyletters"]).body.string.contains("须同时包含字母和数字"))
                #expect(try await first.post("/account/password", ["current": "secret123", "new": "Newpass123", "confirm": "Newpass124"]).body.string.contains("两次输入的新密码不一致"))
                let done = try await first.post("/account/password", ["current": "secret123", "new": "Newpass123", "confirm": "Newpass123"])
                #expect(done.status == .seeOther)
                #expect(try await first.get("/account/password?done=1").body.string.contains("密码已修改"))
                #expect(try await second.get("/households").status != .ok) // the other session ended
                #expect(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"li","password":"Newpass123"}"#).status == .ok)
            }
        }
    }
}
