@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

/// Department list imports (issue: department data exchange): encodings, formats, bad rows, all-or-nothing.
struct ImportFixture {
    let app: Application
    let token: String
    /// A person in the registry (ID number, name, household), one who can be warned.
    let idNumber: String, name: String, householdID: String

    static func make(_ app: Application, department: String = "ybj") async throws -> ImportFixture {
        let row = try await app.sql().raw("""
            SELECT m.id_number, m.name, m.household_id FROM members m JOIN households h ON h.id = m.household_id
            WHERE m.removed_at IS NULL AND h.monitoring_category IS NULL AND h.dissolved_at IS NULL ORDER BY m.id LIMIT 1
            """).first()!
        return ImportFixture(app: app, token: try await app.token(role: .departmentOfficer, scope: department),
                             idNumber: try row.decode(column: "id_number", as: String.self), name: try row.decode(column: "name", as: String.self),
                             householdID: try row.decode(column: "household_id", as: String.self))
    }

    static let medicalHeader = "身份证号码,姓名,结算年度,医疗总费用（元）,个人自付（元）"

    func upload(_ data: Data, listType: String = "medical.bills", filename: String = "list.csv", token: String? = nil) async throws -> TestingHTTPResponse {
        let boundary = "fangpinImport"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"listType\"\r\n\r\n\(listType)\r\n".utf8))
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
        headers.bearerAuthorization = BearerAuthorization(token: token ?? self.token)
        return try await app.testing().sendRequest(.POST, "/api/v1/imports", headers: headers, body: ByteBuffer(data: body))
    }

    func counts(_ tables: String...) async throws -> [Int] {
        var out: [Int] = []
        for t in tables { out.append(try await count(t)) }
        return out
    }

    func count(_ table: String) async throws -> Int {
        try await app.sql().raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()!.decode(column: "n", as: Int.self)
    }

    func statuses(_ r: TestingHTTPResponse) -> [String] {
        (r.json["rows"] as? [[String: Any]] ?? []).map { "\($0["row"]!):\($0["status"]!)" }
    }
}

extension AllTests {
    @Suite struct ImportTests {
        @Test func aUTF8ListIsMatchedRowByRowAndWarningsBecomeClues() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app)
                let unknown = TestIDs.next()
                let csv = """
                \(ImportFixture.medicalHeader)
                \(f.idNumber),\(f.name),2026,"80,000.00",25000
                450224198001011234,错号,2026,100,10
                \(unknown),外县人,2026,5000,3000
                \(f.idNumber),\(f.name),2026,"80,000.00",25000
                \(f.idNumber),\(f.name),2025,3000,100

                """
                let r = try await f.upload(Data(csv.utf8))
                #expect(r.status == .created, "\(r.body.string.prefix(400))")
                #expect(f.statuses(r) == ["2:warned", "3:invalid", "4:unmatched", "5:duplicate", "6:matched"])
                #expect(r.json["warnings"] as? Int == 1 && r.json["newClues"] as? Int == 1 && r.json["encoding"] as? String == "UTF-8")
                let reasons = (r.json["rows"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
                #expect(reasons.contains { $0.contains("校验位") } && reasons.contains { $0.contains("与第2行相同") })
                let clue = try await app.sql().raw("SELECT channel, state, household_id, township_code FROM cases").first()!
                #expect(try clue.decode(column: "channel", as: String.self) == "departmentWarning")
                #expect(try clue.decode(column: "household_id", as: String.self) == f.householdID)
                let warning = try await app.sql().raw("SELECT kind, department, row_number FROM warnings").first()!
                #expect(try warning.decode(column: "kind", as: String.self) == "clue" && warning.decode(column: "row_number", as: Int.self) == 2)

                // The same file again: nothing new.
                let again = try await f.upload(Data(csv.utf8))
                #expect(again.status == .ok && again.json["repeatOf"] as? Bool == true)
                #expect(try await f.counts("warnings", "cases", "imports") == [1, 1, 1])
                // The same rows in another file: reported as imported before, nothing new either.
                let reordered = try await f.upload(Data("\(ImportFixture.medicalHeader)\n\(f.idNumber),\(f.name),2026,80000,25000\n".utf8))
                #expect(f.statuses(reordered) == ["2:repeat"])
                #expect(try await f.count("warnings") == 1)
            }
        }

        @Test func gbkCSVAndExcelFilesAreReadAlike() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app, department: "zjj")
                let text = "身份证号码,姓名,鉴定等级,鉴定日期\r\n\(f.idNumber),\(f.name),D,2026/10/8\r\n"
                let gbk = try #require(CSV.encodeGB18030(text))
                let r = try await f.upload(gbk, listType: "housing.unsafe")
                #expect(r.status == .created && r.json["encoding"] as? String == "GB18030" && f.statuses(r) == ["2:warned"])

                let other = try await app.sql().raw("""
                    SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id
                    WHERE m.removed_at IS NULL AND h.id <> \(bind: f.householdID) AND h.monitoring_category IS NULL ORDER BY m.id LIMIT 1
                    """).first()!
                let xlsx = try XLSXWriter.write([Sheet(name: "名单", header: ["身份证号码", "姓名", "鉴定等级", "鉴定日期"],
                                                      rows: [[.text(try other.decode(column: "id_number", as: String.self)),
                                                              .text(try other.decode(column: "name", as: String.self)), .text("C"), .text("2026-10-09")],
                                                             [.text(try other.decode(column: "id_number", as: String.self)), .text("x"), .text("B"), .text("2026-10-09")]])])
                let x = try await f.upload(xlsx, listType: "housing.unsafe", filename: "危房.xlsx")
                #expect(x.status == .created && x.json["encoding"] as? String == "xlsx" && f.statuses(x) == ["2:warned", "3:matched"])
            }
        }

        @Test func aFileThatCannotBeReadWholeIsRefusedAndNothingStored() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app)
                let empty = try await f.upload(Data())
                #expect(empty.status == .unprocessableEntity && empty.errorBody?.message == "请选择要导入的文件")
                let headerOnly = try await f.upload(Data((ImportFixture.medicalHeader + "\n").utf8))
                #expect(headerOnly.status == .unprocessableEntity && headerOnly.errorBody?.message.contains("没有数据行") == true)
                let missing = try await f.upload(Data("身份证号码,姓名,结算年度\n\(f.idNumber),\(f.name),2026\n".utf8))
                #expect(missing.status == .unprocessableEntity && missing.errorBody?.message.contains("医疗总费用（元）、个人自付（元）") == true)
                let garbage = try await f.upload(Data([0xFF, 0xFE, 0x00, 0x81, 0x30]))
                #expect(garbage.status == .unprocessableEntity)
                // Another department's list is not theirs to send.
                let housing = try await f.upload(Data("身份证号码,姓名,鉴定等级,鉴定日期\n\(f.idNumber),\(f.name),D,2026-10-08\n".utf8), listType: "housing.unsafe")
                #expect(housing.status == .forbidden)
                #expect(try await f.counts("imports", "import_rows", "warnings", "cases") == [0, 0, 0, 0])
            }
        }

        @Test func aFailureMidBatchLeavesTheDatabaseAsBefore() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app)
                let csv = "\(ImportFixture.medicalHeader)\n\(f.idNumber),\(f.name),2026,80000,25000\n"
                struct Crash: Error {}
                let store = ImportStore(db: app.db, principal: Principal(username: "edu", role: .departmentOfficer, scope: "ybj"), county: "450224",
                                        now: Date(), auditKey: app.auditKey, settings: WarningSettings(), policy: app.policy, calendar: app.calendars.calendar,
                                        beforeCommit: { throw Crash() })
                let prepared = try store.prepare(data: Data(csv.utf8), filename: "a.csv", listType: "medical.bills")
                let id = try await store.begin(prepared)
                await #expect(throws: Crash.self) { try await store.apply(prepared, importID: id) }
                #expect(try await f.counts("cases", "warnings", "import_rows", "case_events") == [0, 0, 0, 0])
                let state = try await app.sql().raw("SELECT state, message FROM imports WHERE id = \(bind: id)").first()!
                #expect(try state.decode(column: "state", as: String.self) == "failed")
                // Sent again after the failure, it goes through.
                #expect(try await f.upload(Data(csv.utf8)).status == .created)
            }
        }

        @Test func aMonitoredHouseholdGetsANewRiskAndTownshipsVerifyWhatDepartmentsThenSee() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app, department: "yjj")
                let w = try await Workflow.make(app)
                let monitoredHousehold = try await w.household()
                _ = try await w.enrol(monitoredHousehold)
                let person = try await app.sql().raw("SELECT id_number, name FROM members WHERE household_id = \(bind: monitoredHousehold) AND removed_at IS NULL LIMIT 1").first()!
                let pid = try person.decode(column: "id_number", as: String.self), pname = try person.decode(column: "name", as: String.self)
                let csv = "身份证号码,姓名,灾害类型,受灾日期,损失金额（元）\n\(pid),\(pname),洪涝,2026-07-01,12000\n\(f.idNumber),\(f.name),洪涝,2026-07-01,800\n"
                let r = try await f.upload(Data(csv.utf8), listType: "emergency.disaster")
                #expect(f.statuses(r) == ["2:warned", "3:matched"] && r.json["newRisks"] as? Int == 1 && r.json["newClues"] as? Int == 0)
                #expect(try await f.count("cases") == 1) // no duplicate clue for the monitored household

                let open = try await app.api(.GET, "/api/v1/warnings?filter=open", token: w.townshipToken)
                let items = open.json["items"] as? [[String: Any]] ?? []
                #expect(items.count == 1 && items[0]["kind"] as? String == "newRisk")
                let wid = items[0]["id"] as! String
                let noReason = try await app.api(.POST, "/api/v1/warnings/\(wid)/verification", token: w.townshipToken, json: #"{"result":"notEligible"}"#)
                #expect(noReason.status == .unprocessableEntity && noReason.errorBody?.field == "note")
                #expect(try await app.api(.POST, "/api/v1/warnings/\(wid)/verification", token: f.token, json: #"{"result":"tracking"}"#).status == .forbidden)
                let ok = try await app.api(.POST, "/api/v1/warnings/\(wid)/verification", token: w.townshipToken, json: #"{"result":"alreadyMonitored","note":"已落实救助"}"#)
                #expect(ok.status == .ok && ok.json["result"] as? String == "alreadyMonitored")
                let twice = try await app.api(.POST, "/api/v1/warnings/\(wid)/verification", token: w.townshipToken, json: #"{"result":"tracking"}"#)
                #expect(twice.status == .conflict)
                // The department sees the result of its own warning, and no other department's.
                let mine = try await app.api(.GET, "/api/v1/warnings", token: f.token)
                #expect((mine.json["items"] as? [[String: Any]])?.first?["result"] as? String == "alreadyMonitored")
                let edu = try await app.token(role: .departmentOfficer, scope: "edu")
                #expect((try await app.api(.GET, "/api/v1/warnings", token: edu).json["items"] as? [Any])?.isEmpty == true)
                #expect(try await app.api(.GET, "/api/v1/imports/\(r.json["id"] as! String)", token: edu).status == .notFound)
            }
        }

        @Test func aDepartmentUploadTokenImports() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app, department: "wjw")
                try await app.makeUser("health", role: .departmentOfficer, scope: "wjw")
                var browser = try await Browser.login(app, username: "health")
                _ = try await browser.get("/account/tokens")
                let page = try await browser.post("/account/tokens", ["label": "卫健系统推送"]).body.string
                let start = page.range(of: #"<pre class="token">"#)!.upperBound
                let token = String(page[start...].prefix { $0 != "<" })
                let r = try await f.upload(Data("身份证号码,姓名,疾病名称,确诊日期\n\(f.idNumber),\(f.name),恶性肿瘤,2026-09-01\n".utf8),
                                           listType: "health.serious", token: token)
                #expect(r.status == .created && r.json["warnings"] as? Int == 1)
                #expect(try await app.api(.GET, "/api/v1/imports/\(r.json["id"] as! String)", token: token).status == .ok)
                #expect(try await app.api(.GET, "/api/v1/warnings", token: token).status == .forbidden)
            }
        }

        @Test func thePagesShowTheCatalogueTheReportAndTheWarnings() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app, department: "edu")
                let r = try await f.upload(Data("身份证号码,姓名,学校,状态,发现日期\n\(f.idNumber),\(f.name),一中,辍学,2026-09-01\n".utf8), listType: "edu.dropout")
                let importID = r.json["id"] as! String
                try await app.makeUser("edu", role: .departmentOfficer, scope: "edu")
                var edu = try await Browser.login(app, username: "edu")
                let catalogue = try await edu.get("/departments").body.string
                #expect(catalogue.contains("疑似失学辍学") && !catalogue.contains("农村住房安全鉴定名单"))
                let template = try await edu.get("/departments/templates/edu.dropout?format=csv")
                #expect(template.status == .ok && template.body.string.contains("身份证号码,姓名,学校,状态,发现日期"))
                let xlsx = try await edu.get("/departments/templates/edu.dropout?format=xlsx")
                let sheets = try XLSXReader.read(Data(buffer: xlsx.body))
                #expect(sheets.first?.rows.first == ["身份证号码", "姓名", "学校", "状态", "发现日期"])
                #expect(try await edu.get("/imports/\(importID)").body.string.contains("已匹配，产生预警"))
                let township = try await app.sql().raw("SELECT township_code FROM warnings").first()!.decode(column: "township_code", as: String.self)
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var town = try await Browser.login(app, username: "town")
                let page = try await town.get("/warnings").body.string
                #expect(page.contains("疑似辍学") && page.contains("选择核实结果"))
                let wid = try await app.sql().raw("SELECT id FROM warnings").first()!.decode(column: "id", as: String.self)
                let bad = try await town.post("/warnings/\(wid)/verify", ["result": "notEligible", "note": ""])
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("须写明理由"))
                // Not monitored: "已纳入监测" is the procedure's to say, not the verification's.
                let notYet = try await town.post("/warnings/\(wid)/verify", ["result": "enrolled", "note": ""])
                #expect(notYet.status == .unprocessableEntity && notYet.body.string.contains("转入识别程序"))
                #expect(try await town.post("/warnings/\(wid)/verify", ["result": "toIdentification", "note": ""]).status == .seeOther)
                #expect(try await edu.get("/warnings").body.string.contains("转入识别程序"))
            }
        }

        /// One loop: a warning verified as 不符合纳入条件 closes the clue it raised, with the reason the village reads;
        /// the clue's history names the member, the list and its row in plain Chinese; the monthly report counts it.
        @Test func aWarningVerifiedAsNotEligibleClosesItsClue() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app, department: "edu")
                _ = try await f.upload(Data("身份证号码,姓名,学校,状态,发现日期\n\(f.idNumber),\(f.name),一中,辍学,2026-09-01\n".utf8), listType: "edu.dropout")
                let w = try await app.sql().raw("SELECT id, case_id, township_code FROM warnings").first()!
                let (wid, caseID) = (try w.decode(column: "id", as: String.self), try w.decode(column: "case_id", as: String.self))
                let town = try await app.token(role: .townshipOfficer, scope: try w.decode(column: "township_code", as: String.self))
                let before = try await app.api(.GET, "/api/v1/cases/\(caseID)", token: town).json
                let opened = (before["events"] as? [[String: Any]])?.first?["facts"] as? [String: Any] ?? [:]
                #expect(opened["member"] as? String == "\(f.name)（\(IDNumber.masked(f.idNumber))）" && opened["row"] as? String == "第2行", "\(opened)")
                let r = try await app.api(.POST, "/api/v1/warnings/\(wid)/verification", token: town, json: #"{"result":"notEligible","note":"已复学，在校就读"}"#)
                #expect(r.status == .ok, "\(r.body.string.prefix(300))")
                let after = try await app.api(.GET, "/api/v1/cases/\(caseID)", token: town).json
                #expect(after["state"] as? String == "notEligible")
                let last = (after["events"] as? [[String: Any]])?.last?["facts"] as? [String: Any] ?? [:]
                #expect((last["reason"] as? String)?.contains("已复学") == true)
                let month = String(Clock.today.description.prefix(7))
                let report = try await app.api(.GET, "/api/v1/warnings/report?month=\(month)", token: town).json
                #expect((report["total"] as? [String: Any])?["notEligible"] as? Int == 1)
                let check = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                let mine = check.violations.filter { $0.householdID == f.householdID }
                #expect(mine.isEmpty, "\(mine.map(\.description))")
            }
        }

        @Test func aLargeListRunsInTheBackgroundAndReportsProgress() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app)
                var lines = [ImportFixture.medicalHeader, "\(f.idNumber),\(f.name),2026,90000,30000"]
                for i in 0..<(ImportStore.backgroundThreshold + 50) { lines.append("\(TestIDs.next()),外县\(i),2026,100,10") }
                let r = try await f.upload(Data(lines.joined(separator: "\n").utf8))
                #expect(r.status == .accepted && r.json["state"] as? String == "processing")
                let id = r.json["id"] as! String
                var state = "processing"
                var report: [String: Any] = [:]
                for _ in 0..<200 where state == "processing" {
                    try await Task.sleep(nanoseconds: 50_000_000)
                    report = try await app.api(.GET, "/api/v1/imports/\(id)?status=warned", token: f.token).json
                    state = report["state"] as? String ?? ""
                }
                #expect(state == "done")
                #expect(report["unmatched"] as? Int == ImportStore.backgroundThreshold + 50 && report["warnings"] as? Int == 1)
                #expect((report["rows"] as? [[String: Any]])?.count == 1)
            }
        }
    }
}

extension AllTests.ImportTests {
    @Test func theMonthlyReportNamesLateItemsAndTheLedgersExport() async throws {
        try await withFangpin { app in
            let f = try await ImportFixture.make(app, department: "edu")
            _ = try await f.upload(Data("身份证号码,姓名,学校,状态,发现日期\n\(f.idNumber),\(f.name),一中,辍学,2026-09-01\n".utf8), listType: "edu.dropout")
            let w = try await app.sql().raw("SELECT id, township_code, village_code FROM warnings").first()!
            let township = try w.decode(column: "township_code", as: String.self), village = try w.decode(column: "village_code", as: String.self)
            // Its verification deadline has passed.
            try await app.sql().raw("UPDATE warnings SET due = '2026-01-05'").run()
            try await app.makeUser("town", role: .townshipOfficer, scope: township)
            var town = try await Browser.login(app, username: "town")
            let month = String(Clock.today.description.prefix(7))
            let page = try await town.get("/warnings/report?month=\(month)").body.string
            let head = try await app.sql().raw("SELECT head_name FROM households WHERE id = \(bind: f.householdID)").first()!.decode(column: "head_name", as: String.self)
            #expect(page.contains("风险预警线索核实情况报告") && page.contains("逾期未核实（期限2026-01-05）") && page.contains(head))
            let xlsx = try await town.get("/warnings/report?month=\(month)&format=xlsx")
            let sheets = try XLSXReader.read(Data(buffer: xlsx.body))
            #expect(sheets[0].rows.last?.first == "合计" && sheets[0].rows.last?[1] == "1" && sheets[1].rows.count == 2)
            #expect(try await town.get("/warnings/report?month=2026-13").status == .badRequest)

            let ledger = try await town.get("/villages/\(village)/ledger.xlsx")
            let ls = try XLSXReader.read(Data(buffer: ledger.body))
            let people = try await app.sql().raw("SELECT COUNT(*) AS n FROM members m JOIN households h ON h.id = m.household_id WHERE h.village_code = \(bind: village) AND m.removed_at IS NULL AND h.dissolved_at IS NULL").first()!.decode(column: "n", as: Int.self)
            #expect(ls[0].rows.count == people + 1 && ls[1].rows.count == 2)
            #expect(!(ls[0].rows.dropFirst().contains { $0.count > 2 && $0[2] == f.idNumber }))

            try await app.makeUser("edu", role: .departmentOfficer, scope: "edu")
            var edu = try await Browser.login(app, username: "edu")
            let list = try await edu.get("/departments/edu/enrolled.xlsx")
            #expect(list.status == .ok)
            let expected = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE monitoring_category IS NOT NULL AND eliminated_on IS NULL AND dissolved_at IS NULL AND risk_types LIKE '%education%'").first()!.decode(column: "n", as: Int.self)
            #expect(try XLSXReader.read(Data(buffer: list.body))[0].rows.count == expected + 1)
            #expect(try await edu.get("/departments/ybj/enrolled.xlsx").status == .notFound)
        }
    }
}

extension AllTests.ImportTests {
    /// The catalogue, templates, monthly report, village ledger and department list over the API with bearer tokens.
    @Test func catalogueReportsAndPushesAreInTheAPI() async throws {
        try await withFangpin { app in
            let f = try await ImportFixture.make(app, department: "edu")
            let lists = try await app.api(.GET, "/api/v1/departments/lists", token: f.token).json
            let items = lists["items"] as? [[String: Any]] ?? []
            #expect(!items.isEmpty && items.allSatisfy { $0["department"] as? String == "edu" })
            let dropout = items.first { $0["key"] as? String == "edu.dropout" }
            #expect((dropout?["columns"] as? [[String: Any]])?.first?["header"] as? String == "身份证号码")
            let admin = try await app.token(role: .countyAdmin, scope: "450224")
            let all = try await app.api(.GET, "/api/v1/departments/lists", token: admin).json["items"] as? [[String: Any]]
            #expect(all?.count == ListCatalogue.types.count)

            let csv = try await app.api(.GET, "/api/v1/departments/lists/edu.dropout/template?format=csv", token: f.token)
            #expect(csv.status == .ok && csv.body.string.contains("身份证号码,姓名,学校,状态,发现日期"))
            let template = try await app.api(.GET, "/api/v1/departments/lists/edu.dropout/template", token: f.token)
            #expect(try XLSXReader.read(Data(buffer: template.body))[0].rows.first?.first == "身份证号码")
            #expect(try await app.api(.GET, "/api/v1/departments/lists/nope/template", token: f.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/departments/lists/edu.dropout/template?format=pdf", token: f.token).errorBody?.field == "format")

            _ = try await f.upload(Data("身份证号码,姓名,学校,状态,发现日期\n\(f.idNumber),\(f.name),一中,辍学,2026-09-01\n".utf8), listType: "edu.dropout")
            let w = try await app.sql().raw("SELECT township_code, village_code FROM warnings").first()!
            let township = try w.decode(column: "township_code", as: String.self), village = try w.decode(column: "village_code", as: String.self)
            try await app.sql().raw("UPDATE warnings SET due = '2026-01-05'").run()
            let town = try await app.token(role: .townshipOfficer, scope: township)
            let month = String(Clock.today.description.prefix(7))
            let report = try await app.api(.GET, "/api/v1/warnings/report?month=\(month)", token: town).json
            #expect((report["total"] as? [String: Any])?["received"] as? Int == 1 && (report["total"] as? [String: Any])?["overdue"] as? Int == 1)
            #expect((report["late"] as? [[String: Any]])?.first?["due"] as? String == "2026-01-05")
            #expect(report["townshipDue"] as? String == String(Day(month + "-01")!.adding(months: 1).description.prefix(8)) + "20")
            // The report days are the policy's deadline rules (seed 003: 20th for townships, 25th for the county).
            let policyAdmin = try await app.token(role: .countyAdmin, scope: String(township.prefix(6)))
            let version = try await app.api(.GET, "/api/v1/policy", token: policyAdmin).json["version"] as? Int ?? -1
            let changed = try await app.api(.PATCH, "/api/v1/policy", token: policyAdmin,
                                            json: #"{"version":\#(version),"deadlines":{"township.report":18,"county.report":23}}"#)
            #expect(changed.status == .ok, "\(changed.body.string.prefix(300))")
            let moved = try await app.api(.GET, "/api/v1/warnings/report?month=\(month)", token: town).json
            #expect(moved["townshipDue"] as? String == String(Day(month + "-01")!.adding(months: 1).description.prefix(8)) + "18")
            #expect(moved["countyDue"] as? String == String(Day(month + "-01")!.adding(months: 1).description.prefix(8)) + "23")
            let xlsx = try await app.api(.GET, "/api/v1/warnings/report.xlsx?month=\(month)", token: town)
            #expect(try XLSXReader.read(Data(buffer: xlsx.body))[0].rows.last?[1] == "1")
            let bad = try await app.api(.GET, "/api/v1/warnings/report?month=2026-13", token: town)
            #expect(bad.status == .badRequest && bad.errorBody?.field == "month")
            #expect(try await app.api(.GET, "/api/v1/warnings/report", token: f.token).status == .forbidden)

            let ledger = try await app.api(.GET, "/api/v1/villages/\(village)/ledger.xlsx?quarter=\(Clock.today.year)Q\((Clock.today.month - 1) / 3 + 1)", token: town)
            #expect(try XLSXReader.read(Data(buffer: ledger.body))[1].rows.count == 2)
            #expect(try await app.api(.GET, "/api/v1/villages/\(village)/ledger.xlsx?quarter=2026Q5", token: town).errorBody?.field == "quarter")
            let otherTown = try await app.token(role: .townshipOfficer, scope: "450224999")
            #expect(try await app.api(.GET, "/api/v1/villages/\(village)/ledger.xlsx", token: otherTown).status == .notFound)

            let enrolled = try await app.api(.GET, "/api/v1/departments/edu/enrolled", token: f.token).json
            let expected = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE monitoring_category IS NOT NULL AND eliminated_on IS NULL AND dissolved_at IS NULL AND risk_types LIKE '%education%'").first()!.decode(column: "n", as: Int.self)
            #expect(enrolled["total"] as? Int == expected && (enrolled["items"] as? [[String: Any]])?.count == expected)
            let file = try await app.api(.GET, "/api/v1/departments/edu/enrolled.xlsx", token: f.token)
            #expect(try XLSXReader.read(Data(buffer: file.body))[0].rows.count == expected + 1)
            #expect(try await app.api(.GET, "/api/v1/departments/ybj/enrolled", token: f.token).status == .notFound)
        }
    }

    @Test func aBatchWrittenInSlicesKeepsOneClueAndNumbersItsEvents() async throws {
        try await withFangpin { app in
            let f = try await ImportFixture.make(app)
            // The same person's bills in rows 2 and 9: the clue is opened in the first slice and the later row joins it.
            var lines = [ImportFixture.medicalHeader, "\(f.idNumber),\(f.name),2026,90000,30000"]
            for i in 0..<6 { lines.append("\(TestIDs.next()),外县\(i),2026,100,10") }
            lines.append("\(f.idNumber),\(f.name),2025,70000,25000")
            let store = ImportStore(db: app.db, principal: Principal(username: "ybj", role: .departmentOfficer, scope: "ybj"), county: "450224",
                                    now: Date(), auditKey: app.auditKey, settings: WarningSettings(), policy: app.policy, calendar: app.calendars.calendar, sliceRows: 3)
            let prepared = try store.prepare(data: Data(lines.joined(separator: "\n").utf8), filename: "a.csv", listType: "medical.bills")
            let id = try await store.begin(prepared)
            try await store.apply(prepared, importID: id)
            #expect(try await f.counts("cases", "warnings", "import_rows") == [1, 2, 8])
            let seqs = try await app.sql().raw("SELECT seq, action FROM case_events ORDER BY seq").all().map { "\(try $0.decode(column: "seq", as: Int.self)):\(try $0.decode(column: "action", as: String.self))" }
            #expect(seqs == ["1:open", "2:merge"])
        }
    }
}

extension AllTests.ImportTests {
    @Test func warningAmountsAndTheVerificationPeriodAreSettings() throws {
        let c = try AppConfig.load(environment: ["FANGPIN_WARNING_VERIFY_DAYS": "7", "FANGPIN_WARNING_MEDICAL_AMOUNT": "15000",
                                                 "FANGPIN_WARNING_MEDICAL_PERCENT": "40", "FANGPIN_WARNING_DISASTER_LOSS": "abc"], dbPath: "x.sqlite", demo: false)
        #expect(c.warningSettings.verifyWorkingDays == 7 && c.warningSettings.medicalAmount == Fixed2(15_000))
        #expect(c.warningSettings.medicalSharePercent == 40 && c.warningSettings.disasterLoss == Fixed2(5_000))
        let d = try AppConfig.load(environment: [:], dbPath: "x.sqlite", demo: false)
        #expect(d.warningSettings == WarningSettings())
    }
}
