import Domain
import Fluent
import Vapor

/// `fangpin user create --username NAME --password PASS --role ROLE --scope CODE`.
struct UserCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["create": CreateUser(), "disable": DisableUser()] }
    var help: String { "Manages accounts." }

    struct CreateUser: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "username") var username: String?
            @Option(name: "password") var password: String?
            @Option(name: "role", help: "county-admin, township-officer, village-officer, department-officer, helper, inspector")
            var role: String?
            @Option(name: "scope", help: "Region code (6, 9 or 12 digits), or a department code for department officers")
            var scope: String?
            @Option(name: "name", help: "Display name") var name: String?
            @Option(name: "helper-id", help: "For a helper: the id of their entry in the helper register (GET /api/v1/helpers)")
            var helperID: String?
        }

        var help: String { "Creates an account." }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            let account = try UserAccounts.validate(username: signature.username ?? "", password: signature.password ?? "",
                                                    role: signature.role ?? "", scope: signature.scope ?? "", regions: app.regions,
                                                    policy: app.config.passwordPolicy)
            if try await User.query(on: app.db).filter(\.$username == account.username).first() != nil {
                throw AppError.badRequest("用户名\(account.username)已存在", field: "username")
            }
            let (scope, helper) = try await UserAccounts.helperLink(account, helperID: signature.helperID ?? "", on: app.db)
            let user = User(username: account.username, passwordHash: try Bcrypt.hash(account.password), role: account.role, scope: scope,
                            displayName: signature.name ?? helper?.name ?? account.username, now: context.application.clock.now)
            user.helperID = helper?.id
            try await user.save(on: app.db)
            context.console.print("已创建账号 \(account.username)（\(account.role.label)，范围 \(scope)\(helper.map { "，帮扶责任人 \($0.name)" } ?? "")）")
        }
    }
}

extension UserCommand {
    /// `fangpin user disable --username li`: stops an account at once — its sessions and tokens end, also in a server
    /// that is running (it notices the database changed under it).
    struct DisableUser: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "username") var username: String?
        }
        var help: String { "Disables an account and ends its sessions and tokens." }

        func run(using context: CommandContext, signature: Signature) async throws {
            let name = (signature.username ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw AppError.badRequest("请用 --username 指定账号", field: "username") }
            let db = context.application.db
            guard let user = try await User.query(on: db).filter(\.$username == name).first() else {
                throw AppError.badRequest("没有账号\(name)", field: "username")
            }
            let who = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "命令行"
            try await db.write { db in
                user.disabled = true
                try await user.save(on: db)
                try await UserToken.query(on: db).filter(\.$user.$id == user.requireID()).delete()
                try await AuditLog.append(on: try db.sql(), context.application.auditActor(username: who, role: "command-line"),
                                          action: "user.disable", entity: "user", entityID: name)
            }
            context.console.print("已停用账号 \(name)，其登录会话和令牌已全部失效。")
        }
    }
}
