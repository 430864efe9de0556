@testable import App
import Domain
import Foundation
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// Every worklist goes into Excel as it is on screen: its own path with `/export.xlsx` and the same query, the
    /// filters named in the title row, every matching row (not one page), audited with the row count.
    @Suite struct ListExportTests {
        /// The number a list page shows after 共 (the first one on the page).
        static func shownTotal(_ html: String) -> Int? {
            // The audit log's chain line counts the whole trail; the list's total follows it.
            let from = html.contains(#"id="chain-state""#) ? html.range(of: #"class="actions""#)?.upperBound ?? html.startIndex : html.startIndex
            guard let r = html.range(of: #"共\s*\d+"#, options: .regularExpression, range: from..<html.endIndex) else { return nil }
            return Int(html[r].filter(\.isNumber))
        }

        /// The data rows of an export's first sheet: those under its header row.
        static func dataRows(_ data: ByteBuffer, header first: String) throws -> (title: String, rows: [[String]]) {
            let sheet = try #require(try XLSXReader.read(Data(buffer: data)).first)
            return (sheet.rows.first?.first ?? "", Array(sheet.rows.drop { $0.first != first }.dropFirst()))
        }

        @Test func everyListExportsItsRowsWithItsFilters() async throws {
            try await withFangpin { app in
                let (township, _) = try await WorkdayTests.warned(app, count: 4)
                let runID = try await QualityStore.begin(county: "450224", by: "t", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "t", role: "county-admin"), runID: runID,
                                           policy: app.policy, today: app.clock.today, sqliteFile: nil, on: app.db)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                try await app.makeUser("town", role: .townshipOfficer, scope: township)
                var town = try await Browser.login(app, username: "town")

                // (list page, export, the export's first header, who looks)
                let lists: [(String, String, String, Bool)] = [
                    ("/cases", "/cases/export.xlsx", "农户", true),
                    ("/inbox", "/inbox/export.xlsx", "农户", false),
                    ("/warnings?filter=all", "/warnings/export.xlsx?filter=all", "农户", false),
                    ("/warnings?filter=open", "/warnings/export.xlsx?filter=open", "农户", false),
                    ("/quality/findings?state=all", "/quality/findings/export.xlsx?state=all", "规则", true),
                    ("/quality/findings?severity=mustFix&state=open", "/quality/findings/export.xlsx?severity=mustFix&state=open", "规则", true),
                    ("/rectifications", "/rectifications/export.xlsx", "问题", true),
                    ("/helpers", "/helpers/export.xlsx", "姓名", true),
                    ("/audit?actor=county", "/audit/export.xlsx?actor=county", "序号", true),
                ]
                for (list, export, first, county) in lists {
                    let page = try await (county ? admin.get(list) : town.get(list))
                    #expect(page.status == .ok, "\(list)")
                    let html = page.body.string
                    #expect(html.contains(export.replacingOccurrences(of: "&", with: "&amp;")) || html.contains(export), "\(list) links its export")
                    let total = try #require(Self.shownTotal(html), "\(list) shows its total")
                    let res = try await (county ? admin.get(export) : town.get(export))
                    #expect(res.status == .ok, "\(export): \(res.status)")
                    #expect(res.headers.first(name: .contentDisposition)?.contains("attachment") == true)
                    let (title, rows) = try Self.dataRows(res.body, header: first)
                    #expect(rows.count == total, "\(export): \(rows.count) rows, the list says \(total)")
                    if list.contains("filter=open") { #expect(title.contains("核实情况：待核实"), "\(title)") }
                    if list.contains("mustFix") { #expect(title.contains("类别：必改") && title.contains("状态：未整改"), "\(title)") }
                }

                // More findings than one page of the list: the export has them all.
                let findings = try await app.sql().raw("SELECT COUNT(*) AS n FROM quality_findings").first()!.decode(column: "n", as: Int.self)
                #expect(findings > 50, "the demo county has more findings than a page")
                #expect(try Self.dataRows(try await admin.get("/quality/findings/export.xlsx?state=all").body, header: "规则").rows.count == findings)

                // An import's row-by-row report.
                let importID = try #require(try await app.sql().raw("SELECT id FROM imports ORDER BY created_at DESC LIMIT 1").first()).decode(column: "id", as: String.self)
                let importRows = try await app.sql().raw("SELECT COUNT(*) AS n FROM import_rows WHERE import_id = \(bind: importID)").first()!.decode(column: "n", as: Int.self)
                #expect(try await admin.get("/imports/\(importID)").body.string.contains("/imports/\(importID)/report.xlsx"))
                let report = try await admin.get("/imports/\(importID)/report.xlsx")
                let reportRows = try Self.dataRows(report.body, header: "行号").rows
                #expect(reportRows.count == importRows && importRows > 0)
                #expect(reportRows.allSatisfy { $0[2].isEmpty || $0[2].contains("*") }, "ID numbers masked as on the page")

                // Each export is audited with its row count.
                let entries = try await app.sql().raw("SELECT action, detail FROM audit_log WHERE action LIKE 'export.%'").all()
                let actions = Set(try entries.map { try $0.decode(column: "action", as: String.self) })
                #expect(actions.isSuperset(of: ["export.cases", "export.inbox", "export.warnings", "export.findings", "export.rectifications",
                                                "export.helpers", "export.audit", "export.import-report"]))
                #expect(try entries.allSatisfy { try $0.decode(column: "detail", as: String.self).contains("\"rows\":") })

                // Bad filters are a clear error, never a file of the wrong rows.
                #expect(try await admin.get("/cases/export.xlsx?state=zzz").status == .badRequest)
                #expect(try await admin.get("/warnings/export.xlsx?filter=zzz").status == .badRequest)
                #expect(try await admin.get("/audit/export.xlsx?from=2026-13-01").status == .badRequest)
                #expect(try await admin.get("/imports/nope/report.xlsx").status == .notFound)
                // Out of scope: a department officer may not take the audit log.
                try await app.makeUser("dept", role: .departmentOfficer, scope: "ybj")
                var dept = try await Browser.login(app, username: "dept")
                #expect(try await dept.get("/audit/export.xlsx").status == .forbidden)
            }
        }
    }
}
