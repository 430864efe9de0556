import Domain
import Vapor

/// What each route needs, in one place: `public` routes need nothing, `signedIn` any account, otherwise the
/// action of `Permissions.table`. `DeclaredPermission` enforces it before the handler runs (the handler then
/// checks the record's scope); a route missing here is refused, and the route-walking test fails.
enum RoutePermissions {
    enum Need: Equatable, Sendable {
        case `public`
        case signedIn
        case action(Action)
    }

    static let table: [String: Need] = [
        "GET /healthz": .public,
        "GET /api/v1/openapi.json": .public,
        "POST /api/v1/auth/login": .public,
        "GET /api/v1/calendar/day": .public,
        "GET /api/v1/calendar/add-working-days": .public,
        "GET /login": .public,
        "GET /self-report": .public,
        "POST /self-report": .public,
        "GET /self-report/status": .public,
        "POST /self-report/status": .public,
        "POST /login": .public,
        "GET /static/fangpin.js": .public,

        "GET /": .signedIn,
        "POST /logout": .signedIn,
        "GET /regions": .action(.viewRegions),
        "GET /audit": .action(.viewAudit),
        "GET /users": .action(.manageUsers),
        "POST /users": .action(.manageUsers),
        "POST /users/:id/disable": .action(.manageUsers),
        "POST /users/:id/enable": .action(.manageUsers),
        "POST /users/:id/reset": .action(.manageUsers),
        "GET /account/password": .signedIn,
        "POST /account/password": .signedIn,
        "GET /account/tokens": .signedIn,
        "POST /account/tokens": .action(.uploadDepartmentData),
        "POST /account/tokens/:id/revoke": .signedIn,
        "GET /policy": .action(.viewPolicy),
        "POST /policy": .action(.managePolicy),
        "POST /policy/thresholds": .action(.managePolicy),
        "GET /policy/calendar": .action(.viewPolicy),
        "POST /policy/calendar": .action(.managePolicy),
        "GET /inbox": .action(.viewCases),
        "GET /dashboard": .action(.viewReports),
        "GET /reports": .action(.viewReports),
        "GET /reports/:id": .action(.viewReports),
        "GET /api/v1/dashboard": .action(.viewReports),
        "GET /api/v1/reports": .action(.viewReports),
        "GET /api/v1/reports/:id": .action(.viewReports),
        "GET /reports/forms/:form": .action(.viewReports),
        "POST /reports/forms/:form": .action(.fillCountyForms),
        "POST /reports/forms/:form/:row/delete": .action(.fillCountyForms),
        "GET /api/v1/reports/forms/:form": .action(.viewReports),
        "POST /api/v1/reports/forms/:form": .action(.fillCountyForms),
        "DELETE /api/v1/reports/forms/:form/rows/:row": .action(.fillCountyForms),
        "GET /screening": .action(.viewScreening),
        "POST /screening": .action(.manageCampaigns),
        "GET /screening/focus": .action(.viewScreening),
        "GET /screening/:id": .action(.viewScreening),
        "GET /screening/:id/villages/:code": .action(.viewScreening),
        "POST /screening/:id/villages/:code/review": .action(.manageCampaigns),
        "GET /screening/:id/households/:hid": .action(.recordScreening),
        "POST /screening/:id/households/:hid": .action(.recordScreening),
        "GET /visits": .action(.viewScreening),
        "POST /visits": .action(.manageCampaigns),
        "GET /visits/:id": .action(.viewScreening),
        "GET /rectifications": .action(.viewRectification),
        "POST /rectifications": .action(.manageRectification),
        "GET /rectifications/:id": .action(.viewRectification),
        "POST /rectifications/:id/close": .action(.closeRectification),
        "GET /rectifications/:id/files/:file": .action(.viewRectification),
        // Which duty the user's unit owes is checked by the handler (422 for another unit's).
        "POST /duties/:duty": .action(.sendReports),
        "GET /api/v1/campaigns": .action(.viewScreening),
        "POST /api/v1/campaigns": .action(.manageCampaigns),
        "GET /api/v1/campaigns/:id": .action(.viewScreening),
        "GET /api/v1/campaigns/:id/villages/:code": .action(.viewScreening),
        "POST /api/v1/campaigns/:id/villages/:code/review": .action(.manageCampaigns),
        "POST /api/v1/campaigns/:id/records": .action(.recordScreening),
        "GET /api/v1/focus-villages": .action(.viewScreening),
        "GET /api/v1/visit-plans": .action(.viewScreening),
        "POST /api/v1/visit-plans": .action(.manageCampaigns),
        "GET /api/v1/visit-plans/:id": .action(.viewScreening),
        "GET /api/v1/rectifications": .action(.viewRectification),
        "POST /api/v1/rectifications": .action(.manageRectification),
        "POST /api/v1/rectifications/:id/close": .action(.closeRectification),
        "GET /api/v1/rectifications/:id/files/:file": .action(.viewRectification),
        "GET /api/v1/policy": .action(.viewPolicy),
        "PATCH /api/v1/policy": .action(.managePolicy),
        "GET /api/v1/policy/versions": .action(.viewPolicy),
        "GET /api/v1/policy/thresholds": .action(.viewPolicy),
        "POST /api/v1/policy/thresholds": .action(.managePolicy),
        "GET /api/v1/policy/reference": .action(.viewPolicy),
        "GET /cases": .action(.viewCases),
        "GET /cases/:id": .action(.viewCases),
        "POST /cases/:id/act": .action(.handleCases),
        "POST /cases/:id/correct": .action(.correctCases),
        "POST /cases/:id/documents": .action(.handleCases),
        "GET /documents/:id": .action(.viewCases),
        "GET /villages/:code/notice": .action(.viewCases),
        "GET /survey-sheets": .action(.recordScreening),
        "GET /survey-sheets.xlsx": .action(.recordScreening),
        "GET /api/v1/survey-sheets.xlsx": .action(.recordScreening),
        "GET /helpers": .action(.viewCases),
        "GET /quality": .action(.viewQuality),
        "POST /quality/runs": .action(.runQuality),
        "GET /quality/findings": .action(.viewQuality),
        "GET /quality/rules": .action(.viewQuality),
        "GET /api/v1/quality/rules": .action(.viewQuality),
        "POST /api/v1/quality/runs": .action(.runQuality),
        "GET /api/v1/quality/runs/:id": .action(.viewQuality),
        "GET /api/v1/quality/findings": .action(.viewQuality),
        "GET /departments": .action(.viewDepartmentData),
        "GET /departments/templates/:key": .action(.viewDepartmentData),
        "GET /imports": .action(.viewDepartmentData),
        "POST /imports": .action(.importDepartmentLists),
        "GET /imports/:id": .action(.viewDepartmentData),
        "GET /warnings": .action(.viewDepartmentData),
        "POST /warnings/:id/verify": .action(.verifyWarnings),
        "GET /warnings/report": .action(.verifyWarnings),
        "GET /villages/:code/ledger.xlsx": .action(.exportRegistry),
        "GET /departments/:code/enrolled.xlsx": .action(.viewDepartmentData),
        "POST /api/v1/imports": .action(.importDepartmentLists),
        "GET /api/v1/imports/:id": .action(.viewDepartmentData),
        "GET /api/v1/warnings": .action(.viewDepartmentData),
        "GET /api/v1/warnings/report": .action(.verifyWarnings),
        "GET /api/v1/warnings/report.xlsx": .action(.verifyWarnings),
        "GET /api/v1/departments/lists": .action(.viewDepartmentData),
        "GET /api/v1/departments/lists/:key/template": .action(.viewDepartmentData),
        "GET /api/v1/departments/:code/enrolled": .action(.viewDepartmentData),
        "GET /api/v1/departments/:code/enrolled.xlsx": .action(.viewDepartmentData),
        "GET /api/v1/villages/:code/ledger.xlsx": .action(.exportRegistry),
        "POST /api/v1/warnings/:id/verification": .action(.verifyWarnings),
        "POST /helpers": .action(.manageAssistance),
        "GET /households/:id/plan": .action(.viewCases),
        "POST /api/v1/cases/:id/documents": .action(.handleCases),
        "GET /api/v1/documents/:id": .action(.viewCases),
        "GET /clues/new": .action(.reportClues),
        "POST /clues/new": .action(.reportClues),
        "POST /households/:id/helpers": .action(.manageAssistance),
        "POST /households/:id/measures": .action(.recordMeasures),
        "POST /households/:id/measures/:measureId/state": .action(.recordMeasures),
        "PATCH /api/v1/households/:id/measures/:measureId": .action(.recordMeasures),
        "GET /households": .action(.viewRegistry),
        "GET /households/new": .action(.editRegistry),
        "GET /households/export.xlsx": .action(.exportRegistry),
        "POST /households/new": .action(.editRegistry),
        "GET /households/:id": .action(.viewRegistry),
        "POST /households/:id/reveal": .action(.revealPersonal),
        "POST /members/:id/reveal": .action(.revealPersonal),
        "GET /households/:id/edit": .action(.editRegistry),
        "POST /households/:id/edit": .action(.editRegistry),
        "GET /households/:id/split": .action(.editRegistry),
        "POST /households/:id/split": .action(.editRegistry),
        "GET /households/:id/merge": .action(.editRegistry),
        "POST /households/:id/merge": .action(.editRegistry),
        "GET /households/:id/members/new": .action(.editRegistry),
        "POST /households/:id/members/new": .action(.editRegistry),
        "GET /members/:id/edit": .action(.editRegistry),
        "POST /members/:id/edit": .action(.editRegistry),
        "GET /members/:id/remove": .action(.editRegistry),
        "POST /members/:id/remove": .action(.editRegistry),
        "GET /members/:id/make-head": .action(.editRegistry),
        "POST /members/:id/make-head": .action(.editRegistry),

        "GET /api/v1/auth/token": .signedIn,
        "DELETE /api/v1/auth/token": .signedIn,
        "GET /api/v1/regions": .action(.viewRegions),
        "GET /api/v1/households": .action(.viewRegistry),
        "POST /api/v1/households": .action(.editRegistry),
        "GET /api/v1/households/:id": .action(.viewRegistry),
        "PATCH /api/v1/households/:id": .action(.editRegistry),
        "GET /api/v1/households/:id/history": .action(.viewRegistry),
        "GET /api/v1/households/:id/events": .action(.viewRegistry),
        "GET /api/v1/households/:id/assessment": .action(.viewRegistry),
        "POST /api/v1/households/:id/members": .action(.editRegistry),
        "POST /api/v1/households/:id/split": .action(.editRegistry),
        "POST /api/v1/households/:id/merge": .action(.editRegistry),
        "GET /api/v1/members/:id": .action(.viewRegistry),
        "PATCH /api/v1/members/:id": .action(.editRegistry),
        "DELETE /api/v1/members/:id": .action(.editRegistry),
        "POST /api/v1/members/:id/make-head": .action(.editRegistry),
        "POST /api/v1/clues": .action(.reportClues),
        "GET /api/v1/clues/:id": .action(.viewCases),
        "GET /api/v1/cases/:id": .action(.viewCases),
        "POST /api/v1/cases/:id/transitions": .action(.handleCases),
        "POST /api/v1/cases/:id/corrections": .action(.correctCases),
        "GET /api/v1/inbox": .action(.viewCases),
        "GET /api/v1/duties": .signedIn,
        "POST /api/v1/duties/:duty": .action(.sendReports),
        "GET /api/v1/helpers": .action(.viewCases),
        "POST /api/v1/households/:id/helpers": .action(.manageAssistance),
        "POST /api/v1/households/:id/measures": .action(.recordMeasures),
        "GET /api/v1/households/:id/findings": .action(.viewCases),
    ]

    /// The only routes a department upload token opens: checking and revoking the token itself, uploading a list
    /// and reading its report. Everything else refuses it, whatever the role may do.
    static let uploadTokenRoutes: Set<String> = [
        "GET /api/v1/auth/token",
        "DELETE /api/v1/auth/token",
        "POST /api/v1/imports",
        "GET /api/v1/imports/:id",
    ]

    /// Routes that take a file, with the most each may carry (the size `routes.swift` collects).
    static let uploadLimits: [String: Int] = [
        "POST /imports": 64 << 20,
        "POST /cases/:id/documents": 24 << 20,
        // Up to five photos or scans of 整改佐证.
        "POST /rectifications/:id/close": 60 << 20,
        "POST /api/v1/rectifications/:id/close": 60 << 20,
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }
}

/// Refuses a request whose route's declared action the signed-in role lacks, or whose route declares nothing.
struct DeclaredPermission: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let route = request.route else { return try await next.respond(to: request) }
        switch RoutePermissions.table[RoutePermissions.key(route)] {
        case nil:
            throw AppError.forbidden("该地址未声明访问权限，已拒绝")
        case .public?, .signedIn?:
            return try await next.respond(to: request)
        case .action(let action)?:
            _ = try request.require(action)
            return try await next.respond(to: request)
        }
    }
}
