import Domain
import Fluent
import SQLKit
import Vapor

/// 数据质量: the rules, runs over the county, findings with filters, and the bulletin ranking townships.
enum QualityController {
    struct Filters {
        var township = "", severity = "", state = "open", page = 1
        init(_ req: Request) throws {
            township = req.queryText("township") ?? ""
            severity = req.queryText("severity") ?? ""
            // An empty value (an old link, a cleared field) means the default, not an error.
            state = req.queryText("state").flatMap { $0.isEmpty ? nil : $0 } ?? "open"
            page = try req.queryPage()
            if !township.isEmpty, township.count != 9 || !township.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw AppError.badRequest("乡镇代码应为9位数字", field: "township")
            }
            if !severity.isEmpty, QualitySeverity(rawValue: severity) == nil { throw AppError.badRequest("问题类别应为必改或建议改（mustFix 或 advisory）", field: "severity") }
            if !["open", "closed", "all"].contains(state) { throw AppError.badRequest("整改状态应为未整改、已整改或全部（open、closed 或 all）", field: "state") }
        }
    }

    static func findings(_ req: Request, _ p: Principal, _ f: Filters, per: Int) async throws -> ([FindingRow], Int) {
        try await QualityStore.findings(within: p.regionScope, township: f.township, severity: f.severity, state: f.state, page: f.page, per: per, on: req.db)
    }

    typealias FindingRow = QualityStore.FindingRow
    typealias BulletinRow = QualityStore.BulletinRow

    /// 数据质量通报: townships ranked by open 必改 findings per 1,000 households.
    static func bulletin(_ req: Request, _ p: Principal) async throws -> [BulletinRow] {
        try await QualityStore.bulletin(county: String((p.regionScope ?? "").prefix(6)), on: req.db)
    }

    static func lastRun(_ req: Request, county: String) async throws -> (state: String, at: Int64, open: Int, opened: Int, closed: Int, id: String)? {
        try await QualityStore.lastRun(county: county, on: req.db).map { ($0.state, $0.startedAt, $0.openTotal, $0.opened, $0.closed, $0.id) }
    }

    /// Starts a run in the background; refused while one is running.
    static func start(_ req: Request, _ p: Principal) async throws -> String {
        let county = String((p.regionScope ?? "").prefix(6))
        if let last = try await lastRun(req, county: county), last.state == "running" {
            throw AppError(status: .conflict, code: "running", message: "数据质量检查正在运行（\(Clock.format(last.at))开始），请稍后查看结果")
        }
        let id = try await QualityStore.begin(county: county, by: p.username, on: req.db)
        let db = req.application.jobsDB, policy = req.policy, who = req.auditActor(p), logger = req.logger, file = req.config.sqliteFile
        let calendar = req.calendar, today = req.today, writes = req.caches.writes
        Task.detached {
            do {
                try await WriteCounter.$current.withValue(writes) {
                    try await QualityStore.run(county: county, by: who, runID: id, policy: policy, calendar: calendar, today: today, sqliteFile: file, on: db)
                }
            } catch {
                logger.error("quality run \(id) failed: \(String(describing: error).prefix(300))")
                await QualityStore.fail(id, "检查失败：\(String(describing: error).prefix(200))", on: db)
            }
        }
        return id
    }

    // MARK: - Pages

    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewQuality)
        let county = String((p.regionScope ?? "").prefix(6))
        let rows = try await bulletin(req, p)
        let last = try await lastRun(req, county: county)
        return req.page {
            QualityPages.bulletin(.init(viewer: req.viewer(p), rows: rows, regions: req.regions, last: last, canRun: Permissions.allows(p.role, .runQuality),
                                  notice: req.queryText("notice")))
        }
    }

    @Sendable static func runForm(req: Request) async throws -> Response {
        let p = try req.require(.runQuality)
        _ = try await start(req, p)
        return req.redirect(to: SiteURL.withNotice("/quality", "已开始检查，完成后本页显示结果"))
    }

    @Sendable static func findingsPage(req: Request) async throws -> Page {
        let p = try req.require(.viewQuality)
        return try await findingsPage(req, p)
    }

    static func findingsPage(_ req: Request, _ p: Principal, status: HTTPStatus = .ok, bulk: BulkOutcome? = nil) async throws -> Page {
        let f = try Filters(req)
        let (rows, total) = try await findings(req, p, f, per: 50)
        let due = req.today.adding(days: req.policy.current.settings.screening.rectificationDays)
        let unledgered = Permissions.allows(p.role, .manageRectification) && f.state != "closed"
            ? try await QualityStore.unledgeredCount(within: p.regionScope, township: f.township, severity: f.severity, on: req.db) : 0
        return req.page(status) {
            QualityPages.findings(.init(viewer: req.viewer(p), rows: rows, total: total, filters: f, regions: req.regions, bulk: bulk, defaultDue: due,
                                        unledgered: unledgered))
        }
    }

    /// `GET /quality/findings/ids`: the open findings of the list's township and category not on the ledger yet (the
    /// page's "all N matching" 挂账).
    @Sendable static func unledgeredIDs(req: Request) async throws -> Response {
        let p = try req.require(.manageRectification)
        let f = try Filters(req)
        let ids = try await QualityStore.unledgered(within: p.regionScope, township: f.township, severity: f.severity, limit: BulkForm.allMatchingLimit, on: req.db)
        return try API.response(.object(["ids": .array(ids.map(JSON.string)), "total": .number(Double(ids.count))]))
    }

    /// `GET /quality/findings/export.xlsx`: every finding the list's filters select.
    @Sendable static func findingsExport(req: Request) async throws -> Response {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let spec = ListExport(title: "数据质量问题清单", sheet: "问题清单",
                              filters: [("乡镇", f.township.isEmpty ? "" : req.regions.fullName(f.township)),
                                        ("类别", QualitySeverity(rawValue: f.severity)?.label ?? ""),
                                        ("状态", ["open": "未整改", "closed": "已整改", "all": "全部"][f.state] ?? "")],
                              header: ["规则", "规则说明", "类别", "农户", "户编号", "所在村", "问题", "发现时间", "状态", "整改时间"],
                              audit: "findings", fallback: "findings.xlsx")
        return try await spec.respond(req, p) { add in
            try await ListExport.pages(of: 1000, { offset in
                var page = f
                page.page = offset / 1000 + 1
                return try await findings(req, p, page, per: 1000).0
            }) { rows in
                for r in rows {
                    try add([.text(r.rule), .text(QualityRules.rule(r.rule)?.description ?? ""), .text(r.severity.label), .text("\(r.headName)户"),
                             .text(r.householdCode), .text(req.regions.fullName(r.villageCode)), .text(r.message), .text(Clock.format(r.openedAt)),
                             .text(r.state == "open" ? "未整改" : "已整改"), .text(r.closedAt.map(Clock.format) ?? "")])
                }
            }
        }
    }

    @Sendable static func rulesPage(req: Request) async throws -> Page {
        let p = try req.require(.viewQuality)
        return req.page { QualityPages.rules(.init(viewer: req.viewer(p))) }
    }
}

extension API {
    enum Quality {
        /// `GET /api/v1/quality/rules`.
        @Sendable static func rules(req: Request) async throws -> Response {
            _ = try req.require(.viewQuality)
            return try API.response(.object(["items": .array(QualityRules.all.map { r in
                .object(["code": .string(r.code), "description": .string(r.description), "severity": .string(r.severity.rawValue),
                         "severityLabel": .string(r.severity.label), "fields": .array(r.fields.map(JSON.string))])
            }), "total": .number(Double(QualityRules.all.count))]))
        }

        /// `POST /api/v1/quality/runs`: 202 with the run's id; `GET /api/v1/quality/runs/{id}` follows it.
        @Sendable static func start(req: Request) async throws -> Response {
            let p = try req.require(.runQuality)
            let id = try await QualityController.start(req, p)
            let r = try API.response(.object(["id": .string(id), "state": .string("running")]), status: .accepted)
            r.headers.replaceOrAdd(name: .location, value: "/api/v1/quality/runs/\(id)")
            return r
        }

        @Sendable static func run(req: Request) async throws -> Response {
            let p = try req.require(.viewQuality)
            let county = String((p.regionScope ?? "").prefix(6))
            guard let r = try await QualityStore.run(id: try req.idParameter(), county: county, on: req.db) else {
                throw AppError.notFound("检查记录")
            }
            return try API.response(.object([
                "id": .string(r.id), "state": .string(r.state),
                "households": .number(Double(r.households)), "open": .number(Double(r.openTotal)),
                "opened": .number(Double(r.opened)), "closed": .number(Double(r.closed)),
                "message": r.message.map(JSON.string) ?? .null,
            ]))
        }

        /// `GET /api/v1/quality/findings?township=&severity=&state=` → {items, total}.
        @Sendable static func findings(req: Request) async throws -> Response {
            let p = try req.require(.viewQuality)
            let f = try QualityController.Filters(req)
            let per = try req.queryPer(default: 100, max: 500)
            let (rows, total) = try await QualityController.findings(req, p, f, per: per)
            return try API.response(.object(["items": .array(rows.map { r in
                .object(["rule": .string(r.rule), "severity": .string(r.severity.rawValue), "householdId": .string(r.householdID),
                         "householdCode": .string(r.householdCode), "villageCode": .string(r.villageCode), "message": .string(r.message),
                         "state": .string(r.state), "openedAt": .string(Clock.iso(r.openedAt)), "closedAt": r.closedAt.map { .string(Clock.iso($0)) } ?? .null])
            }), "total": .number(Double(total)), "page": .number(Double(f.page)), "per": .number(Double(per))]))
        }
    }
}
