@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// 附表6–7: the tables the county fills in itself.
    @Suite struct CountyFormsTests {
        @Test func theCountyFillsInItsBodiesAndInsuranceSchemesWithChecksAndTotals() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let catalogue = try await app.api(.GET, "/api/v1/reports", token: admin).json
                #expect((catalogue["forms"] as? [[String: Any]])?.map { $0["id"] as? String } == ["bodies", "insurance", "assessments"])

                // Bad input over the API: 422 naming the field, nothing written.
                let bad = try await app.api(.POST, "/api/v1/reports/forms/bodies", token: admin,
                                            json: #"{"level":"township","name":"长安镇防贫工作站","units":"1","posts":"4","staff":"5","fullTime":"2","partTime":"2"}"#)
                #expect(bad.status == .unprocessableEntity && bad.errorBody?.field == "fullTime")
                let missing = try await app.api(.POST, "/api/v1/reports/forms/insurance", token: admin, json: #"{"name":"防贫保"}"#)
                #expect(missing.status == .unprocessableEntity)
                #expect(try await app.api(.POST, "/api/v1/reports/forms/bodies", token: admin, json: #"{"colour":"red"}"#).status == .badRequest)
                #expect((try await app.api(.GET, "/api/v1/reports/forms/bodies", token: admin).json["rows"] as? [Any])?.isEmpty == true)

                // Two rows, summed.
                for body in [#"{"level":"county","name":"县防贫中心","units":"1","posts":"8","staff":"7","fullTime":"6","partTime":"1"}"#,
                             #"{"level":"township","name":"乡镇防贫工作站","units":"12","posts":"36","staff":"40","fullTime":"24","partTime":"16","note":"每站3人"}"#] {
                    #expect(try await app.api(.POST, "/api/v1/reports/forms/bodies", token: admin, json: body).status == .created)
                }
                let bodies = try await app.api(.GET, "/api/v1/reports/forms/bodies", token: admin).json
                let total = bodies["total"] as? [String: Any] ?? [:]
                #expect(total["units"] as? Int == 13 && total["staff"] as? Int == 47 && total["fullTime"] as? Int == 30)
                #expect(try await app.api(.POST, "/api/v1/reports/forms/insurance", token: admin, json: """
                    {"name":"防贫保","insurer":"人保财险","covers":"脱贫户和监测对象","year":"2026","households":"5000","people":"18000",
                     "premium":"900000.00","fiscal":"1000000","claims":"120","paid":"360000.50"}
                    """).errorBody?.field == "fiscal")
                #expect(try await app.api(.POST, "/api/v1/reports/forms/insurance", token: admin, json: """
                    {"name":"防贫保","insurer":"人保财险","covers":"脱贫户和监测对象","year":"2026","households":"5000","people":"18000",
                     "premium":"900000.00","fiscal":"900000","claims":"120","paid":"360000.50"}
                    """).status == .created)

                // Excel: the rows and the 合计 as numbers.
                let xlsx = try await app.api(.GET, "/api/v1/reports/forms/bodies.xlsx", token: admin)
                let rows = try XLSXReader.read(Data(buffer: xlsx.body))[0].rows
                #expect(rows.first?.first == "防贫机构人员情况摸底统计表" && rows.last?.first == "合计" && rows.last?[2] == "13")

                // A township officer reads but may not write; the page shows the rows and a Chinese error for bad input.
                let town = try await app.token(role: .townshipOfficer, scope: "450224100")
                #expect(try await app.api(.GET, "/api/v1/reports/forms/insurance", token: town).status == .ok)
                #expect(try await app.api(.POST, "/api/v1/reports/forms/insurance", token: town, json: "{}").status == .forbidden)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "county")
                let page = try await browser.get("/reports/forms/bodies").body.string
                #expect(page.contains("乡镇防贫工作站") && page.contains("合计") && page.contains("添加一行"))
                let refused = try await browser.post("/reports/forms/bodies", ["level": "village", "name": "网格员", "units": "x", "posts": "1",
                                                                                      "staff": "1", "fullTime": "1", "partTime": "0"])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("机构数"))

                // Delete a row: gone from the table and the totals.
                let first = (bodies["rows"] as? [[String: Any]])?.first { ($0["values"] as? [String: Any])?["name"] as? String == "县防贫中心" }?["id"] as? String ?? ""
                #expect(try await app.api(.DELETE, "/api/v1/reports/forms/bodies/rows/\(first)", token: admin).status == .noContent)
                #expect(try await app.api(.DELETE, "/api/v1/reports/forms/bodies/rows/\(first)", token: admin).status == .notFound)
                let after = try await app.api(.GET, "/api/v1/reports/forms/bodies", token: admin).json
                #expect((after["total"] as? [String: Any])?["units"] as? Int == 12)
                #expect(try await app.api(.GET, "/api/v1/reports/forms/nothing", token: admin).status == .notFound)
            }
        }

        /// 附表6–7 take a year (rows count for their 年度) and a county; bad parameters are refused with the field.
        @Test func theCountyFormsAreKeptPerYearAndCounty() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let thisYear = Clock.today.year
                let body = #"{"level":"county","name":"县防贫中心","units":"1","posts":"8","staff":"7","fullTime":"6","partTime":"1"}"#
                let last = try await app.api(.POST, "/api/v1/reports/forms/bodies?year=\(thisYear - 1)", token: admin, json: body)
                #expect(last.status == .created && last.json["year"] as? Int == thisYear - 1 && (last.json["rows"] as? [Any])?.count == 1)
                #expect(try await app.api(.POST, "/api/v1/reports/forms/bodies", token: admin,
                                          json: #"{"level":"township","name":"城关镇工作站","units":"12","posts":"36","staff":"40","fullTime":"24","partTime":"16"}"#).status == .created)
                func units(_ query: String) async throws -> Int? {
                    ((try await app.api(.GET, "/api/v1/reports/forms/bodies\(query)", token: admin).json["total"] as? [String: Any])?["units"] as? Int)
                }
                let (now, before, named) = (try await units(""), try await units("?year=\(thisYear - 1)"), try await units("?region=450224&year=\(thisYear)"))
                #expect(now == 12 && before == 1 && named == 12)
                let xlsx = try await app.api(.GET, "/api/v1/reports/forms/bodies.xlsx?year=\(thisYear - 1)", token: admin)
                let rows = try XLSXReader.read(Data(buffer: xlsx.body))[0].rows
                #expect(rows[1].first?.contains("统计年度：\(thisYear - 1)年") == true && rows.last?[2] == "1")
                #expect(try await app.api(.GET, "/api/v1/reports/forms/bodies?year=1999", token: admin).errorBody?.field == "year")
                #expect(try await app.api(.GET, "/api/v1/reports/forms/bodies?year=abc", token: admin).errorBody?.field == "year")
                #expect(try await app.api(.GET, "/api/v1/reports/forms/bodies?region=450224100", token: admin).errorBody?.field == "region")
                // The page: the year chosen, its rows, and the row form counting for it.
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "county")
                let page = try await browser.get("/reports/forms/bodies?year=\(thisYear - 1)").body.string
                #expect(page.contains("\(thisYear - 1)年度") && page.contains("县防贫中心") && !page.contains("城关镇工作站"))
                let added = try await browser.post("/reports/forms/bodies?year=\(thisYear - 1)", ["level": "village", "name": "网格员", "units": "20", "posts": "0",
                                                                                                  "staff": "20", "fullTime": "0", "partTime": "20"])
                #expect(added.status == .seeOther || added.status == .found)
                #expect(try await units("?year=\(thisYear - 1)") == 21)
                let bad = try await browser.get("/reports/forms/bodies?year=20x")
                #expect(bad.status == .badRequest && bad.body.string.contains("统计年度应为"))
            }
        }
    }
}
