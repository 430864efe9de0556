@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

/// A signed-in browser: the session cookie and the form token of the last page.
struct Browser {
    let app: Application
    var cookie = ""
    var csrf = ""
    /// Over a real socket (bodies arrive in chunks, the peer has an address), as a browser's requests do.
    var live = false

    var tester: any TestingApplicationTester {
        get throws { live ? try app.testing(method: .running(hostname: "127.0.0.1", port: 0)) : try app.testing() }
    }

    static func login(_ app: Application, username: String, password: String = "secret123") async throws -> Browser {
        var b = Browser(app: app)
        let res = try await b.post("/login", ["username": username, "password": password, "next": "/households"])
        guard res.status == .seeOther || res.status == .found, let set = res.headers.first(name: .setCookie) else {
            throw TestFailure("login failed: \(res.status) \(res.body.string.prefix(300))")
        }
        b.cookie = String(set.split(separator: ";")[0])
        _ = try await b.get("/households")
        return b
    }

    mutating func get(_ path: String) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if !cookie.isEmpty { headers.add(name: .cookie, value: cookie) }
        let res = try await tester.sendRequest(.GET, path, headers: headers)
        if let r = res.body.string.range(of: #"name="_csrf" value=""#) {
            csrf = String(res.body.string[r.upperBound...].prefix { $0 != "\"" })
        }
        return res
    }

    /// `asScript`: as the page's own script posts a form, asking for JSON.
    func post(_ path: String, _ form: [String: String], csrf: String? = nil, asScript: Bool = false) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if !cookie.isEmpty { headers.add(name: .cookie, value: cookie) }
        if asScript { headers.add(name: .accept, value: "application/json") }
        headers.contentType = .urlEncodedForm
        var fields = form
        if fields["_csrf"] == nil { fields["_csrf"] = csrf ?? self.csrf }
        let body = fields.map { "\($0.key.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
            .joined(separator: "&")
        return try await tester.sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// A multipart form as a page's upload form sends it: the form token is one of the parts, before the file.
    func upload(_ path: String, fields: [String: String], file: Data, filename: String, fileField: String = "file") async throws -> TestingHTTPResponse {
        let boundary = "----fangpinPage\(UUID().uuidString.prefix(8))"
        var body = Data()
        for (k, v) in [("_csrf", csrf)] + fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
        if !cookie.isEmpty { headers.add(name: .cookie, value: cookie) }
        return try await tester.sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }
}

extension AllTests {
    @Suite struct WebPageTests {
        @Test func loginPageAndRedirects() async throws {
            try await withFangpin(households: 10) { app in
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var anon = Browser(app: app)
                let redirect = try await anon.get("/households")
                #expect(redirect.status == .seeOther || redirect.status == .found)
                #expect(redirect.headers.first(name: .location)?.hasPrefix("/login") == true)
                let page = try await anon.get("/login")
                #expect(page.body.string.contains("用户登录"))
                let wrong = try await anon.post("/login", ["username": "clerk", "password": "nope12345"])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.string.contains("用户名或密码错误"))
                let b = try await Browser.login(app, username: "clerk")
                #expect(!b.csrf.isEmpty)
            }
        }

        /// Text is escaped as Plot escapes it (entities kept, a bare & escaped), by the module's byte-wise `text`.
        @Test func textIsEscapedOnBytesAsPlotDoes() throws {
            #expect(htmlText("张三") == "张三" && htmlText("a<b>c") == "a&lt;b&gt;c" && htmlText("R & D") == "R &amp; D")
            #expect(htmlText("&amp; &#39; &lt;") == "&amp; &#39; &lt;" && htmlText("a&b") == "a&amp;b" && htmlText("&#;") == "&amp;#;")
        }

        /// What a user typed or a link carried goes back into attribute values (search box, form fields, the login
        /// page's `next`): escaped, so it cannot close the attribute and add markup.
        @Test func typedValuesCannotBreakOutOfAttributes() async throws {
            try await withFangpin { app in
                let evil = "\"><script>alert(1)</script>"
                let encoded = evil.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let login = try await app.sendRequest(.GET, "/login?next=\(encoded)").body.string
                // A `next` that is not a path of this site is not kept at all.
                #expect(!login.contains("<script>alert(1)") && !login.contains("alert(1)"))
                for hostile in ["/\\evil.example/x", "//evil.example", "/\tevil", "https://evil.example", "javascript:alert(1)"] {
                    #expect(SafeRedirect.path(hostile) == "/", "\(hostile)")
                }
                #expect(SafeRedirect.path("/households?page=2") == "/households?page=2")
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                let anon = Browser(app: app)
                let redirected = try await anon.post("/login", ["username": "clerk", "password": "secret123", "next": "/\\evil.example/x"])
                #expect(redirected.headers.first(name: .location) == "/")
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "county")
                let list = try await browser.get("/households?q=\(encoded)").body.string
                #expect(!list.contains("<script>alert(1)"))
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await app.sql().raw("SELECT id FROM households LIMIT 1").first()!.decode(column: "id", as: String.self)
                let h = try await app.api(.GET, "/api/v1/households/\(id)", token: token).json
                // A stored value shown again in the edit form.
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)", token: token,
                                          json: #"{"version":\#(h["version"] as? Int ?? 0),"address":"\"><script>alert(2)</script>"}"#).status == .ok)
                let edit = try await browser.get("/households/\(id)/edit").body.string
                #expect(!edit.contains("<script>alert(2)") && edit.contains("&quot;&gt;&lt;script&gt;alert(2)"))
            }
        }

        @Test func householdListSearchAndPage() async throws {
            try await withFangpin { app in
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                let list = try await b.get("/households")
                #expect(list.status == .ok)
                #expect(list.body.string.contains("共 120 户"))
                let row = try await app.sql().raw("SELECT id, head_name FROM households ORDER BY code LIMIT 1").first()!
                let name = try row.decode(column: "head_name", as: String.self)
                let id = try row.decode(column: "id", as: String.self)
                let search = try await b.get("/households?q=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
                #expect(search.body.string.contains("/households/\(id)"))
                let none = try await b.get("/households?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E4%BA%BA")
                #expect(none.body.string.contains("没有找到"))
                let bad = try await b.get("/households?page=-1")
                #expect(bad.status == .badRequest)
                #expect(bad.body.string.contains("页码"))
                let show = try await b.get("/households/\(id)")
                #expect(show.status == .ok)
                #expect(show.body.string.contains("家庭成员"))
                #expect(show.body.string.contains("修改记录"))
                let regions = try await b.get("/regions")
                #expect(regions.body.string.contains("融安县") && regions.body.string.contains("易地搬迁安置点"))
            }
        }

        @Test func villageOfficerPagesAreScoped() async throws {
            try await withFangpin { app in
                let mine = try await app.busyVillage()
                let other = try await app.busyVillage(excluding: mine)
                try await app.makeUser("vo", role: .villageOfficer, scope: mine)
                var b = try await Browser.login(app, username: "vo")
                let list = try await b.get("/households?per=200")
                let otherIDs = try await app.householdIDs(in: other)
                for id in otherIDs { #expect(!list.body.string.contains(id)) }
                let page = try await b.get("/households/\(otherIDs[0])")
                #expect(page.status == .notFound)
                #expect(!page.body.string.contains("家庭成员"))
                let edit = try await b.get("/households/\(otherIDs[0])/edit")
                #expect(edit.status == .notFound)
            }
        }

        @Test func createFormShowsEachErrorNextToItsFieldAndSaves() async throws {
            try await withFangpin { app in
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                let form = try await b.get("/households/new")
                #expect(form.body.string.contains("户主信息"))
                let village = try await app.busyVillage()
                var fields = ["villageCode": village, "category": "alleviated", "head.idNumber": "110105198001010010", "head.name": "",
                              "head.health": "healthy", "head.labour": "ordinary", "phone": "123"]
                let bad = try await b.post("/households/new", fields)
                #expect(bad.status == .unprocessableEntity)
                let html = bad.body.string
                #expect(html.contains("身份证号码校验位错误"))
                #expect(html.contains("请填写姓名"))
                #expect(html.contains("脱贫户须填写脱贫年度"))
                #expect(html.contains("户联系电话应为11位手机号码"))
                // The error sits inside the field's own box.
                #expect(html.range(of: #"<div class="field error"><label for="f-head-idNumber">"#) != nil)
                // Nothing was written.
                #expect(try await app.api(.GET, "/api/v1/households?per=1", token: try await app.token(role: .countyAdmin, scope: "450224")).json["total"] as? Int == 120)

                fields["head.idNumber"] = TestIDs.next()
                fields["head.name"] = "网页户主"
                fields["liftedYear"] = "2017"
                fields["phone"] = "13800002222"
                let ok = try await b.post("/households/new", fields)
                #expect(ok.status == .seeOther)
                let location = ok.headers.first(name: .location) ?? ""
                let page = try await b.get(location)
                #expect(page.body.string.contains("网页户主"))
                #expect(page.body.string.contains("已保存"))
            }
        }

        @Test func staleEditFormIsRefusedWithWhatChanged() async throws {
            try await withFangpin { app in
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let h = try await RegistryStore.household(id: id, on: app.db)!
                var values = FormState.from(h.facts, table: HouseholdFields.table)
                _ = try await b.get("/households/\(id)/edit")
                values["version"] = String(h.version)
                values["phone"] = "13611112222"
                let first = try await b.post("/households/\(id)/edit", values)
                #expect(first.status == .seeOther)
                values["phone"] = "13633334444"
                let second = try await b.post("/households/\(id)/edit", values)
                #expect(second.status == .unprocessableEntity)
                #expect(second.body.string.contains("保存失败"))
                #expect(second.body.string.contains("户联系电话：") && second.body.string.contains("13611112222"))
                let now = try await RegistryStore.household(id: id, on: app.db)!
                #expect(now.facts.text("phone") == "13611112222")
                let page = try await b.get("/households/\(id)")
                // The history masks phone numbers like the rest of the page.
                #expect(page.body.string.contains("户联系电话：\(h.facts.text("phone").map(PhoneMask.masked) ?? "空") → 136****2222"))
            }
        }

        @Test func formsWithoutTheTokenAreRefused() async throws {
            try await withFangpin { app in
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                let b = try await Browser.login(app, username: "clerk")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let res = try await b.post("/households/\(id)/edit", ["phone": "13611112222"], csrf: "forged")
                #expect(res.status == .forbidden)
                #expect(res.body.string.contains("表单已过期"))
            }
        }

        @Test func memberPagesAddRemoveAndChangeHead() async throws {
            try await withFangpin { app in
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                let row = try await app.sql().raw("SELECT id FROM households WHERE member_count >= 2 AND dissolved_at IS NULL ORDER BY code LIMIT 1").first()!
                let id = try row.decode(column: "id", as: String.self)
                _ = try await b.get("/households/\(id)/members/new")
                let bad = try await b.post("/households/\(id)/members/new", ["event": "birth", "idNumber": "123", "name": "新人", "relation": "son",
                                                                            "health": "healthy", "labour": "none"])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("身份证号码应为18位"))
                let members = try await RegistryStore.members(of: id, includeRemoved: false, on: app.db)
                let other = members.first { $0.relation != .head }!
                let head = members.first { $0.relation == .head }!
                _ = try await b.get("/members/\(head.id)/remove")
                let refused = try await b.post("/members/\(head.id)/remove", ["event": "death", "version": String(head.version)])
                #expect(refused.body.string.contains("户主不能直接减员"))
                _ = try await b.get("/members/\(other.id)/make-head")
                let relation = head.facts.choice("sex", as: Sex.self) == .male ? "father" : "mother"
                let changed = try await b.post("/members/\(other.id)/make-head", ["formerHeadRelation": relation])
                #expect(changed.status == .seeOther, "\(changed.body.string.prefix(500))")
                let after = try await RegistryStore.household(id: id, on: app.db)!
                #expect(after.headName == other.name)
                _ = try await b.get("/members/\(head.id)/remove")
                let removed = try await b.post("/members/\(head.id)/remove", ["event": "death", "eventDate": "2026-10-01", "version": String(head.version + 1)])
                #expect(removed.status == .seeOther, "\(removed.body.string.prefix(800))")
                let page = try await b.get("/households/\(id)")
                #expect(page.body.string.contains("死亡 2026-10-01"))
            }
        }

        @Test func readOnlyRolesSeeNoEditing() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let id = try await app.householdIDs(in: village)[0]
                try await app.makeUser("helper1", role: .helper, scope: village, helping: [id])
                var b = try await Browser.login(app, username: "helper1")
                let page = try await b.get("/households/\(id)")
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("修改户信息"))
                let edit = try await b.get("/households/\(id)/edit")
                #expect(edit.status == .forbidden)
                try await app.makeUser("dept", role: .departmentOfficer, scope: "edu")
                var d = try await Browser.login(app, username: "dept")
                #expect(try await d.get("/households").status == .forbidden)
            }
        }
    }
}
