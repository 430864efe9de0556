import Domain
import Vapor

/// What each route needs, declared with the route in `routes.swift` (`needs:`): `public` routes need nothing,
/// `signedIn` any account, otherwise the action of `Permissions.table`. `DeclaredPermission` enforces it before the
/// handler runs (the handler then checks the record's scope); a route declared without it is refused, and the
/// route-walking test fails.
enum RoutePermissions {
    enum Need: Equatable, Sendable {
        case `public`
        case signedIn
        case action(Action)
    }

    /// What the route needs, as `routes.swift` declared it beside the route.
    static func need(of route: Route) -> Need? { route.userInfo[needKey] as? Need }
    static let needKey = "fangpin.need"

    /// Whether a department upload token may use the route: `routes.swift` opens a route to it with
    /// `.openToUploadTokens()` — checking and revoking the token itself, uploading a list and reading its report.
    /// Everything else refuses it, whatever the role may do.
    static func opensToUploadTokens(_ route: Route) -> Bool { route.userInfo[uploadTokenKey] as? Bool == true }
    static let uploadTokenKey = "fangpin.uploadToken"

    /// The most a route that takes a file may carry, as `routes.swift` declared it (`upload:`); nil for other routes.
    static func uploadLimit(of route: Route) -> Int? { route.userInfo[uploadKey] as? Int }
    static let uploadKey = "fangpin.upload"

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }
}

/// Refuses a request whose route's declared action the signed-in role lacks, or whose route declares nothing.
struct DeclaredPermission: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let route = request.route else { return try await next.respond(to: request) }
        switch RoutePermissions.need(of: route) {
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

/// Registering a route with what it needs, in one call (`signedIn.get("audit", needs: .action(.viewAudit), use: …)`).
extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(_ path: PathComponent..., needs: RoutePermissions.Need,
                                        use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.GET, path, needs: needs, body: .collect, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ path: PathComponent..., needs: RoutePermissions.Need,
                                         use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.POST, path, needs: needs, body: .collect, use: handler)
    }

    @discardableResult
    func patch<R: AsyncResponseEncodable>(_ path: PathComponent..., needs: RoutePermissions.Need,
                                          use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.PATCH, path, needs: needs, body: .collect, use: handler)
    }

    @discardableResult
    func put<R: AsyncResponseEncodable>(_ path: PathComponent..., needs: RoutePermissions.Need,
                                        use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.PUT, path, needs: needs, body: .collect, use: handler)
    }

    @discardableResult
    func delete<R: AsyncResponseEncodable>(_ path: PathComponent..., needs: RoutePermissions.Need,
                                           use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.DELETE, path, needs: needs, body: .collect, use: handler)
    }

    @discardableResult
    func on<R: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: PathComponent..., needs: RoutePermissions.Need,
                                       body: HTTPBodyStreamStrategy = .collect,
                                       use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(method, path, needs: needs, body: body, use: handler)
    }

    @discardableResult
    func on<R: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: [PathComponent], needs: RoutePermissions.Need,
                                       body: HTTPBodyStreamStrategy, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        let route = on(method, path, body: body, use: handler)
        route.userInfo[RoutePermissions.needKey] = needs
        return route
    }

    /// A POST that takes a file of at most `upload` bytes: the body is collected up to that size (the form token inside
    /// it is read from there) and a larger one is refused with 413.
    @discardableResult
    func post<R: AsyncResponseEncodable>(_ path: PathComponent..., needs: RoutePermissions.Need, upload limit: UploadLimit,
                                         use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        let route = on(.POST, path, needs: needs, body: .collect(maxSize: ByteCount(value: limit.bytes)), use: handler)
        route.userInfo[RoutePermissions.uploadKey] = limit.bytes
        return route
    }
}

/// The most each kind of upload may carry.
enum UploadLimit {
    /// A department's list (CSV or Excel).
    case departmentList
    /// A county's whole registry (150,000 households are about 75 MB as .xlsx, more as CSV).
    case registryFile
    /// A case document (a scan, a photo, a signed form).
    case caseDocument
    /// Up to five photos or scans of 整改佐证.
    case rectificationEvidence

    var bytes: Int {
        switch self {
        case .departmentList: 64 << 20
        case .registryFile: 200 << 20
        case .caseDocument: 24 << 20
        case .rectificationEvidence: 60 << 20
        }
    }
}

extension Route {
    /// Lets a department upload token use this route (see `RoutePermissions.opensToUploadTokens`).
    @discardableResult
    func openToUploadTokens() -> Route {
        userInfo[RoutePermissions.uploadTokenKey] = true
        return self
    }
}
