@testable import App
import ConsoleKit
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// 导出全部台账: the registry of the account's region in the collection form's layout, a sheet per part.
    @Suite struct RegistryExportTests {
        static func count(_ app: Application, _ query: SQLQueryString) async throws -> Int {
            try #require(try await app.sql().raw(query).first()).decode(column: "n", as: Int.self)
        }

        static func sheets(_ data: Data) throws -> [String: [[String]]] {
            Dictionary(try XLSXReader.read(data).map { ($0.name, $0.rows) }, uniquingKeysWith: { a, _ in a })
        }

        @Test func theCountyGetsEveryPartWholeAndATownshipItsOwnMasked() async throws {
            try await withFangpin { app in
                let county = "450224"
                // Two households with a helper (the lead's phone masked for the township below).
                _ = try await app.registerHelper("王帮扶", county: county, households: Array(try await app.householdIDs(in: try await app.busyVillage()).prefix(2)))
                let admin = try await app.token(role: .countyAdmin, scope: county)
                let monitored = try #require(try await app.sql().raw("""
                    SELECT id FROM households WHERE monitoring_category IS NOT NULL AND eliminated_on IS NULL AND dissolved_at IS NULL ORDER BY code LIMIT 1
                    """).first()).decode(column: "id", as: String.self)
                let measure = try await app.api(.POST, "/api/v1/households/\(monitored)/measures", token: admin,
                                                json: #"{"type":"health","riskTypes":"illness","startOn":"\#(Clock.today)","unit":"县医保局","state":"planned"}"#)
                #expect(measure.status == .created, "\(measure.body.string)")
                let households = try await Self.count(app, "SELECT COUNT(*) AS n FROM households WHERE county_code = \(bind: county) AND dissolved_at IS NULL")
                let members = try await Self.count(app, """
                    SELECT COUNT(*) AS n FROM members m JOIN households h ON h.id = m.household_id
                    WHERE h.county_code = \(bind: county) AND h.dissolved_at IS NULL AND m.removed_at IS NULL
                    """)
                let helpers = try await Self.count(app, """
                    SELECT COUNT(*) AS n FROM household_helpers a JOIN households h ON h.id = a.household_id
                    WHERE h.county_code = \(bind: county) AND h.dissolved_at IS NULL AND a.ended_on IS NULL
                    """)
                let measures = try await Self.count(app, """
                    SELECT COUNT(*) AS n FROM measures m JOIN households h ON h.id = m.household_id WHERE h.county_code = \(bind: county) AND h.dissolved_at IS NULL
                    """)
                #expect(households > 0 && members > households && helpers > 0 && measures > 0, "the demo county has every part")

                let r = try await app.api(.GET, "/api/v1/registry/export.xlsx", token: admin)
                #expect(r.status == .ok && r.headers.contentType?.description.contains("spreadsheetml") == true)
                let book = try XLSXReader.read(Data(buffer: r.body))
                #expect(book.map(\.name) == ["说明", "农户", "家庭成员", "帮扶责任人", "帮扶措施"])
                let s = try Self.sheets(Data(buffer: r.body))
                #expect((s["农户"]?.count ?? 0) - 1 == households && (s["家庭成员"]?.count ?? 0) - 1 == members)
                #expect((s["帮扶责任人"]?.count ?? 0) - 1 == helpers && (s["帮扶措施"]?.count ?? 0) - 1 == measures)
                #expect(s["农户"]?.first?.prefix(2) == ["户编号", "行政村代码"] && s["家庭成员"]?.first?.first == "户编号")
                // Whole ID numbers, and every member's household is a household of the file.
                let idColumn = try #require(s["家庭成员"]?.first?.firstIndex(of: "证件号码") ?? s["家庭成员"]?.first?.firstIndex(where: { $0.contains("身份证") }))
                let ids = (s["家庭成员"] ?? []).dropFirst().map { $0[idColumn] }
                #expect(ids.allSatisfy { $0.count == 18 && !$0.contains("*") }, "\(ids.prefix(3))")
                let codes = Set((s["农户"] ?? []).dropFirst().map { $0[0] })
                #expect((s["家庭成员"] ?? []).dropFirst().allSatisfy { codes.contains($0[0]) })
                #expect((s["帮扶措施"] ?? []).dropFirst().allSatisfy { codes.contains($0[0]) && !$0[1].isEmpty })
                #expect(s["帮扶措施"]?.dropFirst().contains { $0[7] == "县医保局" && $0[1] == ReferenceData.measureType("health")?.label && !$0[4].isEmpty } == true)
                #expect(s["说明"]?.contains { $0.first == "身份证号和电话" && $0.last?.contains("可用于迁移") == true } == true)
                let audit = try await Self.count(app, "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'export.registry'")
                #expect(audit == 1)

                // A township officer: only the township, masked, and the first sheet says it cannot be imported.
                let township = try #require(try await app.sql().raw("""
                    SELECT township_code FROM households WHERE county_code = \(bind: county) GROUP BY township_code ORDER BY COUNT(*) DESC LIMIT 1
                    """).first()).decode(column: "township_code", as: String.self)
                let own = try await Self.count(app, "SELECT COUNT(*) AS n FROM households WHERE township_code = \(bind: township) AND dissolved_at IS NULL")
                let officer = try await app.token(role: .townshipOfficer, scope: township)
                let t = try Self.sheets(Data(buffer: try await app.api(.GET, "/api/v1/registry/export.xlsx", token: officer).body))
                #expect((t["农户"]?.count ?? 0) - 1 == own && own < households)
                #expect((t["家庭成员"] ?? []).dropFirst().allSatisfy { $0[idColumn].contains("*") })
                #expect(t["说明"]?.contains { $0.last?.contains("不能用于迁移") == true && $0.last?.contains("核实更正后重新导入") == true } == true)
                #expect(s["帮扶责任人"]?.dropFirst().contains { $0[1] == "王帮扶" && $0[3] == "13900000000" && $0[4] == "主责" } == true)

                // Roles without the registry export are refused.
                for role in [Role.helper, .departmentOfficer] {
                    let token = try await app.token(role: role, scope: role == .departmentOfficer ? (Department.allCases.first?.rawValue ?? "") : county)
                    #expect(try await app.api(.GET, "/api/v1/registry/export.xlsx", token: token).status == .forbidden)
                }
            }
        }

        @Test func theCommandWritesTheSameFileAndNeverOverwrites() async throws {
            try await withFangpin(households: 30) { app in
                let path = NSTemporaryDirectory() + "registry-\(UUID().uuidString).xlsx"
                defer { try? FileManager.default.removeItem(atPath: path) }
                func command(_ arguments: String...) -> CommandContext {
                    var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["fangpin"] + arguments))
                    context.application = app
                    return context
                }
                var context = command("--to", path)
                try await RegistryCommand.Export().run(using: &context)
                let s = try Self.sheets(try Data(contentsOf: URL(fileURLWithPath: path)))
                let households = try await Self.count(app, "SELECT COUNT(*) AS n FROM households WHERE dissolved_at IS NULL")
                #expect((s["农户"]?.count ?? 0) - 1 == households)
                // The file exists now: a second run refuses rather than overwrite it.
                var again = command("--to", path)
                await #expect(throws: AppError.self) { try await RegistryCommand.Export().run(using: &again) }
                var bad = command("--to", path + ".2", "--scope", "45x")
                await #expect(throws: AppError.self) { try await RegistryCommand.Export().run(using: &bad) }
                #expect(!FileManager.default.fileExists(atPath: path + ".2"))
            }
        }
    }
}
