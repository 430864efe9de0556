import Domain
import Fluent
import Vapor

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
