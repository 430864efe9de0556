import Domain
import Foundation
import SQLKit
import Vapor
import XLSX

/// `fangpin registry export --to FILE [--scope CODE] [--db PATH]`: the registry of a county, township or village in the
/// collection form's layout, ID numbers whole (the command runs on the server with the database's own rights).
struct RegistryCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["export": Export()] }
    var help: String { "Registry files in the collection form's layout." }

    struct Export: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "to", help: "The .xlsx file to write (must not exist)")
            var to: String?
            @Option(name: "scope", help: "A county (6 digits), township (9) or village (12) code; the database's only county when left out")
            var scope: String?
        }
        var help: String { "Writes every live household of a region with its members, helpers and measures to an .xlsx file." }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            guard let to = signature.to, !to.isEmpty else { throw AppError.badRequest("请用 --to 指定导出文件（.xlsx）", field: "to") }
            guard !FileManager.default.fileExists(atPath: to) else { throw AppError.badRequest("文件 \(to) 已存在，不会覆盖", field: "to") }
            var scope = signature.scope ?? ""
            if scope.isEmpty {
                let counties = try await app.db.sql().raw("SELECT DISTINCT county_code FROM households LIMIT 2").all()
                    .map { try $0.decode(column: "county_code", as: String.self) }
                guard counties.count == 1 else { throw AppError.badRequest("数据库中有多个县或没有农户，请用 --scope 指定区划代码", field: "scope") }
                scope = counties[0]
            }
            let who = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "命令行"
            let export = RegistryExport(scope: scope, whole: true, exporter: "\(who)（命令行导出）", at: Date())
            let book = try StreamingWorkbook()
            do {
                let counts = try await export.write(book, regions: app.regions, on: app.db)
                let file = try book.finish(author: export.exporter, created: export.at)
                try FileManager.default.moveItem(at: file, to: URL(fileURLWithPath: to))
                book.discard()
                try await AuditLog.record(on: app.db, app.auditActor(username: who, role: "command-line"), action: "export.registry", entity: "export",
                                          entityID: scope, detail: ["whole": .bool(true), "file": .string(to),
                                                                    "sheets": .object(counts.mapValues { .number(Double($0)) })])
                context.console.print("已导出到 \(to)：" + [RegistryExport.householdSheet, RegistryExport.memberSheet, RegistryExport.helperSheet,
                                                         RegistryExport.measureSheet].map { "\($0) \(counts[$0] ?? 0) 行" }.joined(separator: "，") + "。")
            } catch {
                book.discard()
                throw error
            }
        }
    }
}
