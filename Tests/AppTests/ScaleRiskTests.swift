@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The dashboard's large-scale risk indicators (R17): department lists → warnings → households per cause per area.
extension AllTests {
    @Suite struct ScaleRiskTests {
        /// Heads of households in a region, for department lists.
        static func heads(_ app: Application, in scope: String, limit: Int, offset: Int = 0) async throws -> [(id: String, name: String)] {
            try await app.sql().raw("""
                SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id
                WHERE h.village_code LIKE \(bind: scope + "%") AND m.relation = 'head' AND m.removed_at IS NULL AND h.dissolved_at IS NULL
                ORDER BY h.code LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
                """).all().map { (try $0.decode(column: "id_number", as: String.self), try $0.decode(column: "name", as: String.self)) }
        }

        @Test func departmentListsLightUpTheAreasIndicatorsAndEveryNumberIsItsWarnings() async throws {
            try await withFangpin(households: 400) { app in
                let county = app.regions.counties[0].code
                let townships = app.regions.townships(in: county).map(\.code)
                let (a, b) = (townships[0], townships[1])
                // A relocation site in township B, for the employment of resettled people.
                let site = try await app.sql().raw("""
                    SELECT village_code FROM households WHERE township_code = \(bind: b) GROUP BY village_code ORDER BY COUNT(*) DESC, village_code LIMIT 1
                    """).first()!.decode(column: "village_code", as: String.self)
                try await app.sql().raw("UPDATE regions SET relocation_site = \(bind: false)").run()
                try await app.sql().raw("UPDATE regions SET relocation_site = \(bind: true) WHERE code = \(bind: site)").run()
                try await app.regions.reload(on: app.db)
                let today = Clock.today

                let flooded = try await Self.heads(app, in: a, limit: 11)
                #expect(flooded.count == 11)
                // Ten losses over the 5,000-yuan rule, one under it (no warning, not counted).
                let disaster = (["身份证号码,姓名,灾害类型,受灾日期,损失金额（元）"]
                    + flooded.enumerated().map { i, p in "\(p.id),\(p.name),洪涝,\(today),\(i < 10 ? 6000 : 800)" }
                    + (try await Self.heads(app, in: b, limit: 1, offset: 5)).map { "\($0.id),\($0.name),疫情,\(today),5200" }).joined(separator: "\n")
                let industry = (["身份证号码,姓名,项目名称,损失金额（元）,发生日期,原因"]
                    + (try await Self.heads(app, in: b, limit: 3, offset: 8)).enumerated().map { i, p in
                        "\(p.id),\(p.name),柑橘基地,9000,\(today),\(i < 2 ? "市场价格下跌" : "")"
                    }).joined(separator: "\n")
                let back = try await Self.heads(app, in: site, limit: 3)
                #expect(back.count == 3)
                let unemployment = (["身份证号码,姓名,类别,登记日期"] + back.map { "\($0.id),\($0.name),务工返乡,\(today)" }
                    + (try await Self.heads(app, in: a, limit: 2, offset: 20)).map { "\($0.id),\($0.name),失业登记,\(today)" }).joined(separator: "\n")
                for (department, type, csv) in [("yjj", "emergency.disaster", disaster), ("nyj", "agri.industry", industry), ("rsj", "hr.unemployment", unemployment)] {
                    let f = try await ImportFixture.make(app, department: department)
                    let r = try await f.upload(Data(csv.utf8), listType: type)
                    #expect(r.status == .created, "\(type): \(r.body.string.prefix(300))")
                }

                let admin = try await app.token(role: .countyAdmin, scope: county)
                let d = try await app.api(.GET, "/api/v1/dashboard", token: admin)
                #expect(d.status == .ok)
                let scale = d.json["scaleRisk"] as? [String: Any] ?? [:]
                let areas = scale["areas"] as? [[String: Any]] ?? []
                #expect(areas.map { $0["code"] as? String } == townships.map(Optional.some), "one row per township")
                func households(_ code: String) -> [String: Int] {
                    areas.first { $0["code"] as? String == code }?["households"] as? [String: Int] ?? [:]
                }
                #expect(households(a)["disaster"] == 10 && households(a)["unemployment"] == 2 && households(a)["relocationEmployment"] == 0)
                #expect(households(b)["epidemic"] == 1 && households(b)["priceFall"] == 2 && households(b)["industryFailure"] == 1)
                #expect(households(b)["unemployment"] == 3 && households(b)["relocationEmployment"] == 3)
                let adviceA = areas.first { $0["code"] as? String == a }?["advice"] as? [String] ?? []
                #expect(adviceA.contains { $0.contains("自然灾害10户") }, "\(adviceA)")
                #expect(!(areas.first { $0["code"] as? String == b }?["advice"] as? [String] ?? []).contains { $0.contains("集中研判") })

                // Every number is the count of households in the warnings list it links to.
                let since = scale["since"] as! String
                for area in [a, b] {
                    for i in ScaleRiskIndicator.allCases {
                        let w = try await app.api(.GET, "/api/v1/warnings?filter=all&indicator=\(i.rawValue)&region=\(area)&since=\(since)", token: admin)
                        let items = w.json["items"] as? [[String: Any]] ?? []
                        #expect(Set(items.compactMap { $0["householdId"] as? String }).count == households(area)[i.rawValue], "\(area) \(i)")
                    }
                }

                // The page: the flooded township's row is marked, its number links to the warnings behind it.
                try await app.makeUser("county", role: .countyAdmin, scope: county)
                var browser = try await Browser.login(app, username: "county")
                let page = try await browser.get("/dashboard")
                #expect(page.body.string.contains("id=\"scale-risk-\(a)\" class=\"risk\""))
                #expect(page.body.string.contains("/warnings?filter=all&indicator=disaster&region=\(a)&since=\(since)"))
                let list = try await browser.get("/warnings?filter=all&indicator=disaster&region=\(a)&since=\(since)")
                #expect(list.status == .ok && list.body.string.contains("只看：自然灾害"))
                #expect(list.body.string.components(separatedBy: "id=\"warning-").count - 1 == 10)

                // Marked but not yet assessed: the page says so; a 集中研判 recorded (bad input refused first) answers it.
                #expect(page.body.string.contains("尚无研判记录"))
                let incomplete = try await app.api(.POST, "/api/v1/reports/forms/assessments", token: admin,
                                                   json: #"{"date":"\#(today)","scope":"\#(a)","risks":"disaster","households":"10"}"#)
                #expect(incomplete.status == .unprocessableEntity && ["conclusion", "plan"].contains(incomplete.errorBody?.field ?? ""))
                let badRisk = try await app.api(.POST, "/api/v1/reports/forms/assessments", token: admin,
                                                json: #"{"date":"\#(today)","scope":"长安镇","risks":"flood","households":"10","conclusion":"x","plan":"y"}"#)
                #expect(badRisk.status == .unprocessableEntity && badRisk.errorBody?.field == "risks")
                let recorded = try await app.api(.POST, "/api/v1/reports/forms/assessments", token: admin, json: """
                    {"date":"\(today)","scope":"长安镇","risks":"disaster,unemployment","households":"10","conclusion":"洪涝受灾集中，存在规模性返贫风险隐患",
                     "plan":"启动防贫保理赔，落实临时救助，组织转移就业","units":"应急管理局、民政局、人社局"}
                    """)
                #expect(recorded.status == .created && (recorded.json["rows"] as? [Any])?.count == 1 && recorded.json["year"] as? Int == today.year)
                let after = try await app.api(.GET, "/api/v1/dashboard", token: admin).json["scaleRisk"] as? [String: Any] ?? [:]
                #expect(after["assessmentsThisYear"] as? Int == 1 && (after["lastAssessment"] as? [String: Any])?["scope"] as? String == "长安镇")
                let answered = try await browser.get("/dashboard").body.string
                #expect(!answered.contains("尚无研判记录") && answered.contains("最近一次：\(today)（长安镇）"))

                // A township officer sees its villages.
                let officer = try await app.token(role: .townshipOfficer, scope: b)
                let villages = (try await app.api(.GET, "/api/v1/dashboard", token: officer).json["scaleRisk"] as? [String: Any])?["areas"] as? [[String: Any]] ?? []
                #expect(villages.map { $0["code"] as? String } == app.regions.villages(in: b).map(\.code).map(Optional.some))
                #expect((villages.first { $0["code"] as? String == site }?["households"] as? [String: Int])?["relocationEmployment"] == 3)

                // Bad filters are refused with the field named; another township's area is not found.
                let bad = try await app.api(.GET, "/api/v1/warnings?indicator=flood", token: admin)
                #expect(bad.status == .badRequest && bad.errorBody?.field == "indicator")
                #expect(try await app.api(.GET, "/api/v1/warnings?since=2026-02-30", token: admin).errorBody?.field == "since")
                #expect(try await app.api(.GET, "/api/v1/warnings?region=\(a)", token: officer).status == .notFound)
                let badPage = try await browser.get("/warnings?indicator=flood")
                #expect(badPage.status == .badRequest && badPage.body.string.contains("indicator应为"))
            }
        }
    }
}
