import Domain
import Fluent
import SQLKit
import Vapor

/// Accounts: the county admin creates, disables, enables and resets them; everyone changes their own password.
enum UsersController {
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.manageUsers)
        let notice = req.queryText("notice")
        let users = try await load(req)
        let helpers = try await helperChoices(req, p)
        return req.page { UsersPage.view(UsersPage.Model(viewer: req.viewer(p), users: users, passwordRule: req.config.passwordPolicy.description, helpers: helpers, scopes: scopeChoices(req, p), notice: notice)) }
    }

    static func load(_ req: Request) async throws -> [UsersPage.Row] {
        try await User.query(on: req.db).sort(\.$username).all().map { u in
            UsersPage.Row(id: try u.requireID().uuidString, username: u.username, displayName: u.displayName, role: u.role, scope: u.scope,
                          scopeName: u.role == .departmentOfficer ? "部门 \(u.scope)"
                            : u.role == .helper ? (u.helperID == nil ? "未关联帮扶责任人名册（看不到任何农户）" : "名册中指派给本人的农户") : req.regions.fullName(u.scope),
                          disabled: u.disabled, createdAt: u.createdAt)
        }
    }

    /// The helper register of the admin's county, for linking helper accounts.
    static func helperChoices(_ req: Request, _ p: Principal) async throws -> [Choice] {
        try await MeasureStore.helpers(county: String((p.regionScope ?? "").prefix(6)), on: req.db).map { Choice(value: $0.id, label: "\($0.name)（\($0.unit)）") }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.manageUsers)
        let form = FormBody.fields(req)
        do {
            let found = UserAccounts.problems(username: form["username"] ?? "", password: form["password"] ?? "", role: form["role"] ?? "",
                                              scope: (form["scope"] ?? "").trimmingCharacters(in: .whitespaces), regions: req.regions,
                                              policy: req.config.passwordPolicy)
            if found.count > 1 { throw ValidationErrors(found) }
            let v = try UserAccounts.validate(username: form["username"] ?? "", password: form["password"] ?? "", role: form["role"] ?? "",
                                              scope: (form["scope"] ?? "").trimmingCharacters(in: .whitespaces), regions: req.regions,
                                              policy: req.config.passwordPolicy)
            if v.role != .departmentOfficer, let admin = p.regionScope, !v.scope.hasPrefix(String(admin.prefix(6))) {
                throw AppError.badRequest("只能为本县（\(admin.prefix(6))）的区划创建账号", field: "scope")
            }
            if try await User.query(on: req.db).filter(\.$username == v.username).first() != nil {
                throw AppError.badRequest("用户名\(v.username)已存在", field: "username")
            }
            let (scope, helper) = try await UserAccounts.helperLink(v, helperID: form["helperId"] ?? "", on: req.db)
            let name = (form["displayName"] ?? "").trimmingCharacters(in: .whitespaces)
            let user = User(username: v.username, passwordHash: try await req.password.async.hash(v.password), role: v.role, scope: scope,
                            displayName: name.isEmpty ? (helper?.name ?? v.username) : name, now: req.now)
            user.helperID = helper?.id
            user.mustChangePassword = true
            try await req.db.write { db in
                try await user.save(on: db)
                try await AuditLog.append(on: db, req.auditActor(p), action: "user.create", entity: "user", entityID: v.username,
                                          detail: ["role": .string(v.role.rawValue), "scope": .string(user.scope), "helper": user.helperID.map(JSON.string) ?? .null])
            }
            return req.redirect(to: SiteURL.withNotice("/users", "已创建账号 \(v.username)"))
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500 else { throw error }
            var m = UsersPage.Model(viewer: req.viewer(p), users: try await load(req), passwordRule: req.config.passwordPolicy.description,
                                    helpers: try await helperChoices(req, p), scopes: scopeChoices(req, p), form: form)
            m.form["password"] = nil
            m.errors = CasesController.validationErrors(error, e).map { $0.field.isEmpty ? FieldError(field: "username", code: $0.code, message: $0.message) : $0 }
            return req.page(.unprocessableEntity) { UsersPage.view(m) }.response()
        }
    }

    @Sendable static func disable(req: Request) async throws -> Response { try await setDisabled(req, true) }
    @Sendable static func enable(req: Request) async throws -> Response { try await setDisabled(req, false) }

    static func setDisabled(_ req: Request, _ disabled: Bool) async throws -> Response {
        let p = try req.require(.manageUsers)
        let user = try await target(req, p)
        user.disabled = disabled
        try await req.db.write { db in
            try await user.save(on: db)
            // A disabled account's sessions and tokens end at once.
            if disabled { try await UserToken.query(on: db).filter(\.$user.$id == user.requireID()).delete() }
            try await AuditLog.append(on: db, req.auditActor(p), action: disabled ? "user.disable" : "user.enable",
                                      entity: "user", entityID: user.username)
        }
        let text = "已\(disabled ? "停用" : "启用")账号 \(user.username)"
        return req.redirect(to: SiteURL.withNotice("/users", text))
    }

    /// A new random password, shown once to the admin, who hands it over; the old one and all sessions end.
    @Sendable static func reset(req: Request) async throws -> Page {
        let p = try req.require(.manageUsers)
        let user = try await target(req, p)
        let letters = Array("abcdefghjkmnpqrstuvwxyz"), digits = Array("23456789")
        let temporary = String((0..<6).map { _ in letters.randomElement() ?? "k" }) + String((0..<4).map { _ in digits.randomElement() ?? "7" })
        user.passwordHash = try await req.password.async.hash(temporary)
        user.mustChangePassword = true
        try await req.db.write { db in
            try await user.save(on: db)
            try await UserToken.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            try await AuditLog.append(on: db, req.auditActor(p), action: "user.reset", entity: "user", entityID: user.username)
        }
        let notice = "已重置 \(user.username) 的密码。临时密码：\(temporary)（只显示这一次，请当面或电话告知本人，并请其登录后立即修改）"
        let users = try await load(req)
        let helpers = try await helperChoices(req, p)
        return req.page { UsersPage.view(UsersPage.Model(viewer: req.viewer(p), users: users, passwordRule: req.config.passwordPolicy.description, helpers: helpers, scopes: scopeChoices(req, p), notice: notice)) }
    }

    /// The scopes an account may have: the county, its townships and villages (a tree, by name), and the departments.
    static func scopeChoices(_ req: Request, _ p: Principal) -> [Choice] {
        let county = String((p.regionScope ?? "").prefix(6))
        var out = [Choice(value: county, label: req.regions.fullName(county) + "（全县）")]
        for t in req.regions.townships(in: county) {
            out.append(Choice(value: t.code, label: "　" + t.name))
            out += req.regions.villages(in: t.code).map { Choice(value: $0.code, label: "　　" + t.name + " · " + $0.name) }
        }
        return out + Department.allCases.map { Choice(value: $0.rawValue, label: "行业部门：" + $0.label) }
    }

    static func target(_ req: Request, _ p: Principal) async throws -> User {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let user = try await User.find(id, on: req.db) else {
            throw AppError.notFound("账号")
        }
        guard user.username != p.username else { throw AppError.forbidden("不能停用或重置自己的账号；请用“修改密码”") }
        return user
    }

    @Sendable static func passwordForm(req: Request) async throws -> Page {
        let p = try req.session.principal
        return req.page {
            PasswordPage.view(.init(viewer: req.viewer(p), rule: req.config.passwordPolicy.description, done: req.queryText("done") == "1",
                                    first: (try? req.session.mustChangePassword) == true))
        }
    }

    @Sendable static func changePassword(req: Request) async throws -> Response {
        let session = try req.session
        let p = session.principal
        let form = FormBody.fields(req)
        func refuse(_ field: String, _ message: String) -> Response {
            req.page(.unprocessableEntity) { PasswordPage.view(.init(viewer: req.viewer(p), rule: req.config.passwordPolicy.description, error: FieldError(field: field, message: message))) }.response()
        }
        guard let user = try await User.query(on: req.db).filter(\.$username == p.username).first() else { throw AppError.unauthorized() }
        guard try await req.password.async.verify(form["current"] ?? "", created: user.passwordHash) else { return refuse("current", "当前密码不正确") }
        let new = form["new"] ?? ""
        if let problem = req.config.passwordPolicy.problem(with: new) { return refuse("new", problem) }
        guard new != form["current"] else { return refuse("new", "新密码不能与当前密码相同") }
        guard new == form["confirm"] else { return refuse("confirm", "两次输入的新密码不一致") }
        user.passwordHash = try await req.password.async.hash(new)
        user.mustChangePassword = nil
        try await req.db.write { db in
            try await user.save(on: db)
            // Other sessions and tokens end; this one stays signed in.
            try await UserToken.query(on: db).filter(\.$user.$id == user.requireID()).filter(\.$id != session.tokenID).delete()
            try await AuditLog.append(on: db, req.auditActor(p), action: "user.password", entity: "user", entityID: p.username)
        }
        return req.redirect(to: "/account/password?done=1")
    }
}
