import Vapor

/// Every route, in sections (STYLE §4). Pages use the session cookie and form tokens; the API uses bearer tokens.
func routes(_ app: Application) throws {
    do { // public
        app.get("healthz") { req async throws -> Response in
            try API.response(.object(["status": .string("ok")]))
        }
        app.get("api", "v1", "openapi.json") { req async throws -> Response in
            try API.response(OpenAPIDocument.make())
        }
        app.post("api", "v1", "auth", "login", use: API.Auth.login)
        app.get("api", "v1", "calendar", "day", use: API.Calendar.day)
        app.get("api", "v1", "calendar", "add-working-days", use: API.Calendar.addWorkingDays)
    }

    do { // web pages
        let web = app.grouped(CookieAuthenticator())
        web.get("login", use: WebController.loginForm)
        web.post("login", use: WebController.login)
        let signedIn = web.grouped(RequireSession(checkCSRF: true), DeclaredPermission())
        signedIn.get(use: WebController.home)
        signedIn.post("logout", use: WebController.logout)
        signedIn.get("regions", use: WebController.regions)
        signedIn.get("audit", use: AuditController.index)
        signedIn.get("users", use: UsersController.index)
        signedIn.post("users", use: UsersController.create)
        signedIn.post("users", ":id", "disable", use: UsersController.disable)
        signedIn.post("users", ":id", "enable", use: UsersController.enable)
        signedIn.post("users", ":id", "reset", use: UsersController.reset)
        signedIn.get("account", "password", use: UsersController.passwordForm)
        signedIn.post("account", "password", use: UsersController.changePassword)
        signedIn.get("account", "tokens", use: TokensController.index)
        signedIn.post("account", "tokens", use: TokensController.createUpload)
        signedIn.post("account", "tokens", ":id", "revoke", use: TokensController.revoke)
        signedIn.get("policy", use: PolicyController.index)
        signedIn.post("policy", use: PolicyController.saveSettings)
        signedIn.post("policy", "thresholds", use: PolicyController.addThreshold)
        signedIn.get("policy", "calendar", use: PolicyController.calendar)
        signedIn.post("policy", "calendar", use: PolicyController.saveCalendar)
        signedIn.get("households", use: HouseholdController.index)
        signedIn.get("households", "new", use: HouseholdController.newForm)
        signedIn.get("households", "export.xlsx", use: HouseholdController.export)
        signedIn.post("households", "new", use: HouseholdController.create)
        signedIn.get("households", ":id", use: HouseholdController.show)
        signedIn.post("households", ":id", "reveal", use: HouseholdController.revealPhone)
        signedIn.post("members", ":id", "reveal", use: HouseholdController.revealID)
        signedIn.get("households", ":id", "edit", use: HouseholdController.editForm)
        signedIn.post("households", ":id", "edit", use: HouseholdController.update)
        signedIn.get("households", ":id", "split", use: HouseholdController.splitForm)
        signedIn.post("households", ":id", "split", use: HouseholdController.split)
        signedIn.get("households", ":id", "merge", use: HouseholdController.mergeForm)
        signedIn.post("households", ":id", "merge", use: HouseholdController.merge)
        signedIn.get("households", ":id", "members", "new", use: MemberController.newForm)
        signedIn.post("households", ":id", "members", "new", use: MemberController.create)
        signedIn.get("members", ":id", "edit", use: MemberController.editForm)
        signedIn.post("members", ":id", "edit", use: MemberController.update)
        signedIn.get("members", ":id", "remove", use: MemberController.removeForm)
        signedIn.post("members", ":id", "remove", use: MemberController.remove)
        signedIn.get("members", ":id", "make-head", use: MemberController.makeHeadForm)
        signedIn.post("members", ":id", "make-head", use: MemberController.makeHead)
    }

    do { // JSON API
        let api = app.grouped("api", "v1").grouped(BearerTokenAuthenticator(), RequireSession(checkCSRF: false), DeclaredPermission())
        api.get("auth", "token", use: API.Auth.current)
        api.delete("auth", "token", use: API.Auth.revoke)
        api.get("regions", use: API.Regions.index)
        api.get("households", use: API.Households.index)
        api.post("households", use: API.Households.create)
        api.get("households", ":id", use: API.Households.show)
        api.patch("households", ":id", use: API.Households.update)
        api.get("households", ":id", "history", use: API.Households.history)
        api.get("households", ":id", "events", use: API.Households.events)
        api.get("households", ":id", "assessment", use: API.Households.assessment)
        api.post("households", ":id", "members", use: API.Members.create)
        api.post("households", ":id", "split", use: API.Households.split)
        api.post("households", ":id", "merge", use: API.Households.merge)
        api.get("members", ":id", use: API.Members.show)
        api.patch("members", ":id", use: API.Members.update)
        api.delete("members", ":id", use: API.Members.delete)
        api.post("members", ":id", "make-head", use: API.Members.makeHead)
    }
}
