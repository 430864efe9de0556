@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The workflow over the API: a clue to a monitored household, helpers and measures, the four elimination steps.
struct Workflow {
    let app: Application
    let village: String
    let villageToken, townshipToken, countyToken: String

    static func make(_ app: Application) async throws -> Workflow {
        let village = try await app.busyVillage(min: 3)
        if app.policy.thresholds.history(province: String(village.prefix(2))).isEmpty {
            try await app.policy.addThreshold(Threshold(province: String(village.prefix(2)), effectiveFrom: Day(year: 2022, month: 1, day: 1)!,
                                                        perCapita: Fixed2(7300), basis: "测试"),
                                              by: app.auditActor(username: "test", role: "system"), on: app.db)
        }
        return Workflow(app: app, village: village,
                        villageToken: try await app.token(role: .villageOfficer, scope: village),
                        townshipToken: try await app.token(role: .townshipOfficer, scope: String(village.prefix(9))),
                        countyToken: try await app.token(role: .countyAdmin, scope: String(village.prefix(6))))
    }

    static func day(_ offset: Int) -> String { Clock.today.adding(days: offset).description }

    /// Sets the household's income as officers do, year by year: last year's statement corrected and this year's
    /// entered, with these wages and nothing else.
    static func setIncome(_ app: Application, household id: String, token: String, wages: Int) async throws {
        let size = try await app.api(.GET, "/api/v1/households/\(id)", token: token).json["memberCount"] as? Int ?? 1
        let year = app.clock.today.year
        let items = try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token).json["items"] as? [[String: Any]] ?? []
        let body = #""householdSize":\#(max(1, size)),"#
            + IncomeFields.items.map { #""\#($0.key)":"\#($0.key == "wageMigrant" ? String(wages) : "0")""# }.joined(separator: ",")
        for y in [year - 1, year] {
            if let existing = items.first(where: { $0["year"] as? Int == y }), let v = existing["version"] as? Int {
                let r = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(y)", token: token, json: "{" + body + #","version":\#(v)}"#)
                guard r.status == .ok else { throw TestFailure("income \(y): \(r.status) \(r.body.string)") }
            } else {
                let r = try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: token, json: "{" + body + #","year":\#(y)}"#)
                guard r.status == .created else { throw TestFailure("income \(y): \(r.status) \(r.body.string)") }
            }
        }
    }

    /// Sets the application's clock to `offset` days from the machine's today: the procedure's dates are driven by
    /// letting days pass, never by typing a date the server would refuse. `app.clock.reset()` puts it back.
    func at(_ offset: Int) { app.clock.travel(to: Clock.today.adding(days: offset)) }

    /// A household of the village with at least one member able to work (or none, when `labour` is false).
    func household(labour: Bool = true, excluding: Set<String> = []) async throws -> String {
        for id in try await app.householdIDs(in: village) where !excluding.contains(id) {
            let n = try await app.sql().raw("""
                SELECT COUNT(*) AS n FROM members WHERE household_id = \(bind: id) AND removed_at IS NULL AND labour IN ('ordinary','skilled','weak')
                """).first()!.decode(column: "n", as: Int.self)
            let monitored = try await app.sql().raw("SELECT monitoring_category AS m FROM households WHERE id = \(bind: id)").first()!.decode(column: "m", as: String?.self)
            if monitored == nil, (n > 0) == labour { return id }
        }
        throw TestFailure("no household with labour = \(labour)")
    }

    func step(_ caseID: String, _ token: String, _ action: CaseAction, _ facts: [String: String] = [:]) async throws -> TestingHTTPResponse {
        var body = facts
        body["action"] = action.rawValue
        let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        return try await app.api(.POST, "/api/v1/cases/\(caseID)/transitions", token: token, json: json)
    }

    func expectState(_ r: TestingHTTPResponse, _ state: CaseState, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == .ok, "\(r.body.string.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.json["state"] as? String == state.rawValue, sourceLocation: sourceLocation)
    }

    /// From a clue to a monitored household through every identification step, each on its own day: the clue
    /// `daysAgo` days ago, the county's decision `daysAgo - 10` days ago. The clock is back on today afterwards.
    func enrol(_ householdID: String, daysAgo: Int = 10) async throws -> String {
        let id = try await toTownshipReview(householdID, daysAgo: daysAgo)
        defer { app.clock.reset() }
        let d0 = -daysAgo
        at(d0 + 10)
        expectState(try await step(id, townshipToken, .townshipApprove, ["reviewedOn": Self.day(d0 + 10), "reviewer": "乡镇工作站", "opinion": "同意"]), .countyApproval)
        expectState(try await step(id, countyToken, .recordComparison, ["comparedOn": Self.day(d0 + 10), "items": "deposits,vehicles,houses,businesses",
                                                                      "result": "clear"]), .countyApproval)
        let category = try await app.sql().raw("SELECT category FROM households WHERE id = \(bind: householdID)").first()!.decode(column: "category", as: String.self)
        expectState(try await step(id, countyToken, .countyApprove, ["approvedOn": Self.day(d0 + 10), "reviewer": "县乡村振兴局", "opinion": "同意纳入",
                                                                   "category": category == "alleviated" ? "unstable" : "marginal", "riskTypes": "illness"]), .monitored)
        return id
    }

    /// From a clue to 乡镇审核 (the village's steps done, each on its own day from `daysAgo` days ago); `risks`, when
    /// given, are the risks the verification confirms.
    func toTownshipReview(_ householdID: String, daysAgo: Int = 10, risks: String? = nil) async throws -> String {
        defer { app.clock.reset() }
        let d0 = -daysAgo
        at(d0)
        let clue = try await app.api(.POST, "/api/v1/clues", token: villageToken,
                                     json: #"{"channel":"cadreScreening","householdId":"\#(householdID)","difficulty":"illness","description":"户主住院，医疗支出大"}"#)
        #expect(clue.status == .created, "\(clue.body.string.prefix(300))")
        let id = clue.json["id"] as! String
        expectState(try await step(id, villageToken, .startVerification), .verifying)
        at(d0 + 2)
        var verification = ["verifiedOn": Self.day(d0 + 2), "visitors": "王五、李四", "findings": "户主住院", "perCapitaIncome": "5200", "guaranteesSecure": "true"]
        if let risks { verification["riskTypes"] = risks }
        expectState(try await step(id, villageToken, .recordVerification, verification), .villageReview)
        at(d0 + 4)
        expectState(try await step(id, villageToken, .recordVillageReview, ["reviewedOn": Self.day(d0 + 4), "attendees": "15", "votesFor": "13", "votesAgainst": "1",
                                                                          "result": "agree", "noticeStart": Self.day(d0 + 5), "noticePlace": "村务公开栏"]), .publicNotice)
        at(d0 + 9)
        expectState(try await step(id, villageToken, .closeNotice, ["noticeEnd": Self.day(d0 + 9), "objections": "0"]), .townshipReview)
        return id
    }
}

extension AllTests {
    @Suite struct WorkflowAPITests {
        @Test func aClueBecomesAMonitoredHouseholdStepByStepAndEachStepKeepsItsRole() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#)
                #expect(clue.status == .created)
                let id = clue.json["id"] as! String
                let deadlines = clue.json["deadlines"] as? [[String: Any]] ?? []
                #expect(deadlines.map { $0["key"] as? String } == ["clue.response", "clue.decision", "screening.discover", "screening.handle", "screening.assist"])
                #expect(deadlines.first?["state"] as? String == "open")
                // The same household again: merged, not doubled.
                let again = try await app.api(.POST, "/api/v1/clues", token: w.townshipToken,
                                              json: #"{"channel":"departmentWarning","householdId":"\#(hid)","difficulty":"illness","description":"医保预警"}"#)
                #expect(again.status == .ok && again.json["merged"] as? Bool == true && again.json["id"] as? String == id)

                // Wrong step, wrong role, missing facts: refused with the reason.
                let early = try await w.step(id, w.countyToken, .countyApprove, [:])
                #expect(early.status == .conflict && early.errorBody?.message == "当前环节为“风险线索”，不能县级审定纳入监测")
                let county = try await w.step(id, w.countyToken, .startVerification)
                #expect(county.status == .forbidden && county.errorBody?.code == "role")
                w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                let empty = try await w.step(id, w.villageToken, .recordVerification)
                #expect(empty.status == .unprocessableEntity && empty.errorBody?.field == "verifiedOn")
                let unknown = try await app.api(.POST, "/api/v1/cases/\(id)/transitions", token: w.villageToken, json: #"{"action":"approveEverything"}"#)
                #expect(unknown.status == .badRequest && unknown.errorBody?.field == "action")

                let shown = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.townshipToken)
                let events = shown.json["events"] as? [[String: Any]] ?? []
                #expect(events.map { $0["action"] as? String } == ["open", "merge", "startVerification"])
                #expect(events.allSatisfy { $0["policyVersion"] != nil })
                // Another village's officer does not see it.
                let other = try await app.busyVillage(min: 1, excluding: w.village)
                let stranger = try await app.token(role: .villageOfficer, scope: other)
                #expect(try await app.api(.GET, "/api/v1/cases/\(id)", token: stranger).status == .notFound)
                #expect(try await w.step(id, stranger, .recordVerification).status == .notFound)
            }
        }

        @Test func enrolmentSetsTheHouseholdAndOpensHelperAndMeasureDeadlines() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                let id = try await w.enrol(hid)
                let h = try await app.api(.GET, "/api/v1/households/\(hid)", token: w.villageToken)
                #expect(h.json["monitoringCategory"] as? String != nil && h.json["monitoredSince"] as? String == Workflow.day(0))
                #expect(h.json["riskTypes"] as? [String] == ["illness"])
                // The inbox asks for a helper and measures.
                let inbox = try await app.api(.GET, "/api/v1/inbox", token: w.villageToken)
                let tasks = (inbox.json["items"] as? [[String: Any]] ?? []).filter { $0["caseId"] as? String == id }.map { $0["task"] as? String }
                // …and that the farmer be told within the month of the decision (当月告知).
                #expect(Set(tasks) == ["明确帮扶责任人", "制定落实帮扶措施", "登记告知农户"] && tasks.count == 3)
                let findings = try await app.api(.GET, "/api/v1/households/\(hid)/findings", token: w.villageToken)
                #expect((findings.json["items"] as? [[String: Any]] ?? []).map { $0["code"] as? String }.contains("missingHelper"))

                let helper = try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: w.villageToken,
                                               json: #"{"name":"赵六","unit":"县农业农村局","phone":"13900001111"}"#)
                #expect(helper.status == .created)
                #expect((helper.json["helpers"] as? [[String: Any]])?.first?["lead"] as? Bool == true)
                let badMeasure = try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: w.villageToken,
                                                   json: #"{"type":"nothing","riskTypes":"illness","startOn":"2026-11-01","unit":"x","state":"ongoing"}"#)
                #expect(badMeasure.status == .unprocessableEntity && badMeasure.errorBody?.field == "type")
                let measure = try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: w.villageToken,
                                                json: #"{"type":"health","riskTypes":"illness","startOn":"\#(Workflow.day(0))","amount":"1200.50","unit":"县医保局","state":"ongoing"}"#)
                #expect(measure.status == .created && measure.json["kind"] as? String == "guarantee")
                let shown = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken)
                let states = (shown.json["deadlines"] as? [[String: Any]] ?? []).map { "\($0["key"]!)=\($0["state"]!)" }
                #expect(states == ["clue.response=met", "clue.decision=met", "enrolment.helper=met", "enrolment.measures=met", "decision.inform=open",
                                   "screening.discover=met", "screening.handle=met", "screening.assist=met"])
                // A labour-capable household with only a health measure lacks developmental help.
                let after = try await app.api(.GET, "/api/v1/households/\(hid)/findings", token: w.villageToken)
                let codes = (after.json["items"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                #expect(codes.contains("noDevelopmental") && !codes.contains("missingHelper") && !codes.contains("unansweredRisk"))
                // The measure is finished: its state and end date are kept; a bad state is refused.
                let mid = measure.json["id"] as! String
                let bad = try await app.api(.PATCH, "/api/v1/households/\(hid)/measures/\(mid)", token: w.villageToken, json: #"{"state":"forgotten"}"#)
                #expect(bad.status == .unprocessableEntity && bad.errorBody?.field == "state")
                let done = try await app.api(.PATCH, "/api/v1/households/\(hid)/measures/\(mid)", token: w.villageToken, json: #"{"state":"done"}"#)
                #expect(done.status == .ok && done.json["state"] as? String == "done" && done.json["endOn"] as? String == Clock.today.description)
                w.expectState(try await w.step(id, w.villageToken, .informFarmer, ["informedOn": Workflow.day(0), "informedHow": "inPerson"]), .monitored)
                let told = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken).json["deadlines"] as? [[String: Any]] ?? []
                #expect(told.first { $0["key"] as? String == "decision.inform" }?["state"] as? String == "met")
                let inboxAfter = try await app.api(.GET, "/api/v1/inbox", token: w.villageToken)
                #expect(!(inboxAfter.json["items"] as? [[String: Any]] ?? []).contains { $0["caseId"] as? String == id })
            }
        }

        @Test func eliminationTakesFourStepsAndIsRefusedToAHouseholdWithoutLabour() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                // Enrolled 240 days ago (the clock is moved back for each step, then forward again).
                let id = try await w.enrol(hid, daysAgo: 250)
                // Ten days after the decision it is too soon, and there is no measure yet: each failing condition is named.
                w.at(-230)
                let early = ["kind": "assisted", "stableMonths": "7", "reviewedOn": Workflow.day(-230), "attendees": "15", "votesFor": "12", "votesAgainst": "1",
                             "noticeStart": Workflow.day(-230), "noticePlace": "村务公开栏", "basis": "务工收入稳定"]
                let refused = try await w.step(id, w.villageToken, .nominateElimination, early)
                #expect(refused.status == .unprocessableEntity && refused.errorBody?.code == "conditions")
                #expect(refused.errorBody?.message.contains("不满6个月") == true && refused.errorBody?.message.contains("尚未落实") == true,
                        "\(refused.body.string)")
                app.clock.reset()
                let nominate = ["kind": "assisted", "stableMonths": "7", "reviewedOn": Workflow.day(-6), "attendees": "15", "votesFor": "12", "votesAgainst": "1",
                                "noticeStart": Workflow.day(-5), "noticePlace": "村务公开栏", "basis": "务工收入稳定"]
                try await Workflow.setIncome(app, household: hid, token: w.countyToken, wages: 90000)
                let hv = try await app.api(.GET, "/api/v1/households/\(hid)", token: w.countyToken).json["version"] as? Int ?? 0
                #expect(try await app.api(.PATCH, "/api/v1/households/\(hid)", token: w.countyToken,
                                          json: #"{"housingGrade":"A","waterQuantity":true,"waterQuality":true,"waterConvenience":true,"waterReliability":true,"version":\#(hv)}"#).status == .ok)
                try await app.sql().raw("UPDATE members SET medical_insurance = 'resident', schooling = NULL WHERE household_id = \(bind: hid)").run()
                _ = try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: w.villageToken,
                                      json: #"{"type":"employment","riskTypes":"illness","startOn":"\#(Workflow.day(-30))","unit":"县人社局","state":"ongoing"}"#)
                // An open 必改 finding of 一兜了之 (as the last rule run left it) blocks elimination until a run closes it.
                let village = try await app.sql().raw("SELECT township_code, village_code FROM households WHERE id = \(bind: hid)").first()!
                try await app.sql().raw("""
                    INSERT INTO quality_findings (id, county_code, township_code, village_code, household_id, member_key, rule, severity, message, state, opened_at, run_id)
                    VALUES ('f-g11', '450224', \(bind: try village.decode(column: "township_code", as: String.self)),
                            \(bind: try village.decode(column: "village_code", as: String.self)), \(bind: hid), '', 'G11', 'mustFix', '只有兜底保障措施', 'open', 0, 'r0')
                    """).run()
                let blocked = try await w.step(id, w.villageToken, .nominateElimination, nominate)
                #expect(blocked.status == .unprocessableEntity && blocked.errorBody?.message.contains("G11") == true, "\(blocked.body.string.prefix(300))")
                try await app.sql().raw("UPDATE quality_findings SET state = 'closed' WHERE id = 'f-g11'").run()
                let nominated = try await w.step(id, w.villageToken, .nominateElimination, nominate)
                #expect(nominated.status == .ok, "\(nominated.body.string)")
                w.expectState(nominated, .eliminationNominated)
                // The township may not confirm for the county, and the notice must run its five days.
                #expect(try await w.step(id, w.townshipToken, .confirmElimination).status == .conflict)
                let short = try await w.step(id, w.townshipToken, .verifyElimination, ["verifiedOn": Workflow.day(0), "noticeEnd": Workflow.day(-2), "objections": "0", "findings": "收入稳定"])
                #expect(short.status == .unprocessableEntity && short.errorBody?.field == "noticeEnd")
                w.expectState(try await w.step(id, w.townshipToken, .verifyElimination, ["verifiedOn": Workflow.day(0), "noticeEnd": Workflow.day(-1),
                                                                                       "objections": "0", "findings": "收入稳定"]), .eliminationVerified)
                w.expectState(try await w.step(id, w.countyToken, .confirmElimination, ["confirmedOn": Workflow.day(0), "reviewer": "县乡村振兴局", "opinion": "同意"]), .eliminationConfirmed)
                w.expectState(try await w.step(id, w.countyToken, .markEliminated, ["eliminatedOn": Workflow.day(0)]), .eliminated)
                let h = try await app.api(.GET, "/api/v1/households/\(hid)", token: w.villageToken)
                #expect(h.json["eliminationKind"] as? String == "assisted" && h.json["eliminatedOn"] as? String == Workflow.day(0))
                // Rolled back, the household is monitored again; the history keeps every step.
                w.expectState(try await w.step(id, w.countyToken, .rollback, ["reason": "务工收入中断"]), .monitored)
                #expect(try await app.api(.GET, "/api/v1/households/\(hid)", token: w.villageToken).json["eliminatedOn"] is NSNull)

                // A household where nobody can work is never eliminated.
                let weak = try await w.household(labour: false)
                let weakCase = try await w.enrol(weak, daysAgo: 410)
                let noLabour = try await w.step(weakCase, w.villageToken, .nominateElimination, nominate)
                #expect(noLabour.status == .unprocessableEntity && noLabour.errorBody?.message.contains("整户无劳动能力的监测户") == true, "\(noLabour.body.string)")
            }
        }

        @Test func eachStepKeepsThePolicyVersionAndPeriodItWasDecidedUnder() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#)
                let id = clue.json["id"] as! String
                var settings = app.policy.current.settings
                settings.manyChildren = 4
                let version = try await app.policy.saveSettings(settings, rules: app.policy.current.rules, note: "多子女改为4个",
                                                                by: app.auditActor(username: "county", role: "county-admin"),
                                                                basedOn: app.policy.current.number, on: app.db)
                w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                let events = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken).json["events"] as? [[String: Any]] ?? []
                #expect(events.map { $0["policyVersion"] as? Int } == [version - 1, version])
                #expect(events.allSatisfy { $0["regime"] as? String == ReferenceData.regime(on: Clock.today).key })
                let page = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken)
                #expect(page.json["regime"] as? String == "2026-regular")
            }
        }
    }
}

extension AllTests.WorkflowAPITests {
    @Test func theVillageNoticeAndTheOneHouseholdBookPrint() async throws {
        try await withFangpin { app in
            let w = try await Workflow.make(app)
            let hid = try await w.household()
            w.at(-8)
            let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                         json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#)
            let id = clue.json["id"] as! String
            w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
            w.expectState(try await w.step(id, w.villageToken, .recordVerification, ["verifiedOn": Workflow.day(-8), "visitors": "王五", "findings": "住院",
                                                                                 "perCapitaIncome": "5200", "guaranteesSecure": "true"]), .villageReview)
            w.at(-3)
            w.expectState(try await w.step(id, w.villageToken, .recordVillageReview, ["reviewedOn": Workflow.day(-3), "attendees": "15", "votesFor": "13",
                                                                                  "votesAgainst": "1", "result": "agree", "noticeStart": Workflow.day(-2),
                                                                                  "noticePlace": "村务公开栏"]), .publicNotice)
            app.clock.reset()
            let head = try await app.sql().raw("SELECT head_name FROM households WHERE id = \(bind: hid)").first()!.decode(column: "head_name", as: String.self)
            try await app.makeUser("vill", role: .villageOfficer, scope: w.village)
            var browser = try await Browser.login(app, username: "vill")
            let notice = try await browser.get("/villages/\(w.village)/notice")
            let text = notice.body.string
            let start = Clock.today.adding(days: -2)
            #expect(notice.status == .ok && text.contains("识别纳入公示") && text.contains(head))
            #expect(text.contains("公示期为\(start.chinese)至\(start.adding(days: 4).chinese)（不少于5天）"))
            #expect(text.contains("@page{size:A4"))
            // Nobody's ID number on a notice pinned to the village board.
            let ids = try await app.sql().raw("SELECT id_number FROM members WHERE household_id = \(bind: hid)").all().map { try $0.decode(column: "id_number", as: String.self) }
            #expect(!ids.contains { text.contains($0) })
            #expect(try await browser.get("/villages/\(w.village)/notice?kind=elimination").body.string.contains("本村目前没有处于公示期的农户"))

            let plan = try await browser.get("/households/\(hid)/plan").body.string
            #expect(plan.contains("一户一册") && plan.contains(head) && plan.contains("\(Clock.today.year)年度帮扶计划与措施"))
            #expect(!ids.contains { plan.contains($0) })
        }
    }
}

extension AllTests.WorkflowAPITests {
    @Test func theHelperRegisterListsHelpersWithTheirHouseholds() async throws {
        try await withFangpin { app in
            let w = try await Workflow.make(app)
            try await app.makeUser("town", role: .townshipOfficer, scope: String(w.village.prefix(9)))
            var town = try await Browser.login(app, username: "town")
            _ = try await town.get("/helpers")
            let bad = try await town.post("/helpers", ["name": "钱七", "unit": "镇政府", "phone": "12345"])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("联系电话应为11位手机号码"))
            #expect(try await town.post("/helpers", ["name": "钱七", "unit": "镇政府", "phone": "13700001234"]).status == .seeOther)
            let hid = try await w.household()
            let helperID = try await app.sql().raw("SELECT id FROM helpers WHERE name = '钱七'").first()!.decode(column: "id", as: String.self)
            #expect(try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: w.townshipToken, json: #"{"helperId":"\#(helperID)"}"#).status == .created)
            let twice = try await app.api(.POST, "/api/v1/households/\(hid)/helpers", token: w.townshipToken, json: #"{"helperId":"\#(helperID)"}"#)
            #expect(twice.status == .unprocessableEntity && twice.errorBody?.message == "该帮扶责任人已在帮扶此户")
            let api = try await app.api(.GET, "/api/v1/helpers?q=" + "钱".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, token: w.townshipToken)
            #expect(api.status == .ok && (api.json["items"] as? [[String: Any]])?.first?["households"] as? Int == 1)
            let list = try await town.get("/helpers?q=钱".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!).body.string
            #expect(list.contains("钱七") && list.contains(#"<td class="num">1</td>"#))
            // Helpers and inspectors read the register but do not add to it.
            try await app.makeUser("insp", role: .inspector, scope: "450224")
            var insp = try await Browser.login(app, username: "insp")
            #expect(try await insp.get("/helpers").body.string.contains("钱七"))
            #expect(try await insp.post("/helpers", ["name": "x", "unit": "y", "phone": "13700001235"]).status == .forbidden)
        }
    }
}
