import Domain
import Fluent
import SQLKit
import Vapor
import XLSX

extension Request {
    func imports(_ p: Principal) -> ImportStore {
        let county = p.regionScope.map { String($0.prefix(6)) } ?? regions.counties.first?.code ?? ""
        return ImportStore(db: db, principal: p, county: county, now: now, address: clientAddress, auditKey: application.auditKey, settings: config.warningSettings,
                           policy: policy, calendar: calendar, progress: application.importProgress)
    }
}

/// What a warnings list is narrowed to: open/done/all, and (from the dashboard's large-scale risk table) one
/// indicator, an area inside the user's scope and a first day. Bad values are refused with the field named.
struct WarningQuery {
    var filter: String
    var indicator: ScaleRiskIndicator?
    var region: String?
    var since: Day?

    init(_ req: Request, _ p: Principal, defaultFilter: String) throws {
        filter = req.queryText("filter").flatMap { $0.isEmpty ? nil : $0 } ?? defaultFilter
        guard ["open", "done", "all"].contains(filter) else { throw AppError.badRequest("核实情况应为待核实、已核实或全部（open、done 或 all）", field: "filter") }
        if let raw = req.queryText("indicator"), !raw.isEmpty {
            guard let i = ScaleRiskIndicator(rawValue: raw) else {
                throw AppError.badRequest("indicator应为：" + ScaleRiskIndicator.allCases.map(\.rawValue).joined(separator: "、"), field: "indicator")
            }
            indicator = i
        }
        region = try req.regionQuery(p, anywhere: p.role == .departmentOfficer)
        if let raw = req.queryText("since")?.trimmed, !raw.isEmpty {
            guard let d = Day(raw) else { throw AppError.badRequest("开始日期格式应为 YYYY-MM-DD", field: "since") }
            since = d
        }
    }

    /// "自然灾害 · 长安镇 · 2026-08-25以来", or nil when only the state is chosen.
    func narrowing(regions: RegionDirectory) -> String? {
        let parts = [indicator?.label, region.map { regions.fullName($0) }, since.map { "\($0)以来" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

/// 部门数据: the list catalogue and templates, imports with their row-by-row report, and warnings to verify.
enum DepartmentsController {
    struct Upload: Content {
        var listType: String?
        var file: File?
        var _csrf: String?
    }

    // MARK: - Catalogue and templates

    @Sendable static func catalogue(req: Request) async throws -> Page {
        let p = try req.require(.viewDepartmentData)
        let types = p.role == .departmentOfficer ? ListCatalogue.types.filter { $0.department.rawValue == p.scope } : ListCatalogue.types
        return req.page { DepartmentPages.catalogue(.init(viewer: req.viewer(p), types: types, settings: req.config.warningSettings)) }
    }

    /// `GET /departments/templates/:key?format=xlsx|csv`.
    @Sendable static func template(req: Request) async throws -> Response {
        _ = try req.require(.viewDepartmentData)
        guard let type = ListCatalogue.type(req.parameters.get("key") ?? "") else { throw AppError.notFound("名单类型") }
        let format = req.queryText("format") ?? "xlsx"
        let header = type.columns.map(\.header)
        let example = type.columns.map { c -> String in
            switch c.kind {
            case .idNumber: return "450224198001011234"
            case .text: return c.key == "name" ? "张三" : "示例"
            case .date: return req.today.description
            case .amount: return "1000.00"
            case .integer: return String(req.today.year)
            case .choice(let options): return options.first ?? ""
            }
        }
        if format == "csv" {
            return .download(CSV.write([header]), kind: .csv, name: "\(type.name)模板.csv", fallback: "template.csv")
        } else if format == "xlsx" {
            let notes = Sheet(name: "填写说明", header: ["列", "要求"], rows: type.columns.map { c in
                let rule: String
                switch c.kind {
                case .idNumber: rule = "18位身份证号码，设置为文本格式，勿用科学计数法"
                case .text(let n): rule = "文字，不超过\(n)字"
                case .date: rule = "日期，如 \(req.today)"
                case .amount: rule = "金额（元），最多两位小数"
                case .integer: rule = "整数"
                case .choice(let o): rule = "只能填：" + o.joined(separator: "、")
                }
                return [.text(c.header), .text(rule + (c.required ? "（必填）" : ""))]
            } + [[.text("预警规则"), .text(type.ruleText)], [.text("示例"), .text(example.joined(separator: "，"))]])
            return .download(try XLSXWriter.write([Sheet(name: "名单", header: header, rows: []), notes]), kind: .xlsx,
                             name: "\(type.name)模板.xlsx", fallback: "template.xlsx")
        } else {
            throw AppError.badRequest("format应为xlsx或csv", field: "format")
        }
    }

    // MARK: - Imports

    @Sendable static func imports(req: Request) async throws -> Page {
        let p = try req.require(.viewDepartmentData)
        return try await importsPage(req, p)
    }

    static func importsPage(_ req: Request, _ p: Principal, status: HTTPStatus = .ok, error: String? = nil, listType: String = "") async throws -> Page {
        let list = try await WarningStore.imports(department: p.role == .departmentOfficer ? p.scope : nil, on: req.db)
        let types = p.role == .departmentOfficer ? ListCatalogue.types.filter { $0.department.rawValue == p.scope } : ListCatalogue.types
        // A department's own pushes; the county sees every department's.
        let store = req.duties
        let owed = p.role == .departmentOfficer ? try await store.mine(p)
            : try await store.below(p, regions: req.regions).filter { $0.duty.role == .departmentOfficer }
        let duties = DutyViews.card(owed, viewer: req.viewer(p), regions: req.regions, back: "/imports", notice: req.queryText("notice"))
        return req.page(status) {
            DepartmentPages.imports(.init(viewer: req.viewer(p), imports: list, types: types, canImport: Permissions.allows(p.role, .importDepartmentLists),
                                    error: error, listType: listType, duties: duties))
        }
    }

    enum Outcome { case done(ImportRecord, repeatOf: Bool), background(String) }

    /// Shared by the page and the API: check the file, then apply it now or in the background.
    static func run(_ req: Request, _ p: Principal) async throws -> Outcome {
        let upload: Upload
        do { upload = try req.content.decode(Upload.self) } catch {
            throw AppError.badRequest("请以 multipart/form-data 上传：listType（名单类型）和 file（.xlsx、.xls 或 .csv 文件）", field: "file", code: "multipart")
        }
        guard let file = upload.file else { throw AppError.validation([FieldError(field: "file", code: "required", message: "请选择要导入的文件")]) }
        let store = req.imports(p)
        let prepared = try store.prepare(data: Data(buffer: file.data), filename: file.filename, listType: upload.listType ?? "")
        if let earlier = try await store.earlier(prepared) { return .done(earlier, repeatOf: true) }
        let id = try await store.begin(prepared)
        if prepared.parsed.rows.count > ImportStore.backgroundThreshold {
            let logger = req.logger
            // On the jobs pool: the requests that follow its progress keep their own connections.
            let job = store.on(req.application.jobsDB), writes = req.caches.writes
            Task.detached {
                do { try await WriteCounter.$current.withValue(writes) { try await job.apply(prepared, importID: id) } } catch {
                    logger.error("import \(id) failed: \(String(describing: error).prefix(500))")
                }
            }
            return .background(id)
        }
        try await store.apply(prepared, importID: id)
        guard let record = try await ImportStore.find(id: id, on: req.db) else { throw AppError.notFound("导入记录") }
        return .done(record, repeatOf: false)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let p = try req.require(.importDepartmentLists)
        do {
            switch try await run(req, p) {
            case .done(let r, let repeatOf):
                return req.redirect(to: "/imports/\(r.id)" + (repeatOf ? "?repeat=1" : ""))
            case .background(let id):
                return req.redirect(to: "/imports/\(id)")
            }
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500 else { throw error }
            return try await importsPage(req, p, status: e.status, error: e.message).response()
        }
    }

    static func visibleImport(_ req: Request, _ p: Principal) async throws -> ImportRecord {
        guard let r = try await ImportStore.find(id: try req.idParameter(), on: req.db) else { throw AppError.notFound("导入记录") }
        if p.role == .departmentOfficer, r.department != p.scope { throw AppError.notFound("导入记录") }
        if let scope = p.regionScope, String(scope.prefix(6)) != r.countyCode { throw AppError.notFound("导入记录") }
        return r
    }

    @Sendable static func show(req: Request) async throws -> Page {
        let p = try req.require(.viewDepartmentData)
        let r = try await visibleImport(req, p)
        let status = req.queryText("status").flatMap { ImportRowRecord.labels[$0] == nil ? nil : $0 }
        let rows = try await ImportStore.rows(of: r.id, status: status, on: req.db)
        let progress = req.application.importProgress.get(r.id)
        return req.page {
            DepartmentPages.importReport(.init(viewer: req.viewer(p), record: r, rows: rows, status: status ?? "", progress: progress,
                                         repeatNotice: req.queryText("repeat") == "1"))
        }
    }

    /// `GET /imports/{id}/report.xlsx?status=`: the import's row-by-row report, every row the filter selects.
    @Sendable static func importReportExport(req: Request) async throws -> Response {
        let p = try req.require(.viewDepartmentData)
        let r = try await visibleImport(req, p)
        let raw = req.queryText("status") ?? ""
        if !raw.isEmpty, ImportRowRecord.labels[raw] == nil { throw AppError.badRequest("只看的结果无效：\(raw)", field: "status") }
        let status = raw.isEmpty ? nil : raw
        let spec = ListExport(title: "名单导入逐行结果", sheet: "逐行结果", filters: [("文件", r.filename), ("只看", status.flatMap { ImportRowRecord.labels[$0] } ?? "")],
                              header: ["行号", "结果", "身份证号码", "姓名", "说明"], audit: "import-report", fallback: "import-report.xlsx")
        return try await spec.respond(req, p) { add in
            var last = 0
            while true {
                let rows = try await ImportStore.rows(of: r.id, status: status, limit: 2000, after: last, on: req.db)
                for row in rows {
                    try add([.integer(row.number), .text(row.statusLabel), .text(row.idNumber.map(IDNumber.masked) ?? ""),
                             .text(row.name ?? ""), .text(row.reason ?? "")])
                }
                guard rows.count == 2000, let end = rows.last?.number else { break }
                last = end
            }
        }
    }

    // MARK: - Warnings

    @Sendable static func warnings(req: Request) async throws -> Page {
        let p = try req.require(.viewDepartmentData)
        return try await warningsPage(req, p)
    }

    static func warningsPage(_ req: Request, _ p: Principal, status: HTTPStatus = .ok, errors: [String: String] = [:],
                             bulk: BulkOutcome? = nil) async throws -> Page {
        let query = try WarningQuery(req, p, defaultFilter: p.role == .departmentOfficer ? "all" : "open")
        let items = try await WarningStore.list(query.condition(p, alias: "w"), limit: 500, on: req.db)
        let total = try await WarningStore.count(query.condition(p, alias: "w"), on: req.db)
        var open = query
        open.filter = "open"
        let openTotal = Permissions.allows(p.role, .verifyWarnings) ? try await WarningStore.count(open.condition(p, alias: "w"), on: req.db) : 0
        return req.page(status) {
            DepartmentPages.warnings(.init(viewer: req.viewer(p), rows: items, total: total, openTotal: openTotal, query: query, regions: req.regions, today: req.today,
                                     canVerify: Permissions.allows(p.role, .verifyWarnings), errors: errors, bulk: bulk))
        }
    }

    /// `GET /warnings/export.xlsx`: every warning the list's filters select, in the list's order.
    @Sendable static func warningsExport(req: Request) async throws -> Response {
        let p = try req.require(.viewDepartmentData)
        let query = try WarningQuery(req, p, defaultFilter: p.role == .departmentOfficer ? "all" : "open")
        let filterLabel = ["open": "待核实", "done": "已核实", "all": "全部"][query.filter] ?? query.filter
        let spec = ListExport(title: "部门预警核实清单", sheet: "预警", filters: [("核实情况", filterLabel), ("只看", query.narrowing(regions: req.regions) ?? "")],
                              header: ["农户", "户编号", "所在村", "部门", "名单", "名单行号", "风险类型", "预警内容", "处理", "核实期限", "期限状态",
                                       "核实结果", "核实说明", "核实人", "核实日期"],
                              audit: "warnings", fallback: "warnings.xlsx")
        let condition = query.condition(p, alias: "w"), today = req.today
        return try await spec.respond(req, p) { add in
            try await ListExport.pages(of: 1000, { try await WarningStore.list(condition, limit: 1000, offset: $0, on: req.db) }) { rows in
                for row in rows {
                    let w = row.record
                    try add([.text("\(row.headName)户"), .text(row.householdCode), .text(req.regions.fullName(w.villageCode)),
                             .text(Department(rawValue: w.department)?.label ?? w.department), .text(ListCatalogue.name(w.listType)),
                             .integer(w.rowNumber), .text(w.risk?.label ?? ""), .text(w.reason), .text(w.kindLabel), .date(w.due.description),
                             .text(w.deadline(today: today).label), .text(w.result?.label ?? "待核实"), .text(w.resultNote ?? ""), .text(w.verifiedBy ?? ""),
                             w.verifiedOn.map { .date($0.description) } ?? .empty])
                }
            }
        }
    }

    /// `GET /warnings/ids`: the ids of every open warning the list's filters select (the page's "all N matching").
    @Sendable static func openIDs(req: Request) async throws -> Response {
        let p = try req.require(.verifyWarnings)
        var query = try WarningQuery(req, p, defaultFilter: "open")
        query.filter = "open"
        let ids = try await WarningStore.ids(query.condition(p, alias: "w"), limit: BulkForm.allMatchingLimit, on: req.db)
        return try API.response(.object(["ids": .array(ids.map(JSON.string)), "total": .number(Double(ids.count))]))
    }


    /// One item of a bulk 核实: which warning, and why it was not verified (nil: verified).
    struct BulkItem: Sendable {
        var id: String
        var error: AppError?
    }

    /// Verifies each warning on its own, in order: one refused (already verified, out of scope, no reason given) does not
    /// stop or undo the others.
    static func verifyMany(_ req: Request, _ p: Principal, _ items: [(id: String, result: String, note: String?)]) async -> [BulkItem] {
        var out: [BulkItem] = []
        for item in items {
            do {
                _ = try await verify(req, p, id: item.id, result: item.result, note: item.note)
                out.append(BulkItem(id: item.id, error: nil))
            } catch {
                out.append(BulkItem(id: item.id, error: FangpinErrorMiddleware.normalize(error)))
            }
        }
        return out
    }

    /// `POST /warnings/verifications`: the ticked rows of the list (or a call of the page's "all N matching"), one result
    /// and reason for all.
    @Sendable static func verifyTicked(req: Request) async throws -> Response {
        let p = try req.require(.verifyWarnings)
        let form = BulkForm(req)
        let result = form.values["result"] ?? "", note = form.values["note"]
        let outcome: BulkOutcome
        if let problem = form.problem(nothing: "请先勾选要核实的预警", verb: "核实", unit: "条") {
            outcome = BulkOutcome(message: problem)
        } else if WarningResult.parse(result) == nil {
            outcome = BulkOutcome(message: "请先选择核实结果（" + WarningResult.allCases.map(\.label).joined(separator: "、") + "）")
        } else {
            outcome = await BulkOutcome.run(form.ids, values: form.values) { id in _ = try await verify(req, p, id: id, result: result, note: note) }
        }
        return try await outcome.respond(req) { o in
            try await warningsPage(req, p, status: o.status, errors: Dictionary(o.refused, uniquingKeysWith: { a, _ in a }), bulk: o)
        }
    }

    static func verify(_ req: Request, _ p: Principal, id: String, result raw: String, note rawNote: String?) async throws -> WarningRecord {
        guard let w = try await WarningStore.find(id: id, visibleTo: p, on: req.db) else { throw AppError.notFound("预警") }
        guard let result = WarningResult.parse(raw) else {
            throw AppError.validation([FieldError(field: "result", code: "choice", message: "核实结果应为：" + WarningResult.allCases.map(\.label).joined(separator: "、"))])
        }
        let note = rawNote?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if result == .notEligible && note.isEmpty {
            throw AppError.validation([FieldError(field: "note", code: "required", message: "不符合纳入条件的，须写明理由")])
        }
        if note.count > 300 { throw AppError.validation([FieldError(field: "note", code: "too_long", message: "说明不超过300字")]) }
        if let done = w.result { throw AppError(status: .conflict, code: "state", message: "该预警已于\(w.verifiedOn?.description ?? "")核实，结果为“\(done.label)”") }
        // The result follows the procedure's record of the household, and moves its clue on.
        let cases = req.cases(Principal(username: p.username, role: .townshipOfficer, scope: w.townshipCode))
        let current = try await CaseStore.cases(ofHousehold: w.householdID, on: req.db)
        var caseID = w.caseID
        switch result {
        case .enrolled, .alreadyMonitored:
            guard let monitored = current.first(where: { $0.state.isMonitored }) else {
                throw AppError(status: .unprocessableEntity, code: "not_monitored",
                               message: "该户尚无经县级审定纳入监测的事项，不能核实为“\(result.label)”；请选择“转入识别程序”，按程序认定", field: "result")
            }
            caseID = monitored.id
        case .toIdentification:
            if let open = current.first(where: { $0.state.isIdentification || $0.state.isMonitored }) {
                caseID = open.id
            } else {
                let difficulty = Difficulty.allCases.first { $0.riskType == w.risk } ?? .other
                let (opened, _) = try await cases.open(CaseStore.ClueInput(channel: .departmentWarning, householdID: w.householdID, villageCode: w.villageCode,
                                                                           difficulty: difficulty, description: "部门预警核实后转入识别：" + w.reason))
                caseID = opened.id
            }
        case .notEligible:
            // The clue this warning raised, still with the township or village: closed with the reason.
            if w.kind == "clue", let raised = current.first(where: { $0.id == w.caseID }), raised.state == .clue || raised.state == .verifying {
                _ = try await cases.transition(caseID: raised.id, action: .reject, input: ["reason": "部门预警核实不符合纳入条件：" + note],
                                               expectedVersion: raised.version)
            }
        case .tracking:
            break
        }
        return try await WarningStore.recordResult(id: id, result: result, note: note, caseID: caseID, by: req.auditActor(p), day: req.today, on: req.db)
    }

    @Sendable static func verifyForm(req: Request) async throws -> Response {
        let p = try req.require(.verifyWarnings)
        let id = try req.idParameter()
        let form = FormBody.fields(req)
        do {
            _ = try await verify(req, p, id: id, result: form["result"] ?? "", note: form["note"])
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await warningsPage(req, p, status: e.status, errors: [id: e.message]).response()
        }
        return req.redirect(to: "/warnings?notice=1")
    }
}

extension API {
    enum Lists {
        /// `GET /api/v1/departments/lists`: the list types (a department officer sees its own), columns and warning rules.
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.require(.viewDepartmentData)
            let types = p.role == .departmentOfficer ? ListCatalogue.types.filter { $0.department.rawValue == p.scope } : ListCatalogue.types
            let w = req.config.warningSettings
            return try API.response(.object([
                "settings": .object(["medicalAmount": .money(w.medicalAmount), "medicalSharePercent": .number(Double(w.medicalSharePercent)),
                                     "disasterLoss": .money(w.disasterLoss), "verifyWorkingDays": .number(Double(w.verifyWorkingDays)),
                                     "civilNewStatusDays": .number(Double(w.civilNewStatusDays))]),
                "items": .array(types.map { t in
                    .object(["key": .string(t.key), "name": .string(t.name), "department": .string(t.department.rawValue),
                             "departmentName": .string(t.department.label), "rule": .string(t.ruleText),
                             "template": .string("/api/v1/departments/lists/\(t.key)/template"),
                             "columns": .array(t.columns.map { c in
                                 .object(["key": .string(c.key), "header": .string(c.header), "required": .bool(c.required), "kind": c.kind.json])
                             })])
                }),
            ]))
        }
    }

    enum Imports {
        static func reportJSON(_ r: ImportRecord, rows: [ImportRowRecord]?, progress: ImportProgress.Entry?) -> JSON {
            var o: [String: JSON] = [
                "id": .string(r.id), "listType": .string(r.listType), "department": .string(r.department), "filename": .string(r.filename),
                "encoding": .string(r.encoding), "state": .string(r.state), "message": r.message.map(JSON.string) ?? .null,
                "totalRows": .number(Double(r.total)), "invalid": .number(Double(r.invalid)), "duplicates": .number(Double(r.duplicate)),
                "matched": .number(Double(r.matched)), "unmatched": .number(Double(r.unmatched)), "repeated": .number(Double(r.repeated)),
                "warnings": .number(Double(r.warnings)), "newClues": .number(Double(r.newClues)), "merged": .number(Double(r.merged)),
                "newRisks": .number(Double(r.newRisks)), "createdAt": .string(Clock.iso(r.createdAt)), "createdBy": .string(r.createdBy),
                "membersUpdated": r.statusUpdates.map { .number(Double($0)) } ?? .null,
            ]
            if let progress {
                o["progress"] = .object(["phase": .string(progress.phase), "done": .number(Double(progress.done)), "total": .number(Double(progress.total))])
            }
            if let rows {
                o["rows"] = .array(rows.map { row in
                    .object(["row": .number(Double(row.number)), "status": .string(row.status), "reason": row.reason.map(JSON.string) ?? .null,
                             "idNumber": row.idNumber.map { .string(IDNumber.masked($0)) } ?? .null, "householdId": row.householdID.map(JSON.string) ?? .null])
                })
            }
            return .object(o)
        }

        /// `POST /api/v1/imports` (multipart: listType, file) — department tokens welcome.
        @Sendable static func create(req: Request) async throws -> Response {
            let p = try req.require(.importDepartmentLists)
            switch try await DepartmentsController.run(req, p) {
            case .done(let r, let repeatOf):
                var body = reportJSON(r, rows: try await ImportStore.rows(of: r.id, limit: 100_000, on: req.db), progress: nil)
                if case .object(var o) = body { o["repeatOf"] = .bool(repeatOf); body = .object(o) }
                let response = try API.response(body, status: repeatOf ? .ok : .created)
                response.headers.replaceOrAdd(name: .location, value: "/api/v1/imports/\(r.id)")
                return response
            case .background(let id):
                let response = try API.response(.object(["id": .string(id), "state": .string("processing")]), status: .accepted)
                response.headers.replaceOrAdd(name: .location, value: "/api/v1/imports/\(id)")
                return response
            }
        }

        /// `GET /api/v1/imports/{id}`: the report, row by row (`?status=` to filter).
        @Sendable static func show(req: Request) async throws -> Response {
            let p = try req.require(.viewDepartmentData)
            let r = try await DepartmentsController.visibleImport(req, p)
            let status = req.queryText("status")
            if let status, ImportRowRecord.labels[status] == nil {
                throw AppError.badRequest("status应为：" + ImportRowRecord.labels.keys.sorted().joined(separator: ", "), field: "status")
            }
            return try API.response(reportJSON(r, rows: try await ImportStore.rows(of: r.id, status: status, limit: 100_000, on: req.db),
                                               progress: req.application.importProgress.get(r.id)))
        }
    }

    enum Warnings {
        /// `GET /api/v1/warnings?filter=open|done|all&indicator=&region=&since=`.
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.require(.viewDepartmentData)
            let condition = try WarningQuery(req, p, defaultFilter: "all").condition(p, alias: "w")
            let rows = try await WarningStore.records(condition, limit: 5000, on: req.db)
            let today = req.today
            return try API.response(.object(["items": .array(rows.map { json($0, today: today) }), "total": .number(Double(rows.count))]))
        }

        static func json(_ w: WarningRecord, today: Day) -> JSON {
            .object(["id": .string(w.id), "householdId": .string(w.householdID), "villageCode": .string(w.villageCode), "department": .string(w.department),
                     "listType": .string(w.listType), "row": .number(Double(w.rowNumber)), "riskType": .string(w.risk?.rawValue ?? ""),
                     "reason": .string(w.reason), "kind": .string(w.kind), "caseId": w.caseID.map(JSON.string) ?? .null,
                     "createdOn": .string(w.createdOn.description), "due": .string(w.due.description), "deadlineState": .string(w.deadline(today: today).rawValue),
                     "result": w.result.map { .string($0.rawValue) } ?? .null, "resultNote": w.resultNote.map(JSON.string) ?? .null,
                     "verifiedOn": w.verifiedOn.map { .string($0.description) } ?? .null])
        }

        /// `POST /api/v1/warnings/verifications` {items: [{id, result, reason}]} (`note` is taken for `reason` too): up to 500
        /// warnings, each verified on its own → 200 {results: [{id, ok, error}]}, in the order sent.
        @Sendable static func verifyMany(req: Request) async throws -> Response {
            let p = try req.require(.verifyWarnings)
            let items: [(id: String, result: String, note: String?)] = try API.bulkItems(try API.body(req), verb: "核实").map { id, item in
                (id, try API.string(item, "result") ?? "", try API.string(item, "reason") ?? API.string(item, "note"))
            }
            let results = await DepartmentsController.verifyMany(req, p, items)
            return try API.response(.object(["results": .array(results.map { r in
                .object(["id": .string(r.id), "ok": .bool(r.error == nil),
                         "error": r.error.map { e in .object(["code": .string(e.code), "message": .string(e.message), "field": e.field.map(JSON.string) ?? .null]) } ?? .null])
            })]))
        }

        /// `POST /api/v1/warnings/{id}/verification` {result, note}.
        @Sendable static func verify(req: Request) async throws -> Response {
            let p = try req.require(.verifyWarnings)
            let o = try API.body(req)
            let w = try await DepartmentsController.verify(req, p, id: try req.idParameter(), result: try API.string(o, "result") ?? "",
                                                           note: try API.string(o, "note"))
            return try API.response(json(w, today: req.today))
        }
    }
}

extension ListColumn.Kind {
    var json: JSON {
        switch self {
        case .idNumber: return .object(["type": .string("idNumber")])
        case .text(let n): return .object(["type": .string("text"), "maxLength": .number(Double(n))])
        case .date: return .object(["type": .string("date")])
        case .amount: return .object(["type": .string("amount")])
        case .integer: return .object(["type": .string("integer")])
        case .choice(let o): return .object(["type": .string("choice"), "options": .array(o.map(JSON.string))])
        }
    }
}
