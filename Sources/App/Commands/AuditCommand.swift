import Fluent
import SQLKit
import Vapor

/// `fangpin audit verify [--db PATH]`: checks the audit trail's hash chain and names the first broken entry.
struct AuditCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["verify": Verify()] }
    var help: String { "Audit trail tools." }

    struct Verify: AsyncCommand {
        struct Signature: CommandSignature {}
        var help: String { "Checks every audit entry against its hash and the one before it." }

        func run(using context: CommandContext, signature: Signature) async throws {
            let result = try await AuditLog.verify(on: try context.application.db.sql(), key: context.application.auditKey)
            if result.ok {
                context.console.print("审计日志完整：共 \(result.entries) 条，哈希链校验通过。")
            } else {
                throw AuditBroken(message: "审计日志校验未通过：\(result.reason ?? "")。自第 \(result.firstBroken ?? 0) 条起的记录不可信。")
            }
        }
    }

    struct AuditBroken: Error, CustomStringConvertible, LocalizedError {
        var message: String
        var description: String { message }
        var errorDescription: String? { message }
    }
}
