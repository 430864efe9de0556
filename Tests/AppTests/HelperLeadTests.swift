@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    @Suite struct HelperLeadTests {
        /// Seed 000: "帮扶责任以纳入监测期间安排的帮扶责任人为主". The helper a 脱贫户 had before it was monitored stops
        /// leading when the first helper is assigned during monitoring; a second one assigned later does not take over.
        @Test func theHelperAssignedWhileMonitoredLeads() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                let county = String(w.village.prefix(6))
                // Its helper from the years after lifting out of poverty (legacy data: marked lead).
                let old = try await app.registerHelper("老帮扶人", county: county, households: [])
                try await app.sql().raw("""
                    INSERT INTO household_helpers (id, county_code, household_id, helper_id, lead, assigned_on, assigned_by)
                    VALUES ('legacy-1', \(bind: county), \(bind: hid), \(bind: old), \(bind: true), '2021-03-01', 'import')
                    """).run()
                _ = try await w.enrol(hid)
                let first = try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: w.villageToken,
                                              json: #"{"name":"赵六","unit":"县农业农村局","phone":"13900001111"}"#)
                #expect(first.status == .created)
                let helpers = first.json["helpers"] as? [[String: Any]] ?? []
                #expect(helpers.first { $0["name"] as? String == "赵六" }?["lead"] as? Bool == true)
                #expect(helpers.first { $0["name"] as? String == "老帮扶人" }?["lead"] as? Bool == false)
                let second = try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: w.villageToken,
                                               json: #"{"name":"钱七","unit":"镇政府","phone":"13900002222"}"#)
                let after = second.json["helpers"] as? [[String: Any]] ?? []
                #expect(after.filter { $0["lead"] as? Bool == true }.compactMap { $0["name"] as? String } == ["赵六"])
            }
        }

        /// Seed 000: "户籍地乡镇和行政村……对脱贫户和监测户也要及时安排 1 名帮扶联系人（第二帮扶人）". The officer of the
        /// village a relocated household came from assigns one; it never leads and the household page names it.
        @Test func aRelocatedHouseholdGetsASecondHelperFromWhereItCameFrom() async throws {
            try await withFangpin(households: 400) { app in
                guard let row = try await app.sql().raw("""
                    SELECT id, village_code, origin_village_code FROM households WHERE origin_village_code IS NOT NULL AND dissolved_at IS NULL
                    AND origin_village_code <> village_code ORDER BY code LIMIT 1
                    """).first() else { Issue.record("the demo county has no relocated household"); return }
                let hid = try row.decode(column: "id", as: String.self)
                let origin = try row.decode(column: "origin_village_code", as: String.self)
                let site = try row.decode(column: "village_code", as: String.self)
                let originOfficer = try await app.token(role: .villageOfficer, scope: origin)
                let siteOfficer = try await app.token(role: .villageOfficer, scope: site)
                let first = try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: siteOfficer,
                                              json: #"{"name":"安置点帮扶人","unit":"社区","phone":"13900003333"}"#)
                #expect(first.status == .created, "\(first.body.string.prefix(300))")
                let second = try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: originOfficer,
                                               json: #"{"name":"户籍地联系人","unit":"原村委会","phone":"13900004444"}"#)
                #expect(second.status == .created, "\(second.body.string.prefix(300))")
                let helpers = second.json["helpers"] as? [[String: Any]] ?? []
                let theirs = helpers.first { $0["name"] as? String == "户籍地联系人" }
                #expect(theirs?["origin"] as? Bool == true && theirs?["lead"] as? Bool == false)
                #expect(helpers.first { $0["name"] as? String == "安置点帮扶人" }?["origin"] as? Bool == false)
                // A household that did not move has no origin side.
                let settled = try await app.sql().raw("SELECT id FROM households WHERE origin_village_code IS NULL AND village_code = \(bind: site) LIMIT 1").first()?
                    .decode(column: "id", as: String.self)
                if let settled {
                    let refused = try await app.api(.POST, "/api/v1/households/\(settled)/helpers", token: siteOfficer,
                                                    json: #"{"name":"某人","unit":"某单位","phone":"13900005555","origin":true}"#)
                    #expect(refused.status == .unprocessableEntity && refused.errorBody?.field == "origin")
                }
                try await app.makeUser("site", role: .villageOfficer, scope: site)
                var browser = try await Browser.login(app, username: "site")
                #expect(try await browser.get("/households/\(hid)").body.string.contains("户籍地第二帮扶人"))
            }
        }
    }
}

