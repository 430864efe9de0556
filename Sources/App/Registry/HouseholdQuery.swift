import Domain
import Fluent
import SQLKit
import Vapor

/// The household list: search, filters, sorting and paging, always inside the user's scope.
enum HouseholdQuery {
    struct Filters: Sendable, Equatable {
        var q: String = ""
        var township: String = ""
        var village: String = ""
        /// ordinary, alleviated or monitored
        var category: String = ""
        /// "true", "false" or empty
        var monitored: String = ""
        var includeDissolved = false
        /// The households behind a report number: report id, column, region and period.
        var report: String = ""
        var column: String = ""
        var region: String = ""
        var from: String = ""
        var to: String = ""
        var sort: String = "code"
        var dir: String = "asc"
        var page: Int = 1
        var per: Int = 20

        static let sortColumns: [String: String] = [
            "code": "h.code", "head": "h.head_name", "size": "h.member_count", "income": "h.per_capita_income",
            "village": "h.village_code", "category": "h.category", "updated": "h.updated_at",
        ]

        init() {}

        /// Reads the query string; bad values are refused with the parameter named.
        init(from req: Request) throws {
            func s(_ k: String) -> String { (req.queryText(k) ?? "").trimmingCharacters(in: .whitespaces) }
            q = s("q")
            township = s("township")
            village = s("village")
            category = s("category")
            monitored = s("monitored")
            includeDissolved = s("dissolved") == "true"
            report = s("report"); column = s("column"); region = s("region"); from = s("from"); to = s("to")
            if !report.isEmpty {
                guard ReportCatalogue.definition(report)?.column(column) != nil else { throw AppError.badRequest("报表栏目不存在：\(report)/\(column)", field: "column") }
                guard region.isEmpty || RegionLevel.of(code: region) != nil else { throw AppError.badRequest("区划代码无效", field: "region") }
                guard (from.isEmpty || Day(from) != nil) && (to.isEmpty || Day(to) != nil) else { throw AppError.badRequest("日期格式应为 YYYY-MM-DD", field: "from") }
            }
            if !s("sort").isEmpty { sort = s("sort") }
            if !s("dir").isEmpty { dir = s("dir") }
            if !s("page").isEmpty { guard let p = Int(s("page")), p >= 1, p <= 100_000 else { throw AppError.badRequest("页码应为正整数", field: "page") }; page = p }
            if !s("per").isEmpty { guard let p = Int(s("per")), (1...200).contains(p) else { throw AppError.badRequest("每页条数应在1至200之间", field: "per") }; per = p }
            guard Self.sortColumns[sort] != nil else { throw AppError.badRequest("排序字段无效：\(sort)", field: "sort") }
            guard dir == "asc" || dir == "desc" else { throw AppError.badRequest("排序方向应为asc或desc", field: "dir") }
            guard category.isEmpty || ["ordinary", "alleviated", "monitored"].contains(category) else {
                throw AppError.badRequest("户类型应为ordinary（一般户）、alleviated（脱贫户）或monitored（监测户）", field: "category")
            }
            guard monitored.isEmpty || monitored == "true" || monitored == "false" else {
                throw AppError.badRequest("monitored应为true或false", field: "monitored")
            }
            guard village.isEmpty || RegionLevel.of(code: village) == .village else { throw AppError.badRequest("村代码应为12位数字", field: "village") }
            guard township.isEmpty || RegionLevel.of(code: township) == .township else { throw AppError.badRequest("乡镇代码应为9位数字", field: "township") }
            guard q.count <= 40 else { throw AppError.badRequest("搜索内容过长", field: "q") }
        }

        /// Whether the search text is (part of) an ID number rather than a household code: every such search is audited.
        var searchesIDNumber: Bool {
            let t = q.uppercased()
            return t.count >= 6 && t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "X") }
        }

        var asQuery: [String: String] {
            ["q": q, "township": township, "village": village, "category": category, "monitored": monitored,
             "sort": sort == "code" ? "" : sort, "dir": dir == "asc" ? "" : dir, "page": page == 1 ? "" : String(page),
             "per": per == 20 ? "" : String(per), "dissolved": includeDissolved ? "true" : "",
             "report": report, "column": column, "region": region, "from": from, "to": to]
        }
    }

    struct Row: Sendable {
        var id: String
        var code: String
        var villageCode: String
        var headName: String?
        var category: HouseholdCategory?
        var liftedYear: Int?
        var monitoringCategory: MonitoringCategory?
        var memberCount: Int
        var perCapita: Fixed2?
        var dissolved: Bool
        var relocated: Bool

        /// The columns the list selects.
        private struct Columns: Decodable {
            var id, code, villageCode: String
            var headName, category, monitoringCategory: String?
            var liftedYear: Int?
            var memberCount: Int
            var perCapitaIncome, dissolvedAt: Int64?
            var relocated: Bool?
        }

        init(row: any SQLRow) throws {
            let c = try row.record(Columns.self)
            id = c.id; code = c.code; villageCode = c.villageCode; headName = c.headName
            category = c.category.flatMap(HouseholdCategory.init(rawValue:)); liftedYear = c.liftedYear
            monitoringCategory = c.monitoringCategory.flatMap(MonitoringCategory.init(rawValue:)); memberCount = c.memberCount
            perCapita = c.perCapitaIncome.map(Fixed2.init(hundredths:)); dissolved = c.dissolvedAt != nil; relocated = c.relocated ?? false
        }
    }

    /// The scope condition: a village user sees its village's households and those relocated from it (R3).
    /// A helper's condition also keeps to the households assigned to them.
    static func scopeCondition(_ p: Principal) -> SQLQueryString? {
        guard let scope = p.regionScope, Permissions.allows(p.role, .viewRegistry) else { return nil }
        let region: SQLQueryString
        switch RegionLevel.of(code: scope) {
        case .county: region = "h.county_code = \(bind: scope)"
        case .township: region = "(h.township_code = \(bind: scope) OR h.origin_township_code = \(bind: scope))"
        case .village: region = "(h.village_code = \(bind: scope) OR h.origin_village_code = \(bind: scope))"
        default: return nil
        }
        return region + p.andHouseholdCondition("h.id")
    }

    /// One page of the list, or with `limit` the first `limit` rows in the list's order (for exports).

    /// A search by ID number is a look into personal data: the trail keeps who searched for what.
    static func auditSearch(_ f: Filters, _ req: Request, _ p: Principal) async throws {
        guard f.searchesIDNumber else { return }
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "search.idNumber", entity: "household", entityID: "",
                                  detail: ["q": .string(f.q)])
    }

    /// The filters as the page names them, for an export's title row.
    static func describe(_ f: Filters, regions: RegionDirectory) -> [(String, String)] {
        let category = ["ordinary": "一般户", "alleviated": "脱贫户", "monitored": "监测户"][f.category] ?? ""
        let report = ReportCatalogue.definition(f.report).map { $0.title + (f.column.isEmpty ? "" : " 第\(f.column)栏") } ?? ""
        let period = f.from.isEmpty && f.to.isEmpty ? "" : "\(f.from)至\(f.to)"
        return [("检索", f.q), ("乡镇", f.township.isEmpty ? "" : regions.fullName(f.township)), ("村", f.village.isEmpty ? "" : regions.fullName(f.village)),
                ("户类型", category), ("是否监测", ["true": "是", "false": "否"][f.monitored] ?? ""), ("含已注销户", f.includeDissolved ? "是" : ""),
                ("报表", report), ("报表区划", f.region.isEmpty ? "" : regions.fullName(f.region)), ("统计期", period)]
    }

    static func list(_ f: Filters, principal: Principal, today: Day, on db: any Database, limit: Int? = nil, totals: WriteCache<Int>? = nil) async throws -> (rows: [Row], total: Int) {
        let sql = try db.sql()
        guard let scope = scopeCondition(principal) else { return ([], 0) }
        var conditions: [SQLQueryString] = [scope]
        if !f.includeDissolved { conditions.append("h.dissolved_at IS NULL") }
        if !f.village.isEmpty { conditions.append("h.village_code = \(bind: f.village)") }
        if !f.township.isEmpty { conditions.append("h.township_code = \(bind: f.township)") }
        if !f.report.isEmpty {
            let (from, to) = ReportStore.period(from: f.from, to: f.to, today: today)
            conditions.append(try ReportStore.listCondition(report: f.report, column: f.column, from: from, to: to))
            if !f.region.isEmpty { conditions.append("\(within: f.region, column: "h.village_code")") }
        }
        switch f.category {
        case "ordinary": conditions.append("h.category = 'ordinary'")
        case "alleviated": conditions.append("h.category = 'alleviated'")
        case "monitored": conditions.append("h.monitoring_category IS NOT NULL")
        default: break
        }
        if f.monitored == "true" { conditions.append("h.monitoring_category IS NOT NULL") }
        if f.monitored == "false" { conditions.append("h.monitoring_category IS NULL") }
        let q = f.q.uppercased()
        if !q.isEmpty {
            // Prefix searches, each on an index: household code or ID number (digits), otherwise a member's name.
            let upper = q + "\u{FFFF}"
            if q.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "X") }) {
                if Permissions.allows(principal.role, .revealPersonal) {
                    conditions.append("""
                        ((h.code >= \(bind: q) AND h.code < \(bind: upper)) OR h.id IN (SELECT household_id FROM members
                          WHERE id_number >= \(bind: q) AND id_number < \(bind: upper) AND removed_at IS NULL))
                        """)
                } else {
                    // A role that sees masked numbers finds a person by the whole number only: prefixes would rebuild
                    // a hidden number digit by digit.
                    conditions.append("""
                        ((h.code >= \(bind: q) AND h.code < \(bind: upper)) OR h.id IN (SELECT household_id FROM members
                          WHERE id_number = \(bind: q) AND removed_at IS NULL))
                        """)
                }
            } else {
                conditions.append("h.id IN (SELECT household_id FROM members WHERE name >= \(bind: q) AND name < \(bind: upper))")
            }
        }
        let whereClause = conditions.joined(separator: " AND ")
        // Paging through a list asks for the same total on every page: on the embedded database, where every write goes
        // through this process, it is kept until the next write (`totals`).
        var key = f
        (key.page, key.sort, key.dir, key.per) = (1, "", "", 0)
        let cacheKey = "\(principal.username)|\(today)|\(key)"
        let total: Int
        if let hit = totals?.get(cacheKey) {
            total = hit
        } else {
            let generation = totals?.generation ?? 0
            total = try await sql.raw("SELECT COUNT(*) AS n FROM households h WHERE \(whereClause)").first()?.decode(column: "n", as: Int.self) ?? 0
            totals?.set(cacheKey, total, generation: generation)
        }
        // The code breaks ties; ordering by the code twice would make SQLite sort instead of walking the code's index.
        let order = Filters.sortColumns[f.sort] ?? "h.code"
        let direction = f.dir == "desc" ? "DESC" : "ASC"
        let offset = limit == nil ? (f.page - 1) * f.per : 0
        let count = limit ?? f.per
        let rows = try await sql.raw("""
            SELECT h.id, h.code, h.village_code, h.head_name, h.category, h.lifted_year, h.monitoring_category, h.member_count,
                   h.per_capita_income, h.dissolved_at, h.relocated
            FROM households h WHERE \(whereClause)
            ORDER BY \(unsafeRaw: order) \(unsafeRaw: direction)\(unsafeRaw: order == "h.code" ? "" : ", h.code " + direction)
            LIMIT \(literal: count) OFFSET \(literal: offset)
            """).all()
        return (try rows.map(Row.init(row:)), total)
    }

    /// Household counts per village inside a scope (for the region tree).
    static func countsByVillage(principal: Principal, on db: any Database) async throws -> [String: (all: Int, monitored: Int, alleviated: Int)] {
        let sql = try db.sql()
        guard let scope = scopeCondition(principal) else { return [:] }
        struct Village: Decodable { var villageCode: String; var households, monitored, alleviated: Int }
        let rows = try await sql.raw("""
            SELECT h.village_code, COUNT(*) AS households,
                   CAST(SUM(CASE WHEN h.monitoring_category IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS monitored,
                   CAST(SUM(CASE WHEN h.category = 'alleviated' THEN 1 ELSE 0 END) AS BIGINT) AS alleviated
            FROM households h WHERE \(scope) AND h.dissolved_at IS NULL GROUP BY h.village_code
            """).all().map { try $0.record(Village.self) }
        return Dictionary(rows.map { ($0.villageCode, (all: $0.households, monitored: $0.monitored, alleviated: $0.alleviated)) }) { a, _ in a }
    }
}
