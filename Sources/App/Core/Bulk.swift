import Domain
import Vapor

/// A list's bulk action: the rows the user ticked (`ids`, a checkbox group) and one set of values for all. The page's
/// "all N matching" posts the same form in calls of `limit` ids, asking for JSON (`Accept: application/json`).
struct BulkForm: Sendable {
    /// The ticked ids, each once, in the order sent.
    var ids: [String]
    /// The whole form, offered again when something was refused.
    var values: [String: String]

    /// The most rows one bulk call takes (the API's limit too).
    static let limit = 500
    /// The most rows "all N matching" takes at once (in calls of `limit`).
    static let allMatchingLimit = 20_000

    init(_ req: Request) {
        values = FormBody.fields(req)
        var seen = Set<String>()
        ids = (values["ids"] ?? "").split(separator: ",").map(String.init).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Why the form cannot go on — nothing ticked, or more than `limit` — in the words of the list: "请先勾选要核实的预警",
    /// "一次最多核实500条，请分批勾选".
    func problem(nothing: String, verb: String, unit: String) -> String? {
        if ids.isEmpty { return nothing }
        if ids.count > Self.limit { return "一次最多\(verb)\(Self.limit)\(unit)，请分批勾选" }
        return nil
    }

    /// Runs `each` for every ticked id on its own, or says why nothing was done (`problem`).
    func outcome(nothing: String, verb: String, unit: String, _ each: (String) async throws -> Void) async -> BulkOutcome {
        if let problem = problem(nothing: nothing, verb: verb, unit: unit) { return BulkOutcome(message: problem, values: values) }
        return await BulkOutcome.run(ids, values: values, each)
    }
}

/// What a bulk action did: for how many rows, and each refused row with why (each row is handled on its own, so one
/// refused does not stop or undo the others); or, when nothing was done, why.
struct BulkOutcome: Sendable {
    var done = 0
    var refused: [(id: String, reason: String)] = []
    var message: String? = nil
    /// The form's values, offered again when something was refused.
    var values: [String: String] = [:]

    var status: HTTPStatus { message == nil && refused.isEmpty ? .ok : .unprocessableEntity }

    /// Runs `each` for every id on its own, in order; an error refuses that id with its (first field's) message.
    static func run(_ ids: [String], values: [String: String], _ each: (String) async throws -> Void) async -> BulkOutcome {
        var out = BulkOutcome()
        for id in ids {
            do {
                try await each(id)
                out.done += 1
            } catch {
                out.refused.append((id, reason(error)))
            }
        }
        if !out.refused.isEmpty { out.values = values }
        return out
    }

    /// The words a refused row shows: a form error's first field message, or the error's own.
    static func reason(_ error: any Error) -> String {
        let e = FangpinErrorMiddleware.normalize(error)
        return e.fieldErrors.first?.message ?? e.message
    }

    /// The answer to a bulk form: the list page again with this outcome; or, for the page's script, JSON
    /// `{done, refused: [{id, reason}]}` (200 even when some were refused: each row stands alone), and a 422 error
    /// naming `ids` when nothing could be done.
    func respond(_ req: Request, page: (BulkOutcome) async throws -> Page) async throws -> Response {
        guard req.wantsJSON else { return try await page(self).response() }
        if let message { throw AppError(status: .unprocessableEntity, code: "ids", message: message, field: "ids") }
        return try API.response(.object(["done": .number(Double(done)),
                                         "refused": .array(refused.map { .object(["id": .string($0.id), "reason": .string($0.reason)]) })]))
    }
}

extension Request {
    /// The page's own script asking for JSON (the "all N matching" calls) rather than a page: errors answer as JSON too.
    var wantsJSON: Bool {
        headers.first(name: .accept)?.lowercased().hasPrefix("application/json") == true
    }
}
