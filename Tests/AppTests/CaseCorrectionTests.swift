@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// 更正: wrong legacy monitoring facts are put right by the county admin on the case, with a reason; the history
    /// shows before and after; a correction cannot do a step's work (eliminate a monitored household) or set a future date.
    @Suite struct CaseCorrectionTests {
        @Test func theCountyAdminCorrectsOnTheCaseWithAReasonAndTheHistoryShowsBeforeAndAfter() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                let id = try await w.enrol(hid)
                let path = "/api/v1/cases/\(id)/corrections"
                // Its clue was filed six weeks ago and answered two days later (legacy history, as an import brings it).
                try await app.sql().raw("""
                    UPDATE cases SET opened_on = \(bind: Workflow.day(-42)), response_done = \(bind: Workflow.day(-40)) WHERE id = \(bind: id)
                    """).run()
                let early = try await app.api(.POST, path, token: w.countyToken, json: #"{"monitoredSince":"\#(Workflow.day(-41))","reason":"识别时间录入错误"}"#)
                #expect(early.status == .unprocessableEntity && early.errorBody?.field == "monitoredSince" && early.errorBody?.message.contains(Workflow.day(-40)) == true)
                let body = #"{"monitoredSince":"\#(Workflow.day(-30))","monitoringCategory":"sudden","reason":"原识别时间录入错误，以县级审定会议纪要为准"}"#

                #expect(try await app.api(.POST, path, token: w.villageToken, json: body).status == .forbidden)
                let unversioned = try await app.api(.POST, path, token: w.countyToken, json: body, autoVersion: false)
                #expect(unversioned.status == .preconditionRequired)
                let noReason = try await app.api(.POST, path, token: w.countyToken, json: #"{"monitoringCategory":"sudden"}"#)
                #expect(noReason.status == .unprocessableEntity && noReason.errorBody?.field == "reason")
                let eliminate = try await app.api(.POST, path, token: w.countyToken,
                                                  json: #"{"eliminationKind":"assisted","eliminatedOn":"\#(Workflow.day(0))","reason":"想直接标注消除"}"#)
                #expect(eliminate.status == .unprocessableEntity && eliminate.errorBody?.code == "workflow_only")
                let future = try await app.api(.POST, path, token: w.countyToken, json: #"{"monitoredSince":"\#(Workflow.day(3))","reason":"日期录错了"}"#)
                #expect(future.status == .unprocessableEntity && future.errorBody?.field == "monitoredSince")

                let ok = try await app.api(.POST, path, token: w.countyToken, json: body)
                #expect(ok.status == .ok, "\(ok.body.string.prefix(300))")
                #expect(ok.json["state"] as? String == "monitored")
                let h = try await app.api(.GET, "/api/v1/households/\(hid)", token: w.countyToken).json
                #expect(h["monitoredSince"] as? String == Workflow.day(-30) && h["monitoringCategory"] as? String == "sudden")
                let events = ok.json["events"] as? [[String: Any]] ?? []
                let last = try #require(events.last)
                #expect(last["action"] as? String == "correct")
                let facts = last["facts"] as? [String: Any] ?? [:]
                #expect(facts["monitoredSince"] as? String == "\(Workflow.day(0)) → \(Workflow.day(-30))", "\(facts)")
                #expect((facts["reason"] as? String)?.contains("会议纪要") == true)
                // The household's own history names the change as the procedure's, and the audit trail has it.
                let change = try await app.sql().raw("SELECT summary, diff FROM changes WHERE household_id = \(bind: hid) ORDER BY version DESC LIMIT 1").first()!
                #expect(try change.decode(column: "diff", as: String.self).contains("monitoredSince"))
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.correct' AND entity_id = \(bind: id)").first()!
                    .decode(column: "n", as: Int.self) == 1)
                // Nothing to correct is said so; the county still agrees with itself.
                let same = try await app.api(.POST, path, token: w.countyToken, json: body)
                #expect(same.status == .unprocessableEntity && same.errorBody?.code == "unchanged")
                let check = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                let mine = check.violations.filter { $0.householdID == hid }
                #expect(mine.isEmpty, "\(mine.map(\.description))")

                // On the page: the county admin's form, a refused correction shown in Chinese; the village officer has no form.
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let page = try await admin.get("/cases/\(id)")
                #expect(page.body.string.contains(#"id="correction""#))
                let version = try await app.sql().raw("SELECT version FROM cases WHERE id = \(bind: id)").first()!.decode(column: "version", as: Int.self)
                let refused = try await admin.post("/cases/\(id)/correct", ["version": String(version), "monitoringCategory": "marginal", "reason": ""])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("未更正"))
                let saved = try await admin.post("/cases/\(id)/correct", ["version": String(version), "monitoringCategory": "unstable", "reason": "类别按审定材料更正"])
                #expect(saved.status == .seeOther)
                #expect(try await admin.get("/cases/\(id)").body.string.contains("县级更正监测信息"))
                try await app.makeUser("vill", role: .villageOfficer, scope: w.village)
                var officer = try await Browser.login(app, username: "vill")
                #expect(!(try await officer.get("/cases/\(id)").body.string.contains(#"id="correction""#)))
            }
        }
    }
}
