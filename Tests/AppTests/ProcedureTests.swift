@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// The official record follows the procedure: monitoring facts are written by case steps only.
    @Suite struct ProcedureTests {
        func monitored(_ app: Application) async throws -> (id: String, village: String, category: String) {
            let r = try await app.sql().raw("""
                SELECT id, village_code, monitoring_category FROM households WHERE monitoring_category IS NOT NULL AND dissolved_at IS NULL
                AND relocated IS NULL ORDER BY code LIMIT 1
                """).first()!
            return (try r.decode(column: "id", as: String.self), try r.decode(column: "village_code", as: String.self),
                    try r.decode(column: "monitoring_category", as: String.self))
        }

        @Test func monitoringFactsAreRefusedOnTheAPIUnlessUnchanged() async throws {
            try await withFangpin(households: 300) { app in
                let h = try await monitored(app)
                let token = try await app.token(role: .villageOfficer, scope: h.village)
                let other = h.category == "marginal" ? "unstable" : "marginal"
                for (field, value) in [("monitoringCategory", #""\#(other)""#), ("monitoredSince", #""2026-01-05""#),
                                       ("eliminationKind", #""natural""#), ("eliminatedOn", #""2026-11-01""#), ("riskTypes", #""disaster""#)] {
                    let r = try await app.api(.PATCH, "/api/v1/households/\(h.id)", token: token, json: #"{"\#(field)":\#(value)}"#)
                    #expect(r.status == .unprocessableEntity, "\(field): \(r.status)")
                    #expect(r.errorBody?.code == "workflow_only" && r.errorBody?.field == field, "\(field): \(r.body.string.prefix(200))")
                }
                // Repeating the current value changes nothing and is fine; other facts still save.
                let same = try await app.api(.PATCH, "/api/v1/households/\(h.id)", token: token,
                                             json: #"{"monitoringCategory":"\#(h.category)","phone":"13900001111"}"#)
                #expect(same.status == .ok, "\(same.body.string.prefix(200))")
                // A household not monitored cannot be made so by an edit, nor registered as monitored.
                let plain = try await app.sql().raw("SELECT id FROM households WHERE monitoring_category IS NULL AND village_code = \(bind: h.village) LIMIT 1").first()!
                    .decode(column: "id", as: String.self)
                let enrol = try await app.api(.PATCH, "/api/v1/households/\(plain)", token: token,
                                              json: #"{"monitoringCategory":"marginal","monitoredSince":"2026-11-01","riskTypes":["illness"]}"#)
                #expect(enrol.status == .unprocessableEntity && enrol.errorBody?.code == "workflow_only")
                #expect(try await app.sql().raw("SELECT monitoring_category FROM households WHERE id = \(bind: plain)").first()!
                    .decode(column: "monitoring_category", as: String?.self) == nil)
            }
        }

        /// The edit form shows the monitoring facts read-only with the way to the case, and saving other facts keeps them.
        @Test func theEditFormShowsMonitoringFactsReadOnly() async throws {
            try await withFangpin(households: 300) { app in
                let h = try await monitored(app)
                try await app.makeUser("cun", role: .villageOfficer, scope: h.village)
                var b = try await Browser.login(app, username: "cun")
                let form = try await b.get("/households/\(h.id)/edit").body.string
                #expect(form.contains(#"id="monitoring-facts""#) && form.contains("由监测帮扶程序写入"))
                for key in HouseholdFields.procedureOwned { #expect(!form.contains(#"name="\#(key)""#), "\(key) is editable") }
                let before = try await app.sql().raw("SELECT monitoring_category, risk_types, version FROM households WHERE id = \(bind: h.id)").first()!
                let risks = try before.decode(column: "risk_types", as: String?.self)
                let version = try before.decode(column: "version", as: Int.self)
                let saved = try await b.post("/households/\(h.id)/edit", ["version": String(version), "phone": "13900002222"])
                #expect(saved.status == .seeOther, "\(saved.status) \(saved.body.string.prefix(300))")
                let after = try await app.sql().raw("SELECT monitoring_category, risk_types FROM households WHERE id = \(bind: h.id)").first()!
                #expect(try after.decode(column: "monitoring_category", as: String.self) == h.category)
                #expect(try after.decode(column: "risk_types", as: String?.self) == risks)
                // A forged form field is refused, not silently applied.
                let forged = try await b.post("/households/\(h.id)/edit", ["version": String(version + 1), "monitoringCategory": ""])
                #expect(forged.status == .seeOther)
                #expect(try await app.sql().raw("SELECT monitoring_category FROM households WHERE id = \(bind: h.id)").first()!
                    .decode(column: "monitoring_category", as: String?.self) == h.category)
            }
        }
    }
}
