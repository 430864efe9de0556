import Fluent
import SQLKit
import Vapor

/// `fangpin backup --to FILE` and `fangpin restore --from FILE` (SQLite; PostgreSQL uses pg_dump/pg_restore).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The backup file to write (must not exist)")
        var to: String?
    }
    var help: String { "Writes a consistent copy of the SQLite database while the server runs." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let to = signature.to, !to.isEmpty else { throw AppError.badRequest("请用 --to 指定备份文件", field: "to") }
        let bytes = try await Backup.write(to: to, on: try context.application.db.sql())
        let files = try Backup.copyFiles(from: context.application.config.filesDirectory, to: to + ".files")
        context.console.print("已备份到 \(to)（\(bytes / 1024) KB）" + (files > 0 ? "，上传材料 \(files) 个文件在 \(to).files/" : "") + "。")
    }
}

struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "A backup written by fangpin backup")
        var from: String?
    }
    var help: String { "Replaces the database's contents with a backup's, all or nothing." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let from = signature.from, !from.isEmpty else { throw AppError.badRequest("请用 --from 指定备份文件", field: "from") }
        let who = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "命令行"
        let counts = try await Backup.restore(from: from, by: context.application.auditActor(username: who, role: "command-line"),
                                              on: context.application.db)
        let files = try Backup.copyFiles(from: from + ".files", to: context.application.config.filesDirectory)
        if files > 0 { context.console.print("已恢复上传材料 \(files) 个文件。") }
        context.console.print("已从 \(from) 恢复：农户 \(counts["households"] ?? 0) 户，成员 \(counts["members"] ?? 0) 人，审计记录 \(counts["audit_log"] ?? 0) 条。正在运行的服务请重启以重新载入缓存。")
    }
}
