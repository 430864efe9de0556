@testable import App
import Domain
import Foundation
import Testing
import VaporTesting
import XLSX

extension AllTests {
    @Suite struct ExportTests {
        @Test func householdListExportsAsExcelWithTheListsFiltersAndScope() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let list = try await admin.get("/households")
                #expect(list.body.string.contains("/households/export.xlsx"))

                let all = try await admin.get("/households/export.xlsx")
                #expect(all.status == .ok)
                #expect(all.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(all.headers.first(name: .contentDisposition)?.contains("attachment") == true)
                let sheets = try XLSXReader.read(Data(buffer: all.body))
                #expect(sheets.map(\.name) == ["农户台账", "家庭成员", "导出说明"])
                #expect(sheets[2].rows.contains { $0.first == "导出人" && $0.last?.hasPrefix("county（县级管理员") == true })
                #expect(sheets[0].rows.first?.first == "农户台账（全部）", "the title row names the filters")
                let rows = Array(sheets[0].rows.drop { $0.first != "户编号" })
                // Every registry field, not a summary of a few.
                for label in HouseholdFields.table.specs.map(\.label) { #expect(rows.first?.contains(label) == true, "\(label)") }
                let total = try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE dissolved_at IS NULL").first()!.decode(column: "n", as: Int.self)
                #expect(rows.count - 1 == total, "every household in scope, all pages")

                // The list's filters apply: one village only.
                let village = try await app.busyVillage(min: 2)
                let oneSheet = try XLSXReader.read(Data(buffer: try await admin.get("/households/export.xlsx?village=\(village)").body))[0]
                #expect(oneSheet.rows.first?.first?.contains("村：") == true)
                let one = oneSheet.rows.drop { $0.first != "户编号" }.dropFirst()
                let codes = try await app.householdIDs(in: village).count
                #expect(one.count == codes)
                #expect(one.allSatisfy { $0[0].hasPrefix(village) })

                // A village officer's export holds its own village only.
                try await app.makeUser("vill", role: .villageOfficer, scope: village)
                var officer = try await Browser.login(app, username: "vill")
                let ownSheet = try XLSXReader.read(Data(buffer: try await officer.get("/households/export.xlsx").body))[0]
                let ownHeader = try #require(ownSheet.rows.first { $0.first == "户编号" })
                let relocated = try #require(ownHeader.firstIndex(of: "是否易地扶贫搬迁户"))
                let own = ownSheet.rows.drop { $0.first != "户编号" }.dropFirst()
                #expect(!own.isEmpty && own.allSatisfy { $0[0].hasPrefix(village) || $0[relocated] == "是" })

                // Helpers may read the registry but not take it away as a file; bad filters are a clear error.
                try await app.makeUser("help", role: .helper, scope: village)
                var helper = try await Browser.login(app, username: "help")
                #expect(try await helper.get("/households/export.xlsx").status == .forbidden)
                #expect(!(try await helper.get("/households").body.string.contains("export.xlsx")))
                let bad = try await admin.get("/households/export.xlsx?village=12")
                #expect(bad.status == .badRequest)
                #expect(bad.body.string.contains("村代码应为12位数字"))
            }
        }

        /// Whole ID numbers in bulk are a separate permission (the county admin's), audited with the row count; the
        /// members sheet is masked for everyone else, and the township officer who asks for whole numbers is refused.
        @Test func wholeNumbersInBulkAreTheCountyAdminsAndAudited() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage(min: 2)
                let people = try await app.sql().raw("""
                    SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id
                    WHERE h.village_code = \(bind: village) AND h.dissolved_at IS NULL AND m.removed_at IS NULL
                    """).all().map { (try $0.decode(column: "id_number", as: String.self), try $0.decode(column: "name", as: String.self)) }
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                let list = try await admin.get("/households?village=\(village)")
                #expect(list.body.string.contains("id=\"export-whole\""))
                let whole = try await admin.get("/households/export.xlsx?village=\(village)&members=whole")
                #expect(whole.status == .ok)
                let sheets = try XLSXReader.read(Data(buffer: whole.body))
                #expect(sheets.map(\.name) == ["农户台账", "家庭成员", "导出说明"])
                let rows = sheets[1].rows.drop { $0.first != "户编号" }.dropFirst()
                let idColumn = try #require(sheets[1].rows.first { $0.first == "户编号" }?.firstIndex(of: "身份证号码"))
                #expect(rows.count == people.count && Set(rows.map { $0[idColumn] }) == Set(people.map(\.0)))
                #expect(sheets[2].rows.contains { $0 == ["身份证号和电话", "完整（报送国家系统用）"] })
                let entry = try #require(try await app.sql().raw("SELECT action, detail FROM audit_log WHERE action LIKE 'export.households%' ORDER BY seq DESC LIMIT 1").first())
                #expect(try entry.decode(column: "action", as: String.self) == "export.households.whole")
                let detail = try entry.decode(column: "detail", as: String.self)
                #expect(detail.contains("\"家庭成员\":\(people.count)"), "\(detail)")

                // The township officer gets the members sheet masked, and no whole numbers however asked.
                try await app.makeUser("town", role: .townshipOfficer, scope: String(village.prefix(9)))
                var town = try await Browser.login(app, username: "town")
                #expect(!(try await town.get("/households?village=\(village)").body.string.contains("export-whole")))
                #expect(try await town.get("/households/export.xlsx?village=\(village)&members=whole").status == .forbidden)
                let masked = try XLSXReader.read(Data(buffer: try await town.get("/households/export.xlsx?village=\(village)&members=masked").body))
                let maskedRows = masked[1].rows.drop { $0.first != "户编号" }.dropFirst()
                #expect(maskedRows.count == people.count && maskedRows.allSatisfy { $0[idColumn].contains("*") })
                #expect(Set(maskedRows.map { $0[idColumn] }) == Set(people.map { IDNumber.masked($0.0) }))
                #expect(try await town.get("/households/export.xlsx?members=all").status == .badRequest)
            }
        }
    }
}
