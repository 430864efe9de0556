@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// Small things an officer trips on in a working day.
    @Suite struct WorkdayTests {
        /// Choosing 全部, or a status left empty as an old link leaves it, lists the findings and the warnings instead of
        /// answering with an error page; each status select offers 全部 once; a wrong value is named in plain Chinese.
        @Test func theStatusFilterAllListsInsteadOfFailing() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                for path in ["/quality/findings?township=&severity=&state=", "/quality/findings?state=all", "/warnings?filter=", "/warnings?filter=all"] {
                    let res = try await b.get(path)
                    #expect(res.status == .ok, "\(path): \(res.status)")
                }
                for (path, id) in [("/quality/findings", "state"), ("/warnings", "filter")] {
                    let html = try await b.get(path).body.string
                    guard let start = html.range(of: #"<select id="\#(id)""#), let end = html.range(of: "</select>", range: start.upperBound..<html.endIndex) else {
                        Issue.record("\(path): no \(id) select"); continue
                    }
                    #expect(html[start.lowerBound..<end.upperBound].components(separatedBy: "全部").count == 2, "\(path): 全部 offered more than once")
                }
                let bad = try await b.get("/quality/findings?state=zzz")
                #expect(bad.status == .badRequest && bad.body.string.contains("整改状态应为未整改、已整改或全部"))
            }
        }

        /// The clue form opened from a household's page names the household and does not ask again for what the registry
        /// holds (name, ID number, phone, village); 困难情况 is a box of several lines. Without a household the whole form shows.
        @Test func theClueFormNamesItsHousehold() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let id = try await app.householdIDs(in: village)[0]
                try await app.makeUser("vo", role: .villageOfficer, scope: village)
                var b = try await Browser.login(app, username: "vo")
                let html = try await b.get("/clues/new?household=\(id)").body.string
                #expect(html.contains(#"id="clue-household""#) && html.contains("/households/\(id)"))
                #expect(!html.contains(#"name="idNumber""#) && !html.contains(#"name="villageCode""#))
                #expect(html.contains(#"<textarea name="description""#))

                let plain = try await b.get("/clues/new?household=nope").body.string
                #expect(!plain.contains(#"id="clue-household""#) && plain.contains(#"name="idNumber""#))

                _ = try await b.get("/clues/new?household=\(id)")
                let made = try await b.post("/clues/new", ["householdId": id, "channel": "cadreScreening", "difficulty": "illness",
                                                           "description": "户主突发重病住院\n医疗费用高"])
                #expect(made.status == .seeOther)
                // A refused form keeps naming the household.
                _ = try await b.get("/clues/new?household=\(id)")
                let refused = try await b.post("/clues/new", ["householdId": id, "channel": "cadreScreening", "difficulty": "illness", "description": ""])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains(#"id="clue-household""#))
            }
        }

        /// Warnings from a medical-bills list: one per household, four households of one township (not monitored).
        static func warned(_ app: Application, count: Int = 4) async throws -> (township: String, ids: [String]) {
            let rows = try await app.sql().raw("""
                SELECT m.id_number, m.name, h.township_code FROM members m JOIN households h ON h.id = m.household_id
                WHERE m.removed_at IS NULL AND h.monitoring_category IS NULL AND h.dissolved_at IS NULL AND m.relation = 'head'
                ORDER BY h.township_code, h.code
                """).all()
            let township = try rows[0].decode(column: "township_code", as: String.self)
            let people = try rows.filter { try $0.decode(column: "township_code", as: String.self) == township }.prefix(count)
            #expect(people.count == count, "the demo county has \(count) households in one township")
            let csv = ImportFixture.medicalHeader + "\n" + (try people.map { r in
                "\(try r.decode(column: "id_number", as: String.self)),\(try r.decode(column: "name", as: String.self)),2026,90000,45000"
            }).joined(separator: "\n") + "\n"
            let f = try await ImportFixture.make(app)
            #expect(try await f.upload(Data(csv.utf8)).status == .created)
            let town = try await app.token(role: .townshipOfficer, scope: township)
            let open = try await app.api(.GET, "/api/v1/warnings?filter=open", token: town)
            let ids = (open.json["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            return (township, ids)
        }

        /// `POST /api/v1/warnings/verifications` verifies each item on its own and answers each one's outcome in order:
        /// one without a reason, one unknown and one sent twice are refused with why; the others are verified and stay so.
        @Test func manyWarningsAreVerifiedInOneCallEachOnItsOwn() async throws {
            try await withFangpin { app in
                let (township, ids) = try await Self.warned(app)
                try #require(ids.count == 4)
                let town = try await app.token(role: .townshipOfficer, scope: township)
                let body = """
                    {"items":[{"id":"\(ids[0])","result":"tracking","reason":"持续跟踪"},{"id":"\(ids[1])","result":"notEligible"},
                    {"id":"\(ids[2])","result":"tracking"},{"id":"no-such-warning","result":"tracking"},{"id":"\(ids[0])","result":"tracking"}]}
                    """
                let res = try await app.api(.POST, "/api/v1/warnings/verifications", token: town, json: body)
                #expect(res.status == .ok)
                let results = res.json["results"] as? [[String: Any]] ?? []
                #expect(results.map { $0["ok"] as? Bool } == [true, false, true, false, false])
                #expect(results.map { $0["id"] as? String } == [ids[0], ids[1], ids[2], "no-such-warning", ids[0]])
                #expect((results[1]["error"] as? [String: Any])?["field"] as? String == "note")
                #expect(((results[4]["error"] as? [String: Any])?["message"] as? String)?.contains("已于") == true)
                let done = try await app.api(.GET, "/api/v1/warnings?filter=done", token: town).json["items"] as? [[String: Any]] ?? []
                #expect(Set(done.compactMap { $0["id"] as? String }) == [ids[0], ids[2]])

                // Bad calls are refused whole, with the field named.
                #expect(try await app.api(.POST, "/api/v1/warnings/verifications", token: town, json: #"{"items":[]}"#).errorBody?.field == "items")
                let tooMany = "{\"items\":[" + Array(repeating: #"{"id":"x","result":"tracking"}"#, count: 501).joined(separator: ",") + "]}"
                #expect(try await app.api(.POST, "/api/v1/warnings/verifications", token: town, json: tooMany).errorBody?.code == "too_many")
                #expect(try await app.api(.POST, "/api/v1/warnings/verifications", token: town, json: #"{"items":[7]}"#).status == .badRequest)
                let dept = try await app.token(role: .departmentOfficer, scope: "ybj")
                #expect(try await app.api(.POST, "/api/v1/warnings/verifications", token: dept, json: body).status == .forbidden)
            }
        }

        /// On the list page a township officer ticks warnings and verifies them at once; a refused one keeps its row with
        /// the reason under it while the others are verified.
        @Test func theListVerifiesTheTickedWarnings() async throws {
            try await withFangpin { app in
                let (township, ids) = try await Self.warned(app)
                try #require(ids.count == 4)
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var b = try await Browser.login(app, username: "town")
                let page = try await b.get("/warnings").body.string
                #expect(page.contains(#"id="bulk-verify""#) && page.contains(#"data-select-all="bulk-verify""#))
                for id in ids { #expect(page.contains(#"name="ids" value="\#(id)" form="bulk-verify""#)) }

                let none = try await b.post("/warnings/verifications", ["result": "tracking"])
                #expect(none.status == .unprocessableEntity && none.body.string.contains("请先勾选要核实的预警"))

                _ = try await b.get("/warnings")
                let refused = try await b.post("/warnings/verifications", ["ids": ids[0] + "," + ids[1], "result": "notEligible", "note": ""])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("2 条未核实"))
                #expect(refused.body.string.components(separatedBy: "不符合纳入条件的，须写明理由").count == 3)

                _ = try await b.get("/warnings")
                let done = try await b.post("/warnings/verifications?filter=open", ["ids": ids.prefix(3).joined(separator: ","), "result": "tracking", "note": "已电话联系，持续跟踪"])
                #expect(done.status == .ok && done.body.string.contains("已核实 3 条。"))
                #expect(!done.body.string.contains("warning-\(ids[0])") && done.body.string.contains("warning-\(ids[3])"))
            }
        }

        /// A case's version, as the API gives it.
        static func version(_ app: Application, _ id: String, token: String) async throws -> Int {
            try #require(try await app.api(.GET, "/api/v1/cases/\(id)", token: token).json["version"] as? Int)
        }

        /// `POST /api/v1/cases/transitions` takes each step on its own and answers each in order: the township approves two
        /// cases waiting for it, while a case still at the village, an unknown step and an unknown case are refused with why.
        @Test func theTownshipApprovesManyCasesInOneCall() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let a = try await w.household(), b = try await w.household(excluding: [a]), c = try await w.household(excluding: [a, b])
                let ready = [try await w.toTownshipReview(a), try await w.toTownshipReview(b)]
                let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(c)","difficulty":"illness","description":"户主住院"}"#)
                let early = try #require(clue.json["id"] as? String)
                var items: [String] = []
                for id in ready + [early] {
                    let v = try await Self.version(app, id, token: w.townshipToken)
                    items.append(#"{"id":"\#(id)","action":"townshipApprove","version":\#(v),"reviewedOn":"\#(Workflow.day(0))","reviewer":"乡镇工作站","opinion":"同意"}"#)
                }
                items.append(#"{"id":"\#(ready[0])","action":"noSuchStep"}"#)
                items.append(#"{"id":"no-such-case","action":"townshipApprove","reviewedOn":"\#(Workflow.day(0))","reviewer":"乡镇","opinion":"同意"}"#)
                let res = try await app.api(.POST, "/api/v1/cases/transitions", token: w.townshipToken, json: "{\"items\":[" + items.joined(separator: ",") + "]}")
                #expect(res.status == .ok, "\(res.body.string.prefix(300))")
                let results = res.json["results"] as? [[String: Any]] ?? []
                #expect(results.map { $0["ok"] as? Bool } == [true, true, false, false, false])
                #expect(results.prefix(2).allSatisfy { $0["state"] as? String == CaseState.countyApproval.rawValue })
                #expect((results[3]["error"] as? [String: Any])?["field"] as? String == "action")
                #expect((results[4]["error"] as? [String: Any])?["code"] as? String == "not_found")
                for id in ready {
                    #expect(try await app.api(.GET, "/api/v1/cases/\(id)", token: w.townshipToken).json["state"] as? String == CaseState.countyApproval.rawValue)
                }
                #expect(try await app.api(.GET, "/api/v1/cases/\(early)", token: w.townshipToken).json["state"] as? String == CaseState.clue.rawValue)
                // A village officer's bulk call takes no step that is not the village's.
                let village = try await app.api(.POST, "/api/v1/cases/transitions", token: w.villageToken,
                                                json: #"{"items":[{"id":"\#(ready[0])","action":"countyApprove"}]}"#)
                #expect((village.json["results"] as? [[String: Any]])?.first?["ok"] as? Bool == false)
                #expect(try await app.api(.POST, "/api/v1/cases/transitions", token: w.townshipToken, json: #"{"items":{}}"#).errorBody?.field == "items")
            }
        }

        /// The county ticks cases on the list and approves them at once: the category follows each household's category
        /// and the risks are each case's own; a case whose 信息比对 is not recorded yet is refused with why under its row
        /// while the others are approved. "All N matching" lists every case of the list waiting for 审定 (with its version)
        /// and the page's script posts the same form for them, answered in JSON.
        @Test func theCountyApprovesTheTickedCases() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                var households: [String] = []
                for _ in 0..<3 { households.append(try await w.household(excluding: Set(households))) }
                var ids: [String] = []
                for (i, h) in households.enumerated() {
                    let id = try await w.toTownshipReview(h, risks: "illness")
                    w.expectState(try await w.step(id, w.townshipToken, .townshipApprove, ["reviewedOn": Workflow.day(0), "reviewer": "乡镇", "opinion": "同意"]),
                                  .countyApproval)
                    if i < 2 {
                        w.expectState(try await w.step(id, w.countyToken, .recordComparison, ["comparedOn": Workflow.day(0), "items": "deposits,vehicles,houses,businesses",
                                                                                          "result": "clear"]), .countyApproval)
                    }
                    ids.append(id)
                }
                try await app.makeUser("countyadmin", role: .countyAdmin, scope: String(w.village.prefix(6)))
                var b = try await Browser.login(app, username: "countyadmin")
                let page = try await b.get("/cases?state=countyApproval").body.string
                #expect(page.contains(#"id="bulk-cases""#) && page.contains("批量县级审定纳入监测"))
                #expect(page.contains("办理全部3件待县级审定纳入监测的"))
                var ticked: [String] = []
                for id in ids {
                    let v = try await Self.version(app, id, token: w.countyToken)
                    #expect(page.contains(#"value="\#(id):\#(v)""#))
                    ticked.append("\(id):\(v)")
                }
                let waiting = try JSONSerialization.jsonObject(with: Data(buffer: try await b.get("/cases/ids?state=countyApproval").body)) as? [String: Any]
                #expect(Set(waiting?["ids"] as? [String] ?? []) == Set(ticked))
                let form = ["action": "countyApprove", "listState": "countyApproval", "approvedOn": Workflow.day(0), "reviewer": "县乡村振兴局", "opinion": "同意纳入"]
                // Ticked on the page: the first ready case and the one without its 比对.
                let res = try await b.post("/cases/transitions", form.merging(["ids": [ticked[0], ticked[2]].joined(separator: ",")]) { $1 })
                #expect(res.status == .unprocessableEntity)
                #expect(res.body.string.contains("已办理“县级审定纳入监测” 1 件；1 件未办理"), "\(res.body.string.prefix(2000))")
                #expect(res.body.string.contains("未办理：") && res.body.string.contains("比对"))
                // All N matching: the two still waiting, in one call of the page's script.
                let left = try JSONSerialization.jsonObject(with: Data(buffer: try await b.get("/cases/ids?state=countyApproval").body)) as? [String: Any]
                let leftIDs = left?["ids"] as? [String] ?? []
                #expect(leftIDs.count == 2 && Set(leftIDs.map { String($0.prefix { $0 != ":" }) }) == Set([ids[1], ids[2]]))
                let all = try await b.post("/cases/transitions", form.merging(["ids": leftIDs.joined(separator: ",")]) { $1 }, asScript: true)
                let answer = try JSONSerialization.jsonObject(with: Data(buffer: all.body)) as? [String: Any] ?? [:]
                let refused = answer["refused"] as? [[String: Any]] ?? []
                #expect(all.status == .ok && answer["done"] as? Int == 1 && refused.count == 1, "\(answer)")
                #expect(refused.first?["id"] as? String == ids[2] && (refused.first?["reason"] as? String ?? "").contains("比对"))
                let empty = try await b.post("/cases/transitions", form.merging(["ids": ""]) { $1 }, asScript: true)
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains(#""field":"ids""#))
                for (i, id) in ids.enumerated() {
                    let c = try await app.api(.GET, "/api/v1/cases/\(id)", token: w.countyToken).json
                    #expect(c["state"] as? String == (i < 2 ? CaseState.monitored : CaseState.countyApproval).rawValue)
                }
                let categories = try await app.sql().raw("SELECT category, monitoring_category FROM households WHERE id IN (\(bind: households[0]), \(bind: households[1]))").all()
                for r in categories {
                    let hc = try r.decode(column: "category", as: String.self), mc = try r.decode(column: "monitoring_category", as: String.self)
                    #expect(mc == (hc == "alleviated" ? "unstable" : "marginal"))
                }
            }
        }

        /// Each role lands on its work: 待办 for the roles with steps or measures to take, a department on its warnings,
        /// the inspector on the registry. A page asked for before signing in still wins.
        @Test func eachRoleLandsOnItsWork() async throws {
            try await withFangpin(households: 20) { app in
                let village = try await app.busyVillage(min: 1)
                let accounts: [(String, Role, String, String)] = [
                    ("county", .countyAdmin, "450224", "/inbox"), ("town", .townshipOfficer, String(village.prefix(9)), "/inbox"),
                    ("vo", .villageOfficer, village, "/inbox"), ("dept", .departmentOfficer, "ybj", "/warnings"),
                    ("insp", .inspector, "450224", "/households"),
                ]
                for (name, role, scope, landing) in accounts {
                    try await app.makeUser(name, role: role, scope: scope)
                    var b = Browser(app: app)
                    let signedIn = try await b.post("/login", ["username": name, "password": "secret123", "next": "/"])
                    guard let set = signedIn.headers.first(name: .setCookie) else { Issue.record("\(name) not signed in"); continue }
                    b.cookie = String(set.split(separator: ";")[0])
                    let home = try await b.get("/")
                    #expect(home.headers.first(name: .location) == landing, "\(role): \(home.headers.first(name: .location) ?? "")")
                    #expect(try await b.get(landing).status == .ok, "\(role) cannot open \(landing)")
                }
                let b = Browser(app: app)
                let asked = try await b.post("/login", ["username": "county", "password": "secret123", "next": "/quality"])
                #expect(asked.headers.first(name: .location) == "/quality")
            }
        }

        /// On the findings list a township officer ticks open findings and 挂账 them at once: one ledger item each, with the
        /// household, the rule and its message from the finding and the unit, person and due day given once; an unknown
        /// finding is refused without stopping the others, a wrong due day is named, and a problem already on the ledger is
        /// not entered twice.
        @Test func ticksFindingsOntoTheLedgerAtOnce() async throws {
            try await withFangpin { app in
                let runID = try await QualityStore.begin(county: "450224", by: "t", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "t", role: "county-admin"), runID: runID,
                                           policy: app.policy, today: app.clock.today, sqliteFile: nil, on: app.db)
                let rows = try await app.sql().raw("""
                    SELECT township_code, COUNT(*) AS n FROM quality_findings WHERE state = 'open' AND township_code <> ''
                    GROUP BY township_code ORDER BY n DESC, township_code
                    """).all()
                let township = try #require(rows.first).decode(column: "township_code", as: String.self)
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var b = try await Browser.login(app, username: "town")
                let page = try await b.get("/quality/findings").body.string
                #expect(page.contains(#"id="bulk-ledger""#))
                let ids = page.components(separatedBy: #"name="ids" value=""#).dropFirst().prefix(2).map { String($0.prefix { $0 != "\"" }) }
                try #require(ids.count == 2)
                let before = try await app.sql().raw("SELECT COUNT(*) AS n FROM rectifications").first()!.decode(column: "n", as: Int.self)

                let badDue = try await b.post("/quality/findings/ledger", ["ids": ids.joined(separator: ","), "unit": "长安镇", "person": "张三", "due": "2026-13-45"])
                #expect(badDue.status == .unprocessableEntity && badDue.body.string.contains("整改期限应为有效日期"))

                _ = try await b.get("/quality/findings")
                let res = try await b.post("/quality/findings/ledger?state=open",
                                           ["ids": (ids + ["no-such-finding"]).joined(separator: ","), "unit": "长安镇", "person": "张三", "due": ""])
                #expect(res.status == .unprocessableEntity && res.body.string.contains("已挂账 2 条；1 条未挂账"), "\(res.body.string.prefix(600))")
                let entered = try await app.sql().raw("""
                    SELECT household_id, source_ref, unit, person FROM rectifications WHERE created_by = 'town'
                    """).all()
                #expect(entered.count == 2)
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM rectifications").first()!.decode(column: "n", as: Int.self) == before + 2)
                for r in entered {
                    #expect(try r.decode(column: "unit", as: String.self) == "长安镇" && r.decode(column: "person", as: String.self) == "张三")
                    #expect(try r.decode(column: "household_id", as: String?.self) != nil && !(r.decode(column: "source_ref", as: String?.self) ?? "").isEmpty)
                }
                // The same problem twice is refused while its ledger item is open.
                let listed = try await b.get("/quality/findings").body.string
                let again = try await b.post("/quality/findings/ledger", ["ids": ids[0], "unit": "长安镇", "person": "张三"])
                #expect(again.status == .unprocessableEntity && again.body.string.contains("已在整改台账中"))
                // All N matching: every open finding of the list not on the ledger yet, posted by the page's script.
                // (A rule found for several members of a household is one problem: one ledger item.)
                let open = try await app.sql().raw("""
                    SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM quality_findings WHERE state = 'open' AND township_code = \(bind: township)
                    GROUP BY household_id, rule) problems
                    """).first()!.decode(column: "n", as: Int.self)
                #expect(listed.contains("挂账全部\(open - 2)项未挂账的问题"))
                let rest = try JSONSerialization.jsonObject(with: Data(buffer: try await b.get("/quality/findings/ids").body)) as? [String: Any]
                let restIDs = rest?["ids"] as? [String] ?? []
                #expect(restIDs.count == open - 2 && !restIDs.contains(ids[0]) && !restIDs.contains(ids[1]))
                var done = 0
                for start in stride(from: 0, to: restIDs.count, by: 500) {
                    let chunk = restIDs[start..<min(start + 500, restIDs.count)]
                    let call = try await b.post("/quality/findings/ledger", ["ids": chunk.joined(separator: ","), "unit": "长安镇", "person": "李四", "due": ""],
                                                asScript: true)
                    let answer = try JSONSerialization.jsonObject(with: Data(buffer: call.body)) as? [String: Any] ?? [:]
                    done += answer["done"] as? Int ?? 0
                    #expect((answer["refused"] as? [Any])?.isEmpty == true, "\(answer)")
                }
                #expect(done == open - 2)
                let none = try JSONSerialization.jsonObject(with: Data(buffer: try await b.get("/quality/findings/ids").body)) as? [String: Any]
                #expect((none?["ids"] as? [String])?.isEmpty == true)
                // A village officer may not 挂账.
                let village = try await app.busyVillage()
                try await app.makeUser("vo", role: .villageOfficer, scope: village)
                var vo = try await Browser.login(app, username: "vo")
                _ = try await vo.get("/households")
                #expect(try await vo.post("/quality/findings/ledger", ["ids": ids[0]]).status == .forbidden)
            }
        }

        /// From the helper register the county gives one helper several monitored households that have none: ticked on
        /// the helper's page, each assigned on its own; an unknown household is refused without stopping the others, and
        /// the households then carry the helper and leave the list.
        @Test func oneHelperTakesOnSeveralHouseholdsAtOnce() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let a = try await w.household(), b = try await w.household(excluding: [a])
                _ = try await w.enrol(a)
                _ = try await w.enrol(b)
                let county = String(w.village.prefix(6))
                try await app.makeUser("countyadmin", role: .countyAdmin, scope: county)
                let helperID = try await MeasureStore.createHelper(["name": "周七", "unit": "县农业农村局", "phone": "13900002222"], county: county,
                                                                   by: app.auditActor(username: "t", role: "county-admin"), now: app.clock.now, on: app.db)
                var browser = try await Browser.login(app, username: "countyadmin")
                #expect(try await browser.get("/helpers").body.string.contains("/helpers/\(helperID)/assign"))
                let page = try await browser.get("/helpers/\(helperID)/assign").body.string
                #expect(page.contains(#"value="\#(a)""#) && page.contains(#"value="\#(b)""#))
                let res = try await browser.post("/helpers/\(helperID)/assign", ["ids": [a, b, "no-such-household"].joined(separator: ",")])
                #expect(res.status == .unprocessableEntity && res.body.string.contains("已明确帮扶责任人 2 户；1 户未分配"), "\(res.body.string.prefix(500))")
                #expect(!res.body.string.contains(#"value="\#(a)""#) && !res.body.string.contains(#"value="\#(b)""#))
                for id in [a, b] {
                    let n = try await app.sql().raw("""
                        SELECT COUNT(*) AS n FROM household_helpers WHERE household_id = \(bind: id) AND helper_id = \(bind: helperID) AND ended_on IS NULL
                        """).first()!.decode(column: "n", as: Int.self)
                    #expect(n == 1)
                }
                #expect(try await browser.get("/helpers/no-such-helper/assign").status == .notFound)
                let none = try await browser.post("/helpers/\(helperID)/assign", [:])
                #expect(none.status == .unprocessableEntity && none.body.string.contains("请先勾选要帮扶的农户"))
            }
        }

        /// A village's 一户一册 print as one A4 document: every monitored household whose risk is not eliminated, each on
        /// its own page; linked from the household list of the village; another village's officer is refused.
        @Test func aVillagesPlansPrintAsOneDocument() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let a = try await w.household(), b = try await w.household(excluding: [a])
                _ = try await w.enrol(a)
                _ = try await w.enrol(b)
                let monitored = try await app.sql().raw("""
                    SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: w.village) AND dissolved_at IS NULL
                    AND monitoring_category IS NOT NULL AND eliminated_on IS NULL
                    """).first()!.decode(column: "n", as: Int.self)
                #expect(monitored >= 2)
                try await app.makeUser("vo", role: .villageOfficer, scope: w.village)
                var vo = try await Browser.login(app, username: "vo")
                #expect(try await vo.get("/households?village=\(w.village)").body.string.contains("/villages/\(w.village)/plans"))
                let doc = try await vo.get("/villages/\(w.village)/plans")
                #expect(doc.status == .ok)
                let html = doc.body.string
                #expect(html.components(separatedBy: "防止返贫监测帮扶“一户一册”").count - 1 == monitored)
                #expect(html.components(separatedBy: #"<div class="page">"#).count - 1 == monitored)
                let other = try await app.busyVillage(min: 1, excluding: w.village)
                #expect(try await vo.get("/villages/\(other)/plans").status == .notFound)
                #expect(try await vo.get("/villages/zzz/plans").status == .notFound)
            }
        }

        /// "All N matching" on the warnings page: the ids of every open warning the filters select, then the bulk form
        /// posted by the page's script in calls of up to 500, answered in JSON; without the form token the call is refused,
        /// and without a result nothing is done.
        @Test func allMatchingWarningsAreVerifiedInCalls() async throws {
            try await withFangpin { app in
                let (township, ids) = try await Self.warned(app)
                try #require(ids.count == 4)
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var b = try await Browser.login(app, username: "town")
                let page = try await b.get("/warnings").body.string
                #expect(page.contains(#"id="bulk-all""#) && page.contains("核实全部4条符合条件的") && page.contains(#"id="bulk-progress""#))
                let listed = try await b.get("/warnings/ids")
                let body = try JSONSerialization.jsonObject(with: Data(buffer: listed.body)) as? [String: Any] ?? [:]
                #expect(Set(body["ids"] as? [String] ?? []) == Set(ids))
                let form = ["ids": ids.joined(separator: ","), "result": "tracking", "note": "统一电话回访"]
                let forged = try await b.post("/warnings/verifications", form, csrf: "forged", asScript: true)
                #expect(forged.status == .forbidden && forged.body.string.contains(#""code":"csrf""#))
                let noResult = try await b.post("/warnings/verifications", form.merging(["result": ""]) { $1 }, asScript: true)
                #expect(noResult.status == .unprocessableEntity && noResult.body.string.contains("请先选择核实结果"))
                let done = try await b.post("/warnings/verifications", form, asScript: true)
                #expect(done.status == .ok)
                let answer = try JSONSerialization.jsonObject(with: Data(buffer: done.body)) as? [String: Any] ?? [:]
                #expect(answer["done"] as? Int == 4 && (answer["refused"] as? [Any])?.isEmpty == true, "\(answer)")
                let after = try await b.get("/warnings/ids")
                #expect(((try JSONSerialization.jsonObject(with: Data(buffer: after.body)) as? [String: Any])?["ids"] as? [String])?.isEmpty == true)
                // A village officer may not verify.
                let village = try await app.busyVillage()
                try await app.makeUser("vo", role: .villageOfficer, scope: village)
                var vo = try await Browser.login(app, username: "vo")
                #expect(try await vo.get("/warnings/ids").status == .forbidden)
            }
        }

        /// 代录: the township records the village's 民主评议 for it — refused without the flag (the step is the village's),
        /// refused until the meeting's minutes are attached to the step, then taken and marked; the step is never skipped.
        @Test func theTownshipRecordsAVillageStepForItWithTheMinutes() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let h = try await w.household()
                let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(h)","difficulty":"illness","description":"住院"}"#)
                let id = try #require(clue.json["id"] as? String)
                let today = app.clock.today.description
                w.expectState(try await w.step(id, w.villageToken, .startVerification), .verifying)
                w.expectState(try await w.step(id, w.villageToken, .recordVerification, ["verifiedOn": today, "visitors": "王五", "findings": "住院",
                                                                                        "perCapitaIncome": "5200", "guaranteesSecure": "true"]), .villageReview)
                try await app.makeUser("town", role: .townshipOfficer, scope: String(w.village.prefix(9)))
                var town = try await Browser.login(app, username: "town")
                let page = try await town.get("/cases/\(id)").body.string
                #expect(page.contains(#"id="step-recordVillageReview-on-behalf""#) && page.contains("代录："))
                let facts = #""action":"recordVillageReview","reviewedOn":"\#(today)","attendees":"15","votesFor":"13","votesAgainst":"1","result":"agree","noticeStart":"\#(today)","noticePlace":"村务公开栏""#
                let plain = try await app.api(.POST, "/api/v1/cases/\(id)/transitions", token: w.townshipToken, json: "{\(facts)}")
                #expect(plain.status != .ok)
                let noMinutes = try await app.api(.POST, "/api/v1/cases/\(id)/transitions", token: w.townshipToken, json: "{\(facts),\"onBehalf\":true}")
                #expect(noMinutes.status == .unprocessableEntity && noMinutes.errorBody?.field == "onBehalf", "\(noMinutes.body.string)")
                let minutes = try await AllTests.DocumentsTests().upload(app, id, token: w.townshipToken, title: "村民代表会议记录", data: AllTests.DocumentsTests.png)
                #expect(minutes.status == .created)
                let helper = try await app.token(role: .helper, scope: w.village, helping: [h])
                #expect(try await app.api(.POST, "/api/v1/cases/\(id)/transitions", token: helper, json: "{\(facts),\"onBehalf\":true}").status != .ok)
                let done = try await app.api(.POST, "/api/v1/cases/\(id)/transitions", token: w.townshipToken, json: "{\(facts),\"onBehalf\":true}")
                w.expectState(done, .publicNotice)
                let event = try #require(try await CaseStore.events(of: id, on: app.db).last)
                #expect(event.action == "recordVillageReview" && event.facts[CaseStore.onBehalfKey] == w.village && event.actorRole == Role.townshipOfficer.rawValue)
                #expect(try await town.get("/cases/\(id)").body.string.contains("代村录入"))
                // Not a way round a step: a step that is not the village's cannot be recorded on behalf.
                #expect(CaseMachine.permits(.townshipApprove, role: .countyAdmin, state: .townshipReview, onBehalf: true) != nil)
                #expect(CaseMachine.permits(.closeNotice, role: .countyAdmin, state: .villageReview, onBehalf: true) != nil)
            }
        }
    }
}
