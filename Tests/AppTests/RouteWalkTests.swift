@testable import App
import Domain
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// Walks every registered route for every role: declared, served in scope, refused out of scope.
    @Suite struct RouteWalkTests {
        @Test func everyRouteIsDeclaredAndEnforcedForEveryRole() async throws {
            try await withFangpin { app in
                let routes = app.routes.all
                let undeclared = routes.filter { RoutePermissions.need(of: $0) == nil }.map(RoutePermissions.key).sorted()
                #expect(undeclared.isEmpty, "routes without a declared permission: \(undeclared)")
                // A department upload token opens exactly these: its own check and revocation, a list's upload and its report.
                #expect(Set(routes.filter(RoutePermissions.opensToUploadTokens).map(RoutePermissions.key))
                        == ["GET /api/v1/auth/token", "DELETE /api/v1/auth/token", "POST /api/v1/imports", "GET /api/v1/imports/:id"])

                let fx = try await WalkFixture.make(app)
                // Logging out and revoking the token end the session: walk them last.
                let ordered = Self.ordered(routes)
                var checked = 0
                for (role, scope) in fx.walkers {
                    let walker = try await Walker.make(app, role: role, scope: scope, fixture: fx)
                    var browser = walker.browser
                    for route in ordered {
                        let key = RoutePermissions.key(route)
                        guard let need = RoutePermissions.need(of: route), need != .public else { continue }
                        let isUser = key.contains("/users/:id")
                        let isImport = key.contains("/imports/:id") || key.contains("/quality/runs/:id")
                        let isWarning = key.contains("/warnings/:id")
                        // Report definitions and the policy regimes are the same for every county: nothing is out of scope.
                        let isReport = key.contains("/reports/:id") || key.contains("/policy/regimes/")
                        var targets: [(id: String, inScope: Bool)] = [(fx.id(for: key, inScope: true, ownToken: walker.ownTokenID), true)]
                        if (key.contains(":id") || key.contains(":code")) && role != .countyAdmin && !isUser && !isImport
                            && !(isWarning && role == .departmentOfficer) && !key.contains("/departments/:code") && !isReport {
                            targets.append((fx.id(for: key, inScope: false, ownToken: walker.ownTokenID), false))
                        }
                        for target in targets {
                            // A county-form row to delete, fresh for each attempt (an allowed delete removes it).
                            let row = key.contains(":row") ? try await Self.countyFormRow(app) : ""
                            let path = fx.path(key, id: target.id, inScope: target.inScope, row: row)
                            let status: HTTPStatus
                            let body: String
                            if key.contains(" /api/") {
                                // Bodies that are served but change nothing (an unknown removal event, no members to move).
                                let json = route.method == .DELETE ? #"{"event":"vanished"}"# : route.method == .GET ? nil : "{}"
                                let r = try await app.api(route.method, path, token: walker.token, json: json)
                                (status, body) = (r.status, r.body.string)
                            } else if route.method == .GET {
                                let r = try await browser.get(path)
                                (status, body) = (r.status, r.body.string)
                            } else {
                                let r = try await browser.post(path, [:])
                                (status, body) = (r.status, r.body.string)
                            }
                            let allowed: Bool
                            switch need {
                            case .public, .signedIn: allowed = true
                            case .action(let a): allowed = Permissions.allows(role, a)
                            }
                            let refused = status == .forbidden || status == .notFound
                            if !allowed {
                                #expect(refused, "\(role.rawValue) \(key): \(status) should be refused")
                            } else if target.inScope {
                                #expect(!refused && status != .unauthorized, "\(role.rawValue) \(key) in scope: \(status) \(body.prefix(160))")
                            } else {
                                #expect(refused, "\(role.rawValue) \(key) out of scope: \(status)")
                            }
                            if !target.inScope || !allowed { #expect(!body.contains(fx.outsideHead), "\(role.rawValue) \(key) leaked data") }
                            checked += 1
                        }
                    }
                }
                #expect(checked > 200)
            }
        }

        /// Hostile values in every query parameter, form field, JSON member and path id the server reads, on every
        /// route for every role: no answer is a 5xx and the server still answers afterwards (a trap would end the
        /// test process itself). Query parameters get their hostile values one at a time — the parameters a route reads
        /// are learnt from a plain request first (`QueryReads`) —, so one parameter's refusal cannot hide another's
        /// trap (`page=999` alone is what once ended the server). Forms and JSON bodies get every name at once.
        @Test func hostileValuesNeverStopTheServer() async throws {
            try await withFangpin { app in
                let fx = try await WalkFixture.make(app)
                let bodyNames = try Self.parameterNames()
                #expect(bodyNames.count > 60, "the parameter scan found too few names: \(bodyNames.count)")
                let long = String(repeating: "甲", count: 10_000)
                let values = ["0", "-1", "999", "99999", "999999", "1e9", "abc", "2031-13-40", "", long, "9999999999999999999", "9223372036854775807",
                              "%00'\"<x>", "2026-02-30", "1.5", "9999-12-31", "9999-12", "9999Q4", "0001-01-01"]
                func encoded(_ v: String) -> String { v.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
                let ordered = Self.ordered(app.routes.all)
                var sent = 0, probed = 0
                var failures: [String] = []
                defer { QueryReads.record(false) }
                for (role, scope) in fx.walkers {
                    let walker = try await Walker.make(app, role: role, scope: scope, fixture: fx)
                    var browser = walker.browser
                    func send(_ route: Route, _ path: String, json: String?, form: [String: String]) async throws -> HTTPStatus {
                        sent += 1
                        if RoutePermissions.key(route).contains(" /api/") {
                            return try await app.api(route.method, path, token: walker.token, json: route.method == .GET ? nil : json).status
                        } else if route.method == .GET {
                            return try await browser.get(path).status
                        }
                        return try await browser.post(path, form).status
                    }
                    for route in ordered {
                        let key = RoutePermissions.key(route)
                        let realID = fx.id(for: key, inScope: true, ownToken: walker.ownTokenID)
                        func row() async throws -> String { key.contains(":row") ? try await Self.countyFormRow(app) : "" }
                        let base = fx.path(key, id: realID, inScope: true, row: try await row())
                        func check(_ status: HTTPStatus, _ what: String) {
                            if status.code >= 500 { failures.append("\(role.rawValue) \(key) \(what.prefix(60)): \(status.code)") }
                        }
                        // The parameters this route reads, from a plain request.
                        QueryReads.record(true)
                        let plain = try await send(route, base, json: "{}", form: [:])
                        check(plain, "plain")
                        let names = QueryReads.take().sorted()
                        QueryReads.record(false)
                        // A route this role may not use is refused before it reads anything (the route walk checks that).
                        if plain == .forbidden { continue }
                        probed += names.count
                        for name in names {
                            for value in values {
                                let path = fx.path(key, id: realID, inScope: true, row: try await row()) + "?\(name)=\(encoded(value))"
                                check(try await send(route, path, json: "{}", form: [:]), "\(name)=\(value)")
                            }
                        }
                        // Write routes: every name of a form or JSON body at once, each hostile value in turn.
                        if route.method != .GET {
                            for value in ["", "-1", "abc", long, "9999999999999999999", "2031-13-40", "9999-12-31", "%00'\"<x>"] {
                                var members: [String: Any] = [:]
                                var form: [String: String] = [:]
                                for n in bodyNames {
                                    members[n] = value == "9999999999999999999" ? 9_999_999_999_999_999_999.0 as Any : value as Any
                                    form[n] = value
                                }
                                if value == long { members = ["q": value, "name": value, "description": value, "reason": value]; form = members.mapValues { _ in value } }
                                let json = String(decoding: try JSONSerialization.data(withJSONObject: members), as: UTF8.self)
                                check(try await send(route, fx.path(key, id: realID, inScope: true, row: try await row()), json: json, form: form), "body \(value)")
                            }
                        }
                        // Ids that are not ids.
                        if key.contains(":") {
                            for id in ["not-a-uuid", "-1", String(repeating: "9", count: 400), "%2E%2E%2F%2E%2E%2Fetc"] {
                                check(try await send(route, fx.path(key, id: id, inScope: true, row: id), json: "{}", form: [:]), "id \(id)")
                            }
                        }
                    }
                }
                #expect(failures.isEmpty, "\(failures.count) answers of 5xx, first: \(failures.prefix(20).joined(separator: "\n"))")
                #expect(probed > 40, "too few query parameters were seen read: \(probed)")
                #expect(sent > 3_000)
                print("hostile walk: \(sent) requests, \(probed) query parameters probed")
                let health = try await app.testing().sendRequest(.GET, "/healthz")
                #expect(health.status == .ok)
            }
        }

        /// Logging out and revoking the token end the session: those routes go last.
        static func ordered(_ routes: [Route]) -> [Route] {
            let last: Set<String> = ["POST /logout", "DELETE /api/v1/auth/token"]
            return routes.sorted { (last.contains(RoutePermissions.key($0)) ? 1 : 0) < (last.contains(RoutePermissions.key($1)) ? 1 : 0) }
        }

        static func countyFormRow(_ app: Application) async throws -> String {
            try await CountyFormStore.add(.bodies, county: "450224", input: [
                "level": "county", "name": "县防贫中心", "units": "1", "posts": "1", "staff": "1", "fullTime": "1", "partTime": "0", "year": "2026",
            ], by: app.auditActor(username: "walk", role: "county-admin"), on: app.db)
        }

        /// Every name the server reads from a query string, a form or a JSON body, found in the sources
        /// (`at: "page"`, `form["name"]`, `o["version"]`) and in the field tables.
        static func parameterNames() throws -> [String] {
            let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/App")
            var names = Set<String>()
            let pattern = try NSRegularExpression(pattern: #"(?:at: |[a-zA-Z]\[)"([a-zA-Z_][a-zA-Z0-9_]{0,40})"\]?"#)
            let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
            while let url = files?.nextObject() as? URL {
                guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let r = Range(m.range(at: 1), in: text) { names.insert(String(text[r])) }
                }
            }
            for spec in HouseholdFields.table.specs + MemberFields.table.specs { names.insert(spec.key) }
            names.remove("_csrf")
            return names.sorted()
        }
    }
}

/// One signed-in walker: a browser session, an API token and one of its own token ids (for the revoke route).
struct Walker {
    var browser: Browser
    var token: String
    var ownTokenID: String

    static func make(_ app: Application, role: Role, scope: String, fixture fx: WalkFixture) async throws -> Walker {
        let name = "\(role.rawValue)-walker-\(UUID().uuidString.prefix(4))"
        // A helper's world is the households assigned to them: the inside one.
        try await app.makeUser(name, role: role, scope: scope, helping: [fx.inside])
        let browser = try await Browser.login(app, username: name)
        let token = try await app.token(role: role, scope: scope, helping: [fx.inside])
        let ownToken = try await Tokens.login(username: name, password: "secret123", kind: .api, lifetime: 3600, on: app.db, now: Date(), auditKey: app.auditKey)
        let ownTokenID = try await UserToken.query(on: app.db).filter(\.$tokenHash == Tokens.hash(ownToken.0)).first()!.requireID().uuidString
        return Walker(browser: browser, token: token, ownTokenID: ownTokenID)
    }
}
