@testable import App
@testable import Demo
import Domain
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// All app tests run one after another: on PostgreSQL they share one database, reset before each test.
@Suite(.serialized) struct AllTests {}

/// A migrated app with a small demo county. SQLite in memory by default; `DATABASE_URL` selects PostgreSQL.
func withFangpin(households: Int = 120, settings: (inout AppConfig) -> Void = { _ in },
                 _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    do {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        var config = AppConfig(storage: url.isEmpty ? .sqliteMemory : .postgres(url))
        config.filesDirectory = NSTemporaryDirectory() + "fangpin-test-files-" + UUID().uuidString
        settings(&config)
        try await configure(app, config: config)
        if config.isPostgres {
            try await app.autoRevert()
            try await app.autoMigrate()
            // The stores loaded what the previous test left; load the fresh database.
            try await app.regions.reload(on: app.db)
            try await app.calendars.reload(on: app.db)
            try await app.policy.reload(on: app.db)
            try await AuditLog.beginKeying(on: app.db, key: app.auditKey)
        }
        if households > 0 {
            _ = try await DemoSetup.generate(on: app.db, households: households, seed: 11, today: Day(year: 2026, month: 11, day: 1)!)
            try await app.regions.reload(on: app.db)
        }
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

extension Application {
    func sql() -> any SQLDatabase { db as! any SQLDatabase }

    @discardableResult
    /// A helper account is linked to a new helper-register entry that helps `households`.
    func makeUser(_ username: String, role: Role, scope: String, password: String = "secret123", helping households: [String] = []) async throws -> User {
        let u = User(username: username, passwordHash: try Bcrypt.hash(password, cost: 4), role: role, scope: scope, displayName: username, now: Date())
        if role == .helper { u.helperID = try await registerHelper(username, county: String(scope.prefix(6)), households: households) }
        try await u.save(on: db)
        return u
    }

    /// A helper-register entry assigned to the households; returns its id.
    func registerHelper(_ name: String, county: String, households: [String]) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await sql().insert(into: "helpers").columns("id", "county_code", "name", "unit", "phone", "created_by", "created_at")
            .values(SQLBind(id), SQLBind(county), SQLBind(name), SQLBind("测试单位"), SQLBind("13900000000"), SQLBind("test"), SQLBind(Int64(0))).run()
        for h in households {
            try await sql().insert(into: "household_helpers").columns("id", "county_code", "household_id", "helper_id", "lead", "assigned_on", "assigned_by")
                .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(county), SQLBind(h), SQLBind(id), SQLBind(true), SQLBind("2026-11-01"), SQLBind("test")).run()
        }
        return id
    }

    /// An API bearer token for a new user of that role and scope.
    func token(role: Role, scope: String, helping households: [String] = []) async throws -> String {
        let name = "\(role.rawValue)-\(scope)-\(UUID().uuidString.prefix(6))"
        try await makeUser(name, role: role, scope: scope, helping: households)
        let res = try await testing().sendRequest(.POST, "/api/v1/auth/login", headers: ["content-type": "application/json"],
                                                  body: ByteBuffer(string: #"{"username":"\#(name)","password":"secret123"}"#))
        return try res.content.decode(LoginBody.self).token
    }

    /// A village that holds at least `min` households in the demo data.
    func busyVillage(min: Int = 2, excluding: String? = nil) async throws -> String {
        let rows = try await sql().raw("SELECT village_code AS v, COUNT(*) AS n FROM households WHERE dissolved_at IS NULL AND relocated IS NULL GROUP BY village_code ORDER BY n DESC, village_code").all()
        for r in rows {
            let v = try r.decode(column: "v", as: String.self)
            if try r.decode(column: "n", as: Int.self) >= min, v != excluding { return v }
        }
        throw TestFailure("no village with \(min) households")
    }

    func householdIDs(in village: String) async throws -> [String] {
        try await sql().raw("SELECT id FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL ORDER BY code").all()
            .map { try $0.decode(column: "id", as: String.self) }
    }

    /// Sends a JSON request with a bearer token. An update of a versioned record that names no version is sent, as a
    /// client that has just read the record would send it, with `If-Match` of the current version (`autoVersion: false`
    /// sends it as it is).
    func api(_ method: HTTPMethod, _ path: String, token: String?, json: String? = nil, headers extra: [(String, String)] = [],
             autoVersion: Bool = true) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if json != nil { headers.contentType = .json }
        for (k, v) in extra { headers.add(name: k, value: v) }
        if autoVersion, !(json ?? "").contains("\"version\""), headers.first(name: .ifMatch) == nil,
           let v = try await currentVersion(method, path) {
            headers.add(name: .ifMatch, value: "\"\(v)\"")
        }
        return try await testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

extension Application {
    /// The version of the record an update path names (households, members, measures, case transitions), if it exists.
    func currentVersion(_ method: HTTPMethod, _ path: String) async throws -> Int? {
        let parts = path.split(separator: "?")[0].split(separator: "/").map(String.init)
        guard parts.count >= 4, parts[0] == "api", parts[1] == "v1" else { return nil }
        let table: String
        switch (method, parts[2], parts.count) {
        case (.PATCH, "households", 4): table = "households"
        case (.PATCH, "members", 4), (.DELETE, "members", 4): table = "members"
        case (.POST, "cases", 5) where parts[4] == "transitions" || parts[4] == "corrections": table = "cases"
        case (.PATCH, "households", 6) where parts[4] == "measures":
            return try await sql().raw("SELECT version FROM measures WHERE id = \(bind: parts[5])").first()?.decode(column: "version", as: Int.self)
        default: return nil
        }
        return try await sql().raw("SELECT version FROM \(ident: table) WHERE id = \(bind: parts[3])").first()?.decode(column: "version", as: Int.self)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

struct LoginBody: Decodable { var token: String }

struct ErrorBody: Decodable {
    struct Inner: Decodable { var code: String; var message: String; var field: String? }
    var error: Inner
}

extension TestingHTTPResponse {
    var errorBody: ErrorBody.Inner? { try? content.decode(ErrorBody.self).error }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.string.utf8))) as? [String: Any] ?? [:] }
}

/// A valid ID number for tests, unique per call.
enum TestIDs {
    nonisolated(unsafe) static var counter = 0
    static func next(birth: Day = Day(year: 1980, month: 1, day: 1)!, male: Bool = true) -> String {
        counter += 1
        // Region 110105 never occurs in the demo county, so these never collide with demo people.
        return IDNumber.make(region: "110105", birth: birth.adding(days: counter), sequence: (counter * 2 + (male ? 1 : 0)) % 1000)
    }
}
