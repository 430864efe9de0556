@testable import App
import Domain
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The records a route walk needs: one of each kind inside the walkers' village and one in another township,
/// and how a declared route's path is filled for either.
struct WalkFixture {
    var village: String, other: String
    var inside: String, outside: String, outsideHead: String
    var insideMember: String, outsideMember: String
    var insideCase: String, outsideCase: String
    var insideDocument: String, outsideDocument: String
    var importID: String, qualityRun: String
    var insideWarning: String, outsideWarning: String
    var insideCampaign: String, outsideCampaign: String
    var insideRectification: String, outsideRectification: String
    var insidePlan: String, outsidePlan: String
    var targetUser: String
    /// A helper of the county's register (helpers are county-wide: outside is one that does not exist).
    var helper: String

    /// A registry import of the walkers' township, refused (its commit answers 409 and writes nothing).
    static let registryImport = "walk-registry-import"

    static func make(_ app: Application) async throws -> WalkFixture {
        // An in-scope village and one in another township.
        let sql = app.sql()
        let village = try await app.busyVillage(min: 2)
        let other = try await sql.raw("""
            SELECT village_code AS v FROM households WHERE township_code <> \(bind: String(village.prefix(9))) AND relocated IS NULL
            AND dissolved_at IS NULL GROUP BY village_code ORDER BY COUNT(*) DESC LIMIT 1
            """).first()!.decode(column: "v", as: String.self)
        let inside = try await app.householdIDs(in: village)[0]
        try await sql.raw("""
            INSERT INTO registry_imports (id, county_code, scope, filename, file, state, summary, report, created_by, created_at)
            VALUES (\(bind: registryImport), '450224', \(bind: String(village.prefix(9))), 'walk.csv', \(bind: Data("户编号\n".utf8)), 'refused', '{}', '[]', 'walk', 0)
            """).run()
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
                                  now: Date(), auditKey: app.auditKey, policy: app.policy, calendar: app.calendars.calendar)
            return try await store.open(CaseStore.ClueInput(channel: .cadreScreening, householdID: household, difficulty: .illness, description: "路由检查")).0.id
        }
        let insideCase = try await openCase(inside)
        let outsideCase = try await openCase(outside)
        func document(_ caseID: String) async throws -> String {
            let c = try await CaseStore.find(id: caseID, on: app.db)!
            return try await Documents.attach(to: c, title: "路由检查", filename: "a.png", data: AllTests.DocumentsTests.png,
                                              by: app.auditActor(username: "walk", role: "county-admin"),
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
                                   now: Date(), auditKey: app.auditKey, settings: WarningSettings(), policy: app.policy, calendar: app.calendars.calendar)
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
        let walkActor = app.auditActor(username: "walk", role: "county-admin")
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
        // A 佐证 file on each (`:file` is the item's id + "f").
        for item in [insideRectification, outsideRectification] {
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(1), count: 64))
            let checked = RectificationFiles.Checked(id: item + "f", filename: "walk.png", kind: .png, data: png)
            try RectificationFiles.save([checked], base: app.config.filesDirectory)
            try await RectificationFiles.insert([checked], item: item, by: walkActor, now: Date(), on: sql)
        }
        func plan(_ campaignID: String, _ v: String) async throws -> String {
            let members = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: v)").first()!.decode(column: "n", as: Int.self)
            try await sql.raw("INSERT INTO visit_plans (id, county_code, campaign_id, village_code, team, starts_on, ends_on, households, daily_limit, created_by, created_at) VALUES (\(bind: campaignID + "p"), '450224', \(bind: campaignID), \(bind: v), '[]', \(bind: Clock.today.description), \(bind: Clock.today.description), \(bind: members), 20, 'walk', 0)").run()
            return campaignID + "p"
        }
        let insidePlan = try await plan(insideCampaign, village)
        let outsidePlan = try await plan(outsideCampaign, other)
        let targetUser = try await app.makeUser("walk-target", role: .helper, scope: village).requireID().uuidString
        let helper = try await MeasureStore.createHelper(["name": "路由检查", "unit": "县直单位", "phone": "13900003333"], county: "450224",
                                                         by: walkActor, now: Date(), on: app.db)
        // A 帮扶走访 with a photo on each household (`:visit` is the household's id + "v", `:file` its id + "f").
        for h in [inside, outside] {
            let village = try await sql.raw("SELECT village_code FROM households WHERE id = \(bind: h)").first()!.decode(column: "village_code", as: String.self)
            try await sql.raw("""
                INSERT INTO helper_visits (id, county_code, village_code, household_id, helper_id, visited_on, met, done, recorded_by, on_behalf, at)
                VALUES (\(bind: h + "v"), '450224', \(bind: village), \(bind: h), \(bind: helper), \(bind: Clock.today.description), '户主', '路由检查', 'walk', \(bind: true), 0)
                """).run()
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(1), count: 64))
            let checked = RectificationFiles.Checked(id: h + "f", filename: "walk.png", kind: .png, data: png)
            try RectificationFiles.save([checked], base: app.config.filesDirectory, folder: VisitStore.folder)
            try await sql.raw("""
                INSERT INTO visit_files (id, visit_id, filename, content_type, size, sha256, uploaded_by, at)
                VALUES (\(bind: h + "f"), \(bind: h + "v"), 'walk.png', 'image/png', 72, 'x', 'walk', 0)
                """).run()
        }
        return WalkFixture(village: village, other: other, inside: inside, outside: outside, outsideHead: outsideHead,
                           insideMember: insideMember, outsideMember: outsideMember, insideCase: insideCase, outsideCase: outsideCase,
                           insideDocument: insideDocument, outsideDocument: outsideDocument, importID: importID, qualityRun: qualityRun,
                           insideWarning: insideWarning, outsideWarning: outsideWarning, insideCampaign: insideCampaign,
                           outsideCampaign: outsideCampaign, insideRectification: insideRectification,
                           outsideRectification: outsideRectification, insidePlan: insidePlan, outsidePlan: outsidePlan, targetUser: targetUser, helper: helper)
    }

    /// The roles a walk signs in as, each with the scope that holds the inside records.
    var walkers: [(Role, String)] {
        [(.countyAdmin, "450224"), (.townshipOfficer, String(village.prefix(9))), (.villageOfficer, village),
         (.departmentOfficer, "edu"), (.helper, village), (.inspector, village)]
    }

    /// The record a route's `:id` names, inside the walker's scope or outside it.
    func id(for key: String, inScope: Bool, ownToken: String) -> String {
        let isImport = key.contains("/imports/:id") || key.contains("/quality/runs/:id")
        if key.contains("/registry/imports/:id") { return Self.registryImport }
        if key.contains("/tokens/:id") { return ownToken }
        if key.contains("/users/:id") { return targetUser }
        if key.contains("/helpers/:id") { return inScope ? helper : "walk-no-such-helper" }
        if key.contains("/members/:id") { return inScope ? insideMember : outsideMember }
        if key.contains("/cases/:id") || key.contains("/clues/:id") { return inScope ? insideCase : outsideCase }
        if key.contains("/documents/:id") { return inScope ? insideDocument : outsideDocument }
        if isImport { return key.contains("quality") ? qualityRun : importID }
        if key.contains("/warnings/:id") { return inScope ? insideWarning : outsideWarning }
        if key.contains("/screening/:id") || key.contains("/campaigns/:id") { return inScope ? insideCampaign : outsideCampaign }
        if key.contains("/visits/:id") || key.contains("/visit-plans/:id") { return inScope ? insidePlan : outsidePlan }
        if key.contains("/rectifications/:id") { return inScope ? insideRectification : outsideRectification }
        if key.contains("/reports/:id") { return "new-monitored" }
        if key.contains("/policy/regimes/:id") { return "2026-regular" }
        return inScope ? inside : outside
    }

    /// The route's path with its parameters filled: `id` for `:id`, `row` for a county-form row.
    func path(_ key: String, id: String, inScope: Bool, row: String = "") -> String {
        key.split(separator: " ", maxSplits: 1)[1].replacingOccurrences(of: ":id", with: id)
            .replacingOccurrences(of: ":form", with: "bodies").replacingOccurrences(of: ":row", with: row)
            .replacingOccurrences(of: ":code", with: key.contains("/departments/") ? "edu" : inScope ? village : other)
            .replacingOccurrences(of: ":key", with: key.contains("/policy/regimes/") ? "2026-regular" : "edu.dropout").replacingOccurrences(of: ":duty", with: "county.report")
            .replacingOccurrences(of: ":file", with: id + "f").replacingOccurrences(of: ":visit", with: id + "v")
            .replacingOccurrences(of: ":hid", with: inScope ? inside : outside)
            .replacingOccurrences(of: ":year", with: String(Clock.today.year - 1))
    }
}
