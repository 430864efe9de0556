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

    /// The password must satisfy `policy` (by default at least 8 characters with letters and digits). The first problem
    /// found is thrown; `problems` lists them all (the account form shows every one at once).
    static func validate(username: String, password: String, role: String, scope: String, regions: RegionDirectory,
                         policy: PasswordPolicy = PasswordPolicy()) throws -> Valid {
        let found = problems(username: username, password: password, role: role, scope: scope, regions: regions, policy: policy)
        if let first = found.first { throw AppError.badRequest(first.message, field: first.field) }
        guard let r = Role(rawValue: role) else { throw AppError.badRequest("角色无效", field: "role") }
        return Valid(username: username.trimmingCharacters(in: .whitespaces), password: password, role: r, scope: scope)
    }

    static func problems(username: String, password: String, role: String, scope: String, regions: RegionDirectory,
                         policy: PasswordPolicy = PasswordPolicy()) -> [FieldError] {
        var out: [FieldError] = []
        let u = username.trimmingCharacters(in: .whitespaces)
        if !(3...32).contains(u.count) || !u.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) {
            out.append(FieldError(field: "username", code: "format", message: "用户名应为3–32位字母、数字或 _-."))
        }
        if let problem = policy.problem(with: password) { out.append(FieldError(field: "password", code: "weak", message: problem)) }
        guard let r = Role(rawValue: role) else {
            out.append(FieldError(field: "role", code: "required", message: "请选择角色（" + Role.allCases.map(\.label).joined(separator: "、") + "）"))
            return out
        }
        if r == .departmentOfficer {
            if scope.isEmpty || scope.count > 32 || Department(rawValue: scope) == nil {
                out.append(FieldError(field: "scope", code: "required", message: "行业部门账号的范围应选择所属部门"))
            }
        } else if let level = RegionLevel.of(code: scope), r.scopeLevels.contains(level) {
            if !regions.isEmpty, regions[scope] == nil { out.append(FieldError(field: "scope", code: "not_found", message: "区划代码\(scope)不存在")) }
        } else {
            out.append(FieldError(field: "scope", code: "level",
                                  message: "\(r.label)的范围应为" + r.scopeLevels.map { "\($0.label)（\($0.codeLength)位代码）" }.joined(separator: "或")))
        }
        return out
    }
}
