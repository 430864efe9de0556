import Domain
import Fluent
import Vapor

/// `fangpin check [--db PATH]`: verifies that the registry and the procedure agree and that the audit trail
/// holds; prints each violation in Chinese with its record and exits 1 if there is any.
struct CheckCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Checks every invariant between the registry, the cases and the audit trail; exit status 1 on any violation." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let result = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
        for v in result.violations { context.console.print(v.description) }
        context.console.print(result.summary)
        if !result.violations.isEmpty || !result.audit.ok { throw Failed(count: result.violations.count + (result.audit.ok ? 0 : 1)) }
    }

    struct Result {
        var violations: [RecordCheck.Violation]
        var audit: AuditLog.Verification
        var households: Int
        var cases: Int

        var summary: String {
            let auditLine = audit.ok ? "审计日志 \(audit.entries) 条，哈希链校验通过"
                : "审计日志校验未通过：\(audit.reason ?? "")（自第 \(audit.firstBroken ?? 0) 条起不可信）"
            return violations.isEmpty && audit.ok
                ? "检查通过：\(households) 户、\(cases) 个监测事项，户信息与办理程序一致；\(auditLine)。"
                : "发现 \(violations.count) 处不一致；\(auditLine)。"
        }
    }

    static func run(on db: any Database, auditKey: SymmetricKey?, today: Day) async throws -> Result {
        let snapshot = try await RecordCheckStore.snapshot(on: db)
        let audit = try await AuditLog.verify(on: try db.sql(), key: auditKey)
        return Result(violations: RecordCheck.violations(in: snapshot, today: today), audit: audit,
                      households: snapshot.households.count, cases: snapshot.cases.count)
    }

    struct Failed: Error, CustomStringConvertible, LocalizedError {
        var count: Int
        var description: String { "检查未通过：\(count) 处问题" }
        var errorDescription: String? { description }
    }
}
