import Domain
import Vapor

/// Reads an `application/x-www-form-urlencoded` body into name → value; repeated names
/// (checkbox groups) are joined with commas, as the field parser expects.
enum FormBody {
    static func fields(_ req: Request) -> [String: String] {
        guard var buffer = req.body.data, let text = buffer.readString(length: buffer.readableBytes) else { return [:] }
        var out: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if let existing = out[key], !existing.isEmpty { out[key] = value.isEmpty ? existing : existing + "," + value }
            else { out[key] = value }
        }
        return out
    }

    private static func decode(_ s: Substring) -> String {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
    }

    /// The values of one table's fields from a whole form (prefix stripped). A multi-choice group with
    /// nothing ticked sends nothing, so it is added as empty: the form always shows every such field.
    static func values(of table: FieldTable, in form: [String: String], prefix: String = "", skip: Set<String> = []) -> [String: String] {
        var out: [String: String] = [:]
        for spec in table.specs where !skip.contains(spec.key) {
            if let v = form[prefix + spec.key] { out[spec.key] = v }
            else if case .multiChoice = spec.kind { out[spec.key] = "" }
        }
        return out
    }
}

/// The version a form was opened on (its hidden `version` field). The store refuses an update without one rather
/// than let it overwrite what others saved since.
func formVersion(_ form: [String: String]) -> Int? {
    form["version"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
}

/// A versioned form the store refused, as the page shows it again: after a validation error the typed values with their
/// errors and the version the form was opened on; after another save in between, the stored values with the conflict's
/// message and the current version (typing over them would silently undo the other change). Other errors are thrown on.
struct RefusedForm {
    var state: FormState
    /// The version the form carries on.
    var version: Int

    init(_ error: RegistryError, form: [String: String], stored: [String: String], current: Int) throws {
        switch error {
        case .validation(let e):
            state = FormState(values: form, errors: e)
            version = formVersion(form) ?? current
        case .versionConflict:
            state = FormState(values: stored, errors: [FieldError(field: "version", code: "version_conflict", message: error.appError.message)])
            version = current
        default:
            throw error
        }
    }
}
