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
                // Every problem at once, each at its field; the scope is chosen from the county's region tree.
                let many = try await admin.post("/users", ["username": "z", "role": "village-officer", "scope": "", "password": "short"])
                #expect(many.status == .unprocessableEntity && many.body.string.contains("有3处需要更正"))
                #expect(many.body.string.contains("用户名应为3–32位") && many.body.string.contains("密码至少8位") && many.body.string.contains("的范围应为"))
                #expect(try await admin.get("/users").body.string.contains(#"<option value="\#(village)""#))
                let ok = try await admin.post("/users", ["username": "zhang", "displayName": "张三", "role": "village-officer", "scope": village, "password": "Abcd1234"])
                #expect(ok.status == .seeOther)
                // A new account sets its own password before anything else: pages lead to the form, the API refuses.
                var zhang = try await Browser.login(app, username: "zhang", password: "Abcd1234")
                let first = try await zhang.get("/households")
                #expect(first.status == .seeOther && first.headers.first(name: .location) == "/account/password?first=1")
                #expect(try await zhang.get("/account/password?first=1").body.string.contains(#"id="first-login""#))
                let apiLogin = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"Abcd1234"}"#)
                let apiToken = try #require(apiLogin.json["token"] as? String)
                #expect(try await app.api(.GET, "/api/v1/households", token: apiToken).errorBody?.code == "must_change_password")
                let changed = try await zhang.post("/account/password", ["current": "Abcd1234", "new": "Zhang2026x", "confirm": "Zhang2026x"])
                #expect(changed.status == .seeOther)
                #expect(try await zhang.get("/households").status == .ok)
                #expect(try await zhang.get("/users").status == .forbidden)

                let user = try await User.query(on: app.db).filter(\.$username == "zhang").first()!
                let uid = try user.requireID().uuidString
                #expect(try await admin.post("/users/\(uid)/disable", [:]).status == .seeOther)
                #expect(try await zhang.get("/households").status != .ok) // the session ended
                let refused = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"Zhang2026x"}"#)
                #expect(refused.status == .forbidden && refused.errorBody?.code == "account_disabled")
                #expect(try await admin.post("/users/\(uid)/enable", [:]).status == .seeOther)

                let reset = try await admin.post("/users/\(uid)/reset", [:])
                let text = reset.body.string
                guard let r = text.range(of: "临时密码：") else { Issue.record("no temporary password shown"); return }
                let temporary = String(text[r.upperBound...].prefix { $0.isLetter || $0.isNumber })
                #expect(temporary.count == 10)
                #expect(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"Zhang2026x"}"#).status == .unauthorized)
                #expect(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"zhang","password":"\#(temporary)"}"#).status == .ok)
                // The reset password is the admin's: the next sign-in sets a new one first.
                var again = try await Browser.login(app, username: "zhang", password: temporary)
                #expect(try await again.get("/cases").headers.first(name: .location) == "/account/password?first=1")
                // Nobody disables themselves by mistake.
                let me = try await User.query(on: app.db).filter(\.$username == "county").first()!.requireID().uuidString
                #expect(try await admin.post("/users/\(me)/disable", [:]).status == .forbidden)
                let actions = try await app.sql().raw("SELECT action FROM audit_log WHERE action LIKE 'user.%' ORDER BY seq").all().map { try $0.decode(column: "action", as: String.self) }
                #expect(actions == ["user.create", "user.password", "user.disable", "user.enable", "user.reset"])
            }
        }

        /// SPEC §1: a helper's scope is the households assigned to them, through their entry in the helper register.
        @Test func aHelperAccountSeesOnlyTheHouseholdsAssignedToItsRegisterEntry() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let village = try await app.busyVillage(min: 3)
                let ids = try await app.householdIDs(in: village)
                let entry = try await app.registerHelper("王帮扶", county: "450224", households: [ids[0]])
                let unlinked = try await admin.post("/users", ["username": "wang", "role": "helper", "scope": village, "password": "Abcd1234"])
                #expect(unlinked.status == .unprocessableEntity && unlinked.body.string.contains("须选择名册中的帮扶责任人"))
                #expect(try await admin.get("/users").body.string.contains("王帮扶（测试单位）"))
                let ok = try await admin.post("/users", ["username": "wang", "role": "helper", "scope": village, "helperId": entry, "password": "Abcd1234"])
                #expect(ok.status == .seeOther)
                let user = try await User.query(on: app.db).filter(\.$username == "wang").first()!
                #expect(user.helperID == entry && user.scope == "450224" && user.displayName == "王帮扶")

                var wang = try await Browser.login(app, username: "wang", password: "Abcd1234")
                _ = try await wang.get("/account/password")
                #expect(try await wang.post("/account/password", ["current": "Abcd1234", "new": "Wang2026xy", "confirm": "Wang2026xy"]).status == .seeOther)
                #expect(try await wang.get("/households/\(ids[0])").status == .ok)
                #expect(try await wang.get("/households/\(ids[1])").status == .notFound)
                let token = try #require(try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"wang","password":"Wang2026xy"}"#).json["token"] as? String)
                let list = try await app.api(.GET, "/api/v1/households?per=100", token: token).json
                #expect(list["total"] as? Int == 1 && (list["items"] as? [[String: Any]])?.first?["id"] as? String == ids[0])
                #expect(try await app.api(.GET, "/api/v1/households/\(ids[1])", token: token).status == .notFound)

                // Assigned one more household: it is in the helper's world at the next request; a case on another household is not.
                let adminToken = try await app.token(role: .countyAdmin, scope: "450224")
                #expect(try await app.api(.POST, "/api/v1/households/\(ids[1])/helpers", token: adminToken, json: #"{"helperId":"\#(entry)"}"#).status == .created)
                #expect(try await wang.get("/households/\(ids[1])").status == .ok)
                let other = try await app.api(.POST, "/api/v1/clues", token: adminToken,
                                              json: #"{"channel":"cadreScreening","householdId":"\#(ids[2])","difficulty":"illness","description":"测试"}"#).json["id"] as? String ?? ""
                #expect(try await app.api(.GET, "/api/v1/cases/\(other)", token: token).status == .notFound)
                #expect(!(try await wang.get("/cases").body.string.contains(other)))
                let mine = try await app.api(.POST, "/api/v1/clues", token: adminToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(ids[0])","difficulty":"illness","description":"测试"}"#).json["id"] as? String ?? ""
                #expect(try await app.api(.GET, "/api/v1/cases/\(mine)", token: token).status == .ok)

                // A helper account without a register entry sees no household at all.
                try await app.sql().raw("UPDATE users SET helper_id = NULL WHERE username = 'wang'").run()
                app.caches.writes.happened() // the change was made behind the server's back; a request that writes tells the caches
                #expect(try await app.api(.GET, "/api/v1/households", token: token).json["total"] as? Int == 0)
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
