@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// The regimes are data a county admin edits (R32): a narrowed regime is what the procedure's forms offer and what
    /// the measures and the county's decision are checked against, on the date each record is for.
    @Suite struct RegimeEditTests {
        @Test func aNarrowedRegimeDrivesTheMeasuresAndTheCountysDecision() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let path = "/api/v1/policy/regimes/2026-regular"
                let shown = try await app.api(.GET, path, token: w.townshipToken)
                #expect(shown.status == .ok && shown.json["version"] as? Int == 0 && shown.headers.first(name: .eTag) == "\"0\"")
                #expect(try await app.api(.GET, "/api/v1/policy/regimes/1999-nothing", token: w.townshipToken).status == .notFound)

                // Everything the 2026 regime has except 防贫保险 and 突发严重困难户.
                let kept = ReferenceData.measureTypes.filter { $0.key != "insurance" }
                    .map { #"{"key":"\#($0.key)","kind":"\#($0.kind.rawValue)"}"# }.joined(separator: ",")
                let body = #""categories":["unstable","marginal"],"measureTypes":[\#(kept)],"note":"本县未开展防贫保险""#
                #expect(try await app.api(.PATCH, path, token: w.townshipToken, json: #"{"version":0,\#(body)}"#).status == .forbidden)
                let unversioned = try await app.api(.PATCH, path, token: w.countyToken, json: "{" + body + "}", autoVersion: false)
                #expect(unversioned.status == .preconditionRequired && unversioned.errorBody?.field == "version")
                let validity = try await app.api(.PATCH, path, token: w.countyToken, json: #"{"version":0,"validFrom":"2027-01-01"}"#)
                #expect(validity.status == .badRequest && validity.errorBody?.field == "validFrom" && validity.errorBody?.code == "unknown_field")
                let noDevelopmental = try await app.api(.PATCH, path, token: w.countyToken,
                                                        json: #"{"version":0,"measureTypes":[{"key":"health","kind":"guarantee"}]}"#)
                #expect(noDevelopmental.status == .unprocessableEntity && noDevelopmental.errorBody?.field == "measureTypes")
                #expect(noDevelopmental.errorBody?.message.contains("开发式") == true)
                let saved = try await app.api(.PATCH, path, token: w.countyToken, json: #"{"version":0,\#(body)}"#)
                #expect(saved.status == .ok && saved.json["version"] as? Int == 1, "\(saved.body.string.prefix(300))")
                #expect((saved.json["categories"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["unstable", "marginal"])
                #expect(saved.json["editedBy"] as? String != nil)
                let stale = try await app.api(.PATCH, path, token: w.countyToken, json: #"{"version":0,"name":"又一次"}"#)
                #expect(stale.status == .conflict && stale.errorBody?.code == "version_conflict")
                // Kept across a restart (the stored versions are read back), and the transition regime is untouched.
                try await app.policy.reload(on: app.db)
                let reloaded = try #require(app.policy.regimes.regime(key: "2026-regular"))
                #expect(reloaded.version == 1 && !reloaded.categories.contains(.sudden) && reloaded.measureType("insurance") == nil)
                #expect(app.policy.regimes.regime(key: "2021-transition")?.measureType("insurance") != nil)

                // A measure is checked against the regime in force on its start date.
                let hid = try await w.household()
                _ = try await w.enrol(hid)
                func measure(_ type: String, _ start: String) async throws -> TestingHTTPResponse {
                    try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: w.villageToken,
                                      json: #"{"type":"\#(type)","riskTypes":"illness","startOn":"\#(start)","unit":"县医保局","state":"ongoing"}"#)
                }
                let refused = try await measure("insurance", Workflow.day(0))
                #expect(refused.status == .unprocessableEntity && refused.errorBody?.field == "type")
                #expect(refused.errorBody?.message.contains("防贫保险") == true)
                let earlier = try await measure("insurance", "2025-06-01")
                #expect(earlier.status == .created && earlier.json["kind"] as? String == "safetyNet", "\(earlier.body.string.prefix(300))")
                #expect(try await measure("health", Workflow.day(0)).status == .created)
                // The household page offers only the regime's measure types.
                try await app.makeUser("village", role: .villageOfficer, scope: w.village)
                var officer = try await Browser.login(app, username: "village")
                let page = try await officer.get("/households/\(hid)").body.string
                #expect(page.contains("value=\"health\"") && !page.contains("value=\"insurance\""))

                // The county's decision cannot use a category the regime no longer has.
                let other = try await w.household(excluding: [hid])
                let caseID = try await w.toTownshipReview(other)
                w.expectState(try await w.step(caseID, w.townshipToken, .townshipApprove, ["reviewedOn": Workflow.day(0), "reviewer": "乡镇工作站", "opinion": "同意"]),
                              .countyApproval)
                w.expectState(try await w.step(caseID, w.countyToken, .recordComparison, ["comparedOn": Workflow.day(0), "items": "deposits,vehicles,houses,businesses",
                                                                                         "result": "clear"]), .countyApproval)
                let decision = ["approvedOn": Workflow.day(0), "reviewer": "县乡村振兴局", "opinion": "同意纳入", "riskTypes": "illness"]
                let sudden = try await w.step(caseID, w.countyToken, .countyApprove, decision.merging(["category": "sudden"]) { $1 })
                #expect(sudden.status == .unprocessableEntity && sudden.errorBody?.field == "category", "\(sudden.body.string.prefix(300))")
                w.expectState(try await w.step(caseID, w.countyToken, .countyApprove, decision.merging(["category": "marginal"]) { $1 }), .monitored)
            }
        }

        @Test func theRegimePageSavesAVersionAndRefusesAnEmptyChoice() async throws {
            try await withFangpin(households: 0) { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                try await app.makeUser("town", role: .townshipOfficer, scope: "450224100")
                var admin = try await Browser.login(app, username: "county")
                let policy = try await admin.get("/policy")
                #expect(policy.body.string.contains("/policy/regimes/2026-regular"))
                let form = try await admin.get("/policy/regimes/2026-regular")
                #expect(form.status == .ok && form.body.string.contains("regime-form"))
                let regime = try #require(app.policy.regimes.regime(key: "2026-regular"))
                var fields = RegimeForm.values(regime)
                fields["version"] = "0"
                fields["note"] = "按省里通知调整时限表述"
                fields["step.clue"] = "收到线索后5个工作日内答复"

                var empty = fields
                empty.removeValue(forKey: "categories") // nothing ticked: the browser sends nothing
                let refused = try await admin.post("/policy/regimes/2026-regular", empty)
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("至少选择一项监测对象类别"))
                #expect(refused.body.string.contains("收到线索后5个工作日内答复"), "the typed values are shown again")
                #expect(app.policy.regimes.regime(key: "2026-regular")?.version == 0)

                let ok = try await admin.post("/policy/regimes/2026-regular", fields)
                #expect(ok.status == .seeOther, "\(ok.body.string.prefix(300))")
                let after = try #require(app.policy.regimes.regime(key: "2026-regular"))
                #expect(after.version == 1 && after.steps.first { $0.state == .clue }?.timeLimit == "收到线索后5个工作日内答复")
                let history = try await admin.get("/policy/regimes/2026-regular")
                #expect(history.body.string.contains("按省里通知调整时限表述"))
                // A second save on the old version is refused and shows what is stored now.
                var late = fields
                late["step.clue"] = "三天内答复"
                let conflict = try await admin.post("/policy/regimes/2026-regular", late)
                #expect(conflict.status == .conflict && app.policy.regimes.regime(key: "2026-regular")?.steps.first?.timeLimit == "收到线索后5个工作日内答复")

                // A township officer reads it but has no form to save.
                var town = try await Browser.login(app, username: "town")
                let read = try await town.get("/policy/regimes/2026-regular")
                #expect(read.status == .ok && read.body.string.contains("regime-measures") && !read.body.string.contains("保存为新版本"))
                #expect(try await town.post("/policy/regimes/2026-regular", fields).status == .forbidden)
            }
        }
    }
}
