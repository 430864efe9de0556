import Domain
import Fluent
import SQLKit

/// The county (or township) overview a county head reads in ten seconds: the numbers and the charts behind them.
struct DashboardData: Sendable {
    struct Bar: Sendable { var label: String; var value: Int; var link: String? }
    var region: String
    var households, monitored, open, eliminated: Int
    var categories: [Bar]
    var risks: [Bar]
    var months: [(month: String, new: Int, eliminated: Int)]
    var overdue: Int
    var mustFixOpen: Int
    var focusVillages: Int
    var unresolvedAbove: Int
    var coverage: (name: String, screened: Int, households: Int)?
    /// Large-scale risk indicators (R17) per township (county view) or village (township view), over the window.
    var scaleRisk: [ScaleRisk.Area]
    var scaleRiskSince: Day
    /// This year's 集中研判 records of the county, and the latest.
    var assessments: Int
    var lastAssessment: (date: Day, scope: String)?
}

enum Dashboard {
    static func load(_ p: Principal, regions: RegionDirectory, settings: PolicySettings, today: Day,
                     inboxCache: WriteCache<(total: Int, overdue: Int)>? = nil, on db: any Database) async throws -> DashboardData {
        let sql = try db.sql()
        let region = p.regionScope ?? ""
        func link(_ report: String, _ column: String) -> String { "/households?report=\(report)&column=\(column)&region=\(region)" }
        // Every number of the page in one pass over the households.
        let start = Day(firstOfMonth: today.year, today.month).adding(months: -11)
        let monthStarts = (0...12).map { start.adding(months: $0) }
        var conditions: [SQLQueryString] = ["1 = 1", "h.monitoring_category IS NOT NULL", ReportCatalogue.openMonitored]
        conditions += MonitoringCategory.allCases.map { "h.monitoring_category = \(bind: $0.rawValue)" }
        conditions += RiskType.allCases.map { ReportCatalogue.openMonitored + " AND h.risk_types LIKE \(bind: "%" + $0.rawValue + "%")" }
        for i in 0..<12 {
            let (a, b) = (monthStarts[i].description, monthStarts[i + 1].description)
            conditions += ["h.monitored_since >= \(bind: a) AND h.monitored_since < \(bind: b)", "h.eliminated_on >= \(bind: a) AND h.eliminated_on < \(bind: b)"]
        }
        let n = try await ReportStore.counts(conditions.map { ($0, false) }, region: region, principal: p, on: db)[""]
            ?? Array(repeating: 0, count: conditions.count)
        let (households, monitored, open) = (n[0], n[1], n[2])
        var next = 3
        let categories = MonitoringCategory.allCases.map { c -> DashboardData.Bar in
            defer { next += 1 }
            return .init(label: c.label, value: n[next], link: link("monitored-info", c.rawValue))
        }
        let risks = RiskType.allCases.compactMap { r -> DashboardData.Bar? in
            defer { next += 1 }
            return n[next] > 0 ? .init(label: r.label, value: n[next], link: nil) : nil
        }.sorted { $0.value > $1.value }
        let months = (0..<12).map { i in (String(monthStarts[i].description.prefix(7)), n[next + 2 * i], n[next + 2 * i + 1]) }
        let mustFix = try await sql.raw("SELECT COUNT(*) AS n FROM quality_findings WHERE \(within: region, column: "village_code") AND state = 'open' AND severity = 'mustFix'")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let store = ScreeningStore(db: db, principal: p, regions: regions, settings: settings, today: today)
        let villages = p.households == nil ? try await store.villageStats() : []
        let focus = villages.map { FocusVillages.reasons($0, settings: settings.screening) }.filter { !$0.isEmpty }
        let since = today.adding(days: -settings.scaleRisk.windowDays)
        let scaleRisk = p.households == nil ? try await scaleRiskAreas(region: region, villages: villages, since: since, regions: regions, on: sql) : []
        var coverage: (String, Int, Int)?
        if let c = try await store.campaigns().first {
            let rows = try await store.coverage(c)
            coverage = (c.plan.name, rows.reduce(0) { $0 + $1.screened }, rows.reduce(0) { $0 + $1.households })
        }
        let overdue = try await Inbox.counts(for: p, on: db, today: today, cache: inboxCache).overdue
        let assessments = region.count >= 6
            ? try await CountyFormStore.table(.assessments, county: String(region.prefix(6)), year: today.year, on: db).rows.compactMap { r in
                r.facts.date("date").map { ($0, r.facts.text("scope") ?? "") }
            } : []
        return DashboardData(region: region, households: households, monitored: monitored, open: open, eliminated: monitored - open,
                             categories: categories, risks: risks, months: months, overdue: overdue, mustFixOpen: mustFix,
                             focusVillages: focus.count,
                             unresolvedAbove: focus.filter { $0.contains(.unresolvedAboveShare) }.count,
                             coverage: coverage, scaleRisk: scaleRisk, scaleRiskSince: since,
                             assessments: assessments.count, lastAssessment: assessments.max { $0.0 < $1.0 })
    }

    /// The areas one level below the region (the village itself for a village), each with the households department
    /// warnings since `since` put under each large-scale risk, and its population numbers summed from its villages.
    static func scaleRiskAreas(region: String, villages: [VillageStats], since: Day, regions: RegionDirectory, on sql: any SQLDatabase) async throws -> [ScaleRisk.Area] {
        let areas = region.count >= 12 ? [region] : regions.children(of: region).map(\.code).sorted()
        guard let length = areas.first?.count else { return [] }
        var households: [String: [ScaleRiskIndicator: Set<String>]] = [:]
        struct Warned: Decodable { var area: String; var scaleRisk: String; var householdId: String }
        for w in try await sql.raw("""
            SELECT SUBSTR(village_code, 1, \(unsafeRaw: String(length))) AS area, scale_risk, household_id FROM warnings
            WHERE \(within: region, column: "village_code") AND scale_risk IS NOT NULL AND created_on >= \(bind: since.description)
            """).all().map({ try $0.record(Warned.self) }) {
            for code in w.scaleRisk.split(separator: ",") {
                if let i = ScaleRiskIndicator(rawValue: String(code)) { households[w.area, default: [:]][i, default: []].insert(w.householdId) }
            }
        }
        let byArea = Dictionary(grouping: villages) { String($0.code.prefix(length)) }
        return areas.map { code in
            ScaleRisk.Area(stats: ScaleRisk.sum(byArea[code] ?? [], into: code), households: (households[code] ?? [:]).mapValues(\.count))
        }
    }
}

/// Server-made SVG charts with Chinese labels, large enough for a projector.
enum Chart {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Horizontal bars: label, bar, value; a bar with a link opens the list behind it.
    static func bars(_ bars: [DashboardData.Bar], title: String, color: String = "#b1282e") -> String {
        let width = 560, row = 34, top = 36, labelWidth = 150
        let height = top + max(1, bars.count) * row + 8
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(escape(title))\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" font-family=\"Noto Sans CJK SC, sans-serif\">"
        out += "<text x=\"0\" y=\"22\" font-size=\"18\" font-weight=\"700\" fill=\"#1f2933\">\(escape(title))</text>"
        for (i, b) in bars.enumerated() {
            let y = top + i * row
            let w = Int(Double(width - labelWidth - 70) * Double(b.value) / Double(maximum))
            var bar = "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(max(w, 1))\" height=\"\(row - 10)\" fill=\"\(color)\" rx=\"3\"/>"
            if let link = b.link { bar = "<a href=\"\(escape(link))\">\(bar)</a>" }
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 22)\" font-size=\"15\" text-anchor=\"end\" fill=\"#323f4b\">\(escape(b.label))</text>" + bar
            out += "<text x=\"\(labelWidth + w + 8)\" y=\"\(y + 22)\" font-size=\"15\" fill=\"#1f2933\">\(b.value)</text>"
        }
        if bars.isEmpty { out += "<text x=\"0\" y=\"\(top + 20)\" font-size=\"15\" fill=\"#616e7c\">暂无数据</text>" }
        return out + "</svg>"
    }

    /// Paired monthly columns: newly monitored and eliminated.
    static func months(_ months: [(month: String, new: Int, eliminated: Int)], title: String) -> String {
        let width = 1120, height = 260, top = 40, bottom = 40, left = 10
        let maximum = max(1, months.map { max($0.new, $0.eliminated) }.max() ?? 1)
        let slot = (width - left) / max(1, months.count)
        let plot = Double(height - top - bottom)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(escape(title))\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" font-family=\"Noto Sans CJK SC, sans-serif\">"
        out += "<text x=\"0\" y=\"22\" font-size=\"18\" font-weight=\"700\" fill=\"#1f2933\">\(escape(title))</text>"
        out += "<rect x=\"860\" y=\"10\" width=\"14\" height=\"14\" fill=\"#b1282e\"/><text x=\"880\" y=\"22\" font-size=\"14\">新纳入</text>"
        out += "<rect x=\"950\" y=\"10\" width=\"14\" height=\"14\" fill=\"#3e7c17\"/><text x=\"970\" y=\"22\" font-size=\"14\">风险消除</text>"
        for (i, m) in months.enumerated() {
            let x = left + i * slot
            for (j, (v, color)) in [(m.new, "#b1282e"), (m.eliminated, "#3e7c17")].enumerated() {
                let h = Int(plot * Double(v) / Double(maximum))
                out += "<rect x=\"\(x + 6 + j * (slot / 2 - 4))\" y=\"\(height - bottom - h)\" width=\"\(slot / 2 - 8)\" height=\"\(max(h, 0))\" fill=\"\(color)\"/>"
                if v > 0 { out += "<text x=\"\(x + 6 + j * (slot / 2 - 4) + (slot / 2 - 8) / 2)\" y=\"\(height - bottom - h - 4)\" font-size=\"12\" text-anchor=\"middle\">\(v)</text>" }
            }
            out += "<text x=\"\(x + slot / 2)\" y=\"\(height - bottom + 18)\" font-size=\"13\" text-anchor=\"middle\" fill=\"#323f4b\">\(Int(m.month.suffix(2)) ?? 0)月</text>"
        }
        return out + "</svg>"
    }
}
