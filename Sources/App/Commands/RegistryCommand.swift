import Domain
import Foundation
import SQLKit
import Vapor
import XLSX

/// `fangpin registry export --to FILE [--scope CODE] [--db PATH]`: the registry of a county, township or village in the
/// collection form's layout, ID numbers whole (the command runs on the server with the database's own rights).
/// `fangpin registry import FILE [--dry-run] [--as USERNAME] [--db PATH]`: a registry file checked whole and, unless a
/// dry run or a row is wrong, written whole; exit status 1 when any row is wrong (nothing written then).
struct RegistryCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["export": Export(), "import": Import()] }
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

    struct Import: AsyncCommand {
        struct Signature: CommandSignature {
            @Argument(name: "file", help: "The registry file (.xlsx, .xls or .csv)")
            var file: String
            @Flag(name: "dry-run", help: "Check the whole file and print the summary; write nothing")
            var dryRun: Bool
            @Option(name: "as", help: "The account the import is written as (its scope applies); 命令行导入 with the county's rights when left out")
            var user: String?
        }
        var help: String { "Imports a registry file (households and members by 户编号): checked whole, then all or nothing." }

        struct Failed: Error, CustomStringConvertible, LocalizedError {
            var count: Int
            var description: String { "导入未完成：\(count) 处有误，未写入任何数据" }
            var errorDescription: String? { description }
        }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            guard let data = FileManager.default.contents(atPath: signature.file) else {
                throw AppError.badRequest("找不到文件 \(signature.file)", field: "file")
            }
            let principal: Principal
            if let name = signature.user, !name.isEmpty {
                guard let row = try await app.db.sql().raw("SELECT role, scope, disabled FROM users WHERE username = \(bind: name)").first(),
                      let role = Role(rawValue: try row.decode(column: "role", as: String.self)),
                      try row.decode(column: "disabled", as: Bool.self) == false else {
                    throw AppError.badRequest("账号 \(name) 不存在或已停用", field: "as")
                }
                guard Permissions.allows(role, .importRegistry) else { throw AppError.badRequest("账号 \(name)（\(role.label)）无权导入台账", field: "as") }
                principal = Principal(username: name, role: role, scope: try row.decode(column: "scope", as: String.self))
            } else {
                // The county the file's villages are in.
                let parsed = try RegistryStore.parseRegistry(data)
                let counties = Set(parsed.households.compactMap { $0.field("villageCode") }.filter { $0.count == 12 }.map { String($0.prefix(6)) })
                guard counties.count == 1, let county = counties.first else {
                    throw AppError.badRequest("文件中的村属于\(counties.count)个县，请用 --as 指定导入账号", field: "as")
                }
                principal = Principal(username: "命令行导入", role: .countyAdmin, scope: county)
            }
            let store = RegistryStore(db: app.db, regions: app.regions, principal: principal, now: Date(), address: "命令行", auditKey: app.auditKey)
            let filename = URL(fileURLWithPath: signature.file).lastPathComponent
            var record = try await store.checkRegistryImport(data, filename: filename)
            for line in record.lines where line.state == "有误" {
                context.console.print("\(line.sheet)第\(line.row)行" + (line.column.map { "“\($0)”" } ?? "") + "（户编号\(line.householdKey)）：\(line.message)")
            }
            let s = record.summary
            context.console.print("共 \(s.households) 户 \(s.members) 人：新增 \(s.added) 户，更新 \(s.updated) 户，无变化 \(s.unchanged) 户，有误 \(s.wrong) 户；"
                                  + "其中监测户 \(s.monitored) 户；文件所涉村中文件以外的在册户 \(s.notInFile) 户（未作变动）"
                                  + (s.helpers.map { "；新增帮扶责任人结对 \($0) 个" } ?? "") + (s.measures.map { "，帮扶措施 \($0) 项" } ?? "") + "。")
            for note in s.notes.prefix(50) { context.console.print("提示：\(note)") }
            guard record.state == "checked" else { throw Failed(count: record.lines.filter { $0.state == "有误" }.count) }
            if signature.dryRun {
                context.console.print("试导入：未写入任何数据（导入记录 \(record.id)，可在页面或接口上确认导入）。")
                return
            }
            record = try await store.commitRegistryImport(id: record.id)
            context.console.print("已导入（\(record.stateLabel)，导入记录 \(record.id)）。")
        }
    }
}
