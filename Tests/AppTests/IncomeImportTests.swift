@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// 收入批量导入: a yearly income survey loaded from one file, all or nothing, each year added or corrected as a version.
    @Suite struct IncomeImportTests {
        static func upload(_ app: Application, _ text: String, token: String, data: Data? = nil, filename: String = "incomes.csv") async throws -> TestingHTTPResponse {
            let boundary = "fangpinIncomes"
            var body = Data()
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data ?? Data(text.utf8))
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
            headers.bearerAuthorization = BearerAuthorization(token: token)
            return try await app.testing().sendRequest(.POST, "/api/v1/incomes/imports", headers: headers, body: ByteBuffer(data: body))
        }

        /// Two live households of the demo county with three years each: (id, code, village).
        static func households(_ app: Application) async throws -> [(id: String, code: String, village: String)] {
            try await app.sql().raw("""
                SELECT h.id, h.code, h.village_code FROM households h WHERE h.dissolved_at IS NULL AND h.monitoring_category IS NULL
                AND (SELECT COUNT(*) FROM income_statements s WHERE s.household_id = h.id) = 3 ORDER BY h.code LIMIT 2
                """).all().map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "code", as: String.self),
                                  try $0.decode(column: "village_code", as: String.self)) }
        }

        static func statements(_ app: Application) async throws -> Int {
            try #require(try await app.sql().raw("SELECT COUNT(*) AS n FROM income_statements").first()).decode(column: "n", as: Int.self)
        }

        static func years(_ app: Application, _ id: String, token: String) async throws -> [[String: Any]] {
            try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token).json["items"] as? [[String: Any]] ?? []
        }

        @Test func aFileAddsAndCorrectsYearsOnlyWhenEveryRowIsRight() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let hs = try await Self.households(app)
                try #require(hs.count == 2)
                let (a, b) = (hs[0], hs[1])
                let year = app.clock.today.year, last = year - 1
                let before = try await Self.years(app, a.id, token: token)
                let lastVersion = try #require(before.first { $0["year"] as? Int == last }?["version"] as? Int)
                let header = "户编号,户主姓名（核对用）,收入年度,当年家庭人口,务工收入（元）,低保金"
                let good = [header, "\(a.code),张三,\(year),3,20000,4200", "\(a.code),张三,\(last),4,31000.50,0", "\(b.code),李四,\(year).0,2,12000,"]
                let count = try await Self.statements(app)

                // Four wrong rows among good ones: refused as a whole, each named by its row, nothing written.
                let bad = good + ["9999999999,王五,\(year),2,100,0", "\(b.code),李四,\(year),2,-5,0", "\(a.code),张三,\(year),3,1,1", ",,\(year),1,1,1"]
                let refused = try await Self.upload(app, bad.joined(separator: "\n"), token: token)
                #expect(refused.status == .unprocessableEntity && refused.errorBody?.code == "rows" && refused.errorBody?.field == "file")
                let problems = refused.json["rows"] as? [[String: Any]] ?? []
                #expect(problems.compactMap { $0["row"] as? Int } == [5, 6, 7, 8], "\(refused.body.string)")
                let messages = problems.compactMap { $0["message"] as? String }
                #expect(messages.count == 4 && messages[0].contains("不在您的管辖范围内") && messages[1].contains("务工收入")
                        && messages[2].contains("与第2行重复") && messages[3].contains("户编号为空"))
                #expect(try await Self.statements(app) == count)

                // The good rows: two new years and one correction, as a new version with the columns the file has.
                let done = try await Self.upload(app, good.joined(separator: "\n"), token: token)
                #expect(done.status == .ok, "\(done.body.string)")
                #expect(done.json["added"] as? Int == 2 && done.json["corrected"] as? Int == 1 && done.json["unchanged"] as? Int == 0
                        && done.json["households"] as? Int == 2 && done.json["rows"] as? Int == 3)
                #expect(try await Self.statements(app) == count + 2)
                let after = try await Self.years(app, a.id, token: token)
                let new = try #require(after.first)
                #expect(new["year"] as? Int == year && new["householdSize"] as? Int == 3 && new["source"] as? String == "import")
                #expect(IncomeTests.money(new["perCapitaIncome"]) == "8066.67")
                let corrected = try #require(after.first { $0["year"] as? Int == last })
                let old = try #require(before.first { $0["year"] as? Int == last })
                #expect(corrected["version"] as? Int == lastVersion + 1 && IncomeTests.money(corrected["wageMigrant"]) == "31000.50")
                // A column the file lacks keeps what the year held.
                #expect(IncomeTests.money(corrected["productionCrops"]) == IncomeTests.money(old["productionCrops"]))
                // The registry's 收支情况 follows the newest year; the history names the import.
                let h = try await app.api(.GET, "/api/v1/households/\(a.id)", token: token).json
                #expect(h["incomeYear"] as? Int == year && IncomeTests.money(h["perCapitaIncome"]) == IncomeTests.money(new["perCapitaIncome"]))
                let history = try await app.api(.GET, "/api/v1/households/\(a.id)/history", token: token).json["items"] as? [[String: Any]] ?? []
                #expect(history.contains { ($0["summary"] as? String ?? "").contains("导入更正\(last)年度收入") })
                #expect(history.contains { ($0["summary"] as? String ?? "").contains("导入\(year)年度收入") })

                // The same file again changes nothing.
                let again = try await Self.upload(app, good.joined(separator: "\n"), token: token)
                #expect(again.status == .ok && again.json["unchanged"] as? Int == 3 && again.json["added"] as? Int == 0)
                #expect(try await Self.years(app, a.id, token: token).first { $0["year"] as? Int == last }?["version"] as? Int == lastVersion + 1)
            }
        }

        /// A double submit — the same file twice at once — writes each year once and refuses neither.
        /// The file may say who worked in the year by name (the template's last column): matched within the household,
        /// a stranger's name refused with the row; without the column, who worked stays as recorded.
        @Test func whoWorkedIsImportedByName() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let a = try #require(try await Self.households(app).first)
                let people = try await app.sql().raw("SELECT id, name FROM members WHERE household_id = \(bind: a.id) AND removed_at IS NULL ORDER BY id").all()
                let first = try #require(people.first)
                let (id, name) = (try first.decode(column: "id", as: String.self), try first.decode(column: "name", as: String.self))
                let year = app.clock.today.year
                let header = "户编号,收入年度,当年家庭人口,务工收入,务工就业人员"
                let stranger = try await Self.upload(app, [header, "\(a.code),\(year),3,20000,\(name)、查无此人"].joined(separator: "\n"), token: token)
                #expect(stranger.status == .unprocessableEntity)
                #expect((stranger.json["rows"] as? [[String: Any]])?.first?["message"] as? String == "务工就业人员“查无此人”不是该户成员", "\(stranger.body.string)")
                let saved = try await Self.upload(app, [header, "\(a.code),\(year),3,20000,\(name)"].joined(separator: "\n"), token: token)
                #expect(saved.status == .ok, "\(saved.body.string)")
                let stored = try await Self.years(app, a.id, token: token).first { $0["year"] as? Int == year }
                #expect(stored?["employedMembers"] as? [String] == [id])
                // A file of amounts only leaves it as it was.
                let amounts = try await Self.upload(app, ["户编号,收入年度,当年家庭人口,务工收入", "\(a.code),\(year),3,21000"].joined(separator: "\n"), token: token)
                #expect(amounts.status == .ok)
                let after = try await Self.years(app, a.id, token: token).first { $0["year"] as? Int == year }
                #expect(after?["employedMembers"] as? [String] == [id] && Self.number(after?["wageMigrant"]) == 21000)
            }
        }

        static func number(_ v: Any?) -> Double? {
            switch v {
            case let d as Double: return d
            case let n as NSNumber: return n.doubleValue
            case let s as String: return Double(s)
            default: return nil
            }
        }

        @Test func theSameFileTwiceAtOnceWritesOnce() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let hs = try await Self.households(app)
                let year = app.clock.today.year
                let file = (["户编号,收入年度,当年家庭人口,务工收入"] + hs.map { "\($0.code),\(year),2,18000" }).joined(separator: "\n")
                let count = try await Self.statements(app)
                async let first = Self.upload(app, file, token: token)
                async let second = Self.upload(app, file, token: token)
                let (a, b) = try await (first, second)
                #expect(a.status == .ok && b.status == .ok, "\(a.body.string) \(b.body.string)")
                #expect((a.json["added"] as? Int ?? 0) + (b.json["added"] as? Int ?? 0) == hs.count)
                #expect((a.json["unchanged"] as? Int ?? 0) + (b.json["unchanged"] as? Int ?? 0) == hs.count)
                #expect(try await Self.statements(app) == count + hs.count)
            }
        }

        @Test func scopeColumnsAndEncodingsAreCheckedOnThePageAndTheAPI() async throws {
            try await withFangpin { app in
                let hs = try await Self.households(app)
                try #require(hs.count == 2)
                let year = app.clock.today.year
                let count = try await Self.statements(app)
                // A village officer may load only the village's own households.
                let other = try #require(try await app.sql().raw("""
                    SELECT code FROM households WHERE village_code <> \(bind: hs[0].village) AND dissolved_at IS NULL LIMIT 1
                    """).first()).decode(column: "code", as: String.self)
                let village = try await app.token(role: .villageOfficer, scope: hs[0].village)
                let outside = try await Self.upload(app, "户编号,收入年度,家庭人口,务工收入\n\(other),\(year),2,100", token: village)
                #expect(outside.status == .unprocessableEntity && (outside.json["rows"] as? [[String: Any]])?.first?["row"] as? Int == 2)
                // Missing columns are named with what is expected.
                let columns = try await Self.upload(app, "户编号,姓名,务工收入\n\(hs[0].code),张三,100", token: village)
                #expect(columns.status == .unprocessableEntity && columns.errorBody?.field == "file")
                #expect(columns.errorBody?.message.contains("收入年度") == true && columns.errorBody?.message.contains("当年家庭人口") == true)
                // An inspector cannot import.
                let inspector = try await app.token(role: .inspector, scope: "450224")
                #expect(try await Self.upload(app, "户编号,收入年度,家庭人口,务工收入\n\(hs[0].code),\(year),2,100", token: inspector).status == .forbidden)
                #expect(try await Self.statements(app) == count)

                // Through the page: a GBK file as Excel saves CSV in China, then a file with a wrong row.
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                let page = try await b.get("/incomes/import")
                #expect(page.status == .ok && page.body.string.contains("收入批量导入") && page.body.string.contains("income-import-form"))
                let template = try await b.get("/incomes/import/template.xlsx")
                #expect(template.status == .ok && template.headers.contentType?.description.contains("spreadsheetml") == true)
                let gbk = try #require(CSV.encodeGB18030("户编号,收入年度,当年家庭人口,务工收入（元）,光伏收益\n\(hs[1].code),\(year),2,15000,800\n"))
                let ok = try await b.upload("/incomes/import", fields: [:], file: gbk, filename: "乡镇收入.csv")
                #expect(ok.status == .ok && ok.body.string.contains("新登记1个年度"), "\(ok.body.string.suffix(2000))")
                #expect(try await Self.statements(app) == count + 1)
                let wrong = try await b.upload("/incomes/import", fields: [:], file: Data("户编号,收入年度,当年家庭人口,务工收入\n\(hs[0].code),\(year),0,100\n".utf8),
                                               filename: "wrong.csv")
                #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("未导入任何数据") && wrong.body.string.contains("income-import-problems"))
                // An Excel 97–2003 file is read too: its second row (a household of the county, whole and decimal amounts,
                // extra columns) passes every check, the two households the county does not have are named by row.
                let xls = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("Fixtures/xls/incomes-and-notes.xls"))
                let old = try await Self.upload(app, "", token: try await app.token(role: .countyAdmin, scope: "450224"), data: xls, filename: "县台账.xls")
                let listed = (old.json["rows"] as? [[String: Any]] ?? []).map { "\($0["row"] ?? ""):\($0["householdCode"] ?? "")" }
                #expect(old.status == .unprocessableEntity && listed == ["3:45022410000100002", "5:45022410000100003"], "\(old.body.string)")
                let empty = try await b.upload("/incomes/import", fields: [:], file: Data(), filename: "empty.csv")
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("请选择要导入的文件"))
                #expect(try await Self.statements(app) == count + 1)
            }
        }
    }
}
