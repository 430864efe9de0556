import Domain
import Fluent
import Vapor
import XLSX

/// 报表: the tables a county sends up, as pages (A4, every number a link), .xlsx and JSON.
enum ReportsController {
    struct Params: Sendable { var region: String; var from, to: Day }

    static func params(_ req: Request, _ p: Principal) throws -> Params {
        let region = try req.regionQuery(p)
        let f = (req.queryText("from") ?? "").trimmed, t = (req.queryText("to") ?? "").trimmed
        if !f.isEmpty && Day(f) == nil { throw AppError.badRequest("开始日期格式应为 YYYY-MM-DD", field: "from") }
        if !t.isEmpty && Day(t) == nil { throw AppError.badRequest("结束日期格式应为 YYYY-MM-DD", field: "to") }
        let (from, to) = ReportStore.period(from: f, to: t, today: req.today)
        guard from <= to else { throw AppError.badRequest("开始日期不能晚于结束日期", field: "to") }
        return Params(region: region ?? p.regionScope ?? "", from: from, to: to)
    }

    static func table(_ req: Request, id: String) async throws -> (Principal, ReportTable) {
        let p = try req.require(.viewReports)
        guard let d = ReportCatalogue.definition(id) else { throw AppError.notFound("报表") }
        let params = try params(req, p)
        return (p, try await ReportStore.compute(d, region: params.region, from: params.from, to: params.to, principal: p, regions: req.regions,
                                                  settings: req.policy.current.settings, on: req.db))
    }

    /// `GET /dashboard`: the overview of the user's region.
    @Sendable static func dashboard(req: Request) async throws -> Page {
        let p = try req.require(.viewReports)
        let settings = req.policy.current.settings
        let data = try await Dashboard.load(p, regions: req.regions, settings: settings, today: req.today, inboxCache: req.caches.inbox, on: req.db)
        return req.page { DashboardPage.view(.init(viewer: req.viewer(p), data: data, regions: req.regions, settings: settings)) }
    }

    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewReports)
        return req.page { ReportPages.index(.init(viewer: req.viewer(p), regions: req.regions)) }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let id = req.parameters.get("id") ?? ""
        if id.hasSuffix(".xlsx") { return try await xlsx(req, id: String(id.dropLast(5))) }
        let (p, t) = try await table(req, id: id)
        // Where the quarter's figures are sent from (定期报送).
        let owed = try await req.duties.mine(p).filter { $0.duty.page == "/reports/\(id)" }
        let duties = DutyViews.card(owed, viewer: req.viewer(p), regions: req.regions, back: "/reports/\(id)", notice: req.queryText("notice"))
        return try await req.page { ReportPages.table(.init(viewer: req.viewer(p), table: t, regions: req.regions, duties: duties)) }.encodeResponse(for: req)
    }

    static func xlsx(_ req: Request, id: String) async throws -> Response {
        let (p, t) = try await table(req, id: id)
        let notes = t.rows.contains { $0.note != nil }
        let header = [ReportPages.rowHeader(t)] + t.definition.columns.map(\.title) + (notes ? ["说明"] : [])
        let rows: [[Cell]] = t.rows.map { [.text($0.name)] + $0.values.map(Cell.integer) + (notes ? [.text($0.note ?? "")] : []) }
            + [[.text("合计")] + t.total.map(Cell.integer)]
        let period = t.definition.usesPeriod ? "\(t.from) 至 \(t.to)" : "截至 \(req.today)"
        let author = p.exporter, now = Clock.format(Int64(req.now.timeIntervalSince1970))
        let table = Sheet(name: String(t.definition.title.prefix(31)), header: header, rows: rows, title: t.definition.title,
                          subtitle: "填报单位：\(req.regions.fullName(t.region))　统计期：\(period)　导出：\(author)　\(now)",
                          groups: [nil] + t.definition.columns.map(\.group) + (notes ? [nil] : []))
        let about = Sheet.exportNote(p, at: req.now, [
            ("报表", t.definition.title), ("依据", t.definition.source), ("说明", t.definition.note), ("范围", req.regions.fullName(t.region)),
            ("统计期", period),
        ])
        let data = try XLSXWriter.write([table, about], author: author, created: req.now)
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.report", entity: "report", entityID: t.definition.id,
                                  detail: ["region": .string(t.region)])
        return .download(data, kind: .xlsx, name: "\(t.definition.title)-\(req.regions[t.region]?.name ?? t.region)-\(req.today).xlsx", fallback: "report.xlsx")
    }
}

extension Request {
    /// `?region=`: a region code inside the user's scope (`anywhere`: any region, for a department's own records);
    /// 400 naming the field when it is unknown or a 村民小组, 404 outside the scope, nil when not given.
    func regionQuery(_ p: Principal, anywhere: Bool = false) throws -> String? {
        let raw = (queryText("region") ?? "").trimmed
        guard !raw.isEmpty else { return nil }
        guard regions[raw] != nil, RegionLevel.of(code: raw) != .group else { throw AppError.badRequest("区划代码无效：\(raw)", field: "region") }
        guard anywhere || raw.hasPrefix(p.regionScope ?? "") else { throw AppError.notFound("区划") }
        return raw
    }
}

extension API {
    enum Reports {
        /// `GET /api/v1/reports`: the report ids with titles and parameters, and the county-filled forms.
        @Sendable static func index(req: Request) async throws -> Response {
            _ = try req.require(.viewReports)
            return try API.response(.object(["items": .array(ReportCatalogue.all.map { d in
                .object(["id": .string(d.id), "title": .string(d.title), "source": .string(d.source), "note": .string(d.note),
                         "parameters": .array((["region"] + (d.usesPeriod ? ["from", "to"] : [])).map(JSON.string)),
                         "xlsx": .string("/api/v1/reports/\(d.id).xlsx")])
            }), "forms": .array(CountyForm.all.map { f in
                .object(["id": .string(f.id), "title": .string(f.title), "source": .string(f.source), "note": .string(f.note),
                         "parameters": .array(["region", "year"].map(JSON.string)),
                         "json": .string("/api/v1/reports/forms/\(f.id)"), "xlsx": .string("/api/v1/reports/forms/\(f.id).xlsx")])
            }), "sheets": .array([
                .object(["id": .string("survey-sheets"), "title": .string("防止返贫监测帮扶集中排查入户摸底调查表"), "source": .string("涞源县集中排查方案附表1"),
                         "note": .string("按村，每户一页A4（网页打印），或每名成员一行的Excel；入户核实各栏由排查人员填写"),
                         "parameters": .array(["village", "date"].map(JSON.string)),
                         "html": .string("/survey-sheets"), "xlsx": .string("/api/v1/survey-sheets.xlsx")]),
            ])]))
        }

        /// `GET /api/v1/dashboard`: the overview's numbers, with the large-scale risk indicators per area.
        @Sendable static func dashboard(req: Request) async throws -> Response {
            let p = try req.require(.viewReports)
            let settings = req.policy.current.settings
            let d = try await Dashboard.load(p, regions: req.regions, settings: settings, today: req.today, inboxCache: req.caches.inbox, on: req.db)
            func bars(_ b: [DashboardData.Bar]) -> JSON { .array(b.map { .object(["label": .string($0.label), "value": .number(Double($0.value))]) }) }
            func n(_ v: Int) -> JSON { .number(Double(v)) }
            return try API.response(.object([
                "region": .string(d.region), "households": n(d.households), "monitored": n(d.monitored), "open": n(d.open),
                "eliminated": n(d.eliminated), "overdue": n(d.overdue), "mustFixOpen": n(d.mustFixOpen), "focusVillages": n(d.focusVillages),
                "unresolvedAboveShare": n(d.unresolvedAbove), "categories": bars(d.categories), "risks": bars(d.risks),
                "months": .array(d.months.map { .object(["month": .string($0.month), "new": n($0.new), "eliminated": n($0.eliminated)]) }),
                "coverage": d.coverage.map { .object(["campaign": .string($0.name), "screened": n($0.screened), "households": n($0.households)]) } ?? .null,
                "scaleRisk": .object([
                    "since": .string(d.scaleRiskSince.description), "threshold": n(settings.scaleRisk.households),
                    "assessmentsThisYear": n(d.assessments),
                    "lastAssessment": d.lastAssessment.map { .object(["date": .string($0.date.description), "scope": .string($0.scope)]) } ?? .null,
                    "areas": .array(d.scaleRisk.map { a in
                        .object(["code": .string(a.code), "name": .string(req.regions[a.code]?.name ?? a.code),
                                 "households": .object(Dictionary(uniqueKeysWithValues: ScaleRiskIndicator.allCases.map { ($0.rawValue, n(a[$0])) })),
                                 "unresolvedPeople": n(a.stats.unresolvedPeople), "people": n(a.stats.people),
                                 "unresolvedShare": .string(a.stats.unresolvedShare.description),
                                 "advice": .array(ScaleRisk.advice(a, settings: settings.scaleRisk, screening: settings.screening).map(JSON.string))])
                    }),
                ]),
            ]))
        }

        /// `GET /api/v1/reports/{id}?region=&from=&to=` (and `{id}.xlsx`).
        @Sendable static func show(req: Request) async throws -> Response {
            let id = req.parameters.get("id") ?? ""
            if id.hasSuffix(".xlsx") { return try await ReportsController.xlsx(req, id: String(id.dropLast(5))) }
            let (_, t) = try await ReportsController.table(req, id: id)
            let columns = t.definition.columns
            return try API.response(.object([
                "id": .string(t.definition.id), "title": .string(t.definition.title), "source": .string(t.definition.source),
                "region": .string(t.region), "from": .string(t.from.description), "to": .string(t.to.description),
                "columns": .array(columns.map {
                    .object(["key": .string($0.key), "title": .string($0.title), "group": $0.group.map(JSON.string) ?? .null,
                             "people": .bool($0.people), "derived": .bool($0.condition == nil)])
                }),
                "rows": .array(t.rows.map { r in
                    .object(["code": .string(r.code), "name": .string(r.name),
                             "values": .object(Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), r.values.map { JSON.number(Double($0)) }))),
                             "links": .object(Dictionary(uniqueKeysWithValues: columns.map { ($0.key, t.link(column: $0, region: r.code).map(JSON.string) ?? .null) })),
                             "note": r.note.map(JSON.string) ?? .null])
                }),
                "total": .object(Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), t.total.map { JSON.number(Double($0)) }))),
            ]))
        }
    }
}
