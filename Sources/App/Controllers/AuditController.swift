import Domain
import SQLKit
import Vapor

/// The county admin's view of the audit trail.
enum AuditController {
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewAudit)
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
        f.page = try req.queryPage()
        let (entries, total) = try await AuditLog.list(f, on: req.db)
        let lastBackup = try await BackupSchedule.last(on: req.db)
        let verification = try await AuditLog.verify(on: req.db, key: req.application.auditKey)
        return req.page(error == nil ? .ok : .badRequest) {
            AuditPage.view(.init(viewer: req.viewer(p), filters: f, filterText: text, entries: entries, total: total, verification: verification, error: error,
                                 lastBackup: lastBackup, backupsConfigured: req.config.backups.directory != nil))
        }
    }
}
