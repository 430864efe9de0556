@testable import App
import Domain
import Foundation
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// Officials read Chinese: no page and no export shows developer shorthand — English identifiers, internal codes,
    /// raw JSON — outside the places where Latin letters belong (file types, ID numbers' X, usernames, codes of rules
    /// named with their description).
    @Suite struct PlainChineseTests {
        /// Words that may appear: file types and formats officials know, and the product's name.
        static let allowed: Set<String> = ["Fangpin", "Excel", "PDF", "JPG", "PNG", "CSV", "GBK", "GB18030", "UTF-8", "A4", "WPS", "MB", "KB",
                                           "xlsx", "xls", "csv", "pdf", "jpg", "png", "X"]

        /// The Latin-letter words of a page's visible text (scripts, styles, tags and attributes dropped).
        static func latinWords(inHTML html: String) -> [String] {
            var text = html
            for pattern in [#"<script[\s\S]*?</script>"#, #"<style[\s\S]*?</style>"#, #"<[^>]*>"#] {
                text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
            for (entity, char) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
                text = text.replacingOccurrences(of: entity, with: char)
            }
            return latinWords(in: text)
        }

        static func latinWords(in text: String) -> [String] {
            guard let re = try? NSRegularExpression(pattern: #"[A-Za-z][A-Za-z0-9]*(?:[._\-/][A-Za-z0-9]+)*"#) else { return [] }
            let ns = text as NSString
            return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
        }

        /// Whether a word is fine where it stands: allowed, a username, a file name, a path, a rule code such as G11.
        static func fine(_ word: String, usernames: Set<String>) -> Bool {
            if allowed.contains(word) || usernames.contains(word) { return true }
            if usernames.contains(where: { $0.contains(word) }) { return true }
            // Paths and addresses, settings' names, grades (住房安全等级 A–D).
            if word.contains("/") || word.hasPrefix("FANGPIN_") || word.range(of: #"^[A-D]$"#, options: .regularExpression) != nil { return true }
            if word.hasPrefix("/") || word.contains(".xlsx") || word.contains(".csv") || word.contains(".jpg") || word.contains(".png") { return true }
            if word.range(of: #"^[A-Z]{1,2}[0-9]{1,3}$"#, options: .regularExpression) != nil { return true }
            return false
        }

        @Test func noPageOfAnyRoleSpeaksDeveloperShorthand() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                var found: [String: Set<String>] = [:]
                for (role, scope) in fx.walkers {
                    let walker = try await Walker.make(app, role: role, scope: scope, fixture: fx)
                    var browser = walker.browser
                    let usernames = Set(["walk", "test", "t"] + (try await app.sql().raw("SELECT username FROM users").all()
                        .map { try $0.decode(column: "username", as: String.self) }))
                    for route in app.routes.all where route.method == .GET {
                        let key = RoutePermissions.key(route)
                        guard !key.contains(" /api/"), let need = RoutePermissions.need(of: route), need != .public,
                              !key.contains("/files/"), !key.contains("/documents/"), !key.contains("/templates/") else { continue }
                        let path = fx.path(key, id: fx.id(for: key, inScope: true, ownToken: walker.ownTokenID), inScope: true)
                        let res = try await browser.get(path)
                        guard res.status == .ok else { continue }
                        let type = res.headers.contentType?.description ?? ""
                        var words: [String] = []
                        if type.contains("html") {
                            words = Self.latinWords(inHTML: res.body.string)
                        } else if type.contains("spreadsheet") {
                            let sheets = (try? XLSXReader.read(Data(buffer: res.body))) ?? []
                            words = sheets.flatMap { s in s.rows.flatMap { $0.flatMap(Self.latinWords(in:)) } + Self.latinWords(in: s.name) }
                        }
                        let bad = Set(words.filter { !Self.fine($0, usernames: usernames) })
                        if !bad.isEmpty { found[key, default: []].formUnion(bad) }
                    }
                }
                let report = found.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted().prefix(12).joined(separator: " "))" }
                #expect(report.isEmpty, "developer shorthand on pages and exports:\n\(report.joined(separator: "\n"))")
            }
        }
    

        /// The audit log reads as what happened: the action in Chinese and each change as "字段：旧值 → 新值"; a case step
        /// names its steps and facts by their labels; ids and digests are left out.
        @Test func theAuditLogSaysWhatChangedInChinese() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let id = try await app.householdIDs(in: village)[0]
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let patch = try await app.api(.PATCH, "/api/v1/households/\(id)", token: admin, json: #"{"phone":"13912345678","housingGrade":"C"}"#)
                #expect(patch.status == .ok)
                try await app.makeUser("auditor", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "auditor")
                let page = try await b.get("/audit?action=household.update").body.string
                #expect(page.contains("修改户信息") && page.contains("住房安全等级：") && page.contains("→ C"), "\(page.suffix(1500))")
                #expect(!page.contains("household.update</td>"))

                let step = AuditLog.Entry(seq: 1, at: 0, actor: "t", role: "village-officer", address: "", action: "case.recordVillageReview",
                                          entity: "case", entityID: "x",
                                          detail: #"{"from":"villageReview","to":"publicNotice","result":"agree","votesFor":"17","policyVersion":2,"document":"03ea5d1f-6e7f-45a1-86fc-0bb7d9ce58dc"}"#,
                                          prevHash: "", hash: "")
                let text = AuditText.detail(step)
                #expect(AuditText.action(step.action) == "监测事项：" + (CaseAction(rawValue: "recordVillageReview")?.label ?? ""))
                #expect(text.contains("原环节：\(CaseState.villageReview.label)") && text.contains("新环节：\(CaseState.publicNotice.label)"))
                #expect(text.contains("同意票数：17") && text.contains("政策参数第2版") && !text.contains("03ea5d1f"), "\(text)")
                #expect(Self.latinWords(in: text).isEmpty, "\(text)")
            }
        }
    }
}
