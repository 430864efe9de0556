@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// What an attacker or a careless crowd would try: headers, uploads through the pages, revocation from outside,
    /// scope of helpers, refused requests in the trail, the progress of a big import.
    @Suite struct HardeningTests {
        /// Valid ID numbers of people in no registry (region 110106), many of them, without using up `TestIDs`.
        static func bulkID(_ i: Int) -> String {
            IDNumber.make(region: "110106", birth: Day(year: 1950, month: 1, day: 1)!.adding(days: i % 20_000), sequence: (i / 20_000) * 2 + 1)
        }

        @Test func everyAnswerCarriesTheSecurityHeadersAndNoPageHasInlineScript() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                for path in ["/login", "/households", "/households/\(id)", "/users", "/account/tokens", "/reports/forms/bodies", "/api/v1/households"] {
                    let r = path.hasPrefix("/api") ? try await app.api(.GET, path, token: try await app.token(role: .countyAdmin, scope: "450224"))
                                                   : try await b.get(path)
                    #expect(r.status == .ok, "\(path): \(r.status)")
                    #expect(r.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true, "\(path)")
                    #expect(r.headers.first(name: "X-Frame-Options") == "DENY" && r.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    #expect(r.headers.first(name: "Referrer-Policy") != nil)
                    #expect(r.headers.first(name: .cacheControl) == "no-store", "\(path)")
                    let html = r.body.string
                    #expect(!html.contains("onclick=") && !html.contains("onsubmit=") && !html.contains("<script>"), "\(path) has inline script")
                }
                // The one script file: cached for long, named by its digest.
                let page = try await b.get("/users").body.string
                #expect(page.contains(Scripts.url) && page.contains("data-confirm="))
                let js = try await app.testing().sendRequest(.GET, Scripts.url)
                #expect(js.status == .ok && js.body.string.contains("data-confirm"))
                #expect(js.headers.first(name: .cacheControl)?.contains("max-age=31536000") == true)
            }
        }

        /// Bytes that begin as a JPEG and carry HTML are saved by the browser, never rendered on this site.
        @Test func aDocumentIsDownloadedAsAnAttachmentNeverRendered() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                let jpegWithHTML = Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data("<html><script>alert(document.cookie)</script></html>".utf8)
                let c = try await CaseStore.find(id: fx.insideCase, on: app.db)!
                let d = try await Documents.attach(to: c, title: "照片", filename: "x.jpg", data: jpegWithHTML,
                                                   by: app.auditActor(username: "t", role: "county-admin"),
                                                   directory: app.config.filesDirectory, maxBytes: 1 << 20, now: Date(), on: app.db)
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let r = try await app.api(.GET, "/api/v1/documents/\(d.id)", token: token)
                #expect(r.status == .ok)
                #expect(r.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
                #expect(r.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(r.headers.first(name: "Content-Security-Policy")?.contains("sandbox") == true)
            }
        }

        /// Upload forms over a real socket: the form token is inside a body that arrives in chunks. A 9 KB list and a 70 KB
        /// photo go through; a document over the limit is refused with a clear message, not a 403.
        @Test func uploadsThroughThePagesCarryTheirFormToken() async throws {
            try await withFangpin(settings: { $0.maxDocumentBytes = 100 * 1024 }) { app in
                let fx = try await WalkFixture.make(app)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                b.live = true
                _ = try await b.get("/imports")
                var csv = ImportFixture.medicalHeader + "\n"
                var n = 0
                while csv.utf8.count < 9 * 1024 { csv += "\(HardeningTests.bulkID(n)),某人,2026,30000,25000\n"; n += 1 }
                let list = try await b.upload("/imports", fields: ["listType": "medical.bills"], file: Data(csv.utf8), filename: "医疗.csv")
                // (The live client follows the redirect to the import's page.)
                #expect(list.status == .ok && list.body.string.contains("导入结果") && !list.body.string.contains("表单已过期"),
                        "list upload: \(list.status) \(list.body.string.prefix(300))")

                _ = try await b.get("/cases/\(fx.insideCase)")
                let photo = AllTests.DocumentsTests.png + Data(count: 70 * 1024)
                let ok = try await b.upload("/cases/\(fx.insideCase)/documents", fields: ["title": "入户照片"], file: photo, filename: "p.png")
                #expect(ok.status == .ok && ok.body.string.contains("已上传材料：入户照片"), "photo upload: \(ok.status) \(ok.body.string.prefix(300))")
                let big = try await b.upload("/cases/\(fx.insideCase)/documents", fields: ["title": "大照片"], file: photo + Data(count: 40 * 1024), filename: "p.png")
                #expect(big.status == .unprocessableEntity && big.body.string.contains("文件过大"))
                // Without the token the same upload is refused.
                var stranger = b
                stranger.csrf = "forged"
                #expect(try await stranger.upload("/cases/\(fx.insideCase)/documents", fields: ["title": "照片"], file: photo, filename: "p.png").status == .forbidden)
            }
        }

        /// A token deleted by another process (a command, a console) stops working on the very next request, although
        /// the server keeps sessions in memory between writes.
        @Test func aTokenRevokedOutsideTheServerStopsAtOnce() async throws {
            try await withFileDatabase { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                #expect(try await app.api(.GET, "/api/v1/households", token: token).status == .ok)
                #expect(try await app.api(.GET, "/api/v1/households", token: token).status == .ok)
                if case .sqliteFile(let path) = app.config.storage {
                    // Another process: the sqlite3 shell.
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                    p.arguments = ["sqlite3", path, "DELETE FROM user_tokens;"]
                    try p.run()
                    p.waitUntilExit()
                    #expect(p.terminationStatus == 0)
                } else {
                    try await app.sql().raw("DELETE FROM user_tokens").run()
                }
                #expect(try await app.api(.GET, "/api/v1/households", token: token).status == .unauthorized)
            }
        }

        /// A helper's scope is the households assigned to them: not the visit plans of other villages.
        @Test func aHelperReadsOnlyTheVisitPlansOfTheirVillages() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                // A helper of the county whose one household is in the walkers' village.
                let token = try await app.token(role: .helper, scope: "450224", helping: [fx.inside])
                #expect(try await app.api(.GET, "/api/v1/visit-plans/\(fx.insidePlan)", token: token).status == .ok)
                #expect(try await app.api(.GET, "/api/v1/visit-plans/\(fx.outsidePlan)", token: token).status == .notFound)
                let list = try await app.api(.GET, "/api/v1/visit-plans", token: token)
                let ids = (list.json["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(ids.contains(fx.insidePlan) && !ids.contains(fx.outsidePlan))
            }
        }

        /// Refused requests are in the trail, once per user, route and minute.
        @Test func refusedRequestsAreAuditedOncePerUserRouteAndMinute() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                let token = try await app.token(role: .villageOfficer, scope: fx.village)
                for _ in 0..<5 { #expect(try await app.api(.GET, "/api/v1/households/\(fx.outside)", token: token).status == .notFound) }
                #expect(try await app.api(.PATCH, "/api/v1/policy", token: token, json: "{}").status == .forbidden)
                let rows = try await app.sql().raw("SELECT entity_id, detail FROM audit_log WHERE action = 'access.refused'").all()
                let routes = try rows.map { try $0.decode(column: "entity_id", as: String.self) }
                #expect(routes.filter { $0 == "GET /api/v1/households/:id" }.count == 1)
                #expect(routes.contains("PATCH /api/v1/policy"))
                #expect(try await AuditLog.verify(on: app.sql(), key: app.auditKey).ok)
            }
        }

        /// While a big import writes in the background, the page that follows it keeps answering: the import holds
        /// connections of its own, not the ones requests need.
        @Test func theProgressOfABigImportAnswersWhileItRuns() async throws {
            try await withFileDatabase { app in
                let f = try await ImportFixture.make(app)
                var csv = ImportFixture.medicalHeader + "\n"
                for i in 0..<30_000 { csv += "\(HardeningTests.bulkID(i)),某人,2026,30000,25000\n" }
                let started = try await f.upload(Data(csv.utf8))
                #expect(started.status == .accepted || started.status == .created || started.status == .ok, "\(started.status)")
                guard let id = started.json["id"] as? String else { Issue.record("no import id: \(started.body.string.prefix(200))"); return }
                var answered = 0, whileRunning = 0
                for _ in 0..<400 {
                    let r = try await app.api(.GET, "/api/v1/imports/\(id)", token: f.token)
                    #expect(r.status == .ok)
                    answered += 1
                    let state = r.json["state"] as? String
                    if state == "processing" { whileRunning += 1 } else { break }
                    try await Task.sleep(nanoseconds: 10_000_000)
                }
                #expect(answered > 0)
                let done = try await app.api(.GET, "/api/v1/imports/\(id)", token: f.token)
                #expect(done.json["state"] as? String == "done" || whileRunning < 400)
            }
        }

        /// A role that sees masked numbers cannot rebuild one: no birth date beside the mask, no prefix search; officers
        /// reveal one record on purpose and it is audited; every search by ID number is audited.
        @Test func maskedNumbersCannotBeRebuilt() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                let full = try await app.sql().raw("SELECT id_number FROM members WHERE id = \(bind: fx.insideMember)").first()!
                    .decode(column: "id_number", as: String.self)
                let inspector = try await app.token(role: .inspector, scope: "450224")
                let m = try await app.api(.GET, "/api/v1/members/\(fx.insideMember)", token: inspector)
                #expect(m.status == .ok && m.json["idNumber"] as? String == IDNumber.masked(full))
                #expect(m.json["birthDate"] is NSNull && m.json["birthYear"] as? Int == Int(full.dropFirst(6).prefix(4)))
                #expect(!m.body.string.contains(String(full.dropFirst(6).prefix(8))))
                #expect(try await app.api(.GET, "/api/v1/members/\(fx.insideMember)?reveal=idNumber", token: inspector).status == .forbidden)
                // Search: a prefix finds nothing for the inspector, the whole number finds the household.
                func found(_ q: String, _ token: String) async throws -> [String] {
                    let r = try await app.api(.GET, "/api/v1/households?q=\(q)", token: token)
                    return (r.json["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                }
                #expect(try await found(String(full.prefix(14)), inspector).isEmpty)
                #expect(try await found(full, inspector) == [fx.inside])
                // The officer: masked by default too, whole on request, and each reveal and ID search is in the trail.
                let officer = try await app.token(role: .villageOfficer, scope: fx.village)
                #expect(try await app.api(.GET, "/api/v1/members/\(fx.insideMember)", token: officer).json["idNumber"] as? String == IDNumber.masked(full))
                let revealed = try await app.api(.GET, "/api/v1/members/\(fx.insideMember)?reveal=idNumber", token: officer)
                #expect(revealed.json["idNumber"] as? String == full)
                #expect(try await found(String(full.prefix(14)), officer).contains(fx.inside))
                let actions = try await app.sql().raw("SELECT action FROM audit_log WHERE action IN ('reveal.idNumber', 'search.idNumber')").all()
                    .map { try $0.decode(column: "action", as: String.self) }
                #expect(actions.filter { $0 == "reveal.idNumber" }.count == 1 && actions.filter { $0 == "search.idNumber" }.count == 3)
                // The history gives the inspector no birth date either.
                let history = try await app.api(.GET, "/api/v1/households/\(fx.inside)/history", token: inspector).body.string
                #expect(!history.contains(String(full.dropFirst(6).prefix(8))))
            }
        }

        /// Registering a person who lives in another village's household: a village officer who may not see that
        /// household is not told whose it is.
        @Test func theDuplicatePersonMessageNamesNoHouseholdTheUserMayNotSee() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                let full = try await app.sql().raw("SELECT id_number FROM members WHERE id = \(bind: fx.outsideMember)").first()!
                    .decode(column: "id_number", as: String.self)
                let officer = try await app.token(role: .villageOfficer, scope: fx.village)
                let r = try await app.api(.POST, "/api/v1/households/\(fx.inside)/members", token: officer,
                                          json: #"{"event":"moveIn","idNumber":"\#(full)","name":"某人","relation":"other","health":["healthy"],"labour":"ordinary"}"#)
                #expect(r.status == .unprocessableEntity)
                #expect(r.body.string.contains("此身份证号已在本县其他户中登记，请联系乡镇核实"))
                #expect(!r.body.string.contains(fx.outsideHead) && !r.body.string.contains(app.regions[fx.other]?.name ?? "-"))
            }
        }
    }
}
