import Foundation
import NIOConcurrencyHelpers

/// What the process counts for `/metrics`, in Prometheus's text format: requests by route and status, their latency,
/// how long writers wait at the write gate, how long imports and quality runs take. Kept in memory for the process's
/// life (a restart starts from zero, as Prometheus expects of counters).
final class Metrics: Sendable {
    static let shared = Metrics()

    /// Upper bounds (seconds) of the latency buckets.
    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300]

    struct Histogram: Sendable {
        var counts = [Int](repeating: 0, count: Metrics.buckets.count)
        var sum = 0.0
        var count = 0

        mutating func observe(_ seconds: Double) {
            if let i = Metrics.buckets.firstIndex(where: { seconds <= $0 }) { counts[i] += 1 }
            sum += seconds
            count += 1
        }
    }

    struct RequestKey: Hashable, Sendable { var method: String; var route: String; var status: UInt }

    /// The timed kinds of work besides requests, each a histogram by one label.
    enum Timing: String, Sendable, CaseIterable {
        case writeQueueWait = "fangpin_write_queue_wait_seconds"
        case importDuration = "fangpin_import_duration_seconds"
        case qualityRunDuration = "fangpin_quality_run_duration_seconds"

        var help: String {
            switch self {
            case .writeQueueWait: "Time a write transaction waited for the write gate"
            case .importDuration: "Duration of imports (department lists, income statements) by kind"
            case .qualityRunDuration: "Duration of data-quality runs"
            }
        }
        var label: String {
            switch self {
            case .writeQueueWait: "database"
            case .importDuration: "kind"
            case .qualityRunDuration: "scope"
            }
        }
    }

    private struct State: Sendable {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var timings: [Timing: [String: Histogram]] = [:]
    }

    private let state = NIOLockedValueBox(State())
    let startedAt = Date()

    /// The methods counted by name; any other is "OTHER", so a client cannot grow the label set.
    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

    func request(method: String, route: String, status: UInt, seconds: Double) {
        let key = RequestKey(method: Self.methods.contains(method) ? method : "OTHER", route: route, status: status)
        state.withLockedValue { s in
            s.requests[key, default: 0] += 1
            s.latency[route, default: Histogram()].observe(seconds)
        }
    }

    func observe(_ timing: Timing, _ label: String, seconds: Double) {
        state.withLockedValue { s in s.timings[timing, default: [:]][label, default: Histogram()].observe(seconds) }
    }

    /// A monotonic clock reading, for `seconds(since:)`.
    static var clock: UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(clock &- start) / 1e9 }

    /// The exposition text; `gauges` are values read at scrape time: (name, help, value).
    func text(gauges: [(String, String, Double)]) -> String {
        let s = state.withLockedValue { $0 }
        var out = ""
        out += "# HELP fangpin_http_requests_total HTTP requests answered, by method, route and status\n"
        out += "# TYPE fangpin_http_requests_total counter\n"
        for (k, n) in s.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "fangpin_http_requests_total{method=\"\(k.method)\",route=\"\(Self.escape(k.route))\",status=\"\(k.status)\"} \(n)\n"
        }
        out += histogram("fangpin_http_request_duration_seconds", help: "HTTP request latency by route", label: "route", s.latency)
        for t in Timing.allCases {
            out += histogram(t.rawValue, help: t.help, label: t.label, s.timings[t] ?? [:])
        }
        for (name, help, value) in gauges {
            out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n\(name) \(Self.number(value))\n"
        }
        return out
    }

    private func histogram(_ name: String, help: String, label: String, _ series: [String: Histogram]) -> String {
        var out = "# HELP \(name) \(help)\n# TYPE \(name) histogram\n"
        for (value, h) in series.sorted(by: { $0.key < $1.key }) {
            let l = "\(label)=\"\(Self.escape(value))\""
            var cumulative = 0
            for (i, bound) in Self.buckets.enumerated() {
                cumulative += h.counts[i]
                out += "\(name)_bucket{\(l),le=\"\(Self.number(bound))\"} \(cumulative)\n"
            }
            out += "\(name)_bucket{\(l),le=\"+Inf\"} \(h.count)\n"
            out += "\(name)_sum{\(l)} \(Self.number(h.sum))\n\(name)_count{\(l)} \(h.count)\n"
        }
        return out
    }

    /// A label value as the text format wants it: backslash, quote and newline escaped.
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(format: "%.6f", v)
    }

    /// The process's resident memory in bytes (Linux: /proc/self/statm), or nil elsewhere.
    static func residentBytes() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE)))
    }
}
