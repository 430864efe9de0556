import Domain
import Fluent
import Vapor

/// `fangpin demo --households N --seed S [--db PATH]`: builds the deterministic demo county.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "households", help: "Number of households (default 5000)")
        var households: Int?
        @Option(name: "seed", help: "Random seed (default 2026)")
        var seed: Int?
    }

    var help: String { "Builds a synthetic demo county (融安县 450224) in the database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let n = signature.households ?? 5000
        guard n > 0, n <= 2_000_000 else { throw AppError.badRequest("--households 应在 1 至 2000000 之间") }
        let stats = try await DemoSetup.generate(on: app.db, households: n, seed: UInt64(signature.seed ?? 2026), today: Clock.today) { done in
            if done % 20000 == 0 { print("  已写入 \(done) 户") }
        }
        try await app.regions.reload(on: app.db)
        print("已生成 \(stats.households) 户、\(stats.members) 人，用时 \(String(format: "%.2f", stats.seconds)) 秒（\(Int(Double(stats.households + stats.members) / stats.seconds)) 行/秒）")
    }
}

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
                            displayName: signature.name ?? helper?.name ?? account.username, now: Date())
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
                try await AuditLog.append(on: try db.sql(), AuditLog.Actor(username: who, role: "command-line", address: ""),
                                          action: "user.disable", entity: "user", entityID: name)
            }
            context.console.print("已停用账号 \(name)，其登录会话和令牌已全部失效。")
        }
    }
}

enum UserAccounts {
    /// A helper account is one entry of the helper register (same county); its region becomes that county.
    /// Other roles keep their scope and no entry.
    static func helperLink(_ v: Valid, helperID: String, on db: any Database) async throws -> (scope: String, helper: HelperRecord?) {
        guard v.role == .helper else { return (v.scope, nil) }
        let id = helperID.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { throw AppError.badRequest("帮扶责任人账号须选择名册中的帮扶责任人", field: "helperId") }
        let county = String(v.scope.prefix(6))
        guard let h = try await MeasureStore.helpers(county: county, on: db).first(where: { $0.id == id }) else {
            throw AppError.badRequest("名册中没有该帮扶责任人（须与范围同县）", field: "helperId")
        }
        return (county, h)
    }

    struct Valid {
        var username: String
        var password: String
        var role: Role
        var scope: String
    }

    /// The password must satisfy `policy` (by default at least 8 characters with letters and digits).
    static func validate(username: String, password: String, role: String, scope: String, regions: RegionDirectory,
                         policy: PasswordPolicy = PasswordPolicy()) throws -> Valid {
        let u = username.trimmingCharacters(in: .whitespaces)
        guard (3...32).contains(u.count), u.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else {
            throw AppError.badRequest("用户名应为3–32位字母、数字或 _-.", field: "username")
        }
        if let problem = policy.problem(with: password) { throw AppError.badRequest(problem, field: "password") }
        guard let r = Role(rawValue: role) else {
            throw AppError.badRequest("角色应为：" + Role.allCases.map(\.rawValue).joined(separator: ", "), field: "role")
        }
        if r == .departmentOfficer {
            guard !scope.isEmpty, scope.count <= 32 else { throw AppError.badRequest("行业部门账号须填写部门代码", field: "scope") }
        } else {
            guard let level = RegionLevel.of(code: scope), r.scopeLevels.contains(level) else {
                throw AppError.badRequest("\(r.label)的范围应为" + r.scopeLevels.map { "\($0.label)（\($0.codeLength)位代码）" }.joined(separator: "或"), field: "scope")
            }
            if !regions.isEmpty, regions[scope] == nil {
                throw AppError.badRequest("区划代码\(scope)不存在", field: "scope")
            }
        }
        return Valid(username: u, password: password, role: r, scope: scope)
    }
}
