@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// Seed 003's recurring reports: owed by the right unit for the right month, refused while the work is not done,
    /// sent once, late in the inbox of whoever owes them and of the county; seed 000's 5/10/30 days on every clue.
    @Suite struct DutiesTests {
        @Test func aTownshipReportsLastMonthByThe20thAndTheCountySeesWhoIsLate() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 2)
                let township = String(village.prefix(9)), county = String(village.prefix(6))
                let town = try await app.token(role: .townshipOfficer, scope: township)
                let admin = try await app.token(role: .countyAdmin, scope: county)
                app.clock.travel(to: Day(year: 2026, month: 12, day: 10)!)
                defer { app.clock.reset() }
                let duties = try await app.api(.GET, "/api/v1/duties", token: town)
                let own = (duties.json["items"] as? [[String: Any]] ?? []).first
                #expect(own?["duty"] as? String == "township.report" && own?["period"] as? String == "2026-11"
                        && own?["due"] as? String == "2026-12-20" && own?["state"] as? String == "open", "\(duties.body.string.prefix(400))")

                // A November warning of the township not yet verified: the report waits for it.
                let hid = try await app.householdIDs(in: village)[0]
                try await app.sql().raw("""
                    INSERT INTO warnings (id, county_code, township_code, village_code, household_id, member_id, import_id, row_number, department,
                                          list_type, risk_type, reason, evidence, kind, created_on, due)
                    VALUES ('w-duty', \(bind: county), \(bind: township), \(bind: village), \(bind: hid), '', 'i-duty', 1, 'ybj', 'medical.expense',
                            'illness', '医疗费用高', '{}', 'clue', '2026-11-12', '2026-11-19')
                    """).run()
                let waiting = try await app.api(.POST, "/api/v1/duties/township.report", token: town, json: #"{"period":"2026-11"}"#)
                #expect(waiting.status == .unprocessableEntity && waiting.errorBody?.message.contains("1条部门预警未核实") == true, "\(waiting.body.string)")
                try await app.sql().raw("UPDATE warnings SET result = 'notEligible', verified_on = '2026-12-09' WHERE id = 'w-duty'").run()

                // On the 22nd it is late: in the township's inbox and, as a late township, in the county's.
                app.clock.travel(to: Day(year: 2026, month: 12, day: 22)!)
                let inbox = try await app.api(.GET, "/api/v1/inbox", token: town).json["items"] as? [[String: Any]] ?? []
                #expect(inbox.contains { $0["kind"] as? String == "duty" && $0["deadlineState"] as? String == "overdue" }, "\(inbox.prefix(3))")
                let countyInbox = try await app.api(.GET, "/api/v1/inbox", token: admin).json["items"] as? [[String: Any]] ?? []
                let lateTownships = countyInbox.filter { ($0["title"] as? String ?? "").contains("乡镇核实上报") }
                #expect(lateTownships.contains { ($0["title"] as? String ?? "").contains(app.regions[township]?.name ?? "?") })

                let sent = try await app.api(.POST, "/api/v1/duties/township.report", token: town, json: #"{"period":"2026-11","note":"已全部核实"}"#)
                #expect(sent.status == .created && sent.json["state"] as? String == "metLate" && sent.json["sentOn"] as? String == "2026-12-22",
                        "\(sent.body.string)")
                let again = try await app.api(.POST, "/api/v1/duties/township.report", token: town, json: #"{"period":"2026-11"}"#)
                #expect(again.status == .conflict && again.errorBody?.code == "already_sent")
                let after = try await app.api(.GET, "/api/v1/inbox", token: admin).json["items"] as? [[String: Any]] ?? []
                #expect(!after.contains { ($0["title"] as? String ?? "").contains((app.regions[township]?.name ?? "?") + "：2026年11月乡镇核实上报") })
                let audited = try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'duty.send'").first()!.decode(column: "n", as: Int.self)
                #expect(audited == 1)

                // Not this role's duty, a duty that does not exist, a period that is not one.
                let village0 = try await app.token(role: .villageOfficer, scope: village)
                #expect(try await app.api(.POST, "/api/v1/duties/township.report", token: village0, json: "{}").status == .forbidden)
                #expect(try await app.api(.POST, "/api/v1/duties/nonsense", token: town, json: "{}").status == .notFound)
                #expect(try await app.api(.POST, "/api/v1/duties/county.report", token: admin, json: #"{"period":"2026-13"}"#).status == .badRequest)
                #expect(try await app.api(.POST, "/api/v1/duties/county.report", token: admin, json: #"{"period":"2027-03"}"#).status == .unprocessableEntity)
                let notOwed = try await app.api(.POST, "/api/v1/duties/department.push", token: admin, json: "{}")
                #expect(notOwed.status == .unprocessableEntity && notOwed.errorBody?.code == "not_owed")
            }
        }

        @Test func aDepartmentSeesItsPushesAndTheCountySendsFromTheReportPage() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 2)
                let county = String(village.prefix(6))
                app.clock.travel(to: Day(year: 2026, month: 12, day: 7)!)
                defer { app.clock.reset() }
                let dept = try await app.token(role: .departmentOfficer, scope: "ybj")
                let items = try await app.api(.GET, "/api/v1/duties", token: dept).json["items"] as? [[String: Any]] ?? []
                let push = items.first { $0["duty"] as? String == "department.push" }
                // "每月5日前推送上月风险预警线索": nothing imported, so November's push is late on the 7th.
                #expect(push?["period"] as? String == "2026-11" && push?["state"] as? String == "overdue", "\(items)")
                let ledger = try await app.api(.POST, "/api/v1/duties/village.ledger", token: dept, json: #"{"note":"医保政策落实台账"}"#)
                #expect(ledger.status == .created && ledger.json["period"] as? String == "2026Q4" && ledger.json["state"] as? String == "met")

                // The county admin sends the November report from the monthly report page.
                try await app.makeUser("countyadmin", role: .countyAdmin, scope: county)
                var browser = try await Browser.login(app, username: "countyadmin")
                let page = try await browser.get("/warnings/report?month=2026-11")
                #expect(page.body.string.contains("id=\"duties\"") && page.body.string.contains("县级核实结果上报"))
                let sent = try await browser.post("/duties/county.report", ["period": "2026-11", "back": "/warnings/report?month=2026-11", "note": ""])
                #expect(sent.status == .seeOther)
                let location = sent.headers.first(name: .location) ?? ""
                #expect(location.hasPrefix("/warnings/report?month=2026-11&notice="), "\(location)")
                let shown = try await browser.get(location).body.string
                #expect(shown.contains("已上报2026年11月县级核实结果上报") && shown.contains("2026-12-07"))
                // A form cannot send the user to another site.
                let away = try await browser.post("/duties/county.report", ["period": "2026-10", "back": "https://evil.example/"])
                #expect((away.headers.first(name: .location) ?? "").hasPrefix("/inbox"))
                // The imports page lists every department's push for the county.
                let imports = try await browser.get("/imports").body.string
                #expect(imports.contains("医疗保障局") && imports.contains("部门数据推送"))
            }
        }

        @Test func everyClueIsFoundInFiveDaysHandledInTenAndAssistedInThirty() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                w.at(-12)
                let id = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                           json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#).json["id"] as! String
                w.at(-11)
                w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                app.clock.reset()
                let c = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.villageToken)
                let states = Dictionary(uniqueKeysWithValues: (c.json["deadlines"] as? [[String: Any]] ?? []).map { ("\($0["key"]!)", "\($0["state"]!)") })
                // Found on day 1 (within 5), not handled after 12 days (10 allowed), assistance still within its 30; the 15-day decision not yet late.
                #expect(states["screening.discover"] == "met" && states["screening.handle"] == "overdue" && states["screening.assist"] == "open"
                        && states["clue.decision"] == "open", "\(states)")
                // The village's inbox counts the sooner day: the step is late.
                let inbox = try await app.api(.GET, "/api/v1/inbox", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
                let item = inbox.first { $0["caseId"] as? String == id }
                #expect(item?["deadlineState"] as? String == "overdue" && item?["due"] as? String == Workflow.day(-2), "\(String(describing: item))")
            }
        }
    }
}
