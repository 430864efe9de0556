@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// 应急救助 and 临时救助 (seed 002 三.3): given by the township or the county, recorded on the household, shown in the
    /// 风险研判 and counted in the quarterly measure report.
    @Suite struct ReliefTests {
        @Test func theTownshipRecordsAReliefThatTheAssessmentAndTheReportShow() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                _ = try await w.enrol(hid)
                let today = app.clock.today
                let body = #"{"kind":"temporary","grantedOn":"\#(today)","amount":"3000","reason":"突发大病住院","fund":"临时救助资金","unit":"某某镇人民政府"}"#
                // The village does not give relief; a bad amount and a future day are named.
                #expect(try await app.api(.POST, "/api/v1/households/\(hid)/reliefs", token: w.villageToken, json: body).status == .forbidden)
                let zero = try await app.api(.POST, "/api/v1/households/\(hid)/reliefs", token: w.townshipToken, json: body.replacingOccurrences(of: "\"3000\"", with: "\"0\""))
                #expect(zero.status == .unprocessableEntity && zero.errorBody?.field == "amount")
                let future = try await app.api(.POST, "/api/v1/households/\(hid)/reliefs", token: w.townshipToken,
                                               json: body.replacingOccurrences(of: today.description, with: today.adding(days: 3).description))
                #expect(future.status == .unprocessableEntity && future.errorBody?.field == "grantedOn")
                let missing = try await app.api(.POST, "/api/v1/households/\(hid)/reliefs", token: w.townshipToken, json: #"{"kind":"temporary"}"#)
                #expect(missing.status == .unprocessableEntity)
                let created = try await app.api(.POST, "/api/v1/households/\(hid)/reliefs", token: w.townshipToken, json: body)
                #expect(created.status == .created, "\(created.body.string)")
                let list = try await app.api(.GET, "/api/v1/households/\(hid)/reliefs", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
                #expect(list.count == 1 && list.first?["reason"] as? String == "突发大病住院" && list.first?["kind"] as? String == "temporary")
                let assessment = try await app.api(.GET, "/api/v1/households/\(hid)/assessment", token: w.countyToken).json
                #expect((assessment["reliefs"] as? [[String: Any]])?.count == 1)
                // The quarterly measure report counts the household under 应急救助和临时救助 for the period.
                let report = try await app.api(.GET, "/api/v1/reports/measures-quarterly?from=\(today.adding(days: -10))&to=\(today)", token: w.countyToken).json
                #expect((report["total"] as? [String: Any])?["relief"] as? Int == 1, "\(report["total"] ?? "")")
                let audit = try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'relief.create'").first()?.decode(column: "n", as: Int.self)
                #expect(audit == 1)
                // The household page lists it and offers the form to the township, not to the village.
                try await app.makeUser("town", role: .townshipOfficer, scope: String(w.village.prefix(9)))
                var b = try await Browser.login(app, username: "town")
                let page = try await b.get("/households/\(hid)").body.string
                #expect(page.contains(#"id="reliefs""#) && page.contains(#"id="relief-form""#) && page.contains("近一年应急救助和临时救助"))
                let bad = try await b.post("/households/\(hid)/reliefs", ["kind": "emergency", "grantedOn": today.description, "amount": "-5", "reason": "灾",
                                                                         "fund": "应急资金", "unit": "县民政局"])
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("救助金额"))
                try await app.makeUser("vo", role: .villageOfficer, scope: w.village)
                var vo = try await Browser.login(app, username: "vo")
                #expect(!(try await vo.get("/households/\(hid)").body.string.contains(#"id="relief-form""#)))
            }
        }
    }
}
