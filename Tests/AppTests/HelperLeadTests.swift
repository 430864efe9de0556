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
    }
}
