@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

/// Reports (issue: reports, dashboards and Excel): every number equals the household list behind it.
extension AllTests {
    @Suite struct ReportsTests {
        @Test func everyNumberIsTheCountOfTheHouseholdListBehindIt() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                // Some data for every report: a screening campaign with a survey, a quality run, a new monitored household.
                let runID = try await QualityStore.begin(county: "450224", by: "t", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "t", role: "county-admin"), runID: runID,
                                           policy: app.policy, today: Clock.today, sqliteFile: nil, on: app.db)
                let list = try await app.api(.GET, "/api/v1/reports", token: token).json["items"] as? [[String: Any]] ?? []
                #expect(list.count == ReportCatalogue.all.count && list.contains { $0["id"] as? String == "new-monitored" })
                let from = "2020-01-01"
                var checked = 0
                for report in ReportCatalogue.all {
                    let t = try await app.api(.GET, "/api/v1/reports/\(report.id)?from=\(from)", token: token)
                    #expect(t.status == .ok, "\(report.id)")
                    let rows = t.json["rows"] as? [[String: Any]] ?? []
                    #expect(!rows.isEmpty)
                    let total = t.json["total"] as? [String: Any] ?? [:]
                    for column in report.columns where !column.people && column.condition != nil {
                        // The county total equals the list of the whole county; each township's number its list.
                        let sum = rows.reduce(0) { $0 + ((($1["values"] as? [String: Any])?[column.key] as? Int) ?? 0) }
                        #expect(total[column.key] as? Int == sum, "\(report.id) \(column.key) total")
                        let link = ((rows.first?["links"] as? [String: Any])?[column.key] as? String) ?? ""
                        let listed = try await app.api(.GET, "/api/v1" + link + "&per=1", token: token).json["total"] as? Int
                        let value = ((rows.first?["values"] as? [String: Any])?[column.key] as? Int)
                        #expect(listed == value, "\(report.id) \(column.key): list \(listed ?? -1) vs table \(value ?? -1)")
                        checked += 1
                    }
                    let xlsx = try await app.api(.GET, "/api/v1/reports/\(report.id).xlsx?from=\(from)", token: token)
                    let sheet = try XLSXReader.read(Data(buffer: xlsx.body))[0]
                    #expect(sheet.rows.last?.first == "合计" && sheet.rows.last?[1] == String(total[report.columns[0].key] as? Int ?? -1), "\(report.id) xlsx")
                }
                #expect(checked > 40)
                // Worked-out numbers: the staffing rule per village, the score per township and for the county.
                let staffing = try await app.api(.GET, "/api/v1/reports/staffing", token: token).json
                let villages = staffing["rows"] as? [[String: Any]] ?? []
                #expect(villages.count == app.regions.villages(in: "450224").count)
                for v in villages {
                    let values = v["values"] as? [String: Any] ?? [:]
                    let flags = app.regions[v["code"] as? String ?? ""]?.flags ?? RegionFlags()
                    let need = Staffing.need(flags: flags, alleviatedPeople: values["alleviated"] as? Int ?? -1, settings: app.policy.current.settings.staffing)
                    #expect(values["need"] as? Int == need.members && (v["note"] as? String ?? "").isEmpty == false, "\(v["code"] ?? "")")
                }
                let scorecard = try await app.api(.GET, "/api/v1/reports/scorecard?from=\(from)", token: token).json
                func score(_ values: [String: Any]) -> Int {
                    let n = { (k: String) in values[k] as? Int ?? -1 }
                    return Scorecard.score(.init(households: n("households"), screened: n("screened"), withMustFix: n("mustFix"), openMonitored: n("open"),
                                                 assisted: n("assisted")), settings: app.policy.current.settings.evaluation)
                }
                let townships = scorecard["rows"] as? [[String: Any]] ?? []
                #expect(!townships.isEmpty && townships.allSatisfy { ($0["values"] as? [String: Any])?["score"] as? Int == score($0["values"] as? [String: Any] ?? [:]) })
                let countyTotal = scorecard["total"] as? [String: Any] ?? [:]
                #expect(countyTotal["score"] as? Int == score(countyTotal) && (countyTotal["score"] as? Int ?? 0) <= 100)
                let monitored = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE monitoring_category IS NOT NULL AND dissolved_at IS NULL")
                    .first()!.decode(column: "n", as: Int.self)
                let info = try await app.api(.GET, "/api/v1/reports/monitored-info", token: token).json
                #expect((info["total"] as? [String: Any])?["total"] as? Int == monitored)
            }
        }

        @Test func parametersAreCheckedAndScopedAndThePageLinksEveryNumber() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let township = String(village.prefix(9))
                let town = try await app.token(role: .townshipOfficer, scope: township)
                let t = try await app.api(.GET, "/api/v1/reports/scale", token: town).json
                #expect(t["region"] as? String == township && (t["rows"] as? [[String: Any]])?.allSatisfy { ($0["code"] as? String)?.hasPrefix(township) == true } == true)
                #expect(try await app.api(.GET, "/api/v1/reports/scale?region=450224999", token: town).status == .badRequest)
                let other = app.regions.townships(in: "450224").first { $0.code != township }!.code
                #expect(try await app.api(.GET, "/api/v1/reports/scale?region=\(other)", token: town).status == .notFound)
                #expect(try await app.api(.GET, "/api/v1/reports/new-monitored?from=2026-13-01", token: town).errorBody?.field == "from")
                #expect(try await app.api(.GET, "/api/v1/reports/new-monitored?from=2026-10-01&to=2026-09-01", token: town).errorBody?.field == "to")
                #expect(try await app.api(.GET, "/api/v1/reports/nope", token: town).status == .notFound)
                #expect(try await app.api(.GET, "/api/v1/households?report=scale&column=nope", token: town).errorBody?.field == "column")
                let dept = try await app.token(role: .departmentOfficer, scope: "edu")
                #expect(try await app.api(.GET, "/api/v1/reports", token: dept).status == .forbidden)
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var b = try await Browser.login(app, username: "town")
                let page = try await b.get("/reports/scale").body.string
                #expect(page.contains("乡村人口规模统计表") && page.contains("report=scale") && page.contains("column=all") && page.contains("region=\(village)"))
                let listPage = try await b.get("/households?report=scale&column=monitored&region=\(village)")
                #expect(listPage.status == .ok)
            }
        }

        @Test func theDashboardShowsTheCountyInNumbersAndCharts() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                let page = try await b.get("/dashboard")
                #expect(page.status == .ok)
                let html = page.body.string
                let monitored = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE monitoring_category IS NOT NULL AND dissolved_at IS NULL")
                    .first()!.decode(column: "n", as: Int.self)
                #expect(html.contains("<span class=\"value\">\(monitored)</span><span class=\"label\">监测对象（户）</span>"))
                #expect(html.components(separatedBy: "<svg").count - 1 == 3 && html.contains("监测对象类别（户）") && html.contains("近12个月新纳入与风险消除"))
                let unstable = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE monitoring_category = 'unstable' AND dissolved_at IS NULL")
                    .first()!.decode(column: "n", as: Int.self)
                #expect(html.contains(">脱贫不稳定户</text>") && html.contains(">\(unstable)</text>"))
                let dept = try await app.makeUser("dept", role: .departmentOfficer, scope: "edu")
                _ = dept
                var d = try await Browser.login(app, username: "dept")
                #expect(try await d.get("/dashboard").status == .forbidden)
            }
        }
    
        /// 附表1: the survey sheets of a village, one page per household, personal data masked.
        @Test func theSurveySheetsOfAVillagePrintOnePagePerHousehold() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                try await app.makeUser("vo", role: .villageOfficer, scope: village)
                var browser = try await Browser.login(app, username: "vo")
                let page = try await browser.get("/survey-sheets?village=\(village)")
                #expect(page.status == .ok)
                let html = page.body.string
                let households = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL")
                    .first()!.decode(column: "n", as: Int.self)
                #expect(households > 0 && html.components(separatedBy: "<div class=\"page\">").count - 1 == households)
                let id = try await app.sql().raw("SELECT m.id_number FROM members m JOIN households h ON h.id = m.household_id WHERE h.village_code = \(bind: village) LIMIT 1")
                    .first()!.decode(column: "id_number", as: String.self)
                #expect(!html.contains(id) && html.contains(IDNumber.masked(id)) && html.contains("排查人员签字"))
                let missing = try await browser.get("/survey-sheets")
                #expect(missing.status == .badRequest && missing.body.string.contains("请选择要打印的村"))
                let other = app.regions.villages(in: "450224").first { !$0.code.hasPrefix(String(village.prefix(9))) }!.code
                #expect(try await browser.get("/survey-sheets?village=\(other)").status == .notFound)
                #expect(try await browser.get("/reports").body.string.contains("打印调查表"))

                // The survey date is printed by the signatures; a bad one is refused.
                #expect(try await browser.get("/survey-sheets?village=\(village)&date=2026-12-01").body.string.contains("日期：2026年12月1日"))
                let badDate = try await browser.get("/survey-sheets?village=\(village)&date=2026-12-41")
                #expect(badDate.status == .badRequest && badDate.body.string.contains("调查日期格式"))

                // The same sheets as Excel: one row per member, the ledger filled in, the visit's columns empty, the date a date.
                let token = try await app.token(role: .villageOfficer, scope: village)
                let xlsx = try await app.api(.GET, "/api/v1/survey-sheets.xlsx?village=\(village)&date=2026-12-01", token: token)
                #expect(xlsx.status == .ok)
                let sheet = try XLSXReader.read(Data(buffer: xlsx.body))[0]
                let header = sheet.rows.firstIndex { $0.first == "户编号" } ?? 0
                let data = sheet.rows[(header + 1)...].filter { !($0.first ?? "").isEmpty }
                let members = try await app.sql().raw("""
                    SELECT COUNT(*) AS n FROM members m JOIN households h ON h.id = m.household_id
                    WHERE h.village_code = \(bind: village) AND h.dissolved_at IS NULL AND m.removed_at IS NULL
                    """).first()!.decode(column: "n", as: Int.self)
                #expect(sheet.rows.first?.first == "防止返贫监测帮扶集中排查入户摸底调查表" && data.count == members)
                let columns = sheet.rows[header]
                let idColumn = columns.firstIndex(of: "身份证号码")!, dateColumn = columns.firstIndex(of: "调查日期")!, homeColumn = columns.firstIndex(of: "是否在家")!
                #expect(data.allSatisfy { $0[idColumn].contains("*") && ($0.count <= homeColumn || $0[homeColumn].isEmpty) })
                #expect(data.first.map { $0.count > dateColumn && $0[dateColumn] == XLSXWriter.serial("2026-12-01").map(String.init) } == true, "\(data.first ?? [])")
                #expect(try await app.api(.GET, "/api/v1/survey-sheets.xlsx?village=\(other)", token: token).status == .notFound)
                #expect(try await app.api(.GET, "/api/v1/survey-sheets.xlsx", token: token).errorBody?.field == "village")
            }
        }
}
}
