@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// Step dates follow the days they name: none before the clue or an earlier step, none after today; a step entered
    /// long after its day is 补录, marked on the case and audited; deadlines count from the recorded dates. Time is moved
    /// with the application's clock, never by typing dates the procedure would refuse.
    @Suite struct StepDatesTests {
        @Test func aStepCannotBeDatedBeforeTheOneBeforeAndALateEntryIsMarked() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                // Filed today: a verification "yesterday" would put the visit before the clue.
                let today = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                              json: #"{"channel":"cadreScreening","householdId":"\#(try await w.household())","difficulty":"illness","description":"住院"}"#)
                let fresh = today.json["id"] as! String
                w.expectState(try await w.step(fresh, w.villageToken, .startVerification), .verifying)
                let before = try await w.step(fresh, w.villageToken, .recordVerification, ["verifiedOn": Workflow.day(-1), "visitors": "王五", "findings": "住院",
                                                                                         "perCapitaIncome": "5200", "guaranteesSecure": "true"])
                #expect(before.status == .unprocessableEntity && before.errorBody?.field == "verifiedOn", "\(before.body.string.prefix(300))")
                #expect(before.errorBody?.message.contains("不能早于") == true)

                // A clue filed twenty days ago, accepted that day; the paper work is entered today.
                let hid = try await w.household(excluding: [try await app.sql().raw("SELECT household_id FROM cases WHERE id = \(bind: fresh)").first()!
                    .decode(column: "household_id", as: String.self)])
                w.at(-20)
                let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#)
                let id = clue.json["id"] as! String
                w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                app.clock.reset()
                w.expectState(try await w.step(id, w.villageToken, .recordVerification, ["verifiedOn": Workflow.day(-19), "visitors": "王五", "findings": "住院",
                                                                                     "perCapitaIncome": "5200", "guaranteesSecure": "true"]), .villageReview)
                w.expectState(try await w.step(id, w.villageToken, .recordVillageReview, ["reviewedOn": Workflow.day(-18), "attendees": "15", "votesFor": "13",
                                                                                      "votesAgainst": "1", "result": "agree", "noticeStart": Workflow.day(-18),
                                                                                      "noticePlace": "村务公开栏"]), .publicNotice)
                w.expectState(try await w.step(id, w.villageToken, .closeNotice, ["noticeEnd": Workflow.day(-14), "objections": "0"]), .townshipReview)
                // The township's review cannot come before the notice ended, nor the county's decision before the township's.
                let early = try await w.step(id, w.townshipToken, .townshipApprove, ["reviewedOn": Workflow.day(-15), "reviewer": "乡镇", "opinion": "同意"])
                #expect(early.status == .unprocessableEntity && early.errorBody?.field == "reviewedOn")
                w.expectState(try await w.step(id, w.townshipToken, .townshipApprove, ["reviewedOn": Workflow.day(0), "reviewer": "乡镇", "opinion": "同意"]), .countyApproval)
                let category = try await app.sql().raw("SELECT category FROM households WHERE id = \(bind: hid)").first()!.decode(column: "category", as: String.self)
                let approve = ["reviewer": "县", "opinion": "同意", "category": category == "alleviated" ? "unstable" : "marginal", "riskTypes": "illness"]
                w.expectState(try await w.step(id, w.countyToken, .recordComparison, ["comparedOn": Workflow.day(0), "items": "deposits,houses", "result": "clear"]),
                              .countyApproval)
                let backdated = try await w.step(id, w.countyToken, .countyApprove, approve.merging(["approvedOn": Workflow.day(-14)]) { $1 })
                #expect(backdated.status == .unprocessableEntity && backdated.errorBody?.field == "approvedOn")
                w.expectState(try await w.step(id, w.countyToken, .countyApprove, approve.merging(["approvedOn": Workflow.day(0)]) { $1 }), .monitored)

                // The decision came twenty days after the clue: the deadline shows it was late, as recorded.
                let shown = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken)
                let states = Dictionary(uniqueKeysWithValues: (shown.json["deadlines"] as? [[String: Any]] ?? []).map { ("\($0["key"]!)", "\($0["state"]!)") })
                #expect(states["clue.decision"] == DeadlineState.metLate.rawValue, "\(states)")
                // The steps entered more than a week after their day are marked 补录, in the history and in the audit trail.
                let events = shown.json["events"] as? [[String: Any]] ?? []
                let late = events.filter { (($0["facts"] as? [String: Any])?[CaseStore.backfillKey]) != nil }.compactMap { $0["action"] as? String }
                #expect(late == ["recordVerification", "recordVillageReview", "closeNotice"], "\(events)")
                let audited = try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.backfill' AND entity_id = \(bind: id)").first()!
                    .decode(column: "n", as: Int.self)
                #expect(audited == 3)
                try await app.makeUser("vill", role: .villageOfficer, scope: w.village)
                var browser = try await Browser.login(app, username: "vill")
                let page = try await browser.get("/cases/\(id)").body.string
                #expect(page.contains(">补录<") && page.contains("办理日期早于登记日19天"))
            }
        }

        @Test func theCountySetsHowLateAnEntryMayBeBeforeItIsMarked() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                var settings = app.policy.current.settings
                settings.backfillDays = 1
                _ = try await app.policy.saveSettings(settings, rules: app.policy.current.rules, note: "补录1天",
                                                      by: app.auditActor(username: "county", role: "county-admin"),
                                                      basedOn: app.policy.current.number, on: app.db)
                let hid = try await w.household()
                w.at(-3)
                let id = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                           json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#).json["id"] as! String
                w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                app.clock.reset()
                let r = try await w.step(id, w.villageToken, .recordVerification, ["verifiedOn": Workflow.day(-2), "visitors": "王五", "findings": "住院",
                                                                                 "perCapitaIncome": "5200", "guaranteesSecure": "true"])
                w.expectState(r, .villageReview)
                let events = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken).json["events"] as? [[String: Any]] ?? []
                #expect((events.last?["facts"] as? [String: Any])?[CaseStore.backfillKey] as? String == "2")
            }
        }
    }
}

extension AllTests.StepDatesTests {
    /// Issue: "the risks recorded at 入户核实 update the household's … risk types as a new version whose author is the
    /// case step; after 县级审定 the household page's 风险研判 agrees with the case."
    @Test func theRisksTheVisitConfirmsAreWrittenBackByTheStep() async throws {
        try await withFangpin { app in
            let w = try await Workflow.make(app)
            let hid = try await w.household()
            let id = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                       json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#).json["id"] as! String
            w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
            w.expectState(try await w.step(id, w.villageToken, .recordVerification, ["verifiedOn": Workflow.day(0), "visitors": "王五", "findings": "住院且房屋漏雨",
                                                                                 "perCapitaIncome": "5200", "guaranteesSecure": "false",
                                                                                 "guaranteeProblems": "住房C级", "riskTypes": "illness,housing"]), .villageReview)
            let h = try await app.api(.GET, "/api/v1/households/\(hid)", token: w.villageToken)
            #expect(Set(h.json["riskTypes"] as? [String] ?? []) == ["illness", "housing"])
            let history = try await app.api(.GET, "/api/v1/households/\(hid)/history", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
            #expect(history.contains { ($0["summary"] as? String ?? "").hasPrefix("监测程序（登记入户核实结果）") }, "\(history.prefix(2))")
            let shown = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken)
            #expect(Set(shown.json["riskTypes"] as? [String] ?? []) == ["illness", "housing"])
        }
    }
}

extension AllTests.StepDatesTests {
    /// Issue: "The income statement … recorded at 入户核实 update the household's income block (the statement of the
    /// year it covers) … as a new version whose author is the case step." The registry's 收支情况 follows when that year
    /// is the newest; an older year is added without moving it.
    @Test func theIncomeTheVisitVerifiesBecomesThatYearsStatement() async throws {
        try await withFangpin { app in
            let w = try await Workflow.make(app)
            let hid = try await w.household()
            let year = app.clock.today.year
            try await Workflow.setIncome(app, household: hid, token: w.countyToken, wages: 30000)
            let id = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                       json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#).json["id"] as! String
            w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
            var visit = ["verifiedOn": Workflow.day(0), "visitors": "王五", "findings": "务工减少", "guaranteesSecure": "true",
                         "incomeYear": String(year), "householdSize": "4", "wageIncome": "24000", "transferIncome": "3000"]
            // A figure that the blocks do not give, or blocks without the year's size: refused, nothing written.
            visit["perCapitaIncome"] = "9000"
            let wrong = try await w.step(id, w.villageToken, .recordVerification, visit)
            #expect(wrong.status == .unprocessableEntity && wrong.errorBody?.field == "perCapitaIncome", "\(wrong.body.string.prefix(300))")
            visit["perCapitaIncome"] = nil
            var sizeless = visit
            sizeless["householdSize"] = nil
            #expect(try await w.step(id, w.villageToken, .recordVerification, sizeless).errorBody?.field == "householdSize")
            w.expectState(try await w.step(id, w.villageToken, .recordVerification, visit), .villageReview)

            let items = try await app.api(.GET, "/api/v1/households/\(hid)/incomes", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
            let verified = try #require(items.first { $0["year"] as? Int == year })
            #expect(AllTests.IncomeTests.money(verified["perCapitaIncome"]) == "6750.00" && verified["householdSize"] as? Int == 4 && verified["version"] as? Int == 2)
            let h = try await app.api(.GET, "/api/v1/households/\(hid)", token: w.villageToken).json
            #expect(AllTests.IncomeTests.money(h["perCapitaIncome"]) == "6750.00", "the registry shows the newest year as verified")
            let history = try await app.api(.GET, "/api/v1/households/\(hid)/history", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
            #expect(history.contains { ($0["summary"] as? String ?? "").hasPrefix("监测程序（登记入户核实结果）：核实\(year)年度收入") }, "\(history.prefix(3))")
            let shown = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken).json["events"] as? [[String: Any]] ?? []
            let facts = shown.last?["facts"] as? [String: Any] ?? [:]
            #expect((facts["perCapitaIncome"] as? String).flatMap(Fixed2.init) == Fixed2(6750), "the case keeps the figure the blocks give: \(facts)")
        }
    }
}
