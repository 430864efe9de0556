import NIOConcurrencyHelpers
import Vapor

/// Every read of the query string goes through here: one place that bounds what a request can ask for, and that a
/// test can watch to learn which parameters a route reads (`QueryReads`), so it can send each one a hostile value.
extension Request {
    /// A query parameter's text as sent, or nil when absent.
    func queryText(_ name: String) -> String? {
        QueryReads.note(name)
        return query[String.self, at: name]
    }

    /// `page`: a whole number from 1 to 100,000 (absent: 1). Anything else is a 400 naming the parameter — never an
    /// offset that overflows or a negative one.
    func queryPage(_ name: String = "page") throws -> Int {
        guard let text = queryText(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return 1 }
        guard let n = Int(text), (1...100_000).contains(n) else { throw AppError.badRequest("页码应为1至100000之间的整数", field: name) }
        return n
    }

    /// `year`: a year from 2000 to 2100 (absent: `default`); anything else is a 400.
    func queryYear(_ name: String = "year", default value: Int) throws -> Int {
        guard let text = queryText(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return value }
        guard let n = Int(text), (2000...2100).contains(n) else { throw AppError.badRequest("年份应为2000至2100之间的整数", field: name) }
        return n
    }

    /// A page size from 1 to `max` (absent: `default`); anything else is a 400.
    func queryPer(_ name: String = "per", default value: Int, max: Int) throws -> Int {
        guard let text = queryText(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return value }
        guard let n = Int(text), n >= 1, n <= max else { throw AppError.badRequest("每页条数应在1至\(max)之间", field: name) }
        return n
    }
}

/// The names of the query parameters read while recording is on (tests only; off, it costs one atomic read).
enum QueryReads {
    private static let box = NIOLockedValueBox<Set<String>?>(nil)

    static func note(_ name: String) {
        box.withLockedValue { if $0 != nil { $0!.insert(name) } }
    }

    /// Starts recording (clearing what was noted), or stops it.
    static func record(_ on: Bool) { box.withLockedValue { $0 = on ? [] : nil } }

    /// What was read since recording started, and clears it.
    static func take() -> Set<String> {
        box.withLockedValue { value in
            let out = value ?? []
            if value != nil { value = [] }
            return out
        }
    }
}
