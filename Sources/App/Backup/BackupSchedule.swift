import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Nightly backups while `serve` runs (`FANGPIN_BACKUP_DIR`): at a set time of day (China time) a consistent copy of
/// the SQLite database and its documents goes into the directory, and only the newest `keep` stay. Each run is an
/// entry of the audit trail — `/audit` says when the last one ran, and a failed one waits in the county admin's inbox.
/// PostgreSQL is backed up with pg_dump (README); nothing is scheduled there.
enum BackupSchedule {
    struct Settings: Sendable, Equatable {
        var directory: String?
        /// Minutes after midnight, China time (default 02:30).
        var minuteOfDay = 2 * 60 + 30
        var keep = 30
    }

    static let successAction = "backup.nightly"
    static let failureAction = "backup.failed"

    /// Seconds from `now` until the next `minuteOfDay` in China time (UTC+8).
    static func delay(from now: Date, minuteOfDay: Int) -> TimeInterval {
        let local = now.timeIntervalSince1970 + 8 * 3600
        let dayStart = (local / 86_400).rounded(.down) * 86_400
        var next = dayStart + TimeInterval(minuteOfDay * 60)
        if next <= local { next += 86_400 }
        return next - local
    }

    /// "02:30" → 150; nil for anything else.
    static func minuteOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    /// Takes one backup into `settings.directory`, removes the oldest beyond `keep`, and records the result. Never throws:
    /// a failure is recorded (and shown to the county admin) instead.
    @discardableResult
    static func run(_ settings: Settings, filesDirectory: String, on db: any Database, auditKey: SymmetricKey?, now: Date = Date()) async -> Bool {
        guard let directory = settings.directory else { return false }
        let system = AuditLog.Actor(username: "系统", role: "system", address: "", at: now, key: auditKey)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let stamp = Clock.format(Int64(now.timeIntervalSince1970)).replacingOccurrences(of: "-", with: "")
                .replacingOccurrences(of: ":", with: "").replacingOccurrences(of: " ", with: "-")
            var path = directory + "/fangpin-\(stamp).sqlite"
            var n = 1
            while FileManager.default.fileExists(atPath: path) { n += 1; path = directory + "/fangpin-\(stamp)-\(n).sqlite" }
            let bytes = try await Backup.write(to: path, on: try db.sql())
            let files = try Backup.copyFiles(from: filesDirectory, to: path + ".files")
            let removed = try prune(directory: directory, keep: settings.keep)
            try await AuditLog.record(on: db, system, action: successAction, entity: "database", entityID: (path as NSString).lastPathComponent,
                                      detail: ["bytes": .number(Double(bytes)), "files": .number(Double(files)), "removed": .number(Double(removed))])
            return true
        } catch {
            let message = (error as? AppError)?.message ?? String(describing: error).prefix(300).description
            try? await AuditLog.record(on: db, system, action: failureAction, entity: "database", entityID: directory,
                                       detail: ["message": .string(message)])
            return false
        }
    }

    /// Removes the oldest backups (and their document folders) beyond `keep`; returns how many went.
    static func prune(directory: String, keep: Int) throws -> Int {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("fangpin-") && $0.hasSuffix(".sqlite") }.sorted()
        let old = names.dropLast(max(1, keep))
        for name in old {
            try fm.removeItem(atPath: directory + "/" + name)
            if fm.fileExists(atPath: directory + "/" + name + ".files") { try fm.removeItem(atPath: directory + "/" + name + ".files") }
        }
        return old.count
    }

    /// The newest backup entry of the trail: when it ran and whether it worked.
    struct Last: Sendable { var at: Int64; var ok: Bool; var detail: String }

    static func last(on db: any Database) async throws -> Last? {
        guard let row = try await db.sql().raw("""
            SELECT at, action, entity_id, detail FROM audit_log WHERE action IN (\(bind: successAction), \(bind: failureAction)) ORDER BY seq DESC LIMIT 1
            """).first() else { return nil }
        let ok = try row.decode(column: "action", as: String.self) == successAction
        return Last(at: try row.decode(column: "at", as: Int64.self), ok: ok,
                    detail: ok ? try row.decode(column: "entity_id", as: String.self) : try row.decode(column: "detail", as: String.self))
    }
}

/// Starts the nightly backup loop when the server boots and stops it at shutdown.
final class BackupLifecycle: LifecycleHandler, Sendable {
    let settings: BackupSchedule.Settings
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(settings: BackupSchedule.Settings) { self.settings = settings }

    func didBootAsync(_ app: Application) async throws {
        let settings = settings, db = app.db, files = app.config.filesDirectory, logger = app.logger, writes = app.caches.writes, auditKey = app.auditKey
        let loop = Task {
            while !Task.isCancelled {
                let wait = BackupSchedule.delay(from: Date(), minuteOfDay: settings.minuteOfDay)
                do { try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000)) } catch { return }
                let ok = await BackupSchedule.run(settings, filesDirectory: files, on: db, auditKey: auditKey)
                writes.happened()
                logger.info("nightly backup \(ok ? "written" : "FAILED") in \(settings.directory ?? "")")
            }
        }
        task.withLockedValue { $0 = loop }
    }

    func shutdownAsync(_ app: Application) async {
        task.withLockedValue { $0?.cancel(); $0 = nil }
    }
}
