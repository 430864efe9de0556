import Domain
import SQLKit
import Vapor

/// The county admin's view of the audit trail.
enum AuditController {
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewAudit)
        let (filtered, text, error) = filters(req)
        var f = filtered
        f.page = try req.queryPage()
        let (entries, total) = try await AuditLog.list(f, on: req.db)
        let lastBackup = try await BackupSchedule.last(on: req.db)
        let verification = try await AuditLog.verify(on: req.db, key: req.application.auditKey)
        return req.page(error == nil ? .ok : .badRequest) {
            AuditPage.view(.init(viewer: req.viewer(p), filters: f, filterText: text, entries: entries, total: total, verification: verification, error: error,
                                 lastBackup: lastBackup, backupsConfigured: req.config.backups.directory != nil))
        }
    }

    /// `GET /audit/export.xlsx`: every entry the filters select, newest first.
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.viewAudit)
        let (f, text, error) = filters(req)
        if let error { throw AppError.badRequest(error, field: f.from == nil && !(text["from"] ?? "").isEmpty ? "from" : "to") }
        let spec = ListExport(title: "审计日志", sheet: "审计日志",
                              filters: [("用户名", f.actor), ("操作", f.action.isEmpty ? "" : AuditText.action(f.action)), ("对象编号", f.entityID),
                                        ("起始日期", f.from?.description ?? ""), ("截止日期", f.to?.description ?? "")],
                              header: ["序号", "时间", "用户", "角色", "地址", "操作", "对象", "内容"], audit: "audit", fallback: "audit.xlsx")
        return try await spec.respond(req, p) { add in
            var last: Int?
            while true {
                let entries = try await AuditLog.entries(f, before: last, limit: 2000, on: req.db)
                for e in entries {
                    try add([.number(String(e.seq)), .text(Clock.format(e.at)), .text(e.actor), .text(AuditText.role(e.role)), .text(e.address),
                             .text(AuditText.action(e.action)), .text(AuditText.entity(e.entity)), .text(AuditText.detail(e))])
                }
                guard entries.count == 2000, let oldest = entries.last?.seq else { break }
                last = oldest
            }
        }
    }

    /// The list's filters from the query, the text as typed, and what was wrong with a date.
    static func filters(_ req: Request) -> (AuditLog.Filters, [String: String], String?) {
        var f = AuditLog.Filters()
        var text: [String: String] = [:]
        var error: String?
        for key in ["actor", "action", "entity", "from", "to"] {
            text[key] = (req.queryText(key) ?? "").trimmingCharacters(in: .whitespaces)
        }
        f.actor = text["actor"] ?? ""
        f.action = text["action"] ?? ""
        f.entityID = text["entity"] ?? ""
        for (key, label) in [("from", "起始日期"), ("to", "截止日期")] {
            guard let value = text[key], !value.isEmpty else { continue }
            guard let d = Day(value) else { error = "\(label)无效：\(value)"; continue }
            if key == "from" { f.from = d } else { f.to = d }
        }
        return (f, text, error)
    }
}
