@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

/// Screening campaigns, surveys, coverage, focus villages, look-back, visits and the rectification ledger (issue 7).
extension AllTests {
    @Suite struct ScreeningAppTests {
        func count(_ app: Application, _ query: SQLQueryString) async throws -> Int {
            try await app.sql().raw(query).first()!.decode(column: "n", as: Int.self)
        }

        @Test func aCampaignsSurveysRaiseCluesAndCoverageIsLive() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 3)
                let township = String(village.prefix(9))
                let ids = try await app.householdIDs(in: village)
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var town = try await Browser.login(app, username: "town")
                let today = Clock.today
                // Bad input on the page: Chinese messages, nothing stored.
                let bad = try await town.post("/screening", ["kind": "centralised", "name": "", "from": today.description, "to": today.adding(days: -1).description])
                #expect(bad.status == .unprocessableEntity)
                for m in ["请填写排查名称", "结束日期不能早于开始日期", "集中排查请列出阶段"] { #expect(bad.body.string.contains(m), "\(m)") }
                #expect(try await count(app, "SELECT COUNT(*) AS n FROM campaigns") == 0)
                // Another township's scope is refused.
                let foreign = try await town.post("/screening", ["kind": "monthly", "name": "越权", "scope": "450224999", "from": today.description, "to": today.description])
                #expect(foreign.status == .unprocessableEntity && foreign.body.string.contains("排查范围应为本辖区内"))

                let created = try await town.post("/screening", ["kind": "monthly", "name": "11月常态化排查", "from": today.adding(days: -5).description,
                                                                  "to": today.adding(days: 20).description])
                #expect(created.status == .seeOther)
                let campaign = try await app.sql().raw("SELECT id FROM campaigns").first()!.decode(column: "id", as: String.self)
                #expect(try await town.get("/screening/\(campaign)").body.string.contains("覆盖情况"))

                // The survey form, bad input, then a record.
                #expect(try await town.get("/screening/\(campaign)/households/\(ids[0])").body.string.contains("入户摸底调查表"))
                let absent = try await town.post("/screening/\(campaign)/households/\(ids[0])",
                                                 ["visitedOn": today.description, "visitors": "张三", "presence": "absent", "factsChanged": "1", "changes": "", "raiseClue": "1"])
                #expect(absent.status == .unprocessableEntity)
                for m in ["农户不在家时须说明信息如何核实", "信息有变化时请写明变化内容", "提出风险线索时请选择发现的风险类型"] { #expect(absent.body.string.contains(m), "\(m)") }
                let saved = try await town.post("/screening/\(campaign)/households/\(ids[0])",
                                                ["visitedOn": today.description, "visitors": "张三、李四", "presence": "absent", "absentSource": "phone",
                                                 "factsChanged": "1", "changes": "长子外出务工", "risks": "illness", "raiseClue": "1"])
                #expect(saved.status == .seeOther)
                let record = try await app.sql().raw("SELECT * FROM screening_records").first()!
                let caseID = try record.decode(column: "case_id", as: String?.self)
                #expect(caseID != nil)
                let channel = try await app.sql().raw("SELECT channel FROM cases WHERE id = \(bind: caseID ?? "")").first()?.decode(column: "channel", as: String.self)
                #expect(channel == ClueChannel.cadreScreening.rawValue)

                let token = try await app.token(role: .townshipOfficer, scope: township)
                let c = try await app.api(.GET, "/api/v1/campaigns/\(campaign)", token: token).json
                let row = (c["villages"] as? [[String: Any]])?.first { $0["code"] as? String == village }
                #expect(row?["screened"] as? Int == 1 && row?["households"] as? Int == ids.count && row?["absent"] as? Int == 1 && row?["clues"] as? Int == 1)
                #expect((c["townships"] as? [[String: Any]])?.contains { $0["code"] as? String == township && $0["screened"] as? Int == 1 } == true)

                // The API records another household; the same household again corrects, not duplicates.
                let api = try await app.api(.POST, "/api/v1/campaigns/\(campaign)/records", token: token,
                                            json: #"{"householdId":"\#(ids[1])","visitedOn":"\#(today)","visitors":["王五"],"presence":"atHome"}"#)
                #expect(api.status == .created && api.json["presence"] as? String == "atHome")
                let again = try await app.api(.POST, "/api/v1/campaigns/\(campaign)/records", token: token,
                                              json: #"{"householdId":"\#(ids[1])","visitedOn":"\#(today)","visitors":["王五"],"presence":"atHome","note":"复核"}"#)
                #expect(again.status == .created && again.json["note"] as? String == "复核")
                #expect(try await count(app, "SELECT COUNT(*) AS n FROM screening_records") == 2)
                let missing = try await app.api(.POST, "/api/v1/campaigns/\(campaign)/records", token: token, json: #"{"visitedOn":"\#(today)"}"#)
                #expect(missing.status == .unprocessableEntity && missing.errorBody?.field == "householdId")
                let late = try await app.api(.POST, "/api/v1/campaigns/\(campaign)/records", token: token,
                                             json: #"{"householdId":"\#(ids[2])","visitedOn":"\#(today.adding(days: 30))","visitors":"王五","presence":"atHome"}"#)
                #expect(late.status == .unprocessableEntity && late.errorBody?.field == "visitedOn")
                let page = try await town.get("/screening/\(campaign)/villages/\(village)").body.string
                #expect(page.contains("已排查 2/\(ids.count) 户") && page.contains("信息有变化"))
            }
        }

        @Test func noVisitorGoesAboveTheDailyLimit() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let version = try await app.api(.GET, "/api/v1/policy", token: admin).json["version"] as? Int ?? 0
                #expect(try await app.api(.PATCH, "/api/v1/policy", token: admin, json: #"{"version":\#(version),"settings":{"visitDailyLimit":2}}"#).status == .ok)
                let village = try await app.busyVillage(min: 3)
                let ids = try await app.householdIDs(in: village)
                let today = Clock.today
                let campaign = try await app.api(.POST, "/api/v1/campaigns", token: admin,
                                                 json: #"{"kind":"quarterly","name":"四季度排查","from":"\#(today.adding(days: -3))","to":"\#(today)"}"#).json["id"] as! String
                func visit(_ h: String, _ who: String) async throws -> TestingHTTPResponse {
                    try await app.api(.POST, "/api/v1/campaigns/\(campaign)/records", token: admin,
                                      json: #"{"householdId":"\#(h)","visitedOn":"\#(today)","visitors":"\#(who)","presence":"atHome"}"#)
                }
                #expect(try await visit(ids[0], "赵一").status == .created)
                #expect(try await visit(ids[1], "赵一、钱二").status == .created)
                let third = try await visit(ids[2], "钱二、赵一")
                #expect(third.status == .unprocessableEntity && third.errorBody?.message.contains("赵一在\(today)已走访2户，每人每天不超过2户") == true)
                // Correcting a record already counted is not a new visit.
                #expect(try await visit(ids[1], "赵一").status == .created)
                #expect(try await visit(ids[2], "钱二").status == .created)
            }
        }

        @Test func focusVillagesFollowTheTwoPercentRule() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 3)
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                try await app.sql().raw("UPDATE regions SET relocation_site = \(bind: false), former_deeply_poor = \(bind: false), disaster_area = \(bind: false), abandoned_mine = \(bind: false), key_village_level = NULL WHERE code = \(bind: village)").run()
                try await app.regions.reload(on: app.db)
                // Nobody monitored: the village is listed for having none.
                try await app.sql().raw("UPDATE households SET monitoring_category = NULL, eliminated_on = NULL WHERE village_code = \(bind: village)").run()
                func reasons() async throws -> [String]? {
                    let items = try await app.api(.GET, "/api/v1/focus-villages", token: token).json["items"] as? [[String: Any]] ?? []
                    return items.first { $0["code"] as? String == village }?["reasons"] as? [String]
                }
                #expect(try await reasons() == ["noMonitored"])
                // One monitored household whose people are above 2 % of the village.
                let people = try await count(app, "SELECT CAST(SUM(member_count) AS BIGINT) AS n FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL")
                let id = try await app.householdIDs(in: village)[0]
                let size = try await count(app, "SELECT member_count AS n FROM households WHERE id = \(bind: id)")
                try await app.sql().raw("UPDATE households SET monitoring_category = 'unstable' WHERE id = \(bind: id)").run()
                let above = size * 100 > people * 2
                #expect(try await reasons() == (above ? ["unresolvedAboveShare"] : nil))
                // A 2 % line of 5 %: a household of half the village is above it, a tenth of it is not.
                let admin0 = try await app.api(.GET, "/api/v1/policy", token: token).json["version"] as? Int ?? 0
                #expect(try await app.api(.PATCH, "/api/v1/policy", token: token, json: #"{"version":\#(admin0),"settings":{"focusUnresolvedPercent":"5"}}"#).status == .ok)
                try await app.sql().raw("UPDATE households SET member_count = \(bind: people - size) WHERE id = \(bind: id)").run()
                #expect(try await reasons() == ["unresolvedAboveShare"])
                try await app.sql().raw("UPDATE households SET member_count = 0 WHERE id = \(bind: id)").run()
                #expect(try await reasons() == nil)
                // Risk eliminated: no longer unresolved.
                try await app.sql().raw("UPDATE households SET eliminated_on = '2026-10-01' WHERE id = \(bind: id)").run()
                #expect(try await reasons() == nil)
                var admin = try await Browser.login(app, username: try await app.sql().raw("SELECT username FROM users LIMIT 1").first()!.decode(column: "username", as: String.self))
                #expect(try await admin.get("/screening/focus").body.string.contains("建议重点排查的村"))
            }
        }

        @Test func aLookBackAnswersFromTheDataAndSendsProblemsToTheLedger() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 3)
                let today = Clock.today
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let runID = try await QualityStore.begin(county: "450224", by: "t", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "t", role: "county-admin"), runID: runID,
                                           policy: app.policy, today: today, sqliteFile: nil, on: app.db)
                let campaign = try await app.api(.POST, "/api/v1/campaigns", token: token,
                                                 json: #"{"kind":"lookBack","name":"回头看","from":"\#(today.adding(days: -3))","to":"\#(today.adding(days: 9))"}"#).json["id"] as! String
                let expected = try await count(app, """
                    SELECT COUNT(DISTINCT household_id) AS n FROM quality_findings WHERE village_code = \(bind: village) AND state = 'open' AND rule IN ('I01', 'J05')
                    """)
                let v = try await app.api(.GET, "/api/v1/campaigns/\(campaign)/villages/\(village)", token: token).json
                let dims = v["lookBack"] as? [[String: Any]] ?? []
                #expect(dims.count == 8)
                let four = dims.first { $0["dimension"] as? Int == 4 }
                // Per rule, households are counted once; the dimension sums its rules.
                let perRule = try await count(app, """
                    SELECT COUNT(*) AS n FROM (SELECT DISTINCT rule, household_id FROM quality_findings WHERE village_code = \(bind: village) AND state = 'open' AND rule IN ('I01', 'J05')) x
                    """)
                #expect(four?["dataProblems"] as? Int == perRule && perRule >= expected)
                let seven = dims.first { $0["dimension"] as? Int == 7 }
                #expect((seven?["dataLines"] as? [String])?.contains("未入户排查 \(v["households"] as? Int ?? -1) 户（共 \(v["households"] as? Int ?? -1) 户）") == true)

                // A finding is put on the ledger from the findings list: the form comes prefilled.
                if let finding = try await app.sql().raw("SELECT id, rule FROM quality_findings WHERE state = 'open' LIMIT 1").first() {
                    let fid = try finding.decode(column: "id", as: String.self), rule = try finding.decode(column: "rule", as: String.self)
                    #expect(try await admin.get("/quality/findings").body.string.contains("/rectifications?finding="))
                    let prefilled = try await admin.get("/rectifications?finding=\(fid)").body.string
                    #expect(prefilled.contains("value=\"\(rule)\"") && prefilled.contains("核实并改正台账数据"))
                }
                let page = try await admin.get("/screening/\(campaign)/villages/\(village)").body.string
                #expect(page.contains("“回头看”八个方面核查清单") && page.contains("整户无劳动能力兜底保障户"))
                let noNote = try await admin.post("/screening/\(campaign)/villages/\(village)/review", ["dimension": "5", "state": "problem", "note": ""])
                #expect(noNote.status == .unprocessableEntity && noNote.body.string.contains("有问题时请写明问题"))
                let ok = try await admin.post("/screening/\(campaign)/villages/\(village)/review",
                                              ["dimension": "5", "state": "problem", "note": "村集体光伏项目停摆，12户收入下降", "ledger": "1"])
                #expect(ok.status == .seeOther)
                let ledger = try await app.api(.GET, "/api/v1/rectifications?source=lookBack", token: token).json["items"] as? [[String: Any]] ?? []
                #expect(ledger.count == 1 && (ledger.first?["problem"] as? String)?.contains("光伏") == true && ledger.first?["regionCode"] as? String == village)
                let bad = try await app.api(.POST, "/api/v1/campaigns/\(campaign)/villages/\(village)/review", token: token, json: #"{"dimension":9,"state":"clear"}"#)
                #expect(bad.status == .unprocessableEntity && bad.errorBody?.field == "dimension")
                let reviewed = try await app.api(.GET, "/api/v1/campaigns/\(campaign)/villages/\(village)", token: token).json["lookBack"] as? [[String: Any]]
                #expect((reviewed?.first { $0["dimension"] as? Int == 5 }?["review"] as? [String: Any])?["state"] as? String == "problem")
            }
        }

        @Test func visitPlansAreTeamsOfThreeWithinTheLimitAndTrackSecretaries() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 3)
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let today = Clock.today
                let campaign = try await app.api(.POST, "/api/v1/campaigns", token: token,
                                                 json: #"{"kind":"focused","name":"大走访","from":"\#(today.adding(days: -10))","to":"\#(today.adding(days: 40))"}"#).json["id"] as! String
                let two = try await app.api(.POST, "/api/v1/visit-plans", token: token, json: """
                    {"campaignId":"\(campaign)","village":"\(village)","from":"\(today)","to":"\(today.adding(days: 14))",
                     "team":[{"name":"甲","role":"villageCadre"},{"name":"乙","role":"helper"}]}
                    """)
                #expect(two.status == .unprocessableEntity)
                let messages = ((two.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["message"] as? String }
                #expect(messages.contains("走访组应为3人一组（现为2人）") && messages.contains("走访组应有驻村第一书记或村党组织书记，以遍访所有脱贫户和监测户"))
                let created = try await app.api(.POST, "/api/v1/visit-plans", token: token, json: """
                    {"campaignId":"\(campaign)","village":"\(village)","from":"\(today.adding(days: -3))","to":"\(today.adding(days: 14))",
                     "team":[{"name":"甲","role":"firstSecretary"},{"name":"乙","role":"partySecretary"},{"name":"丙","role":"villageCadre"}]}
                    """)
                #expect(created.status == .created)
                let planID = created.json["id"] as? String ?? ""
                let targets = try await count(app, "SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL AND (category = 'alleviated' OR monitoring_category IS NOT NULL)")
                #expect(created.json["households"] as? Int == targets)
                #expect(targets > 0)
                guard targets > 0 else { return }
                let target = try await app.sql().raw("SELECT id FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL AND (category = 'alleviated' OR monitoring_category IS NOT NULL) LIMIT 1")
                    .first()!.decode(column: "id", as: String.self)
                #expect(try await app.api(.POST, "/api/v1/campaigns/\(campaign)/records", token: token,
                                          json: #"{"householdId":"\#(target)","visitedOn":"\#(today)","visitors":"甲、丙","presence":"atHome"}"#).status == .created)
                let progress = try await app.api(.GET, "/api/v1/visit-plans/\(planID)", token: token).json
                #expect(progress["visited"] as? Int == 1 && progress["coveredBySecretaries"] as? Int == 1)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let page = try await admin.get("/visits/\(planID)").body.string
                #expect(page.contains("已走访 1/\(targets) 户") && page.contains("第一书记或村党组织书记已遍访 1/\(targets) 户"))
                let form = try await admin.post("/visits", ["campaignId": campaign, "village": village, "from": today.description, "to": today.description,
                                                            "member1": "甲", "role1": "firstSecretary"])
                #expect(form.status == .unprocessableEntity && form.body.string.contains("走访组应为3人一组"))
            }
        }

        /// A ledger item put there from a data-quality finding closes only once a later run closed the finding — or by the
        /// county admin with a written reason, audited as such.
        @Test func aLedgerItemFromAFindingClosesWhenTheFindingDoes() async throws {
            try await withFangpin { app in
                let county = try await app.token(role: .countyAdmin, scope: "450224")
                let runID = try await QualityStore.begin(county: "450224", by: "t", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "t", role: "county-admin"), runID: runID,
                                           policy: app.policy, today: Clock.today, sqliteFile: nil, on: app.db)
                let finding = try #require(try await app.sql().raw("""
                    SELECT id, rule, household_id, village_code FROM quality_findings WHERE state = 'open' ORDER BY rule, household_id LIMIT 1
                    """).first())
                let (fid, rule, village) = (try finding.decode(column: "id", as: String.self), try finding.decode(column: "rule", as: String.self),
                                            try finding.decode(column: "village_code", as: String.self))
                let hid = try finding.decode(column: "household_id", as: String.self)
                let created = try await app.api(.POST, "/api/v1/rectifications", token: county, json: """
                    {"source":"qualityRule","region":"\(village)","householdId":"\(hid)","sourceRef":"\(rule)","problem":"数据质量问题","unit":"村委会","person":"李书记","measure":"核实并改正台账数据"}
                    """)
                #expect(created.status == .created, "\(created.body.string.prefix(300))")
                let id = try #require(created.json["id"] as? String)
                let villageToken = try await app.token(role: .villageOfficer, scope: village)
                let early = try await app.api(.POST, "/api/v1/rectifications/\(id)/close", token: villageToken, json: #"{"evidence":"已入户核实并改正，待复核"}"#)
                #expect(early.status == .conflict && early.errorBody?.code == "finding_open" && early.errorBody?.message.contains(rule) == true)
                try await app.makeUser("vill", role: .villageOfficer, scope: village)
                var officer = try await Browser.login(app, username: "vill")
                let page = try await officer.get("/rectifications/\(id)").body.string
                #expect(page.contains(#"id="finding-state""#) && page.contains("仍未消除") && !page.contains("overrideReason"))
                // The county admin may close it first, but only with a reason.
                let bare = try await app.api(.POST, "/api/v1/rectifications/\(id)/close", token: county, json: #"{"evidence":"已入户核实并改正台账数据"}"#)
                #expect(bare.status == .conflict && bare.errorBody?.field == "overrideReason")
                // A later run finds the problem gone (the finding closes): now the village closes it.
                try await app.sql().raw("UPDATE quality_findings SET state = 'closed' WHERE id = \(bind: fid)").run()
                #expect(try await app.api(.POST, "/api/v1/rectifications/\(id)/close", token: villageToken, json: #"{"evidence":"已入户核实并改正，复核通过"}"#).status == .ok)

                // Another item, still open: the county admin's override is audited.
                let second = try await app.api(.POST, "/api/v1/rectifications", token: county, json: """
                    {"source":"qualityRule","region":"\(village)","householdId":"\(hid)","sourceRef":"\(rule)","problem":"数据质量问题","unit":"村委会","person":"李书记","measure":"核实"}
                    """).json["id"] as? String ?? ""
                try await app.sql().raw("UPDATE quality_findings SET state = 'open' WHERE id = \(bind: fid)").run()
                let forced = try await app.api(.POST, "/api/v1/rectifications/\(second)/close", token: county,
                                               json: #"{"evidence":"已入户核实该户情况","overrideReason":"规则误报：该户已于当月迁出，待下次检查关闭"}"#)
                #expect(forced.status == .ok)
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'rectification.close.override' AND entity_id = \(bind: second)").first()!
                    .decode(column: "n", as: Int.self) == 1)
            }
        }

        @Test func theLedgerNeedsEvidenceToCloseAndOverdueItemsReachTheLevelAbove() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 1)
                let township = String(village.prefix(9))
                let county = try await app.token(role: .countyAdmin, scope: "450224")
                let missing = try await app.api(.POST, "/api/v1/rectifications", token: county, json: #"{"source":"crossCheck","region":"\#(village)"}"#)
                #expect(missing.status == .unprocessableEntity && Set(((missing.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String })
                    == ["problem", "unit", "person", "measure"])
                let created = try await app.api(.POST, "/api/v1/rectifications", token: county, json: """
                    {"source":"crossCheck","region":"\(village)","problem":"3户收入数据与走访不符","unit":"村委会","person":"李书记","measure":"重新核实收入"}
                    """)
                #expect(created.status == .created && created.json["sourceRef"] as? String == CrossCheck.latestRound(on: Clock.today))
                let id = created.json["id"] as? String ?? ""
                // Overdue: in the village's inbox as its own, in the township's as supervision.
                try await app.sql().raw("UPDATE rectifications SET due = '2026-01-05' WHERE id = \(bind: id)").run()
                app.caches.writes.happened()
                let villageToken = try await app.token(role: .villageOfficer, scope: village)
                let townToken = try await app.token(role: .townshipOfficer, scope: township)
                let mine = (try await app.api(.GET, "/api/v1/inbox", token: villageToken).json["items"] as? [[String: Any]] ?? []).first { $0["rectificationId"] as? String == id }
                #expect(mine?["mine"] as? Bool == true && mine?["deadlineState"] as? String == "overdue")
                let above = (try await app.api(.GET, "/api/v1/inbox", token: townToken).json["items"] as? [[String: Any]] ?? []).first { $0["rectificationId"] as? String == id }
                #expect(above?["mine"] as? Bool == false)
                #expect(try await app.api(.GET, "/api/v1/rectifications?state=open", token: villageToken).json["overdue"] as? Int == 1)

                try await app.makeUser("vill", role: .villageOfficer, scope: village)
                var officer = try await Browser.login(app, username: "vill")
                #expect(try await officer.get("/inbox").body.string.contains("/rectifications/\(id)"))
                let noEvidence = try await officer.post("/rectifications/\(id)/close", ["evidence": ""])
                #expect(noEvidence.status == .unprocessableEntity && noEvidence.body.string.contains("销号须写明整改结果及佐证"))
                #expect(try await officer.post("/rectifications/\(id)/close", ["evidence": "已入户核实并更正3户收入，乡镇复核通过"]).status == .seeOther)
                let closed = try await app.api(.GET, "/api/v1/rectifications?state=closed", token: county).json["items"] as? [[String: Any]]
                #expect(closed?.first?["closedBy"] as? String == "vill" && closed?.first?["deadlineState"] as? String == "metLate")
                #expect(try await app.api(.POST, "/api/v1/rectifications/\(id)/close", token: county, json: #"{"evidence":"再次销号"}"#).status == .conflict)
                #expect(!(try await officer.get("/inbox").body.string.contains("/rectifications/\(id)")))
                // A village officer may close but not enter; an inspector only reads.
                #expect(try await app.api(.POST, "/api/v1/rectifications", token: villageToken, json: "{}").status == .forbidden)
                let inspector = try await app.token(role: .inspector, scope: "450224")
                #expect(try await app.api(.GET, "/api/v1/rectifications", token: inspector).status == .ok)
                #expect(try await app.api(.POST, "/api/v1/rectifications/\(id)/close", token: inspector, json: "{}").status == .forbidden)
            }
        }
    }
}

extension AllTests.ScreeningAppTests {
    /// Issue: "The close form takes the evidence files that its message asks for." Photos and scans close the item with
    /// its evidence; anything else is refused and nothing is closed; only those who see the item get the files.
    @Test func aLedgerItemClosesWithItsEvidenceFiles() async throws {
        try await withFangpin(settings: { $0.maxDocumentBytes = 4096 }) { app in
            let village = try await app.busyVillage(min: 1)
            let county = try await app.token(role: .countyAdmin, scope: "450224")
            let created = try await app.api(.POST, "/api/v1/rectifications", token: county, json: """
                {"source":"crossCheck","region":"\(village)","problem":"2户收入漏填","unit":"村委会","person":"韦书记","measure":"补录收入"}
                """)
            let id = try #require(created.json["id"] as? String)
            func close(_ files: [(String, Data)], evidence: String = "已补录并经乡镇复核") async throws -> TestingHTTPResponse {
                let boundary = "fangpinBoundary"
                var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"evidence\"\r\n\r\n\(evidence)\r\n".utf8)
                for (name, data) in files {
                    body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
                    body.append(data)
                    body.append(Data("\r\n".utf8))
                }
                body.append(Data("--\(boundary)--\r\n".utf8))
                var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
                headers.bearerAuthorization = BearerAuthorization(token: county)
                return try await app.testing().sendRequest(.POST, "/api/v1/rectifications/\(id)/close", headers: headers, body: ByteBuffer(data: body))
            }
            let png = AllTests.DocumentsTests.png
            let text = try await close([("说明.txt", Data("not a scan".utf8))])
            #expect(text.status == .unprocessableEntity && text.errorBody?.field == "files" && text.errorBody?.message.contains("说明.txt") == true)
            let big = try await close([("big.png", png + Data(count: 5000))])
            #expect(big.status == .unprocessableEntity && big.errorBody?.message.contains("过大") == true)
            let many = try await close(Array(repeating: ("p.png", png), count: 6))
            #expect(many.status == .unprocessableEntity && many.errorBody?.message.contains("最多") == true)
            // Nothing was closed or stored by the refused attempts.
            #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM rectification_files").first()!.decode(column: "n", as: Int.self) == 0)
            let closed = try await close([("台账更正.png", png), ("复核表.pdf", Data("%PDF-1.4 scan".utf8))])
            #expect(closed.status == .ok && closed.json["state"] as? String == "closed", "\(closed.body.string.prefix(300))")
            let files = try await app.sql().raw("SELECT id, filename FROM rectification_files WHERE rectification_id = \(bind: id) ORDER BY filename").all()
            #expect(try files.map { try $0.decode(column: "filename", as: String.self) }.sorted() == ["台账更正.png", "复核表.pdf"].sorted())
            // The closed item lists them; the village sees and downloads them, another village does not.
            try await app.makeUser("vill", role: .villageOfficer, scope: village)
            var officer = try await Browser.login(app, username: "vill")
            let page = try await officer.get("/rectifications/\(id)").body.string
            #expect(page.contains(#"id="evidence-files""#) && page.contains("台账更正.png"))
            let fileID = try files[0].decode(column: "id", as: String.self)
            let download = try await officer.get("/rectifications/\(id)/files/\(fileID)")
            #expect(download.status == .ok && download.headers.first(name: "Content-Security-Policy")?.contains("sandbox") == true)
            let other = try await app.busyVillage(min: 1, excluding: village)
            let stranger = try await app.token(role: .villageOfficer, scope: other)
            #expect(try await app.api(.GET, "/api/v1/rectifications/\(id)/files/\(fileID)", token: stranger).status == .notFound)
            #expect(try await app.sql().raw("SELECT detail FROM audit_log WHERE action = 'rectification.close' AND entity_id = \(bind: id)").first()!
                .decode(column: "detail", as: String.self).contains(fileID))
        }
    }
}
