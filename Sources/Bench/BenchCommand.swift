#if canImport(Glibc)
import Glibc
#endif
import App
import Demo
import Domain
import Fluent
import SQLKit
import XLSX
import Vapor

/// `fangpin bench [suite…] --households N`: measures on a fresh synthetic county and writes
/// `bench/results/latest-SUITE-DB.json`, a dated copy and a Markdown table. Run it from a release build.
package struct BenchCommand: AsyncCommand {
    package init() {}

    package struct Signature: CommandSignature {
        package init() {}
        @Argument(name: "suite", help: "registry")
        var suite: String
        @Option(name: "households", help: "Households in the synthetic county (default 100000)")
        var households: Int?
        @Option(name: "requests", help: "Requests per measured route (default 200)")
        var requests: Int?
        @Option(name: "out", help: "Results folder (default bench/results)")
        var out: String?
        @Option(name: "counties", help: "Counties the households are spread over (a province; default 1)")
        var counties: Int?
    }

    package var help: String { "Runs a benchmark suite and writes bench/results/." }

    package func run(using context: CommandContext, signature: Signature) async throws {
        guard ["registry", "http", "departments", "quality", "reports", "registry-import"].contains(signature.suite) else {
            throw AppError.badRequest("未知的基准套件：\(signature.suite)（可用：registry、http、departments、quality、reports、registry-import）")
        }
        let n = signature.households ?? 100_000
        let counties = signature.counties ?? 1
        guard (1...50).contains(counties) else { throw AppError.badRequest("--counties 应为1至50", field: "counties") }
        let result = try await RegistryBench.run(suite: signature.suite, households: n, counties: counties, requests: signature.requests ?? 200,
                                                 logger: context.application.logger)
        try BenchReport.write(result, folder: signature.out ?? "bench/results")
        context.console.print(BenchReport.markdown(result))
    }
}

struct BenchFigure: Codable {
    var name: String
    var value: Double
    var unit: String
    var baseline: Double?
    var ratio: Double?
}

struct BenchResult: Codable {
    var suite: String
    var database: String
    var households: Int
    var date: String
    var machine: String
    var peak_rss_mb: Double
    var figures: [BenchFigure]
    var notes: [String]
}

enum BenchReport {
    static func write(_ r: BenchResult, folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(r)
        let stamp = r.date.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        try data.write(to: URL(fileURLWithPath: "\(folder)/latest-\(r.suite)-\(r.database).json"))
        try data.write(to: URL(fileURLWithPath: "\(folder)/\(stamp)-\(r.suite)-\(r.database).json"))
        try Data(markdown(r).utf8).write(to: URL(fileURLWithPath: "\(folder)/latest-\(r.suite)-\(r.database).md"))
    }

    static func markdown(_ r: BenchResult) -> String {
        var lines = ["# Benchmark `\(r.suite)` on \(r.database)", "",
                     "- date: \(r.date)", "- machine: \(r.machine)", "- households: \(r.households)",
                     "- peak RSS: \(String(format: "%.0f", r.peak_rss_mb)) MB", "",
                     "| figure | value | unit | baseline | ratio |", "|---|---:|---|---:|---:|"]
        for f in r.figures {
            lines.append("| \(f.name) | \(fmt(f.value)) | \(f.unit) | \(f.baseline.map(fmt) ?? "") | \(f.ratio.map { String(format: "%.2f", $0) } ?? "") |")
        }
        if !r.notes.isEmpty { lines += [""] + r.notes.map { "- \($0)" } }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fmt(_ v: Double) -> String { v >= 100 ? String(format: "%.0f", v) : String(format: "%.2f", v) }

    static func peakRSSMegabytes() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }

    /// Starts a new high-water mark: freed heap goes back to the system and the kernel's peak is reset to the
    /// current size (Linux `clear_refs` 5), so a later `peakRSSMegabytes()` covers only what follows.
    static func resetPeakRSS() {
        #if canImport(Glibc)
        // glibc's malloc_trim, looked up at run time (the Glibc module does not export it).
        if let symbol = dlsym(nil, "malloc_trim") {
            typealias Trim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
    }
}

enum RegistryBench {
    /// `registry`: bulk load and pages in process. `http`: the same county served over real HTTP to 16 concurrent clients.
    /// The codes and names of a generated province: the demo county first, then counties whose codes no demo
    /// ID number uses.
    static func counties(_ k: Int) -> [(code: String, name: String)] {
        [("450224", "融安县")] + (1..<max(1, k)).map { (String(450_300 + $0), "演示\($0 + 1)县") }
    }

    static func run(suite: String, households n: Int, counties k: Int = 1, requests: Int, logger: Logger) async throws -> BenchResult {
        let env = ProcessInfo.processInfo.environment
        let postgres = env["DATABASE_URL"].map { !$0.isEmpty } ?? false
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // FANGPIN_BENCH_KEEP=1 keeps the county's database file for a closer look (its path is printed).
        let keep = env["FANGPIN_BENCH_KEEP"] == "1"
        defer { if keep { print("kept \(folder)/bench.sqlite") } else { try? FileManager.default.removeItem(atPath: folder) } }
        let dbPath = folder + "/bench.sqlite"
        var config = try AppConfig.load(environment: env, dbPath: postgres ? nil : dbPath, demo: false)
        config.sessionIdleSeconds = 3600
        var appEnv = Environment.production
        appEnv.arguments = ["bench"]
        let app = try await Application.make(appEnv)
        do {
            if postgres, case .postgres = config.storage {
                // Measure on empty tables; never on a database holding real data.
                try await withFreshPostgres(app: app, config: config)
            }
            try await configure(app, config: config)
            var figures: [BenchFigure] = []
            var notes: [String] = []

            // 1. Bulk load.
            var stats = DemoSetup.Stats(households: 0, members: 0, seconds: 0)
            for (i, county) in counties(k).enumerated() {
                // The households spread evenly; the first county takes the remainder.
                let share = n / k + (i == 0 ? n % k : 0)
                let part = try await DemoSetup.generate(on: app.db, households: share, seed: 2026 + UInt64(i), today: Day(year: 2026, month: 11, day: 1)!,
                                                        countyCode: county.code, countyName: county.name, foreignBirths: i == 0)
                stats.households += part.households; stats.members += part.members; stats.seconds += part.seconds
            }
            let rows = Double(stats.households + stats.members)
            let rate = rows / stats.seconds
            var baseline: Double?
            if !postgres, let b = try sqliteImportBaseline(dbPath: dbPath, folder: folder) { baseline = rows / b }
            if postgres, case .postgres(let url) = config.storage, let b = try postgresCopyBaseline(url: url, folder: folder) { baseline = rows / b }
            figures.append(BenchFigure(name: "bulk load", value: rate, unit: "rows/s", baseline: baseline, ratio: baseline.map { rate / $0 }))
            figures.append(BenchFigure(name: "demo generate and store", value: stats.seconds, unit: "s", baseline: nil, ratio: nil))
            notes.append("\(stats.households) households and \(stats.members) members" + (k > 1 ? " in \(k) counties" : "") + "; baseline: "
                         + (postgres ? "psql's \\copy of the same rows as CSV into tables LIKE ours (same columns, indexes and constraints)"
                                     : "the sqlite3 shell's .import of the same rows as CSV into the same schema"))
            try await app.regions.reload(on: app.db)

            // 2. Pages and API, through the full middleware stack in process.
            try await User(username: "bench", passwordHash: try Bcrypt.hash("bench1234", cost: 4), role: .countyAdmin, scope: "450224",
                           displayName: "bench", now: Date()).save(on: app.db)
            let (token, _) = try await Tokens.login(username: "bench", password: "bench1234", kind: .web, lifetime: 3600, on: app.db, now: Date(), auditKey: app.auditKey)
            let (apiToken, _) = try await Tokens.login(username: "bench", password: "bench1234", kind: .api, lifetime: 3600, on: app.db, now: Date(), auditKey: app.auditKey)
            let sql = try app.db.sql()
            let names = try await sql.raw("SELECT head_name FROM households ORDER BY code LIMIT 50").all().map { try $0.decode(column: "head_name", as: String.self) }
            let ids = try await sql.raw("SELECT id FROM households ORDER BY code LIMIT 50").all().map { try $0.decode(column: "id", as: String.self) }
            app.http.server.configuration.port = 0
            let routes: [(String, @Sendable (Int) -> String, Bool)] = [
                ("GET /households?q=NAME", { i in "/households?q=" + (names[i % names.count].addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }, false),
                ("GET /households", { i in "/households?page=\(1 + i % 50)" }, false),
                ("GET /households/ID", { i in "/households/" + ids[i % ids.count] }, false),
                ("GET /api/v1/households?q=NAME", { i in "/api/v1/households?q=" + (names[i % names.count].addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }, true),
            ]
            @Sendable func headers(api: Bool) -> HTTPHeaders {
                var h = HTTPHeaders()
                if api { h.bearerAuthorization = BearerAuthorization(token: apiToken) } else { h.replaceOrAdd(name: .cookie, value: "\(Tokens.cookieName)=\(token)") }
                return h
            }
            if suite == "reports" {
                figures = [figures[0]]
                try await DemoWorkflow.seed(on: app.db, county: "450224", today: Day(year: 2026, month: 11, day: 1)!, calendar: app.calendars.calendar,
                                            policyVersion: app.policy.current.number, seed: 2026)
                // Department lists (flood, epidemic, price fall, people back from work) for the dashboard's large-scale risk table.
                try await DemoDepartments.seed(on: app.db, county: "450224", regions: app.regions, warnings: WarningSettings(), policy: app.policy,
                                               calendar: app.calendars.calendar, today: app.clock.today, now: app.clock.now, auditKey: app.auditKey)
                let run = try await QualityStore.begin(county: "450224", by: "bench", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "bench", role: "county-admin"), runID: run,
                                           policy: app.policy, today: Day(year: 2026, month: 11, day: 20)!, sqliteFile: app.config.sqliteFile, on: app.db)
                // Each report's JSON, and the dashboard page as a county head opens it.
                let targets = ReportCatalogue.all.map { ("report \($0.id)", "/api/v1/reports/\($0.id)?from=2020-01-01", true) } + [("dashboard", "/dashboard", false)]
                for (name, path, api) in targets {
                    var times: [Double] = []
                    var errors = 0
                    for i in 0..<(min(requests, 50) + 3) {
                        let req = Request(application: app, method: .GET, url: URI(string: path), headers: headers(api: api), on: app.eventLoopGroup.any())
                        let t0 = DispatchTime.now().uptimeNanoseconds
                        let res = try await app.responder.respond(to: req).get()
                        if res.status != .ok { errors += 1 }
                        if i >= 3 { times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6) }
                    }
                    figures.append(BenchFigure(name: "\(name) p50", value: BenchReport.percentile(times, 0.5), unit: "ms", baseline: nil, ratio: nil))
                    figures.append(BenchFigure(name: "\(name) p99", value: BenchReport.percentile(times, 0.99), unit: "ms", baseline: nil, ratio: nil))
                    figures.append(BenchFigure(name: "\(name) errors", value: Double(errors), unit: "count", baseline: nil, ratio: nil))
                }
                notes.append("report figures: GET /api/v1/reports/ID for the whole county (every column; staffing has a row per village), and GET /dashboard (the county admin's page: key numbers, three SVG charts, the large-scale risk table per township over the demo department lists), \(min(requests, 50)) sequential requests each through the application's responder after 3 warm-up requests; the county has the demo workflow's cases and measures, the demo department lists' warnings and one data-quality run")
            } else if suite == "registry-import" {
                figures = [figures[0]]
                let (importFigures, importNotes) = try await RegistryImportBench.run(app: app, folder: folder, households: stats.households,
                                                                                     members: stats.members, baseline: baseline)
                figures += importFigures
                notes += importNotes
            } else if suite == "quality" {
                figures = [figures[0]]
                let (qualityFigures, qualityNotes) = try await QualityBench.run(app: app, dbPath: postgres ? nil : dbPath)
                figures += qualityFigures
                notes += qualityNotes
            } else if suite == "departments" {
                figures = [figures[0]]
                let (importFigures, importNotes) = try await DepartmentBench.run(app: app, folder: folder, rows: requests, postgres: postgres,
                                                                                 apiHeaders: headers(api: true))
                figures += importFigures
                notes += importNotes
            } else if suite == "http" {
                let health: @Sendable (Int) -> String = { _ in "/healthz" }
                // The peak while serving: the county was generated in this process, which a server never does.
                BenchReport.resetPeakRSS()
                let dashboard: (String, @Sendable (Int) -> String, Bool) = ("GET /dashboard", { _ in "/dashboard" }, false)
                figures = try await HTTPLoad.measure(app: app, routes: [("GET /healthz", health, false)] + routes + [dashboard], headers: headers,
                                                     requests: max(requests, 400), concurrency: 16)
                notes = ["\(stats.households) households and \(stats.members) members; \(max(requests, 400)) requests per route from 16 concurrent HTTP/1.1 clients "
                         + "in the same process over 127.0.0.1 (after 32 warm-up requests); rps ratio is against GET /healthz on the same server; "
                         + "peak RSS is the whole process while serving, clients included (reset after the county was generated in the same process and memory trimmed); "
                         + "the list's total and the session are read once and kept until the next write (SQLite only, see AppCaches), "
                         + "so paging counts once; GET /households pages through the county's first 50 pages; GET /dashboard is the county admin's overview; "
                         + "PATCH /api/v1/households/ID: 16 clients at once, each changing the phone of 4 households of its own with the version the last answer gave "
                         + "(every write is a transaction with its change record and audit entry; writes queue at the write gate), errors = non-200 answers and transport failures"]
            } else {
                for (name, path, isAPI) in routes {
                    var times: [Double] = []
                    var errors = 0
                    for i in 0..<(requests + 10) {
                        let req = Request(application: app, method: .GET, url: URI(string: path(i)), headers: headers(api: isAPI), on: app.eventLoopGroup.any())
                        let t0 = DispatchTime.now().uptimeNanoseconds
                        let res = try await app.responder.respond(to: req).get()
                        let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
                        if res.status != .ok { errors += 1 }
                        if i >= 10 { times.append(ms) }
                    }
                    figures.append(BenchFigure(name: "\(name) p50", value: BenchReport.percentile(times, 0.5), unit: "ms", baseline: nil, ratio: nil))
                    figures.append(BenchFigure(name: "\(name) p99", value: BenchReport.percentile(times, 0.99), unit: "ms", baseline: nil, ratio: nil))
                    figures.append(BenchFigure(name: "\(name) errors", value: Double(errors), unit: "count", baseline: nil, ratio: nil))
                }
                notes.append("page figures: \(requests) sequential requests each through the application's responder (routing, session, query, rendering), after 10 warm-up requests; no network")
            }
            try await app.asyncShutdown()
            let f = ISO8601DateFormatter()
            return BenchResult(suite: suite, database: postgres ? "postgres" : "sqlite", households: n, date: f.string(from: Date()),
                               machine: BenchReport.machine(), peak_rss_mb: BenchReport.peakRSSMegabytes(), figures: figures, notes: notes)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Recreates the tables in PostgreSQL for a clean run (only with FANGPIN_BENCH_RESET=1).
    static func withFreshPostgres(app: Application, config: AppConfig) async throws {
        guard ProcessInfo.processInfo.environment["FANGPIN_BENCH_RESET"] == "1" else {
            throw AppError.badRequest("在PostgreSQL上运行基准会清空数据表；确认是测试库后设置 FANGPIN_BENCH_RESET=1")
        }
        let tmp = try await Application.make(.testing)
        try await configure(tmp, config: config)
        try await tmp.autoRevert()
        try await tmp.asyncShutdown()
    }

    /// Seconds `psql` takes to `\copy` the same households and members as CSV into empty tables made LIKE ours
    /// (columns, indexes and constraints), in a scratch schema dropped afterwards; nil without psql.
    static func postgresCopyBaseline(url: String, folder: String) throws -> Double? {
        guard let psql = ["/usr/bin/psql", "/usr/local/bin/psql"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        func run(_ command: String) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: psql)
            p.arguments = [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", command]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw AppError.internalError("psql 失败：\(command)") }
        }
        for table in ["households", "members"] { try run("\\copy (SELECT * FROM \(table)) TO '\(folder)/\(table).csv' CSV") }
        try run("DROP SCHEMA IF EXISTS bench_copy CASCADE; CREATE SCHEMA bench_copy; "
                + "CREATE TABLE bench_copy.households (LIKE public.households INCLUDING ALL); CREATE TABLE bench_copy.members (LIKE public.members INCLUDING ALL)")
        let t0 = Date()
        for table in ["households", "members"] { try run("\\copy bench_copy.\(table) FROM '\(folder)/\(table).csv' CSV") }
        let seconds = Date().timeIntervalSince(t0)
        try run("DROP SCHEMA bench_copy CASCADE")
        return seconds
    }

    /// Seconds the `sqlite3` shell takes to `.import` the same households and members as CSV into the same schema.
    static func sqliteImportBaseline(dbPath: String, folder: String) throws -> Double? {
        guard let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        func shell(_ args: [String], input: String? = nil) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: sqlite3)
            p.arguments = args
            let out = Pipe()
            p.standardOutput = out
            let inPipe = Pipe()
            if input != nil { p.standardInput = inPipe }
            try p.run()
            if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)); try inPipe.fileHandleForWriting.close() }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let target = folder + "/baseline.sqlite"
        var script = ""
        for table in ["households", "members"] {
            _ = try shell([dbPath, "-csv", "-cmd", ".output \(folder)/\(table).csv", "SELECT * FROM \(table)"])
            script += try shell([dbPath, ".schema \(table)"]) + "\n"
        }
        _ = try shell([target], input: script)
        let t0 = Date()
        _ = try shell([target], input: ".mode csv\n.import \(folder)/households.csv households\n.import \(folder)/members.csv members\n")
        return Date().timeIntervalSince(t0)
    }
}

/// Real HTTP under concurrent load: the app serves on an ephemeral port and `concurrency` clients share the requests.
enum HTTPLoad {
    static func measure(app: Application, routes: [(String, @Sendable (Int) -> String, Bool)], headers: @escaping @Sendable (Bool) -> HTTPHeaders,
                        requests: Int, concurrency: Int) async throws -> [BenchFigure] {
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        app.http.client.configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: concurrency)
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            var figures = try await run(app: app, routes: routes, headers: headers, requests: requests, concurrency: concurrency)
            figures += try await writes(app: app, headers: headers(true), requests: requests, concurrency: concurrency)
            await app.server.shutdown()
            return figures
        } catch {
            await app.server.shutdown()
            throw error
        }
    }

    static func run(app: Application, routes: [(String, @Sendable (Int) -> String, Bool)], headers: @escaping @Sendable (Bool) -> HTTPHeaders,
                    requests: Int, concurrency: Int) async throws -> [BenchFigure] {
        guard let port = app.http.server.shared.localAddress?.port else { throw AppError.badRequest("无法取得基准服务端口") }
        let client = app.client
        var figures: [BenchFigure] = []
        var baselineRPS: Double?
        for (name, path, isAPI) in routes {
            let h = headers(isAPI)
            // Warm-up: open the connections and fill caches.
            for i in 0..<(2 * concurrency) { _ = try await client.get(URI(string: "http://127.0.0.1:\(port)\(path(i))"), headers: h) }
            let start = DispatchTime.now().uptimeNanoseconds
            let results = try await clients(concurrency) { worker in
                var out: [(Double, Bool)] = []
                var i = worker
                while i < requests {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let ok = (try? await client.get(URI(string: "http://127.0.0.1:\(port)\(path(i))"), headers: h).status == .ok) ?? false
                    out.append((Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6, ok))
                    i += concurrency
                }
                return out
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let times = results.map(\.0)
            let rps = Double(results.count) / seconds
            if baselineRPS == nil { baselineRPS = rps }
            let isBaseline = name == routes.first?.0
            figures += summary(name, times: times, rps: rps, baselineRPS: isBaseline ? nil : baselineRPS, errors: results.filter { !$0.1 }.count)
        }
        return figures
    }
}

extension HTTPLoad {
    /// `PATCH /api/v1/households/ID` from `concurrency` clients at once, each editing households of its own with the
    /// version the previous answer gave it (as a client that reads before it writes). Errors are answers other than
    /// 200 and transport failures; the server must have none — writes queue, they never fail.
    static func writes(app: Application, headers: HTTPHeaders, requests: Int, concurrency: Int) async throws -> [BenchFigure] {
        guard let port = app.http.server.shared.localAddress?.port else { throw AppError.badRequest("无法取得基准服务端口") }
        let rows = try await app.db.sql().raw("SELECT id, version FROM households WHERE dissolved_at IS NULL ORDER BY code LIMIT \(unsafeRaw: String(concurrency * 4))").all()
        let households = try rows.map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "version", as: Int.self)) }
        guard households.count >= concurrency else { return [] }
        let client = app.client
        var json = headers
        json.contentType = .json
        let h = json
        let start = DispatchTime.now().uptimeNanoseconds
        let results = try await clients(concurrency) { worker in
            let mine: [(String, Int)] = households.enumerated().filter { $0.offset % concurrency == worker }.map(\.element)
            var versions = Dictionary(uniqueKeysWithValues: mine)
            var out: [(Double, Bool)] = []
            var i = 0
            while i * concurrency + worker < requests {
                let (id, _) = mine[i % mine.count]
                let version = versions[id] ?? 1
                let body = #"{"phone":"139\#(String(format: "%08d", (i * concurrency + worker) % 100_000_000))","version":\#(version)}"#
                let t0 = DispatchTime.now().uptimeNanoseconds
                var ok = false
                if let res = try? await client.patch(URI(string: "http://127.0.0.1:\(port)/api/v1/households/\(id)"), headers: h, beforeSend: { req in
                    req.body = ByteBuffer(string: body)
                }), res.status == .ok {
                    ok = true
                    if let data = res.body.map({ Data(buffer: $0) }),
                       let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let v = json["version"] as? Int {
                        versions[id] = v
                    }
                }
                out.append((Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6, ok))
                i += 1
            }
            return out
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let times = results.map(\.0)
        return summary("PATCH /api/v1/households/ID", times: times, rps: Double(results.count) / seconds, baselineRPS: nil,
                       errors: results.filter { !$0.1 }.count)
    }

    /// `count` clients at once, each running `work` with its number; every (milliseconds, ok) they measured.
    static func clients(_ count: Int, _ work: @escaping @Sendable (Int) async throws -> [(Double, Bool)]) async throws -> [(Double, Bool)] {
        try await withThrowingTaskGroup(of: [(Double, Bool)].self) { group in
            for worker in 0..<max(0, count) { group.addTask { try await work(worker) } }
            var all: [(Double, Bool)] = []
            for try await part in group { all += part }
            return all
        }
    }

    /// A route's figures under load: median and 99th percentile time, throughput (against the baseline's) and errors.
    static func summary(_ name: String, times: [Double], rps: Double, baselineRPS: Double?, errors: Int) -> [BenchFigure] {
        [
            BenchFigure(name: "\(name) p50", value: BenchReport.percentile(times, 0.5), unit: "ms", baseline: nil, ratio: nil),
            BenchFigure(name: "\(name) p99", value: BenchReport.percentile(times, 0.99), unit: "ms", baseline: nil, ratio: nil),
            BenchFigure(name: "\(name) rps", value: rps, unit: "requests/s", baseline: baselineRPS, ratio: baselineRPS.map { rps / $0 }),
            BenchFigure(name: "\(name) errors", value: Double(errors), unit: "count", baseline: nil, ratio: nil),
        ]
    }
}

/// `departments`: a department list of `rows` rows imported, validated, matched and turned into warnings.
enum DepartmentBench {
    static func run(app: Application, folder: String, rows n: Int, postgres: Bool, apiHeaders: HTTPHeaders) async throws -> ([BenchFigure], [String]) {
        let sql = try app.db.sql()
        let people = try await sql.raw("SELECT id_number, name FROM members WHERE removed_at IS NULL ORDER BY id LIMIT \(unsafeRaw: String(n))").all()
            .map { (try $0.decode(column: "id_number", as: String.self), try $0.decode(column: "name", as: String.self)) }
        var rng = SplitMix64(seed: 99)
        var lines = ["身份证号码,姓名,结算年度,医疗总费用（元）,个人自付（元）"]
        lines.reserveCapacity(n + 1)
        for i in 0..<n {
            let r = rng.unit()
            let (id, name): (String, String)
            if r < 0.05 {
                id = IDNumber.make(region: "110105", birth: Day(year: 1960, month: 1, day: 1)!.adding(days: i % 15_000), sequence: i % 1000)
                name = "外县人员"
            } else if r < 0.10 {
                id = "45022419800101" + String(format: "%04d", i % 10_000)
                name = "号码有误"
            } else {
                (id, name) = people[i % max(1, people.count)]
            }
            let paid = rng.chance(0.2) ? rng.int(20_000...90_000) : rng.int(100...19_999)
            lines.append("\(id),\(name),2026,\(paid * 3).00,\(paid).00")
        }
        let csv = Data((lines.joined(separator: "\n") + "\n").utf8)
        let csvPath = folder + "/medical.csv"
        try csv.write(to: URL(fileURLWithPath: csvPath))
        let store = ImportStore(db: app.db, principal: Principal(username: "bench", role: .countyAdmin, scope: "450224"), county: "450224",
                                now: Date(), auditKey: app.auditKey, settings: WarningSettings(), policy: app.policy, calendar: app.calendars.calendar)
        BenchReport.resetPeakRSS()
        let t0 = Date()
        let prepared = try store.prepare(data: csv, filename: "medical.csv", listType: "medical.bills")
        if ProcessInfo.processInfo.environment["FANGPIN_TRACE_IMPORT"] == "1" { print("import parse: \(String(format: "%.2f", Date().timeIntervalSince(t0))) s") }
        let id = try await store.begin(prepared)
        // The import runs as the server runs a big one: in the background, on the jobs pool. Meanwhile the page that
        // follows it asks for its progress every 20 ms through the application's responder, beside /healthz.
        let job = store.on(app.jobsDB)
        let running = Task { try await job.apply(prepared, importID: id) }
        var progressTimes: [Double] = [], healthTimes: [Double] = []
        var progressErrors = 0
        func timed(_ path: String) async throws -> (Double, HTTPStatus) {
            let req = Request(application: app, method: .GET, url: URI(string: path), headers: apiHeaders, on: app.eventLoopGroup.any())
            let t = DispatchTime.now().uptimeNanoseconds
            let res = try await app.responder.respond(to: req).get()
            return (Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6, res.status)
        }
        while true {
            let (ms, status) = try await timed("/api/v1/imports/\(id)")
            if status != .ok { progressErrors += 1 }
            let state = try await ImportStore.find(id: id, on: app.db)?.state
            guard state == "processing" else { break }
            progressTimes.append(ms)
            healthTimes.append(try await timed("/healthz").0)
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        try await running.value
        let seconds = Date().timeIntervalSince(t0)
        let importPeak = BenchReport.peakRSSMegabytes()
        let r = try await ImportStore.find(id: id, on: app.db)!
        var baseline: Double?
        if !postgres, let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile(atPath:)) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: sqlite3)
            p.arguments = [folder + "/import-baseline.sqlite"]
            let input = Pipe()
            p.standardInput = input
            let t1 = Date()
            try p.run()
            input.fileHandleForWriting.write(Data(".mode csv\n.import \(csvPath) medical\n".utf8))
            try input.fileHandleForWriting.close()
            p.waitUntilExit()
            baseline = Date().timeIntervalSince(t1)
        }
        let figures = [
            BenchFigure(name: "import", value: seconds, unit: "s", baseline: baseline, ratio: baseline.map { seconds / $0 }),
            BenchFigure(name: "import rows/s", value: Double(n) / seconds, unit: "rows/s", baseline: baseline.map { Double(n) / $0 },
                        ratio: baseline.map { $0 / seconds }),
            BenchFigure(name: "warnings raised", value: Double(r.warnings), unit: "count", baseline: nil, ratio: nil),
            BenchFigure(name: "import peak RSS", value: importPeak, unit: "MB", baseline: nil, ratio: nil),
            BenchFigure(name: "GET /api/v1/imports/ID during the import p50", value: BenchReport.percentile(progressTimes, 0.5), unit: "ms",
                        baseline: healthTimes.isEmpty ? nil : BenchReport.percentile(healthTimes, 0.5), ratio: nil),
            BenchFigure(name: "GET /api/v1/imports/ID during the import p99", value: BenchReport.percentile(progressTimes, 0.99), unit: "ms",
                        baseline: healthTimes.isEmpty ? nil : BenchReport.percentile(healthTimes, 0.99), ratio: nil),
            BenchFigure(name: "GET /api/v1/imports/ID during the import answers", value: Double(progressTimes.count), unit: "count", baseline: nil, ratio: nil),
            BenchFigure(name: "GET /api/v1/imports/ID during the import errors", value: Double(progressErrors), unit: "count", baseline: nil, ratio: nil),
        ]
        let notes = ["import: \(n) rows of 医疗费用个人负担 (5 % people not in the registry, 5 % bad ID numbers, about 20 % over the 20,000-yuan rule) read from CSV, validated, matched by ID number and written with warnings and clues in one transaction: \(r.matched) matched, \(r.unmatched) unmatched, \(r.invalid) invalid, \(r.warnings) warnings (\(r.newClues) new clues, \(r.merged) merged, \(r.newRisks) new risks of monitored households)",
                     "import peak RSS: the process's high-water mark from the start of the import to its end (freed heap returned and the kernel's peak reset after the county was generated); after that reset the report's peak RSS is the import's too (the bulk-load suite reports generation's own peak)",
                     "import baseline: the sqlite3 shell's .import of the same CSV into a plain table (no validation, no matching); the ratio for seconds is ours ÷ baseline",
                     "progress during the import: the import applied in the background on the jobs pool (as the server does above 2,000 rows) while GET /api/v1/imports/ID is asked every 20 ms through the application's responder; its baseline is GET /healthz asked the same way at the same moments"]
        return (figures, notes)
    }
}

/// `fangpin bench quality`: every data-quality rule over the county (issue: under 5 s at 100,000 households on SQLite).
enum QualityBench {
    static func run(app: Application, dbPath: String?) async throws -> ([BenchFigure], [String]) {
        // The workflow gives the rules measures, helpers and cases to read, as in a working county.
        try await DemoWorkflow.seed(on: app.db, county: "450224", today: Day(year: 2026, month: 11, day: 1)!, calendar: app.calendars.calendar,
                                    policyVersion: app.policy.current.number, seed: 2026)
        let who = app.auditActor(username: "bench", role: "county-admin")
        let today = Day(year: 2026, month: 11, day: 20)!
        func timed() async throws -> Double {
            let id = try await QualityStore.begin(county: "450224", by: "bench", on: app.db)
            let t0 = Date()
            try await QualityStore.run(county: "450224", by: who, runID: id, policy: app.policy, today: today, sqliteFile: app.config.sqliteFile, on: app.db)
            return Date().timeIntervalSince(t0)
        }
        BenchReport.resetPeakRSS()
        let first = try await timed()
        let again = try await timed()
        let sql = try app.db.sql()
        let open = try await sql.raw("SELECT COUNT(*) AS n FROM quality_findings WHERE state = 'open'").first()?.decode(column: "n", as: Int.self) ?? 0
        var baseline: Double?
        if let dbPath, let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile(atPath:)) {
            // The raw limit: the sqlite3 shell reading every row the rules read (households, members, measures, helpers).
            let p = Process()
            p.executableURL = URL(fileURLWithPath: sqlite3)
            p.arguments = [dbPath, "SELECT * FROM households; SELECT * FROM members; SELECT * FROM measures; SELECT * FROM household_helpers;"]
            p.standardOutput = FileHandle.nullDevice
            let t1 = Date()
            try p.run()
            p.waitUntilExit()
            baseline = Date().timeIntervalSince(t1)
        }
        let figures = [
            BenchFigure(name: "all rules", value: first, unit: "s", baseline: baseline, ratio: baseline.map { first / $0 }),
            BenchFigure(name: "all rules again (no changes)", value: again, unit: "s", baseline: baseline, ratio: baseline.map { again / $0 }),
            BenchFigure(name: "open findings", value: Double(open), unit: "count", baseline: nil, ratio: nil),
            BenchFigure(name: "rules", value: Double(QualityRules.all.count), unit: "count", baseline: nil, ratio: nil),
        ]
        let notes = ["all rules: the \(QualityRules.all.count) rules of groups A–K over every household and member of the county (with the demo workflow's cases, measures and helpers), read through two connections of the run's own while the rules run on both cores, each township's findings written in a transaction of its own as soon as they are found; the first run opens every finding, the second finds the same and writes nothing new",
                     "baseline: the sqlite3 shell reading every row of households, members, measures and helper assignments to /dev/null; the ratio for seconds is ours ÷ baseline"]
        return (figures, notes)
    }
}

/// `registry-import`: the county just generated is exported in the collection-form layout (households and members
/// sheets, every field), its registry emptied (regions kept), and the file imported back as a county moving in does:
/// the dry run, then the commit. The baseline is the sqlite3 shell's `.import` of the same rows as CSV.
enum RegistryImportBench {
    static func run(app: Application, folder: String, households: Int, members: Int, baseline: Double?) async throws -> ([BenchFigure], [String]) {
        let book = try StreamingWorkbook(in: URL(fileURLWithPath: folder))
        defer { book.discard() }
        let t0 = Date()
        _ = try await RegistryExport(scope: "450224", whole: true, exporter: "bench", at: Date()).write(book, regions: app.regions, on: app.db)
        let url = try book.finish(author: "bench", created: Date())
        let exportSeconds = Date().timeIntervalSince(t0)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let sql = try app.db.sql()
        for table in ["income_statements", "members", "households", "changes"] { try await sql.raw("DELETE FROM \(unsafeRaw: table)").run() }

        BenchReport.resetPeakRSS()
        let store = RegistryStore(db: app.db, regions: app.regions, principal: Principal(username: "bench", role: .countyAdmin, scope: "450224"),
                                  now: Date(), address: "bench", auditKey: app.auditKey)
        let t1 = Date()
        let data = try Data(contentsOf: url)
        let checked = try await store.checkRegistryImport(data, filename: "bench.xlsx")
        let checkSeconds = Date().timeIntervalSince(t1)
        guard checked.state == "checked" else {
            throw AppError.internalError("导入检查未通过：\(checked.lines.first { $0.state == "有误" }.map { "\($0.householdKey) \($0.message)" } ?? "")")
        }
        let t2 = Date()
        let committed = try await store.commitRegistryImport(id: checked.id)
        let commitSeconds = Date().timeIntervalSince(t2)
        let total = Date().timeIntervalSince(t1)
        let peak = BenchReport.peakRSSMegabytes()
        let stored = try await sql.raw("SELECT (SELECT COUNT(*) FROM households) AS h, (SELECT COUNT(*) FROM members) AS m").first()
        let h = try stored?.decode(column: "h", as: Int.self) ?? 0, m = try stored?.decode(column: "m", as: Int.self) ?? 0
        guard committed.state == "committed", h == households, m == members else {
            throw AppError.internalError("导入后户数 \(h)/\(households)、人数 \(m)/\(members) 不符")
        }
        let rows = Double(households + members)
        let rate = rows / total
        return ([
            BenchFigure(name: "registry import", value: total, unit: "s", baseline: nil, ratio: nil),
            BenchFigure(name: "registry import rows/s", value: rate, unit: "rows/s", baseline: baseline, ratio: baseline.map { rate / $0 }),
            BenchFigure(name: "registry import peak RSS", value: peak, unit: "MB", baseline: nil, ratio: nil),
            BenchFigure(name: "registry import check (dry run)", value: checkSeconds, unit: "s", baseline: nil, ratio: nil),
            BenchFigure(name: "registry import commit", value: commitSeconds, unit: "s", baseline: nil, ratio: nil),
            BenchFigure(name: "registry export", value: exportSeconds, unit: "s", baseline: nil, ratio: nil),
        ], ["registry import: the generated county exported whole (\(size / 1_048_576) MB .xlsx, \(households) households and \(members) members on two sheets), "
            + "the registry emptied (regions kept), then the file read, checked (dry run, the file kept) and committed in one transaction through RegistryStore "
            + "as the page and the API do; rows/s counts households and members, against the sqlite3 shell's .import of the same rows; "
            + "peak RSS is the process's high-water mark from the start of the import (reset after the county was generated and exported)"])
    }
}
