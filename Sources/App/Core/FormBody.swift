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
