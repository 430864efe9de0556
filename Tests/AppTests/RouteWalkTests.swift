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
                let keys = Set(routes.map(RoutePermissions.key))
                let undeclared = keys.filter { RoutePermissions.table[$0] == nil }.sorted()
                #expect(undeclared.isEmpty, "routes without a declared permission: \(undeclared)")
                let stale = Set(RoutePermissions.table.keys).subtracting(keys).sorted()
                #expect(stale.isEmpty, "declarations without a route: \(stale)")
                #expect(RoutePermissions.uploadTokenRoutes.isSubset(of: keys), "upload-token routes that do not exist")

                // An in-scope village and one in another township.
                let sql = app.sql()
                let village = try await app.busyVillage(min: 2)
                let other = try await sql.raw("""
                    SELECT village_code AS v FROM households WHERE township_code <> \(bind: String(village.prefix(9))) AND relocated IS NULL
                    AND dissolved_at IS NULL GROUP BY village_code ORDER BY COUNT(*) DESC LIMIT 1
                    """).first()!.decode(column: "v", as: String.self)
                let inside = try await app.householdIDs(in: village)[0]
                let outside = try await app.householdIDs(in: other)[0]
                func member(of h: String) async throws -> String {
                    try await sql.raw("SELECT id FROM members WHERE household_id = \(bind: h) AND removed_at IS NULL ORDER BY id LIMIT 1").first()!
                        .decode(column: "id", as: String.self)
                }
                let insideMember = try await member(of: inside)
                let outsideMember = try await member(of: outside)
                let outsideHead = try await sql.raw("SELECT head_name FROM households WHERE id = \(bind: outside)").first()!.decode(column: "head_name", as: String.self)

                // A case in scope and one outside it.
                func openCase(_ household: String) async throws -> String {
                    let store = CaseStore(db: app.db, regions: app.regions, principal: Principal(username: "walk", role: .countyAdmin, scope: "450224"),
                                          now: Date(), policy: app.policy, calendar: app.calendars.calendar)
                    return try await store.open(CaseStore.ClueInput(channel: .cadreScreening, householdID: household, difficulty: .illness, description: "路由检查")).0.id
                }
                let insideCase = try await openCase(inside)
                let outsideCase = try await openCase(outside)
                func document(_ caseID: String) async throws -> String {
                    let c = try await CaseStore.find(id: caseID, on: app.db)!
                    return try await Documents.attach(to: c, title: "路由检查", filename: "a.png", data: DocumentsTests.png,
                                                      by: AuditLog.Actor(username: "walk", role: "county-admin", address: ""),
                                                      directory: app.config.filesDirectory, maxBytes: 1 << 20, now: Date(), on: app.db).id
                }
                let insideDocument = try await document(insideCase)
                let outsideDocument = try await document(outsideCase)
                // A department list with one person of each household: an import and two warnings.
                func idNumber(_ member: String) async throws -> (String, String) {
                    let r = try await sql.raw("SELECT id_number, name FROM members WHERE id = \(bind: member)").first()!
                    return (try r.decode(column: "id_number", as: String.self), try r.decode(column: "name", as: String.self))
                }
                let (a, an) = try await idNumber(insideMember), (b, bn) = try await idNumber(outsideMember)
                let importer = ImportStore(db: app.db, principal: Principal(username: "walk", role: .countyAdmin, scope: "450224"), county: "450224",
                                           now: Date(), settings: WarningSettings(), policy: app.policy, calendar: app.calendars.calendar)
                let list = try importer.prepare(data: Data("身份证号码,姓名,学校,状态,发现日期\n\(a),\(an),一中,辍学,2026-09-01\n\(b),\(bn),二中,辍学,2026-09-01\n".utf8),
                                                filename: "walk.csv", listType: "edu.dropout")
                let importID = try await importer.begin(list)
                try await importer.apply(list, importID: importID)
                func warning(_ household: String) async throws -> String {
                    try await sql.raw("SELECT id FROM warnings WHERE household_id = \(bind: household)").first()!.decode(column: "id", as: String.self)
                }
                let qualityRun = try await QualityStore.begin(county: "450224", by: "walk", on: app.db)
                try await sql.raw("UPDATE quality_runs SET state = 'done' WHERE id = \(bind: qualityRun)").run()
                let insideWarning = try await warning(inside)
                let outsideWarning = try await warning(outside)
                // Screening: a campaign, a visit plan and a ledger item inside the walkers' village, and the same in another township.
                let admin = Principal(username: "walk", role: .countyAdmin, scope: "450224")
                let screening = ScreeningStore(db: app.db, principal: admin, regions: app.regions, settings: PolicySettings(), today: Clock.today)
                let walkActor = AuditLog.Actor(username: "walk", role: "county-admin", address: "")
                func campaign(_ scope: String) async throws -> String {
                    try await screening.createCampaign(CampaignPlan(kind: .lookBack, name: "路由检查", scope: scope, from: Clock.today.adding(days: -10),
                                                                    to: Clock.today.adding(days: 30)), by: walkActor)
                }
                let insideCampaign = try await campaign(String(village.prefix(9)))
                let outsideCampaign = try await campaign(String(other.prefix(9)))
                func rectification(_ region: String) async throws -> String {
                    try await screening.addRectification(RectificationInput(source: .countyInspection, region: region, problem: "路由检查", unit: "村委",
                                                                            person: "甲", measure: "改正", due: Clock.today.adding(days: 5)),
                                                         householdID: nil, sourceRef: "", by: walkActor)
                }
                let insideRectification = try await rectification(village)
                let outsideRectification = try await rectification(other)
                func plan(_ campaignID: String, _ v: String) async throws -> String {
                    let members = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: v)").first()!.decode(column: "n", as: Int.self)
                    try await sql.raw("INSERT INTO visit_plans (id, county_code, campaign_id, village_code, team, starts_on, ends_on, households, daily_limit, created_by, created_at) VALUES (\(bind: campaignID + "p"), '450224', \(bind: campaignID), \(bind: v), '[]', \(bind: Clock.today.description), \(bind: Clock.today.description), \(bind: members), 20, 'walk', 0)").run()
                    return campaignID + "p"
                }
                let insidePlan = try await plan(insideCampaign, village)
                let outsidePlan = try await plan(outsideCampaign, other)
                let targetUser = try await app.makeUser("walk-target", role: .helper, scope: village).requireID().uuidString
                let users: [(Role, String)] = [(.countyAdmin, "450224"), (.townshipOfficer, String(village.prefix(9))), (.villageOfficer, village),
                                               (.departmentOfficer, "edu"), (.helper, village), (.inspector, village)]
                // Logging out and revoking the token end the session: walk them last.
                let last: Set<String> = ["POST /logout", "DELETE /api/v1/auth/token"]
                let ordered = routes.sorted { (last.contains(RoutePermissions.key($0)) ? 1 : 0) < (last.contains(RoutePermissions.key($1)) ? 1 : 0) }
                var checked = 0
                for (role, scope) in users {
                    let name = "\(role.rawValue)-walker"
                    // A helper's world is the households assigned to them: the inside one.
                    try await app.makeUser(name, role: role, scope: scope, helping: [inside])
                    var browser = try await Browser.login(app, username: name)
                    let token = try await app.token(role: role, scope: scope, helping: [inside])
                    // One of the walker's own API tokens, for the revoke route.
                    let ownToken = try await Tokens.login(username: name, password: "secret123", kind: .api, lifetime: 3600, on: app.db, now: Date())
                    let ownTokenID = try await UserToken.query(on: app.db).filter(\.$tokenHash == Tokens.hash(ownToken.0)).first()!.requireID().uuidString
                    for route in ordered {
                        let key = RoutePermissions.key(route)
                        guard let need = RoutePermissions.table[key], need != .public else { continue }
                        let isAPI = key.contains(" /api/")
                        let isMember = key.contains("/members/:id")
                        let isUser = key.contains("/users/:id")
                        let isToken = key.contains("/tokens/:id")
                        let isCase = key.contains("/cases/:id") || key.contains("/clues/:id")
                        let isDocument = key.contains("/documents/:id")
                        // Imports are the county's (a department's own; other departments are checked in ImportTests).
                        let isImport = key.contains("/imports/:id") || key.contains("/quality/runs/:id")
                        let isWarning = key.contains("/warnings/:id")
                        let isCampaign = key.contains("/screening/:id") || key.contains("/campaigns/:id")
                        let isPlan = key.contains("/visits/:id") || key.contains("/visit-plans/:id")
                        let isLedger = key.contains("/rectifications/:id")
                        let isReport = key.contains("/reports/:id")
                        var targets: [(id: String, inScope: Bool)] = [(isToken ? ownTokenID : isUser ? targetUser : isMember ? insideMember
                                                                       : isCase ? insideCase : isDocument ? insideDocument : isImport ? (key.contains("quality") ? qualityRun : importID)
                                                                       : isWarning ? insideWarning : isCampaign ? insideCampaign : isPlan ? insidePlan
                                                                       : isLedger ? insideRectification : isReport ? "new-monitored" : inside, true)]
                        if (key.contains(":id") || key.contains(":code")) && role != .countyAdmin && !isUser && !isImport
                            && !(isWarning && role == .departmentOfficer) && !key.contains("/departments/:code") && !isReport {
                            targets.append((isMember ? outsideMember : isCase ? outsideCase : isDocument ? outsideDocument
                                            : isWarning ? outsideWarning : isCampaign ? outsideCampaign : isPlan ? outsidePlan
                                            : isLedger ? outsideRectification : outside, false))
                        }
                        for target in targets {
                            // A county-form row to delete, fresh for each attempt (an allowed delete removes it).
                            let row = key.contains(":row") ? try await CountyFormStore.add(.bodies, county: "450224", input: [
                                "level": "county", "name": "县防贫中心", "units": "1", "posts": "1", "staff": "1", "fullTime": "1", "partTime": "0", "year": "2026",
                            ], by: AuditLog.Actor(username: "walk", role: "county-admin", address: ""), on: app.db) : ""
                            let path = key.split(separator: " ", maxSplits: 1)[1].replacingOccurrences(of: ":id", with: target.id)
                                .replacingOccurrences(of: ":form", with: "bodies").replacingOccurrences(of: ":row", with: row)
                                .replacingOccurrences(of: ":code", with: key.contains("/departments/") ? "edu" : target.inScope ? village : other)
                                .replacingOccurrences(of: ":key", with: "edu.dropout")
                                .replacingOccurrences(of: ":hid", with: target.inScope ? inside : outside)
                            let status: HTTPStatus
                            let body: String
                            if isAPI {
                                // Bodies that are served but change nothing (an unknown removal event, no members to move).
                                let json = route.method == .DELETE ? #"{"event":"vanished"}"# : route.method == .GET ? nil : "{}"
                                let r = try await app.api(route.method, path, token: token, json: json)
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
                            if !target.inScope || !allowed { #expect(!body.contains(outsideHead), "\(role.rawValue) \(key) leaked data") }
                            checked += 1
                        }
                    }
                }
                #expect(checked > 200)
            }
        }
    }
}
