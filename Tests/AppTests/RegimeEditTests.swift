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

        /// A case counts its deadlines and its notice by the regime in force when its clue came: a 2026 regime of 3
        /// working days and a 7-day notice holds a clue of today to them, while a clue of December 2025 keeps the
        /// transition period's 5 and 5.
        @Test func aCaseCountsItsDeadlinesByTheRegimeItWasOpenedUnder() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let path = "/api/v1/policy/regimes/2026-regular"
                let bad = try await app.api(.PATCH, path, token: w.countyToken, json: #"{"version":0,"limits":{"noticeDays":0}}"#)
                #expect(bad.status == .unprocessableEntity && bad.errorBody?.field == "limits.noticeDays")
                let worded = try await app.api(.PATCH, path, token: w.countyToken, json: #"{"version":0,"steps":{"clue":"十天内答复"}}"#)
                #expect(worded.status == .unprocessableEntity && worded.errorBody?.field == "steps.clue", "a number's wording follows the number")
                let saved = try await app.api(.PATCH, path, token: w.countyToken,
                                              json: #"{"version":0,"limits":{"responseWorkingDays":3,"noticeDays":7,"helperWorkingDays":2},"note":"省里要求从严"}"#)
                #expect(saved.status == .ok, "\(saved.body.string.prefix(300))")
                #expect((saved.json["limits"] as? [String: Any])?["noticeDays"] as? Int == 7)
                #expect((saved.json["steps"] as? [[String: Any]])?.first?["timeLimit"] as? String == "3个工作日内答复")
                #expect(app.policy.regimes.regime(key: "2021-transition")?.limits == ProcedureLimits.seed)

                func clue(_ hid: String) async throws -> String {
                    let r = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                              json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#)
                    #expect(r.status == .created, "\(r.body.string.prefix(300))")
                    return r.json["id"] as? String ?? ""
                }
                func due(_ id: String, _ key: String) async throws -> String? {
                    let deadlines = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken).json["deadlines"] as? [[String: Any]]
                    return deadlines?.first { $0["key"] as? String == key }?["due"] as? String
                }
                /// Clue to the end of a notice posted for five days, the clock at `start` and one day per step.
                func toNoticeEnd(_ hid: String, from start: Day) async throws -> (id: String, closed: TestingHTTPResponse) {
                    defer { app.clock.reset() }
                    app.clock.travel(to: start)
                    let id = try await clue(hid)
                    w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                    app.clock.travel(to: start.adding(days: 1))
                    w.expectState(try await w.step(id, w.villageToken, .recordVerification, ["verifiedOn": start.adding(days: 1).description, "visitors": "王五",
                                                                                             "findings": "住院", "perCapitaIncome": "5200", "guaranteesSecure": "true"]),
                                  .villageReview)
                    app.clock.travel(to: start.adding(days: 2))
                    w.expectState(try await w.step(id, w.villageToken, .recordVillageReview, ["reviewedOn": start.adding(days: 2).description, "attendees": "15",
                                                                                              "votesFor": "13", "votesAgainst": "1", "result": "agree",
                                                                                              "noticeStart": start.adding(days: 3).description, "noticePlace": "村务公开栏"]),
                                  .publicNotice)
                    app.clock.travel(to: start.adding(days: 7))
                    return (id, try await w.step(id, w.villageToken, .closeNotice, ["noticeEnd": start.adding(days: 7).description, "objections": "0"]))
                }

                let today = Clock.today
                let fresh = try await w.household()
                let (newID, newClosed) = try await toNoticeEnd(fresh, from: today.adding(days: -8))
                #expect(newClosed.status == .unprocessableEntity && newClosed.errorBody?.message.contains("公示期不少于7天") == true, "\(newClosed.body.string.prefix(300))")
                #expect(try await due(newID, "clue.response") == (try app.calendars.calendar.addingWorkingDays(3, to: today.adding(days: -8))).description)

                let old = try await w.household(excluding: [fresh])
                let december = Day(year: 2025, month: 12, day: 15)! // a Monday under the transition period
                let (oldID, oldClosed) = try await toNoticeEnd(old, from: december)
                w.expectState(oldClosed, .townshipReview)
                #expect(try await app.api(.GET, "/api/v1/cases/\(oldID)", token: w.villageToken).json["regime"] as? String == "2021-transition")
                #expect(try await due(oldID, "clue.response") == "2025-12-22", "five working days of the transition period")
            }
        }

        /// A county that had set the notice and the procedure's deadlines among its settings (before they were the
        /// regime's) keeps its numbers: the upgrade writes them into each regime as a new version.
        @Test func theUpgradeMovesACountysOwnLimitsIntoTheRegimes() async throws {
            try await withFangpin(households: 0) { app in
                // Settings at the seed's values: nothing to move, the regimes stay as shipped.
                let plain = String(decoding: try JSONEncoder().encode(StoredSettings(PolicySettings(), rules: DeadlineRule.countyDefaults)), as: UTF8.self)
                try await app.sql().raw("""
                    INSERT INTO policy_versions (number, settings, created_by, created_at, note) VALUES (1, \(bind: plain), 'county', 0, '默认')
                    """).run()
                try await MoveProcedureLimitsIntoRegimes().prepare(on: app.db)
                try await app.policy.reload(on: app.db)
                #expect(app.policy.regimes.regime(key: "2026-regular")?.version == 0)
                var stored = StoredSettings(PolicySettings(), rules: DeadlineRule.countyDefaults)
                stored.noticeDays = 7
                stored.rules.append(.init(key: "clue.response", kind: "workingDays", n: 3))
                let text = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
                try await app.sql().raw("""
                    INSERT INTO policy_versions (number, settings, created_by, created_at, note) VALUES (2, \(bind: text), 'county', 0, '旧版设置')
                    """).run()
                try await MoveProcedureLimitsIntoRegimes().prepare(on: app.db)
                try await app.policy.reload(on: app.db)
                for key in ["2021-transition", "2026-regular"] {
                    let r = try #require(app.policy.regimes.regime(key: key))
                    #expect(r.version == 1 && r.limits.noticeDays == 7 && r.limits.responseWorkingDays == 3 && r.limits.decisionDays == 15, "\(key)")
                }
                #expect(app.policy.current.settings == PolicySettings(), "the other settings as they were")
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
                fields["step.verifying"] = "收到线索后及时入户核实"

                var empty = fields
                empty.removeValue(forKey: "categories") // nothing ticked: the browser sends nothing
                let refused = try await admin.post("/policy/regimes/2026-regular", empty)
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("至少选择一项监测对象类别"))
                #expect(refused.body.string.contains("收到线索后及时入户核实"), "the typed values are shown again")
                #expect(app.policy.regimes.regime(key: "2026-regular")?.version == 0)

                let ok = try await admin.post("/policy/regimes/2026-regular", fields)
                #expect(ok.status == .seeOther, "\(ok.body.string.prefix(300))")
                let after = try #require(app.policy.regimes.regime(key: "2026-regular"))
                #expect(after.version == 1 && after.steps.first { $0.state == .verifying }?.timeLimit == "收到线索后及时入户核实")
                let history = try await admin.get("/policy/regimes/2026-regular")
                #expect(history.body.string.contains("按省里通知调整时限表述"))
                // A second save on the old version is refused and shows what is stored now.
                var late = fields
                late["step.verifying"] = "三天内核实"
                let conflict = try await admin.post("/policy/regimes/2026-regular", late)
                #expect(conflict.status == .conflict && app.policy.regimes.regime(key: "2026-regular")?.steps[1].timeLimit == "收到线索后及时入户核实")

                // The procedure's numbers are on the form: a bad one is named, a good one changes the wording with it.
                var limits = RegimeForm.values(after)
                limits["version"] = "1"
                limits["limits.noticeDays"] = "0"
                let badLimit = try await admin.post("/policy/regimes/2026-regular", limits)
                #expect(badLimit.status == .unprocessableEntity && badLimit.body.string.contains("公示天数（不少于，首尾两天都计入）应为1至30之间的整数"))
                limits["limits.noticeDays"] = "7"
                #expect(try await admin.post("/policy/regimes/2026-regular", limits).status == .seeOther)
                #expect(app.policy.regimes.regime(key: "2026-regular")?.limits.noticeDays == 7)
                let shown = try await admin.get("/policy").body.string
                #expect(shown.contains("公示：公示不少于7天") && shown.contains("公示：公示不少于5天"), "each period shows its own")

                // A township officer reads it but has no form to save.
                var town = try await Browser.login(app, username: "town")
                let read = try await town.get("/policy/regimes/2026-regular")
                #expect(read.status == .ok && read.body.string.contains("regime-measures") && !read.body.string.contains("保存为新版本"))
                #expect(try await town.post("/policy/regimes/2026-regular", fields).status == .forbidden)
            }
        }
    }
}
