import Domain
import Fluent
import SQLKit
import Vapor

extension Request {
    func screening(_ p: Principal) -> ScreeningStore {
        ScreeningStore(db: db, principal: p, regions: regions, settings: policy.current.settings, today: today)
    }
}

/// Reads screening forms (and API bodies flattened to text) into domain inputs.
enum ScreeningForms {
    static func day(_ f: [String: String], _ key: String, _ label: String, _ errors: inout [FieldError]) -> Day? {
        guard let d = Day((f[key] ?? "").trimmed) else {
            errors.append(FieldError(field: key, code: "date", message: "请填写有效的\(label)（YYYY-MM-DD）"))
            return nil
        }
        return d
    }

    static func campaign(_ f: [String: String], defaultScope: String) throws -> CampaignPlan {
        var errors: [FieldError] = []
        let kind = CampaignKind.parse(f["kind"] ?? "")
        if kind == nil { errors.append(FieldError(field: "kind", code: "choice", message: "请选择排查类型")) }
        let from = day(f, "from", "开始日期", &errors), to = day(f, "to", "结束日期", &errors)
        let (phases, phaseErrors) = CampaignPlan.phases(from: f["phases"] ?? "")
        errors += phaseErrors
        let scope = (f["scope"] ?? "").trimmed
        guard let kind, let from, let to, errors.isEmpty else { throw AppError.validation(errors) }
        return CampaignPlan(kind: kind, name: (f["name"] ?? "").trimmed, scope: scope.isEmpty ? defaultScope : scope, from: from, to: to, phases: phases)
    }

    static func survey(_ f: [String: String], today: Day) throws -> ScreeningInput {
        var errors: [FieldError] = []
        let visited = day(f, "visitedOn", "走访日期", &errors)
        guard let presence = Presence.parse(f["presence"] ?? "") else {
            throw AppError.validation(errors + [FieldError(field: "presence", code: "choice", message: "请选择农户是否在家")])
        }
        let absent = (f["absentSource"] ?? "").trimmed
        let source = absent.isEmpty ? nil : AbsentSource.parse(absent)
        if !absent.isEmpty && source == nil { errors.append(FieldError(field: "absentSource", code: "choice", message: "核实方式无效")) }
        var risks: [RiskType] = []
        for r in (f["risks"] ?? "").split(separator: ",").map({ String($0).trimmed }) where !r.isEmpty {
            guard let t = RiskType.parse(r) else { errors.append(FieldError(field: "risks", code: "choice", message: "风险类型无效：\(r)")); continue }
            risks.append(t)
        }
        let yes: Set<String> = ["1", "true", "on", "有变化"]
        guard let visited, errors.isEmpty else { throw AppError.validation(errors) }
        return ScreeningInput(visitedOn: visited, visitors: ScreeningInput.names(f["visitors"] ?? ""), presence: presence, absentSource: source,
                              factsChanged: yes.contains(f["factsChanged"] ?? ""), changes: f["changes"] ?? "", risks: risks,
                              raiseClue: yes.contains(f["raiseClue"] ?? ""), note: f["note"] ?? "")
    }

    static func rectification(_ f: [String: String], settings: ScreeningSettings, today: Day) throws -> RectificationInput {
        var errors: [FieldError] = []
        let source = ProblemSource.parse(f["source"] ?? "")
        if source == nil { errors.append(FieldError(field: "source", code: "choice", message: "请选择问题来源")) }
        var due = today.adding(days: settings.rectificationDays)
        if let text = f["due"]?.trimmed, !text.isEmpty {
            if let d = Day(text) { due = d } else { errors.append(FieldError(field: "due", code: "date", message: "整改期限应为有效日期")) }
        }
        guard let source, errors.isEmpty else { throw AppError.validation(errors) }
        return RectificationInput(source: source, region: (f["region"] ?? "").trimmed, problem: f["problem"] ?? "", unit: f["unit"] ?? "",
                                  person: f["person"] ?? "", measure: f["measure"] ?? "", due: due)
    }

    /// The form's field errors (or the error's message for the whole form).
    static func errors(_ e: AppError) -> [FieldError] {
        let list = e.fieldErrors
        return list.isEmpty ? [FieldError(field: "", code: e.code, message: e.message)] : list
    }

    /// Runs a form's write; a 4xx (other than 404) re-renders the page with the errors, anything else propagates.
    static func handle(_ write: () async throws -> Response, _ again: ([FieldError], HTTPStatus) async throws -> Page) async throws -> Response {
        do { return try await write() } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound, e.status != .forbidden else { throw error }
            return try await again(errors(e), e.status).response()
        }
    }
}

/// 排查走访 pages: campaigns, coverage, surveys, focus villages, look-back, visit plans, the rectification ledger.
enum ScreeningController {
    static func notice(_ req: Request) -> String? {
        switch req.queryText("notice") {
        case "created"?: return "已创建。"
        case "saved"?: return "已保存。"
        case "closed"?: return "已销号。"
        default: return nil
        }
    }

    // MARK: - Campaigns

    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewScreening)
        return try await campaignsPage(req, p, form: [:], errors: [], status: .ok)
    }

    static func campaignsPage(_ req: Request, _ p: Principal, form: [String: String], errors: [FieldError], status: HTTPStatus) async throws -> Page {
        let list = try await req.screening(p).campaigns()
        return req.page(status) {
            ScreeningPages.campaigns(.init(viewer: req.viewer(p), list: list, regions: req.regions, canManage: Permissions.allows(p.role, .manageCampaigns), form: form,
                                     errors: errors, notice: notice(req)))
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.manageCampaigns)
        let form = FormBody.fields(req)
        return try await ScreeningForms.handle({
            let plan = try ScreeningForms.campaign(form, defaultScope: p.regionScope ?? "")
            let id = try await req.screening(p).createCampaign(plan, by: req.auditActor(p))
            return req.redirect(to: "/screening/\(id)")
        }, { errors, status in try await campaignsPage(req, p, form: form, errors: errors, status: status) })
    }

    @Sendable static func show(req: Request) async throws -> Page {
        let p = try req.require(.viewScreening)
        let store = req.screening(p)
        let c = try await store.campaign(try req.idParameter())
        let villages = try await store.coverage(c)
        return req.page {
            ScreeningPages.campaign(.init(viewer: req.viewer(p), c: c, townships: ScreeningStore.byTownship(villages), villages: villages, regions: req.regions, today: req.today))
        }
    }

    @Sendable static func village(req: Request) async throws -> Page {
        let p = try req.require(.viewScreening)
        return try await villagePage(req, p, form: [:], errors: [], status: .ok)
    }

    static func villagePage(_ req: Request, _ p: Principal, form: [String: String], errors: [FieldError], status: HTTPStatus) async throws -> Page {
        let store = req.screening(p)
        let c = try await store.campaign(try req.idParameter())
        let code = req.parameters.get("code") ?? ""
        let lines = try await store.households(c, village: code)
        var lookBack: (LookBackData, [Int: ScreeningStore.Review])?
        if c.plan.kind == .lookBack && p.households == nil {
            lookBack = (try await store.lookBackData(c, village: code), try await store.reviews(c, village: code))
        }
        return req.page(status) {
            ScreeningPages.village(.init(viewer: req.viewer(p), c: c, code: code, lines: lines, regions: req.regions, lookBack: lookBack,
                                   canRecord: Permissions.allows(p.role, .recordScreening), canReview: Permissions.allows(p.role, .manageCampaigns),
                                   form: form, errors: errors, notice: notice(req)))
        }
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let p = try req.require(.manageCampaigns)
        let form = FormBody.fields(req)
        return try await ScreeningForms.handle({
            let store = req.screening(p)
            let c = try await store.campaign(try req.idParameter())
            let code = req.parameters.get("code") ?? ""
            let dimension = Int(form["dimension"] ?? "") ?? 0
            let ledger = try await ledgerItem(req, p, store, village: code, dimension: dimension, note: form["note"] ?? "", wanted: form["ledger"] == "1")
            try await store.saveReview(c, village: code, dimension: dimension, state: form["state"] ?? "", note: form["note"] ?? "", ledger: ledger,
                                       by: req.auditActor(p))
            return req.redirect(to: "/screening/\(c.id)/villages/\(code)?notice=saved#lookback")
        }, { errors, status in try await villagePage(req, p, form: form, errors: errors, status: status) })
    }

    /// A look-back problem goes to the ledger with the village as the responsible unit, due by the default period.
    static func ledgerItem(_ req: Request, _ p: Principal, _ store: ScreeningStore, village: String, dimension: Int, note: String, wanted: Bool) async throws -> RectificationInput? {
        guard wanted, let d = LookBack.dimension(dimension) else { return nil }
        return RectificationInput(source: .lookBack, region: village, problem: "\(d.title)：\(note)", unit: req.regions[village]?.name ?? village,
                                  person: "村党组织书记", measure: "按“回头看”要求整改：\(d.question)",
                                  due: store.today.adding(days: store.settings.screening.rectificationDays))
    }

    // MARK: - Household survey

    @Sendable static func surveyForm(req: Request) async throws -> Page {
        let p = try req.require(.recordScreening)
        let store = req.screening(p)
        let c = try await store.campaign(try req.idParameter())
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter("hid"))
        var form: [String: String] = ["visitedOn": req.today.description, "presence": Presence.atHome.rawValue, "factsChanged": "0"]
        if let r = try await store.record(c, household: h.id) {
            form = ["visitedOn": r.input.visitedOn.description, "visitors": r.input.visitors.joined(separator: "、"), "presence": r.input.presence.rawValue,
                    "absentSource": r.input.absentSource?.rawValue ?? "", "factsChanged": r.input.factsChanged ? "1" : "0", "changes": r.input.changes,
                    "risks": r.input.risks.map(\.rawValue).joined(separator: ","), "raiseClue": r.caseID == nil ? "" : "1", "note": r.input.note]
        }
        return try await surveyPage(req, p, c: c, h: h, form: form, errors: [], status: .ok)
    }

    static func surveyPage(_ req: Request, _ p: Principal, c: CampaignRecord, h: HouseholdRecord, form: [String: String], errors: [FieldError],
                           status: HTTPStatus) async throws -> Page {
        let members = try await RegistryStore.members(of: h.id, includeRemoved: false, on: req.db)
        return req.page(status) { ScreeningPages.survey(.init(viewer: req.viewer(p), c: c, h: h, members: members, form: form, errors: errors, regions: req.regions)) }
    }

    @Sendable static func saveSurvey(req: Request) async throws -> Response {
        let p = try req.require(.recordScreening)
        let store = req.screening(p)
        let c = try await store.campaign(try req.idParameter())
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter("hid"))
        let form = FormBody.fields(req)
        return try await ScreeningForms.handle({
            let input = try ScreeningForms.survey(form, today: store.today)
            _ = try await store.saveRecord(input, campaign: c, household: h, cases: req.cases(p), by: req.auditActor(p))
            return req.redirect(to: "/screening/\(c.id)/villages/\(h.villageCode)?notice=saved")
        }, { errors, status in try await surveyPage(req, p, c: c, h: h, form: form, errors: errors, status: status) })
    }

    // MARK: - Focus villages

    @Sendable static func focus(req: Request) async throws -> Page {
        let p = try req.require(.viewScreening)
        let store = req.screening(p)
        let rows = p.households == nil ? try await store.focusVillages() : []
        return req.page { ScreeningPages.focus(.init(viewer: req.viewer(p), rows: rows, settings: store.settings.screening, regions: req.regions)) }
    }

    // MARK: - Visits

    @Sendable static func visits(req: Request) async throws -> Page {
        let p = try req.require(.viewScreening)
        return try await visitsPage(req, p, form: [:], errors: [], status: .ok)
    }

    static func visitsPage(_ req: Request, _ p: Principal, form: [String: String], errors: [FieldError], status: HTTPStatus) async throws -> Page {
        let store = req.screening(p)
        let plans = try await store.visitPlans()
        let campaigns = try await store.campaigns()
        let villages = req.regions.villages(in: p.regionScope ?? "-").map { Choice(value: $0.code, label: req.regions.fullName($0.code)) }
        return req.page(status) {
            ScreeningPages.visits(.init(viewer: req.viewer(p), plans: plans, campaigns: campaigns, villages: villages, regions: req.regions, settings: store.settings.screening,
                                  canManage: Permissions.allows(p.role, .manageCampaigns), form: form, errors: errors, notice: notice(req)))
        }
    }

    static func team(_ form: [String: String], size: Int) -> [VisitMember] {
        (1...max(1, size)).compactMap { i in
            let name = (form["member\(i)"] ?? "").trimmed
            guard !name.isEmpty || !(form["role\(i)"] ?? "").isEmpty else { return nil }
            return VisitMember(name: name, role: VisitorRole.parse(form["role\(i)"] ?? "") ?? .villageCadre)
        }
    }

    @Sendable static func createVisitPlan(req: Request) async throws -> Response {
        let p = try req.require(.manageCampaigns)
        let form = FormBody.fields(req)
        return try await ScreeningForms.handle({
            let store = req.screening(p)
            let id = try await createPlan(req, p, store, form: form, team: team(form, size: store.settings.screening.visitTeamSize))
            return req.redirect(to: "/visits/\(id)")
        }, { errors, status in try await visitsPage(req, p, form: form, errors: errors, status: status) })
    }

    static func createPlan(_ req: Request, _ p: Principal, _ store: ScreeningStore, form: [String: String], team: [VisitMember]) async throws -> String {
        var errors: [FieldError] = []
        let from = ScreeningForms.day(form, "from", "开始日期", &errors), to = ScreeningForms.day(form, "to", "结束日期", &errors)
        let campaignID = (form["campaignId"] ?? "").trimmed
        if campaignID.isEmpty { errors.append(FieldError(field: "campaignId", code: "required", message: "请选择所属排查")) }
        guard let from, let to, errors.isEmpty else { throw AppError.validation(errors) }
        let c: CampaignRecord
        do { c = try await store.campaign(campaignID) } catch {
            throw AppError.validation([FieldError(field: "campaignId", code: "not_found", message: "所属排查不存在或不在您的辖区")])
        }
        return try await store.createVisitPlan(campaign: c, village: (form["village"] ?? "").trimmed, team: team, from: from, to: to,
                                               calendar: req.calendar, by: req.auditActor(p))
    }

    @Sendable static func visitPlan(req: Request) async throws -> Page {
        let p = try req.require(.viewScreening)
        let store = req.screening(p)
        let plan = try await store.visitPlan(try req.idParameter())
        let c = try await store.campaign(plan.campaignID)
        let progress = try await store.progress(plan)
        let deadline = plan.from.month <= 3 ? Day(year: plan.from.year, month: 3, day: store.settings.screening.firstQuarterVisitDay) : nil
        return req.page {
            ScreeningPages.visitPlan(.init(viewer: req.viewer(p), plan: plan, campaign: c, progress: progress, regions: req.regions, deadline: deadline, today: store.today))
        }
    }

    // MARK: - Rectification ledger

    @Sendable static func ledger(req: Request) async throws -> Page {
        let p = try req.require(.viewRectification)
        var form: [String: String] = [:]
        // 挂账 from a data-quality finding: the form comes prefilled.
        if let id = req.queryText("finding"), let found = try await ledgerForm(req, p, finding: id) { form = found }
        return try await ledgerPage(req, p, form: form, errors: [], status: .ok)
    }

    /// A ledger item's form for a data-quality finding inside the user's scope: the household, the rule and its message.
    static func ledgerForm(_ req: Request, _ p: Principal, finding id: String) async throws -> [String: String]? {
        guard let f = try await QualityStore.finding(id: id, on: req.db), let scope = p.regionScope, f.villageCode.hasPrefix(scope) else { return nil }
        return ["source": ProblemSource.qualityRule.rawValue, "region": f.villageCode, "householdId": f.householdId, "sourceRef": f.rule,
                "problem": "\(f.rule) \(QualityRules.rule(f.rule)?.description ?? "")：\(f.message)",
                "measure": "核实并改正台账数据"]
    }

    /// `POST /quality/findings/ledger`: 挂账 of the ticked findings (or a call of the page's "all N matching"), one
    /// ledger item each, with the same unit, person, measure and due day. Each is entered on its own: one refused does not
    /// stop the others.
    @Sendable static func ledgerTicked(req: Request) async throws -> Response {
        let p = try req.require(.manageRectification)
        let form = BulkForm(req)
        let outcome = await form.outcome(nothing: "请先勾选要挂账的问题", verb: "挂账", unit: "条") { id in
            guard let finding = try await QualityStore.finding(id: id, on: req.db), var item = try await ledgerForm(req, p, finding: id) else {
                throw AppError.notFound("问题")
            }
            guard finding.state == "open" else { throw AppError(status: .conflict, code: "state", message: "该问题已整改，无须挂账") }
            guard try await !req.screening(p).isOnLedger(household: finding.householdId, sourceRef: finding.rule) else {
                throw AppError(status: .conflict, code: "state", message: "该户的这一问题已在整改台账中，尚未销号")
            }
            for key in ["unit", "person", "measure", "due"] { if let v = form.values[key], !v.trimmed.isEmpty { item[key] = v } }
            _ = try await enter(req, p, item)
        }
        return try await outcome.respond(req) { o in try await QualityController.findingsPage(req, p, status: o.status, bulk: o) }
    }

    static func ledgerPage(_ req: Request, _ p: Principal, form: [String: String], errors: [FieldError], status: HTTPStatus) async throws -> Page {
        let state = req.queryText("state") ?? "", source = req.queryText("source") ?? ""
        let store = req.screening(p)
        let items = try await store.rectifications(state: state, source: source)
        let total = try await store.rectificationCount(state: state, source: source)
        let scope = p.regionScope ?? "-"
        let choices = (req.regions.townships(in: scope) + req.regions.villages(in: scope) + (RegionLevel.of(code: scope) == .county ? [] : [req.regions[scope]].compactMap { $0 }))
            .sorted { $0.code < $1.code }.map { Choice(value: $0.code, label: req.regions.fullName($0.code)) }
        var f = form
        if f["due"] == nil { f["due"] = store.today.adding(days: store.settings.screening.rectificationDays).description }
        let finalForm = f
        return req.page(status) {
            ScreeningPages.ledger(.init(viewer: req.viewer(p), items: items, total: total, regions: req.regions, today: store.today, state: state, source: source,
                                  canManage: Permissions.allows(p.role, .manageRectification), regionChoices: choices, form: finalForm, errors: errors,
                                  notice: notice(req)))
        }
    }

    /// `GET /rectifications/export.xlsx?state=&source=`: every ledger item the list's filters select.
    @Sendable static func ledgerExport(req: Request) async throws -> Response {
        let p = try req.require(.viewRectification)
        let state = req.queryText("state") ?? "", source = req.queryText("source") ?? ""
        let store = req.screening(p)
        let spec = ListExport(title: "问题整改台账", sheet: "整改台账",
                              filters: [("状态", RectificationState(rawValue: state)?.label ?? ""), ("来源", ProblemSource(rawValue: source)?.label ?? "")],
                              header: ["问题", "所在", "来源", "来源说明", "责任单位", "责任人", "整改措施", "期限", "期限状态", "状态", "销号日期"],
                              audit: "rectifications", fallback: "rectifications.xlsx")
        return try await spec.respond(req, p) { add in
            try await ListExport.pages(of: 1000, { try await store.rectifications(state: state, source: source, limit: 1000, offset: $0) }) { items in
                for r in items {
                    try add([.text(r.problem), .text(req.regions.fullName(r.regionCode)), .text(r.source.label), .text(r.sourceRef), .text(r.unit),
                             .text(r.person), .text(r.measure), .date(r.due.description), .text(r.deadline(today: store.today).label), .text(r.state.label),
                             r.closedOn.map { .date($0.description) } ?? .empty])
                }
            }
        }
    }

    @Sendable static func addRectification(req: Request) async throws -> Response {
        let p = try req.require(.manageRectification)
        let form = FormBody.fields(req)
        return try await ScreeningForms.handle({
            let id = try await enter(req, p, form)
            return req.redirect(to: "/rectifications/\(id)?notice=created")
        }, { errors, status in try await ledgerPage(req, p, form: form, errors: errors, status: status) })
    }

    /// Enters a ledger item from a form or API body; a cross-check item without a reference names the latest round.
    static func enter(_ req: Request, _ p: Principal, _ form: [String: String]) async throws -> String {
        let store = req.screening(p)
        let input = try ScreeningForms.rectification(form, settings: store.settings.screening, today: store.today)
        let household = (form["householdId"] ?? "").trimmed
        if !household.isEmpty { _ = try await req.registry(p).visibleHousehold(id: household) }
        let ref = (form["sourceRef"] ?? "").trimmed
        return try await store.addRectification(input, householdID: household.isEmpty ? nil : household,
                                                sourceRef: ref.isEmpty && input.source == .crossCheck ? CrossCheck.latestRound(on: store.today, months: req.policy.current.settings.crossCheckMonths) : ref,
                                                by: req.auditActor(p))
    }

    @Sendable static func rectification(req: Request) async throws -> Page {
        let p = try req.require(.viewRectification)
        return try await rectificationPage(req, p, evidence: "", errors: [], status: .ok)
    }

    static func rectificationPage(_ req: Request, _ p: Principal, evidence: String, overrideReason: String = "", errors: [FieldError],
                                  status: HTTPStatus) async throws -> Page {
        let store = req.screening(p)
        let r = try await store.rectification(try req.idParameter())
        let findingOpen = r.state == .open ? try await store.findingOpen(r) : nil
        let files = try await RectificationFiles.list(of: r.id, on: req.db)
        return req.page(status) {
            ScreeningPages.rectification(.init(viewer: req.viewer(p), r: r, regions: req.regions, today: store.today, canClose: Permissions.allows(p.role, .closeRectification),
                                         findingOpen: findingOpen, evidence: evidence, overrideReason: overrideReason, errors: errors, notice: notice(req),
                                         files: files, maxFileMB: req.config.maxDocumentBytes / 1024 / 1024))
        }
    }

    /// The close form: evidence, the override reason, and the 佐证 files (multipart) — or the same text fields urlencoded or
    /// as JSON (no files).
    struct CloseUpload: Content {
        var evidence: String?
        var overrideReason: String?
        var files: [File]?
    }

    static func closeInput(_ req: Request, json: Bool) throws -> (evidence: String, overrideReason: String?, files: [(filename: String, data: Data)]) {
        if req.headers.contentType?.type == "multipart" {
            let upload: CloseUpload
            do { upload = try req.content.decode(CloseUpload.self) } catch {
                throw AppError.badRequest("表单无法读取：请以 multipart/form-data 提交 evidence、overrideReason 和 files[]", field: "files", code: "multipart")
            }
            return (upload.evidence ?? "", upload.overrideReason, (upload.files ?? []).map { ($0.filename, Data(buffer: $0.data)) })
        }
        if json {
            let body = try API.Screening.form(req)
            return (body["evidence"] ?? "", body["overrideReason"], [])
        }
        let form = FormBody.fields(req)
        return (form["evidence"] ?? "", form["overrideReason"], [])
    }

    static func closeItem(_ req: Request, _ p: Principal, json: Bool) async throws -> RectificationRecord {
        let input = try closeInput(req, json: json)
        let files = try RectificationFiles.check(input.files, maxBytes: req.config.maxDocumentBytes)
        return try await req.screening(p).close(try req.idParameter(), evidence: input.evidence, overrideReason: input.overrideReason, files: files,
                                                filesDirectory: req.filesDirectory, by: req.auditActor(p))
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let p = try req.require(.closeRectification)
        var typed: (evidence: String, overrideReason: String?) = ("", nil)
        return try await ScreeningForms.handle({
            if let input = try? closeInput(req, json: false) { typed = (input.evidence, input.overrideReason) }
            let r = try await closeItem(req, p, json: false)
            return req.redirect(to: "/rectifications/\(r.id)?notice=closed")
        }, { errors, status in
            try await rectificationPage(req, p, evidence: typed.evidence, overrideReason: typed.overrideReason ?? "", errors: errors, status: status)
        })
    }

    /// `GET /rectifications/:id/files/:file` (and the API's): a 佐证 file, to users who see the item.
    @Sendable static func file(req: Request) async throws -> Response {
        let p = try req.require(.viewRectification)
        let r = try await req.screening(p).rectification(try req.idParameter())
        guard let f = try await RectificationFiles.find(id: req.parameters.get("file") ?? "", item: r.id, on: req.db),
              let data = FileManager.default.contents(atPath: RectificationFiles.path(req.filesDirectory, id: f.id, contentType: f.contentType)) else {
            throw AppError.notFound("佐证材料")
        }
        return .attachedFile(data, contentType: f.contentType, name: "整改佐证-" + f.id.prefix(8) + "." + (Documents.Kind(rawValue: f.contentType)?.ext ?? "bin"),
                             fallback: "evidence")
    }
}

extension API {
    /// The screening capability over the API: the same stores and checks as the pages.
    enum Screening {
        /// A JSON body flattened to the form's text fields (arrays joined with commas).
        static func form(_ req: Request) throws -> [String: String] {
            var out: [String: String] = [:]
            for (k, v) in try API.body(req) {
                guard let text = v.formText else { throw AppError.badRequest("字段\(k)的值类型不正确", field: k, code: "type") }
                out[k] = text
            }
            return out
        }

        static func campaignJSON(_ c: CampaignRecord) -> JSON {
            .object(["id": .string(c.id), "kind": .string(c.plan.kind.rawValue), "kindName": .string(c.plan.kind.label), "name": .string(c.plan.name),
                     "scope": .string(c.plan.scope), "from": .string(c.plan.from.description), "to": .string(c.plan.to.description),
                     "phases": .array(c.plan.phases.map { .object(["name": .string($0.name), "from": .string($0.from.description), "to": .string($0.to.description)]) }),
                     "createdBy": .string(c.createdBy)])
        }

        static func coverageJSON(_ r: ScreeningStore.Coverage, _ regions: RegionDirectory) -> JSON {
            .object(["code": .string(r.code), "name": .string(regions.fullName(r.code)), "households": .number(Double(r.households)),
                     "screened": .number(Double(r.screened)), "percent": .number(Double(r.percent)), "absent": .number(Double(r.absent)),
                     "changed": .number(Double(r.changed)), "risks": .number(Double(r.risks)), "clues": .number(Double(r.clues))])
        }

        static func recordJSON(_ r: ScreeningRecordRow) -> JSON {
            .object(["id": .string(r.id), "campaignId": .string(r.campaignID), "householdId": .string(r.householdID), "villageCode": .string(r.villageCode),
                     "visitedOn": .string(r.input.visitedOn.description), "visitors": .array(r.input.visitors.map(JSON.string)),
                     "presence": .string(r.input.presence.rawValue), "absentSource": r.input.absentSource.map { .string($0.rawValue) } ?? .null,
                     "factsChanged": .bool(r.input.factsChanged), "changes": .string(r.input.changes), "risks": .array(r.input.risks.map { .string($0.rawValue) }),
                     "caseId": r.caseID.map(JSON.string) ?? .null, "note": .string(r.input.note), "createdBy": .string(r.createdBy)])
        }

        @Sendable static func campaigns(req: Request) async throws -> Response {
            let p = try req.require(.viewScreening)
            let list = try await req.screening(p).campaigns()
            return try API.response(.object(["items": .array(list.map(campaignJSON)), "total": .number(Double(list.count))]))
        }

        @Sendable static func createCampaign(req: Request) async throws -> Response {
            let p = try req.require(.manageCampaigns)
            let store = req.screening(p)
            let id = try await store.createCampaign(try ScreeningForms.campaign(try form(req), defaultScope: p.regionScope ?? ""), by: req.auditActor(p))
            return try API.response(campaignJSON(try await store.campaign(id)), status: .created)
        }

        /// `GET /api/v1/campaigns/{id}`: the campaign with live coverage per township and village.
        @Sendable static func campaign(req: Request) async throws -> Response {
            let p = try req.require(.viewScreening)
            let store = req.screening(p)
            let c = try await store.campaign(try req.idParameter())
            let villages = try await store.coverage(c)
            guard case .object(var o) = campaignJSON(c) else { return try API.response(campaignJSON(c)) }
            o["townships"] = .array(ScreeningStore.byTownship(villages).map { coverageJSON($0, req.regions) })
            o["villages"] = .array(villages.map { coverageJSON($0, req.regions) })
            return try API.response(.object(o))
        }

        /// `GET /api/v1/campaigns/{id}/villages/{code}`: households with their surveys; a look-back adds the eight dimensions.
        @Sendable static func village(req: Request) async throws -> Response {
            let p = try req.require(.viewScreening)
            let store = req.screening(p)
            let c = try await store.campaign(try req.idParameter())
            let code = req.parameters.get("code") ?? ""
            let lines = try await store.households(c, village: code)
            var o: [String: JSON] = [
                "village": .string(code), "households": .number(Double(lines.count)), "screened": .number(Double(lines.filter { $0.record != nil }.count)),
                "items": .array(lines.map { l in
                    .object(["householdId": .string(l.id), "code": .string(l.code), "head": .string(l.head), "record": l.record.map(recordJSON) ?? .null])
                }),
            ]
            if c.plan.kind == .lookBack && p.households == nil {
                let data = try await store.lookBackData(c, village: code)
                let reviews = try await store.reviews(c, village: code)
                o["lookBack"] = .array(LookBack.dimensions.map { d in
                    let a = LookBack.answer(d, data: data)
                    return .object(["dimension": .number(Double(d.number)), "title": .string(d.title), "question": .string(d.question),
                                    "dataProblems": .number(Double(a.problems)), "dataLines": .array(a.lines.map(JSON.string)),
                                    "review": reviews[d.number].map { r in .object(["state": .string(r.state.rawValue), "note": .string(r.note), "by": .string(r.by)]) } ?? .null])
                })
            }
            return try API.response(.object(o))
        }

        /// `POST /api/v1/campaigns/{id}/records` {householdId, visitedOn, visitors, presence, …}: the household survey.
        @Sendable static func record(req: Request) async throws -> Response {
            let p = try req.require(.recordScreening)
            let store = req.screening(p)
            let c = try await store.campaign(try req.idParameter())
            let f = try form(req)
            guard let hid = f["householdId"], !hid.isEmpty else {
                throw AppError.validation([FieldError(field: "householdId", code: "required", message: "请指定农户 householdId")])
            }
            let h = try await req.registry(p).visibleHousehold(id: hid)
            let r = try await store.saveRecord(try ScreeningForms.survey(f, today: store.today), campaign: c, household: h, cases: req.cases(p), by: req.auditActor(p))
            return try API.response(recordJSON(r), status: .created)
        }

        /// `POST /api/v1/campaigns/{id}/villages/{code}/review` {dimension, state, note, ledger}.
        @Sendable static func review(req: Request) async throws -> Response {
            let p = try req.require(.manageCampaigns)
            let store = req.screening(p)
            let c = try await store.campaign(try req.idParameter())
            let code = req.parameters.get("code") ?? ""
            let f = try form(req)
            let dimension = Int(f["dimension"] ?? "") ?? 0
            let ledger = try await ScreeningController.ledgerItem(req, p, store, village: code, dimension: dimension, note: f["note"] ?? "",
                                                                  wanted: f["ledger"] == "true" || f["ledger"] == "1")
            try await store.saveReview(c, village: code, dimension: dimension, state: f["state"] ?? "", note: f["note"] ?? "", ledger: ledger, by: req.auditActor(p))
            return try API.response(.object(["saved": .bool(true)]))
        }

        @Sendable static func focus(req: Request) async throws -> Response {
            let p = try req.require(.viewScreening)
            let rows = p.households == nil ? try await req.screening(p).focusVillages() : []
            return try API.response(.object(["total": .number(Double(rows.count)), "items": .array(rows.map { v, reasons in
                .object(["code": .string(v.code), "name": .string(req.regions.fullName(v.code)), "households": .number(Double(v.households)),
                         "alleviated": .number(Double(v.alleviated)), "monitored": .number(Double(v.monitored)),
                         "unresolvedPeople": .number(Double(v.unresolvedPeople)), "people": .number(Double(v.people)), "unresolvedPercent": .money(v.unresolvedShare),
                         "reasons": .array(reasons.map { .string($0.rawValue) }), "reasonNames": .array(reasons.map { .string($0.label) })])
            })]))
        }

        static func planJSON(_ v: VisitPlanRecord) -> JSON {
            .object(["id": .string(v.id), "campaignId": .string(v.campaignID), "villageCode": .string(v.villageCode),
                     "team": .array(v.team.map { .object(["name": .string($0.name), "role": .string($0.role)]) }), "from": .string(v.from.description),
                     "to": .string(v.to.description), "households": .number(Double(v.households)), "dailyLimit": .number(Double(v.dailyLimit))])
        }

        @Sendable static func visitPlans(req: Request) async throws -> Response {
            let p = try req.require(.viewScreening)
            let plans = try await req.screening(p).visitPlans()
            return try API.response(.object(["items": .array(plans.map(planJSON)), "total": .number(Double(plans.count))]))
        }

        /// `POST /api/v1/visit-plans` {campaignId, village, from, to, team: [{name, role}]}.
        @Sendable static func createVisitPlan(req: Request) async throws -> Response {
            let p = try req.require(.manageCampaigns)
            let o = try API.body(req)
            var team: [VisitMember] = []
            if case .array(let list)? = o["team"] {
                for item in list {
                    guard case .object(let m) = item, case .string(let name)? = m["name"], case .string(let role)? = m["role"], let r = VisitorRole.parse(role) else {
                        throw AppError.badRequest("team 应为 [{name, role}]，role 为 " + VisitorRole.allCases.map(\.rawValue).joined(separator: "、"), field: "team", code: "type")
                    }
                    team.append(VisitMember(name: name, role: r))
                }
            }
            var f: [String: String] = [:]
            for k in ["campaignId", "village", "from", "to"] { f[k] = o[k]?.formText }
            let store = req.screening(p)
            let id = try await ScreeningController.createPlan(req, p, store, form: f, team: team)
            return try API.response(planJSON(try await store.visitPlan(id)), status: .created)
        }

        @Sendable static func visitPlan(req: Request) async throws -> Response {
            let p = try req.require(.viewScreening)
            let store = req.screening(p)
            let plan = try await store.visitPlan(try req.idParameter())
            let progress = try await store.progress(plan)
            guard case .object(var o) = planJSON(plan) else { return try API.response(planJSON(plan)) }
            o["visited"] = .number(Double(progress.visited))
            o["coveredBySecretaries"] = .number(Double(progress.coveredBySecretaries))
            o["targets"] = .array(progress.lines.map { l in
                .object(["householdId": .string(l.id), "code": .string(l.code), "head": .string(l.head), "visitedOn": l.visitedOn.map { .string($0.description) } ?? .null,
                         "visitors": .array(l.visitors.map(JSON.string)), "bySecretary": .bool(l.bySecretary)])
            })
            return try API.response(.object(o))
        }

        static func rectificationJSON(_ r: RectificationRecord, today: Day) -> JSON {
            .object(["id": .string(r.id), "regionCode": .string(r.regionCode), "source": .string(r.source.rawValue), "sourceRef": .string(r.sourceRef),
                     "householdId": r.householdID.map(JSON.string) ?? .null, "problem": .string(r.problem), "unit": .string(r.unit), "person": .string(r.person),
                     "measure": .string(r.measure), "due": .string(r.due.description), "state": .string(r.state.rawValue),
                     "deadlineState": .string(r.deadline(today: today).rawValue), "evidence": r.evidence.map(JSON.string) ?? .null,
                     "closedOn": r.closedOn.map { .string($0.description) } ?? .null, "closedBy": r.closedBy.map(JSON.string) ?? .null,
                     "createdBy": .string(r.createdBy), "createdOn": .string(r.createdOn.description)])
        }

        /// `GET /api/v1/rectifications?state=open|closed&source=`.
        @Sendable static func rectifications(req: Request) async throws -> Response {
            let p = try req.require(.viewRectification)
            let state = req.queryText("state") ?? "", source = req.queryText("source") ?? ""
            if !state.isEmpty, RectificationState(rawValue: state) == nil { throw AppError.badRequest("state应为open或closed", field: "state") }
            if !source.isEmpty, ProblemSource(rawValue: source) == nil { throw AppError.badRequest("source无效", field: "source") }
            let store = req.screening(p)
            let items = try await store.rectifications(state: state, source: source)
            return try API.response(.object(["items": .array(items.map { rectificationJSON($0, today: store.today) }), "total": .number(Double(items.count)),
                                             "overdue": .number(Double(items.filter { $0.deadline(today: store.today) == .overdue }.count))]))
        }

        @Sendable static func addRectification(req: Request) async throws -> Response {
            let p = try req.require(.manageRectification)
            let store = req.screening(p)
            let id = try await ScreeningController.enter(req, p, try form(req))
            return try API.response(rectificationJSON(try await store.rectification(id), today: store.today), status: .created)
        }

        /// `POST /api/v1/rectifications/{id}/close` {evidence, overrideReason?}: an item from a data-quality finding closes
        /// once the finding has closed, or by the county admin with `overrideReason`.
        @Sendable static func close(req: Request) async throws -> Response {
            let p = try req.require(.closeRectification)
            let store = req.screening(p)
            let r = try await ScreeningController.closeItem(req, p, json: true)
            return try API.response(rectificationJSON(r, today: store.today))
        }
    }
}
