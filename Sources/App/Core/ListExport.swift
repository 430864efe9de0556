import Domain
import Foundation
import Vapor
import XLSX

/// A list taken into Excel as it is on screen: the same filters (named in the title row), the same scope and masking,
/// every matching row rather than one page. Rows stream into the workbook through a scratch folder, so a year's audit
/// log does not sit in memory; the file is audited with its row count and removed once sent.
struct ListExport {
    /// The list's name, the title of the sheet ("监测事项清单").
    var title: String
    /// The data sheet's name (at most 31 characters).
    var sheet: String
    /// The filters applied, as the page names them: ("办理环节", "乡镇审核").
    var filters: [(String, String)]
    var header: [String]
    /// What the audit trail calls the export ("cases" → action "export.cases").
    var audit: String
    /// The file name's ASCII fallback for old clients ("cases.xlsx").
    var fallback: String

    /// The title row: the list's name and its filters.
    var heading: String {
        let named = filters.filter { !$0.1.isEmpty }
        return title + (named.isEmpty ? "（全部）" : "（" + named.map { "\($0.0)：\($0.1)" }.joined(separator: "；") + "）")
    }

    /// Reads a list `per` rows at a time, from the start until a page comes back short, and hands each page on: an
    /// export takes every matching row without holding them all.
    static func pages<Row>(of per: Int, _ read: (_ offset: Int) async throws -> [Row], _ each: ([Row]) async throws -> Void) async throws {
        var offset = 0
        while true {
            let rows = try await read(offset)
            try await each(rows)
            guard rows.count == per else { return }
            offset += per
        }
    }

    /// Rows are fed by `fill` through `add`; `more` may add sheets after the list (the members of exported households).
    func respond(_ req: Request, _ p: Principal, fill: (_ add: ([Cell]) throws -> Void) async throws -> Void,
                 more: ((StreamingWorkbook) async throws -> [(String, String)])? = nil) async throws -> Response {
        let book = try StreamingWorkbook()
        do {
            let scope = p.regionScope.map(req.regions.fullName) ?? "全县"
            try book.startSheet(name: sheet, header: header, title: heading,
                                subtitle: "范围：\(scope)　导出人：\(p.exporter)　导出时间：\(Clock.format(Int64(req.now.timeIntervalSince1970)))")
            try await fill { try book.append($0) }
            let rows = book.rowCounts[sheet] ?? 0
            let extra = try await more?(book) ?? []
            let note = Sheet.exportNote(p, at: req.now, [("清单", title), ("范围", scope),
                                                          ("筛选条件", filters.filter { !$0.1.isEmpty }.map { "\($0.0)：\($0.1)" }.joined(separator: "；"))]
                                        + [("行数", String(rows))] + extra
                                        + [("提示", "本表可能含个人信息，仅限工作使用，严禁外传；导出已记入审计日志。")])
            try book.startSheet(name: "导出说明", header: note.header)
            for r in note.rows { try book.append(r) }
            let file = try book.finish(author: p.exporter, created: req.now)
            try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.\(audit)", entity: "export", entityID: audit,
                                      detail: ["filters": .object(Dictionary(filters.filter { !$0.1.isEmpty }.map { ($0.0, JSON.string($0.1)) },
                                                                             uniquingKeysWith: { a, _ in a })),
                                               "rows": .number(Double(rows)),
                                               "sheets": .object(book.rowCounts.filter { $0.key != "导出说明" }.mapValues { .number(Double($0)) })])
            return try await Self.stream(book, file: file, name: "\(title)-\(req.today.description).xlsx", fallback: fallback, req)
        } catch {
            book.discard()
            throw error
        }
    }

    /// A finished workbook as a download; its folder is removed once the file has been sent.
    static func stream(_ book: StreamingWorkbook, file: URL, name: String, fallback: String, _ req: Request) async throws -> Response {
        let folder = book.directory
        let response = try await req.fileio.asyncStreamFile(at: file.path, mediaType: DownloadKind.xlsx.mediaType) { _ in
            try? FileManager.default.removeItem(at: folder)
        }
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? fallback
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)")
        return response
    }
}
