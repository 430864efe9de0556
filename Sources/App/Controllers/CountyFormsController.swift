import Domain
import Fluent
import Vapor
import XLSX

/// 县级填报 tables (seed 001 附表6–7): pages, .xlsx and API. Everyone who sees reports reads them; the county
/// admin fills them in.
enum CountyFormsController {
    static func form(_ req: Request) throws -> (CountyForm, xlsx: Bool) {
        var id = req.parameters.get("form") ?? ""
        let xlsx = id.hasSuffix(".xlsx")
        if xlsx { id = String(id.dropLast(5)) }
        guard let f = CountyForm.form(id) else { throw AppError.notFound("表格") }
        return (f, xlsx)
    }

    static func county(_ p: Principal) -> String { String((p.regionScope ?? "").prefix(6)) }

    /// The table's parameters: the county (`region`, a county within or above the user's scope; default the user's
    /// county) and the year the rows count for (`year`, default this year).
    struct Params: Sendable { var county: String; var year: Int }

    static func params(_ req: Request, _ p: Principal) throws -> Params {
        var county = county(p)
        if let raw = req.queryText("region")?.trimmed, !raw.isEmpty {
            guard req.regions[raw]?.level == .county else { throw AppError.badRequest("县级区划代码无效：\(raw)", field: "region") }
            let scope = p.regionScope ?? "-"
            guard raw.hasPrefix(scope) || scope.hasPrefix(raw) else { throw AppError.notFound("区划") }
            county = raw
        }
        var year = req.today.year
        if let raw = req.queryText("year")?.trimmed, !raw.isEmpty {
            guard let y = Int(raw), (2015...2100).contains(y) else { throw AppError.badRequest("统计年度应为2015至2100之间的年份", field: "year") }
            year = y
        }
        return Params(county: county, year: year)
    }

    /// A row entered without a year counts for the year the table is showing (tables with a 年度 field).
    static func withYear(_ f: CountyForm, _ input: [String: String], _ year: Int) -> [String: String] {
        f.fields["year"] != nil && (input["year"] ?? "").trimmed.isEmpty ? input.merging(["year": String(year)]) { _, new in new } : input
    }

    /// The year a row entered with `input` counts for (once `withYear` has filled it in and the row was accepted).
    static func year(of input: [String: String], default year: Int) -> Int {
        Int((input["year"] ?? "").trimmed) ?? Day((input["date"] ?? "").trimmed)?.year ?? year
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let p = try req.require(.viewReports)
        let (f, xlsx) = try form(req)
        if xlsx { return try await download(req, p, f) }
        return try await page(req, p, f, input: [:], errors: [], status: .ok).encodeResponse(for: req)
    }

    static func page(_ req: Request, _ p: Principal, _ f: CountyForm, input: [String: String], errors: [FieldError], status: HTTPStatus) async throws -> Page {
        let params = try params(req, p)
        let table = try await CountyFormStore.table(f, county: params.county, year: params.year, on: req.db)
        let counties = req.regions.counties.filter { $0.code.hasPrefix(p.regionScope ?? "-") || (p.regionScope ?? "-").hasPrefix($0.code) }
        return req.page(status) {
            ReportPages.countyForm(.init(viewer: req.viewer(p), table: table, counties: counties, regions: req.regions,
                                   canFill: Permissions.allows(p.role, .fillCountyForms) && params.county == county(p),
                                   state: FormState(values: withYear(f, input, params.year), errors: errors), notice: req.queryText("notice")))
        }
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let p = try req.require(.fillCountyForms)
        let (f, _) = try form(req)
        let input = withYear(f, FormBody.values(of: f.fields, in: FormBody.fields(req)), try params(req, p).year)
        return try await ScreeningForms.handle({
            _ = try await CountyFormStore.add(f, county: county(p), input: input, by: req.auditActor(p), on: req.db)
            return req.redirect(to: "/reports/forms/\(f.id)?year=\(year(of: input, default: req.today.year))&notice=added")
        }, { errors, status in try await page(req, p, f, input: input, errors: errors, status: status) })
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let p = try req.require(.fillCountyForms)
        let (f, _) = try form(req)
        try await CountyFormStore.delete(f, county: county(p), id: req.parameters.get("row") ?? "", by: req.auditActor(p), on: req.db)
        return req.redirect(to: "/reports/forms/\(f.id)?year=\(try params(req, p).year)&notice=deleted")
    }

    static func download(_ req: Request, _ p: Principal, _ f: CountyForm) async throws -> Response {
        let params = try params(req, p)
        let table = try await CountyFormStore.table(f, county: params.county, year: params.year, on: req.db)
        let specs = f.fields.specs
        func cell(_ spec: FieldSpec, _ value: FieldValue?) -> Cell {
            switch value {
            case .int(let n)?: return .integer(n)
            case .fixed(let x)?: return .number(x.description)
            default: return .text(spec.display(value))
            }
        }
        let rows = table.rows.map { r in specs.map { cell($0, r.facts[$0.key]) } } + [specs.enumerated().map { i, s in i == 0 ? .text("合计") : table.total(s.key).map { cell(s, $0) } ?? .empty }]
        let author = p.exporter
        let sheet = Sheet(name: String(f.title.prefix(31)), header: specs.map(\.label), rows: rows, title: f.title,
                          subtitle: "填报单位：\(req.regions.fullName(table.county))　统计年度：\(table.year)年　导出：\(author)　\(Clock.format(Int64(req.now.timeIntervalSince1970)))")
        let data = try XLSXWriter.write([sheet, Sheet.exportNote(p, at: req.now, [("报表", f.title), ("依据", f.source), ("说明", f.note),
                                                                     ("范围", req.regions.fullName(table.county)), ("统计年度", "\(table.year)年")])],
                                        author: author, created: req.now)
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.report", entity: "report", entityID: f.id,
                                  detail: ["region": .string(table.county), "year": .number(Double(table.year))])
        return .download(data, kind: .xlsx, name: "\(f.title)-\(req.regions[table.county]?.name ?? table.county)-\(table.year)年.xlsx", fallback: "\(f.id).xlsx")
    }
}

extension API {
    enum CountyForms {
        static func json(_ t: CountyFormTable) -> JSON {
            let specs = t.form.fields.specs
            func value(_ spec: FieldSpec, _ v: FieldValue?) -> JSON {
                switch v {
                case .int(let n)?: return .number(Double(n))
                case .fixed(let x)?: return JSON.money(x)
                case nil: return .null
                default: return .string(spec.raw(v))
                }
            }
            return .object([
                "id": .string(t.form.id), "title": .string(t.form.title), "source": .string(t.form.source), "county": .string(t.county), "year": .number(Double(t.year)),
                "fields": .array(specs.map { .object(["key": .string($0.key), "label": .string($0.label), "required": .bool($0.required)]) }),
                "rows": .array(t.rows.map { r in
                    .object(["id": .string(r.id), "createdBy": .string(r.createdBy), "createdAt": .string(Clock.iso(r.createdAt)),
                             "values": .object(Dictionary(uniqueKeysWithValues: specs.map { ($0.key, value($0, r.facts[$0.key])) }))])
                }),
                "total": .object(Dictionary(uniqueKeysWithValues: t.form.summed.compactMap { k in t.form.fields[k].map { (k, value($0, t.total(k))) } })),
            ])
        }

        /// `GET /api/v1/reports/forms/{form}?region=&year=` (and `{form}.xlsx`).
        @Sendable static func show(req: Request) async throws -> Response {
            let p = try req.require(.viewReports)
            let (f, xlsx) = try CountyFormsController.form(req)
            if xlsx { return try await CountyFormsController.download(req, p, f) }
            let params = try CountyFormsController.params(req, p)
            return try API.response(json(try await CountyFormStore.table(f, county: params.county, year: params.year, on: req.db)))
        }

        /// `POST /api/v1/reports/forms/{form}` {field: value…} → the year's table with the new row (201); 422 names the fields.
        /// A row without a year counts for `?year=` (default this year).
        @Sendable static func add(req: Request) async throws -> Response {
            let p = try req.require(.fillCountyForms)
            let (f, _) = try CountyFormsController.form(req)
            let body = try API.Screening.form(req)
            if let unknown = f.fields.unknownKeys(in: body).first { throw AppError.badRequest("未知字段：\(unknown)", field: unknown, code: "unknown_field") }
            let county = CountyFormsController.county(p), year = try CountyFormsController.params(req, p).year
            let input = CountyFormsController.withYear(f, body, year)
            _ = try await CountyFormStore.add(f, county: county, input: input, by: req.auditActor(p), on: req.db)
            return try API.response(json(try await CountyFormStore.table(f, county: county, year: CountyFormsController.year(of: input, default: year), on: req.db)),
                                    status: .created)
        }

        /// `DELETE /api/v1/reports/forms/{form}/rows/{row}` → 204.
        @Sendable static func delete(req: Request) async throws -> Response {
            let p = try req.require(.fillCountyForms)
            let (f, _) = try CountyFormsController.form(req)
            try await CountyFormStore.delete(f, county: CountyFormsController.county(p), id: req.parameters.get("row") ?? "", by: req.auditActor(p), on: req.db)
            return Response(status: .noContent)
        }
    }
}
