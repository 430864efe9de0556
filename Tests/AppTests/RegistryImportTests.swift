@testable import App
import ConsoleKit
@testable import Demo
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// 台账导入: a county moves in from a file — checked whole first (nothing written), then all or nothing; the same
    /// file twice changes nothing; this system's own export read back gives the same registry.
    @Suite struct RegistryImportTests {
        static func upload(_ app: Application, _ data: Data, token: String, dryRun: Bool, filename: String = "台账.xlsx") async throws -> TestingHTTPResponse {
            let boundary = "fangpinRegistry"
            var body = Data()
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n\(dryRun)\r\n".utf8))
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
            headers.bearerAuthorization = BearerAuthorization(token: token)
            return try await app.testing().sendRequest(.POST, "/api/v1/registry/imports", headers: headers, body: ByteBuffer(data: body))
        }

        /// Every household's and member's fields, keyed by household code and ID number.
        static func snapshot(_ app: Application, codeColumn: String) async throws -> (households: [String: Facts], members: [String: Facts]) {
            let sql = try app.sql()
            var households: [String: Facts] = [:], members: [String: Facts] = [:]
            for r in try await sql.raw("SELECT * FROM households WHERE dissolved_at IS NULL").all() {
                let h = try HouseholdRecord(row: r)
                let key = try r.decode(column: codeColumn, as: String?.self) ?? h.code
                households[key] = h.facts
            }
            for r in try await sql.raw("SELECT * FROM members WHERE removed_at IS NULL").all() {
                let m = try MemberRecord(row: r)
                members[m.idNumber] = m.facts
            }
            return (households, members)
        }

        /// Each household's helpers (name, unit, phone) and measures (type, risks, start, end, amount, unit, state, note), by
        /// the household's code column (its own code, or after an import the external key).
        static func assistance(_ app: Application, codeColumn: String) async throws -> (helpers: Set<String>, measures: Set<String>) {
            let sql = try app.sql()
            var helpers = Set<String>(), measures = Set<String>()
            for r in try await sql.raw("""
                SELECT h.\(unsafeRaw: codeColumn) AS code, p.name, p.unit, p.phone FROM household_helpers a JOIN helpers p ON p.id = a.helper_id
                JOIN households h ON h.id = a.household_id WHERE a.ended_on IS NULL
                """).all() {
                helpers.insert(try [r.decode(column: "code", as: String.self), r.decode(column: "name", as: String.self),
                                    r.decode(column: "unit", as: String.self), r.decode(column: "phone", as: String.self)].joined(separator: "|"))
            }
            for r in try await sql.raw("""
                SELECT h.\(unsafeRaw: codeColumn) AS code, m.type, m.risk_types, m.start_on, m.end_on, m.amount, m.unit, m.state, m.note
                FROM measures m JOIN households h ON h.id = m.household_id
                """).all() {
                measures.insert(try [r.decode(column: "code", as: String.self), r.decode(column: "type", as: String.self),
                                     r.decode(column: "risk_types", as: String.self).split(separator: ",").sorted().joined(separator: ","),
                                     r.decode(column: "start_on", as: String.self), r.decode(column: "end_on", as: String?.self) ?? "",
                                     (r.decode(column: "amount", as: Int?.self)).map(String.init) ?? "", r.decode(column: "unit", as: String.self),
                                     r.decode(column: "state", as: String.self), r.decode(column: "note", as: String?.self) ?? ""].joined(separator: "|"))
            }
            return (helpers, measures)
        }

        static func export(_ app: Application) async throws -> Data {
            let book = try StreamingWorkbook()
            _ = try await RegistryExport(scope: "450224", whole: true, exporter: "测试", at: Date()).write(book, regions: app.regions, on: app.db)
            let url = try book.finish(author: "测试", created: Date())
            defer { book.discard() }
            return try Data(contentsOf: url)
        }

        @Test func theCountysOwnExportReadBackGivesTheSameRegistry() async throws {
            var file = Data()
            var before: (households: [String: Facts], members: [String: Facts]) = ([:], [:])
            var assistance: (helpers: Set<String>, measures: Set<String>) = ([], [])
            try await withFangpin(households: 300) { app in
                // The monitored households' helpers and measures, as the demo county has them.
                try await DemoWorkflow.seed(on: app.db, county: "450224", today: app.clock.today, calendar: app.calendars.calendar,
                                            policyVersion: app.policy.current.number, seed: 11)
                file = try await Self.export(app)
                before = try await Self.snapshot(app, codeColumn: "code")
                assistance = try await Self.assistance(app, codeColumn: "code")
                // The monthly reconciliation with its own export: every household found by its code, nothing to change.
                let own = try await Self.upload(app, file, token: try await app.token(role: .countyAdmin, scope: "450224"), dryRun: true)
                let summary = own.json["summary"] as? [String: Any] ?? [:]
                #expect(own.json["state"] as? String == "checked" && summary["unchanged"] as? Int == before.households.count && summary["notInFile"] as? Int == 0,
                        "\(own.body.string.prefix(400))")
            }
            try #require(before.households.count >= 300 && before.members.count > before.households.count)
            try #require(!assistance.helpers.isEmpty && !assistance.measures.isEmpty)
            try await withFangpin(households: 0) { app in
                // An empty registry of the same county: its regions only.
                try await RegionDirectory.insert(DemoCounty(seed: 11, today: Day(year: 2026, month: 11, day: 1)!).regions, on: try app.sql())
                try await app.regions.reload(on: app.db)
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                // The dry run writes nothing but its own record.
                let checked = try await Self.upload(app, file, token: admin, dryRun: true)
                #expect(checked.status == .created, "\(checked.body.string.prefix(500))")
                #expect(checked.json["state"] as? String == "checked")
                let summary = checked.json["summary"] as? [String: Any] ?? [:]
                #expect(summary["added"] as? Int == before.households.count && summary["members"] as? Int == before.members.count)
                #expect(summary["helpers"] as? Int == assistance.helpers.count && summary["measures"] as? Int == assistance.measures.count,
                        "\(summary["helpers"] ?? "-") \(summary["measures"] ?? "-") of \(assistance.helpers.count) \(assistance.measures.count)")
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM households").first()?.decode(column: "n", as: Int.self) == 0)
                let id = try #require(checked.json["id"] as? String)
                let report = try await app.api(.GET, "/api/v1/registry/imports/\(id)", token: admin)
                let states = report.json["rows"] as? [[String: Any]] ?? []
                #expect(states.allSatisfy { $0["state"] as? String == "新增" },
                        "\(states.filter { $0["state"] as? String != "新增" }.prefix(8).map { "\($0["householdKey"] ?? "") \($0["column"] ?? "") \($0["message"] ?? "")" })")

                let committed = try await app.api(.POST, "/api/v1/registry/imports/\(id)/commit", token: admin)
                #expect(committed.status == .ok && committed.json["state"] as? String == "committed", "\(committed.body.string.prefix(500))")
                let again = try await app.api(.POST, "/api/v1/registry/imports/\(id)/commit", token: admin)
                #expect(again.status == .conflict && again.errorBody?.code == "import_state")

                // Field for field: every household by its 户编号 (kept as its external key), every member by ID number.
                let after = try await Self.snapshot(app, codeColumn: "external_code")
                #expect(Set(after.households.keys) == Set(before.households.keys))
                for (code, facts) in before.households {
                    let got = after.households[code] ?? Facts()
                    for spec in HouseholdFields.table.specs where got[spec.key] != facts[spec.key] {
                        Issue.record("household \(code) \(spec.label): \(String(describing: facts[spec.key])) → \(String(describing: got[spec.key]))")
                    }
                }
                #expect(Set(after.members.keys) == Set(before.members.keys))
                for (id, facts) in before.members {
                    let got = after.members[id] ?? Facts()
                    for spec in MemberFields.table.specs where got[spec.key] != facts[spec.key] {
                        Issue.record("member \(id.prefix(6)) \(spec.label): \(String(describing: facts[spec.key])) → \(String(describing: got[spec.key]))")
                    }
                }
                // The helpers' and measures' sheets came in with their households, each helper once.
                let imported = try await Self.assistance(app, codeColumn: "external_code")
                #expect(imported.helpers == assistance.helpers, "\(imported.helpers.symmetricDifference(assistance.helpers).prefix(4))")
                #expect(imported.measures == assistance.measures, "\(imported.measures.symmetricDifference(assistance.measures).prefix(4))")
                // The monitored households came with their cases, so the registry and the procedure agree.
                let check = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                #expect(check.violations.isEmpty, "\(check.violations.prefix(5).map(\.description))")
                let monitored = before.households.values.filter { $0["monitoringCategory"] != nil }.count
                let cases = try await app.sql().raw("SELECT COUNT(*) AS n FROM cases").first()?.decode(column: "n", as: Int.self)
                #expect(cases == monitored && monitored > 0)

                // The same file again: nothing changes, no version is made.
                let versions = try await app.sql().raw("SELECT CAST(SUM(version) AS BIGINT) AS n FROM households").first()?.decode(column: "n", as: Int.self)
                let twice = try await Self.upload(app, file, token: admin, dryRun: false)
                #expect(twice.json["state"] as? String == "committed")
                #expect((twice.json["summary"] as? [String: Any])?["unchanged"] as? Int == before.households.count, "\(twice.body.string.prefix(400))")
                #expect((twice.json["summary"] as? [String: Any])?["helpers"] as? Int == 0 && (twice.json["summary"] as? [String: Any])?["measures"] as? Int == 0)
                #expect(try await Self.assistance(app, codeColumn: "external_code") == imported)
                #expect(try await app.sql().raw("SELECT CAST(SUM(version) AS BIGINT) AS n FROM households").first()?.decode(column: "n", as: Int.self) == versions)
            }
        }

        /// `fangpin registry import FILE [--dry-run] [--as USERNAME]`: a wrong file fails (exit 1) with nothing written, a dry
        /// run writes nothing, the import itself writes as 命令行导入 or the named account.
        @Test func theCommandChecksDryRunsAndImports() async throws {
            try await withFangpin(households: 20) { app in
                let village = try await app.busyVillage()
                let head = IDNumber.make(region: "450224", birth: Day(year: 1966, month: 6, day: 6)!, sequence: 21)
                let dir = NSTemporaryDirectory() + "registry-import-\(UUID().uuidString)"
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(atPath: dir) }
                func file(_ name: String, _ id: String) throws -> String {
                    let path = dir + "/" + name
                    try Data("户编号,村代码,户类型,姓名,身份证号码,与户主关系,健康状况,劳动技能\nC1,\(village),一般户,蓝命令,\(id),户主,健康,普通劳动力\n".utf8)
                        .write(to: URL(fileURLWithPath: path))
                    return path
                }
                func command(_ arguments: String...) -> CommandContext {
                    var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["fangpin"] + arguments))
                    context.application = app
                    return context
                }
                func imported() async throws -> Int {
                    try #require(try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE external_code = 'C1'").first()).decode(column: "n", as: Int.self)
                }
                var bad = command(try file("bad.csv", "4.50224E+17"))
                await #expect(throws: RegistryCommand.Import.Failed.self) { try await RegistryCommand.Import().run(using: &bad) }
                var dry = command(try file("good.csv", head), "--dry-run")
                try await RegistryCommand.Import().run(using: &dry)
                #expect(try await imported() == 0)
                try await app.makeUser("town-importer", role: .townshipOfficer, scope: String(village.prefix(9)))
                var named = command(dir + "/good.csv", "--as", "town-importer")
                try await RegistryCommand.Import().run(using: &named)
                #expect(try await imported() == 1)
                let author = try await app.sql().raw("""
                    SELECT c.actor FROM changes c JOIN households h ON h.id = c.household_id WHERE h.external_code = 'C1' AND c.entity = 'household'
                    """).first()?.decode(column: "actor", as: String.self)
                #expect(author == "town-importer")
                var nobody = command(dir + "/good.csv", "--as", "no-such-user")
                await #expect(throws: AppError.self) { try await RegistryCommand.Import().run(using: &nobody) }
            }
        }

        /// Wrong rows are named, nothing is written, and the file put right goes in; a changed row is a new version
        /// whose author is the import; a person already in another household is refused.
        @Test func wrongRowsAreNamedAndTheFilePutRightGoesIn() async throws {
            try await withFangpin(households: 20) { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage()
                let taken = try #require(try await app.sql().raw("SELECT id_number FROM members WHERE removed_at IS NULL LIMIT 1").first())
                    .decode(column: "id_number", as: String.self)
                func csv(_ rows: [String]) -> Data { Data((["户编号,村代码,户类型,姓名,身份证号码,与户主关系,健康状况,劳动技能,出生日期"] + rows).joined(separator: "\n").utf8) }
                let good = ["N1,\(village),一般户,韦大明,\(IDNumber.make(region: "450224", birth: Day(year: 1970, month: 3, day: 5)!, sequence: 11)),户主,健康,普通劳动力,1970年3月5日",
                            "N1,\(village),一般户,韦小明,\(IDNumber.make(region: "450224", birth: Day(year: 2001, month: 7, day: 9)!, sequence: 13)),之子,健康,普通劳动力,2001/7/9"]
                let bad = good + ["N2,\(village),一般户,黄某,\(taken),户主,健康,普通劳动力,",
                                  "N3,\(village),一般户,覃某,4.50224E+17,户主,健康,普通劳动力,",
                                  "N4,999999999999,一般户,莫某,\(IDNumber.make(region: "450224", birth: Day(year: 1980, month: 1, day: 1)!, sequence: 15)),户主,健康,普通劳动力,"]
                let refused = try await Self.upload(app, csv(bad), token: admin, dryRun: false, filename: "ledger.csv")
                #expect(refused.status == .created && refused.json["state"] as? String == "refused", "\(refused.body.string.prefix(400))")
                let id = try #require(refused.json["id"] as? String)
                let rows = try await app.api(.GET, "/api/v1/registry/imports/\(id)", token: admin).json["rows"] as? [[String: Any]] ?? []
                let wrong = rows.filter { $0["state"] as? String == "有误" }
                #expect(Set(wrong.compactMap { $0["householdKey"] as? String }) == ["N2", "N3", "N4"], "\(wrong)")
                #expect(wrong.contains { ($0["message"] as? String ?? "").contains("已在本系统另一户登记") })
                #expect(wrong.contains { ($0["message"] as? String ?? "").contains("存成了数字") })
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE external_code IS NOT NULL").first()?.decode(column: "n", as: Int.self) == 0)
                #expect(try await app.api(.POST, "/api/v1/registry/imports/\(id)/commit", token: admin).status == .conflict)

                let ok = try await Self.upload(app, csv(good), token: admin, dryRun: false, filename: "ledger.csv")
                #expect(ok.json["state"] as? String == "committed", "\(ok.body.string.prefix(400))")
                let household = try #require(try await app.sql().raw("SELECT id, head_name, member_count FROM households WHERE external_code = 'N1'").first())
                #expect(try household.decode(column: "head_name", as: String.self) == "韦大明" && household.decode(column: "member_count", as: Int.self) == 2)
                // The son's labour corrected in a later file: a new version by the import, the household otherwise unchanged.
                let changed = [good[0], good[1].replacingOccurrences(of: "普通劳动力,2001", with: "技能劳动力,2001")]
                let update = try await Self.upload(app, csv(changed), token: admin, dryRun: false, filename: "ledger-2.csv")
                #expect((update.json["summary"] as? [String: Any])?["updated"] as? Int == 1 && (update.json["summary"] as? [String: Any])?["membersUpdated"] as? Int == 1)
                let hid = try household.decode(column: "id", as: String.self)
                let history = try await app.api(.GET, "/api/v1/households/\(hid)/history", token: admin).json["items"] as? [[String: Any]] ?? []
                #expect(history.contains { ($0["summary"] as? String ?? "").contains("导入（ledger-2.csv）") }, "\(history.prefix(3))")
                // Its helper and measures from a ledger's own sheets: a measure of no known type is named by its row, nothing
                // written; put right, the household is 更新 with one helper and one measure, and the same file again adds none.
                func book(_ measures: [[String]]) throws -> Data {
                    let book = try StreamingWorkbook()
                    defer { book.discard() }
                    try book.startSheet(name: "家庭成员", header: ["户编号", "村代码", "户类型", "姓名", "身份证号码", "与户主关系", "健康状况", "劳动技能", "出生日期"])
                    for row in changed { try book.append(row.split(separator: ",", omittingEmptySubsequences: false).map { .text(String($0)) }) }
                    try book.startSheet(name: "结对帮扶", header: ["户编号", "帮扶人姓名", "帮扶单位", "帮扶人电话", "结对日期"])
                    try book.append([.text("N1"), .text("张干部"), .text("县农业农村局"), .text("13800000001"), .text("2026年3月5日")])
                    try book.startSheet(name: "帮扶措施", header: ["户编号", "帮扶措施", "针对的风险", "开始日期", "金额（元）", "责任单位", "状态"])
                    for row in measures { try book.append(row.map { .text($0) }) }
                    return try Data(contentsOf: try book.finish())
                }
                let measure = ["N1", "产业帮扶", "因病", "2026-03-06", "1200", "县农业农村局", "实施中"]
                let unknown = try await Self.upload(app, try book([measure, ["N1", "发钱", "因病", "2026-03-06", "", "县民政局", "实施中"]]), token: admin, dryRun: true)
                let unknownRows = try await app.api(.GET, "/api/v1/registry/imports/\(try #require(unknown.json["id"] as? String))", token: admin).json["rows"] as? [[String: Any]] ?? []
                #expect(unknown.json["state"] as? String == "refused")
                #expect(unknownRows.contains { $0["sheet"] as? String == "帮扶措施" && $0["row"] as? Int == 3 && ($0["message"] as? String ?? "").contains("“发钱”不是帮扶措施类型") },
                        "\(unknownRows.filter { $0["state"] as? String == "有误" })")
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM measures WHERE household_id = \(bind: hid)").first()?.decode(column: "n", as: Int.self) == 0)
                let helped = try await Self.upload(app, try book([measure]), token: admin, dryRun: false)
                let helpedSummary = helped.json["summary"] as? [String: Any] ?? [:]
                #expect(helped.json["state"] as? String == "committed" && helpedSummary["updated"] as? Int == 1, "\(helped.body.string.prefix(400))")
                #expect(helpedSummary["helpers"] as? Int == 1 && helpedSummary["measures"] as? Int == 1)
                let assigned = try await app.sql().raw("""
                    SELECT p.name, a.assigned_on FROM household_helpers a JOIN helpers p ON p.id = a.helper_id WHERE a.household_id = \(bind: hid)
                    """).all()
                let assignedOn = try assigned.first?.decode(column: "assigned_on", as: String.self)
                #expect(assigned.count == 1 && assignedOn == "2026-03-05")
                let recorded = try await app.sql().raw("SELECT type, amount, state FROM measures WHERE household_id = \(bind: hid)").all()
                let amount = try recorded.first?.decode(column: "amount", as: Int.self)
                #expect(recorded.count == 1 && amount == 120_000)
                let again = try await Self.upload(app, try book([measure]), token: admin, dryRun: false)
                #expect((again.json["summary"] as? [String: Any])?["unchanged"] as? Int == 1 && (again.json["summary"] as? [String: Any])?["measures"] as? Int == 0,
                        "\(again.body.string.prefix(400))")
                // Out of scope: a township officer cannot import into another township's village.
                let other = try #require(try await app.sql().raw("SELECT code FROM regions WHERE level = 'township' AND code <> \(bind: String(village.prefix(9))) LIMIT 1").first())
                    .decode(column: "code", as: String.self)
                let town = try await app.token(role: .townshipOfficer, scope: other)
                let foreign = try await Self.upload(app, csv([good[0].replacingOccurrences(of: "N1", with: "N9")]), token: town, dryRun: true)
                #expect(foreign.json["state"] as? String == "refused")
                // Reports name people: the county reads the township's, a township not the county's.
                let foreignID = try #require(foreign.json["id"] as? String)
                #expect(try await app.api(.GET, "/api/v1/registry/imports/\(foreignID)", token: admin).status == .ok)
                #expect(try await app.api(.GET, "/api/v1/registry/imports/\(id)", token: town).status == .notFound)
                // A file without the needed columns is a 422 naming them.
                let columns = try await Self.upload(app, Data("姓名,性别\n王五,男".utf8), token: admin, dryRun: true)
                #expect(columns.status == .unprocessableEntity && columns.errorBody?.field == "file" && columns.errorBody?.message.contains("户编号") == true)
            }
        }
    
        /// Seed 003's quarterly survey: a township exports its villages' form (masked), a village corrects two households
        /// offline, the re-import shows each change old → new, the township accepts one household and declines the
        /// other, and the commit writes only the accepted one.
        @Test func theTownshipsSurveyFormComesBackWithADecisionPerHousehold() async throws {
            try await withFangpin(households: 40) { app in
                let township = try #require(try await app.sql().raw("""
                    SELECT township_code FROM households GROUP BY township_code ORDER BY COUNT(*) DESC LIMIT 1
                    """).first()).decode(column: "township_code", as: String.self)
                let town = try await app.token(role: .townshipOfficer, scope: township)
                let export = try await app.api(.GET, "/api/v1/registry/export.xlsx", token: town)
                #expect(export.status == .ok)
                var sheets = try XLSXReader.read(Data(buffer: export.body))
                let hi = try #require(sheets.firstIndex { $0.name == "农户" }), mi = try #require(sheets.firstIndex { $0.name == "家庭成员" })
                let hHeader = sheets[hi].rows[0], mHeader = sheets[mi].rows[0]
                let idColumn = try #require(mHeader.firstIndex(where: { $0.contains("证件号码") || $0.contains("身份证") }))
                #expect(sheets[mi].rows.dropFirst().allSatisfy { $0[idColumn].contains("*") })
                // Household A: a member's health corrected; household B: a new phone number.
                let health = try #require(mHeader.firstIndex(of: "健康状况")), phone = try #require(hHeader.firstIndex(of: "户联系电话"))
                let a = sheets[hi].rows[1][0], b = sheets[hi].rows[2][0]
                let memberRow = try #require(sheets[mi].rows.firstIndex { $0.first == a && $0[health] == "健康" })
                let memberName = sheets[mi].rows[memberRow][try #require(mHeader.firstIndex(of: "姓名"))]
                sheets[mi].rows[memberRow][health] = "长期慢性病"
                sheets[hi].rows[2][phone] = "13912345678"
                let book = try StreamingWorkbook()
                defer { book.discard() }
                for sheet in sheets {
                    try book.startSheet(name: sheet.name, header: sheet.rows.first ?? [])
                    for row in sheet.rows.dropFirst() { try book.append(row.map { Cell.text($0) }) }
                }
                let file = try Data(contentsOf: try book.finish())

                let checked = try await Self.upload(app, file, token: town, dryRun: true, filename: "普查表.xlsx")
                let summary = checked.json["summary"] as? [String: Any] ?? [:]
                let id = try #require(checked.json["id"] as? String)
                let rows = try await app.api(.GET, "/api/v1/registry/imports/\(id)", token: town).json["rows"] as? [[String: Any]] ?? []
                #expect(checked.json["state"] as? String == "checked" && summary["updated"] as? Int == 2 && summary["wrong"] as? Int == 0,
                        "\(rows.filter { $0["state"] as? String == "有误" }.prefix(5).map { "\($0["column"] ?? "") \($0["message"] ?? "")" })")
                func line(_ key: String) -> [String: Any]? { rows.first { $0["householdKey"] as? String == key && $0["state"] as? String == "更新" } }
                let changesA = line(a)?["changes"] as? [[String: Any]] ?? []
                #expect(changesA.contains { $0["person"] as? String == memberName && $0["field"] as? String == "健康状况"
                        && $0["before"] as? String == "健康" && $0["after"] as? String == "长期慢性病" }, "\(changesA)")
                let changesB = line(b)?["changes"] as? [[String: Any]] ?? []
                #expect(changesB.count == 1 && changesB.first?["field"] as? String == "户联系电话" && changesB.first?["after"] as? String == "139****5678", "\(changesB)")
                #expect(line(a)?["accepted"] as? Bool == true)

                // Bad decisions are refused whole: an unknown household, a missing accept, not JSON.
                let unknown = try await app.api(.POST, "/api/v1/registry/imports/\(id)/decisions", token: town, json: #"[{"household":"NOPE","accept":false}]"#)
                #expect(unknown.status == .unprocessableEntity && unknown.errorBody?.field == "household")
                let missing = try await app.api(.POST, "/api/v1/registry/imports/\(id)/decisions", token: town, json: "[{\"household\":\"\(b)\"}]")
                #expect(missing.status == .unprocessableEntity && missing.errorBody?.field == "accept")
                #expect(try await app.api(.POST, "/api/v1/registry/imports/\(id)/decisions", token: town, json: "nope").status == .badRequest)

                let decided = try await app.api(.POST, "/api/v1/registry/imports/\(id)/decisions", token: town,
                                                json: "[{\"household\":\"\(a)\",\"accept\":true},{\"household\":\"\(b)\",\"accept\":false}]")
                #expect(decided.status == .ok && decided.json["declined"] as? [String] == [b], "\(decided.body.string.prefix(300))")
                let phoneBefore = try #require(try await app.sql().raw("SELECT phone FROM households WHERE code = \(bind: b)").first()).decode(column: "phone", as: String?.self)
                let committed = try await app.api(.POST, "/api/v1/registry/imports/\(id)/commit", token: town)
                #expect(committed.status == .ok && committed.json["state"] as? String == "committed", "\(committed.body.string.prefix(300))")
                // A is written (the member's health, a version by the import), B is as it was, and the ID numbers were never needed.
                let healthNow = try await app.sql().raw("""
                    SELECT m.health FROM members m JOIN households h ON h.id = m.household_id WHERE h.code = \(bind: a) AND m.name = \(bind: memberName)
                    """).first()?.decode(column: "health", as: String.self)
                #expect(healthNow == HealthCondition.chronic.rawValue)
                #expect(try await app.sql().raw("SELECT phone FROM households WHERE code = \(bind: b)").first()?.decode(column: "phone", as: String?.self) == phoneBefore)
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM members WHERE id_number LIKE '%*%'").first()?.decode(column: "n", as: Int.self) == 0)
                // Decided after the commit: refused.
                let late = try await app.api(.POST, "/api/v1/registry/imports/\(id)/decisions", token: town, json: "[{\"household\":\"\(b)\",\"accept\":true}]")
                #expect(late.status == .conflict)
                // The report as a workbook, with the decision.
                let report = try await app.api(.GET, "/api/v1/registry/imports/\(id)/report.xlsx", token: town)
                let table = try XLSXReader.read(Data(buffer: report.body)).first?.rows ?? []
                #expect(table.contains { $0.contains(b) && $0.last == "不采纳" } && table.contains { $0.contains(a) && $0.last == "采纳" }, "\(table.prefix(6))")

                // A masked number the household does not have is named: a new member needs the whole number.
                sheets[mi].rows[memberRow][idColumn] = "450224********0000"
                let stranger = try StreamingWorkbook()
                defer { stranger.discard() }
                for sheet in sheets {
                    try stranger.startSheet(name: sheet.name, header: sheet.rows.first ?? [])
                    for row in sheet.rows.dropFirst() { try stranger.append(row.map { Cell.text($0) }) }
                }
                let refused = try await Self.upload(app, try Data(contentsOf: try stranger.finish()), token: town, dryRun: true)
                #expect(refused.json["state"] as? String == "refused")
                let wrong = try await app.api(.GET, "/api/v1/registry/imports/\(try #require(refused.json["id"] as? String))", token: town).json["rows"] as? [[String: Any]] ?? []
                #expect(wrong.contains { ($0["message"] as? String ?? "").contains("身份证号码已遮蔽") }, "\(wrong.filter { $0["state"] as? String == "有误" }.prefix(3))")
            }
        }

        /// A large file uploaded on the page is checked in the background: the page shows the progress, then the report;
        /// a file that cannot be read ends as 无法检查 with the reason, nothing written.
        @Test func aLargeFileIsCheckedInTheBackgroundWithItsProgress() async throws {
            try await withFangpin(households: 1500) { app in
                let file = try await Self.export(app)
                try #require(file.count >= RegistryStore.backgroundBytes)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                _ = try await admin.get("/registry/import")
                func settle(_ location: String) async throws -> String {
                    var page = try await admin.get(location)
                    var polls = 0
                    while page.body.string.contains("registry-import-progress") && polls < 900 {
                        try await Task.sleep(for: .milliseconds(200))
                        polls += 1
                        page = try await admin.get(location)
                    }
                    return page.body.string
                }
                let res = try await admin.upload("/registry/import", fields: [:], file: file, filename: "全县台账.xlsx")
                let location = try #require(res.headers.first(name: .location), "\(res.status) \(res.body.string.prefix(300))")
                let first = try await admin.get(location)
                #expect(first.body.string.contains("registry-import-progress") || first.body.string.contains("检查通过"))
                let done = try await settle(location)
                #expect(done.contains("检查通过") && done.contains("无变化"), "\(done.prefix(600))")
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = String(location.split(separator: "/").last ?? "")
                let api = try await app.api(.GET, "/api/v1/registry/imports/\(id)", token: token)
                #expect(api.json["state"] as? String == "checked" && api.json["progress"] as? Int == 100)
                #expect((api.json["summary"] as? [String: Any])?["unchanged"] as? Int == 1500)

                var junk = Data("PK\u{03}\u{04}".utf8)
                junk.append(Data(repeating: 7, count: RegistryStore.backgroundBytes))
                let bad = try await admin.upload("/registry/import", fields: [:], file: junk, filename: "坏文件.xlsx")
                let badLocation = try #require(bad.headers.first(name: .location))
                let failed = try await settle(badLocation)
                #expect(failed.contains("registry-import-state") && failed.contains("未写入任何数据") && !failed.contains("确认导入"), "\(failed.prefix(600))")
                let badID = String(badLocation.split(separator: "/").last ?? "")
                let refused = try await app.api(.POST, "/api/v1/registry/imports/\(badID)/commit", token: token)
                #expect(refused.status == .conflict && refused.errorBody?.code == "import_state")
            }
        }
}
}
