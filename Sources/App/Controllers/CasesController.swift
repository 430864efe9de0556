import Domain
import Fluent
import SQLKit
import Vapor
import XLSX

/// 监测帮扶: the inbox, clues, the case page with its step forms, and the public self-report.
enum CasesController {
    // MARK: - Inbox and lists

    @Sendable static func inbox(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        let items = try await req.inboxItems(p)
        return req.page { CasesPages.inbox(.init(viewer: req.viewer(p), items: items, regions: req.regions)) }
    }

    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        guard p.regionScope != nil else { throw AppError.forbidden("无权查看") }
        let state = try listState(req)
        let pageNo = try req.queryPage()
        return try await listPage(req, p, state: state, page: pageNo)
    }

    /// `GET /inbox/export.xlsx`: the 待办 list as on screen.
    @Sendable static func inboxExport(req: Request) async throws -> Response {
        let p = try req.require(.viewCases)
        let items = try await req.inboxItems(p)
        let spec = ListExport(title: "待办事项", sheet: "待办", filters: [], header: ["农户", "所在村", "待办事项", "督办", "当前环节或来源", "期限", "状态"],
                              audit: "inbox", fallback: "inbox.xlsx")
        return try await spec.respond(req, p) { add in
            for i in items {
                try add([.text(i.title), .text(req.regions.fullName(i.villageCode)), .text(i.task), .text(i.mine ? "" : "督办"), .text(i.stepLabel),
                         .date(i.due.description), .text(i.deadlineState.label)])
            }
        }
    }

    /// `GET /cases/export.xlsx?state=`: every case of the list with its 办理环节 filter, not one page.
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.viewCases)
        guard p.regionScope != nil else { throw AppError.forbidden("无权查看") }
        let state = try listState(req)
        let spec = ListExport(title: "监测事项清单", sheet: "监测事项", filters: [("办理环节", CaseState(rawValue: state)?.label ?? "")],
                              header: ["农户", "户编号", "所在村", "发现方式", "登记日期", "办理环节", "未完成的期限", "绿色通道"],
                              audit: "cases", fallback: "cases.xlsx")
        let rules = req.policy.current.rules, today = req.today
        return try await spec.respond(req, p) { add in
            try await ListExport.pages(of: 1000, { try await CaseQuery.list(principal: p, state: state, page: $0 / 1000 + 1, per: 1000, on: req.db).rows }) { rows in
                for r in rows {
                    let c = r.record
                    let open = c.deadlines(today: today, rules: rules).filter { $0.done == nil }
                    try add([.text("\(r.headName ?? c.reporterName ?? "未关联")户"), .text(r.householdCode ?? ""), .text(req.regions.fullName(c.villageCode)),
                             .text(c.channel.label), .date(c.openedOn.description), .text(c.state.label),
                             .text(open.map { "\($0.name) \($0.due)（\($0.state.label)）" }.joined(separator: "；")), .text(c.greenChannel ? "已开通" : "")])
                }
            }
        }
    }

    /// The list's 办理环节 filter (empty: all).
    static func listState(_ req: Request) throws -> String {
        let state = req.queryText("state") ?? ""
        if !state.isEmpty, CaseState(rawValue: state) == nil { throw AppError.badRequest("办理环节无效：\(state)", field: "state") }
        return state
    }

    static func listPage(_ req: Request, _ p: Principal, state: String, page pageNo: Int, status: HTTPStatus = .ok,
                         bulk: BulkOutcome? = nil) async throws -> Page {
        let per = 50
        let found = try await CaseQuery.list(principal: p, state: state, page: pageNo, per: per, on: req.db)
        let (list, total) = (found.rows, found.total)
        // The step a role may take for many cases at once, offered when cases of the list wait for it.
        let step = bulkAction(p.role)
        var waiting = 0
        if let step { waiting = try await CaseQuery.waitingCount(for: step, principal: p, state: state, on: req.db) }
        return req.page(status) {
            CasesPages.list(.init(viewer: req.viewer(p), rows: list, state: state, total: total, page: pageNo, per: per, regions: req.regions,
                            canReport: Permissions.allows(p.role, .reportClues), today: req.today,
                            rules: req.policy.current.rules, bulkStep: step, waiting: waiting, bulk: bulk))
        }
    }

    /// The step a role takes for many cases at once from the list: the township's 审核 and the county's 审定 (each case
    /// is still checked by the state machine on its own).
    static func bulkAction(_ role: Role) -> CaseAction? {
        switch role {
        case .townshipOfficer: return .townshipApprove
        case .countyAdmin: return .countyApprove
        default: return nil
        }
    }

    /// Takes one step for each case, each on its own: a case refused (another step is due, stale, out of scope, a fact
    /// missing) does not stop or undo the others. Returns each case's outcome in order.
    static func takeMany(_ req: Request, _ p: Principal, _ items: [(id: String, action: CaseAction, input: [String: String], version: Int?)])
        async -> [(id: String, result: Result<CaseRecord, AppError>)] {
        var out: [(id: String, result: Result<CaseRecord, AppError>)] = []
        let store = req.cases(p)
        for item in items {
            do {
                _ = try await store.visible(id: item.id)
                let c = try await store.transition(caseID: item.id, action: item.action, input: item.input, expectedVersion: item.version)
                out.append((item.id, .success(c)))
            } catch {
                out.append((item.id, .failure(FangpinErrorMiddleware.normalize(error))))
            }
        }
        return out
    }

    /// `GET /cases/ids?state=`: the list's cases waiting for the role's bulk step, as "id:version" (the page's "all N
    /// matching").
    @Sendable static func waitingIDs(req: Request) async throws -> Response {
        let p = try req.require(.handleCases)
        let state = try listState(req)
        // A role without a bulk step (the village) has none waiting for it.
        var ids: [String] = []
        if let step = bulkAction(p.role) { ids = try await CaseQuery.waiting(for: step, principal: p, state: state, limit: BulkForm.allMatchingLimit, on: req.db) }
        return try API.response(.object(["ids": .array(ids.map(JSON.string)), "total": .number(Double(ids.count))]))
    }

    /// `POST /cases/transitions`: the ticked cases of the list (`ids` as "id:version"; or a call of the page's "all N
    /// matching"), one step with the same facts for all. At the county's 审定, a category or risks left empty are each
    /// case's own: the risks the case holds (from its clue and verification), the category its household's category
    /// implies.
    @Sendable static func takeTicked(req: Request) async throws -> Response {
        let p = try req.require(.handleCases)
        let form = BulkForm(req)
        let state = form.values["listState"].flatMap { CaseState(rawValue: $0)?.rawValue } ?? ""
        guard let action = bulkAction(p.role), form.values["action"] == action.rawValue else {
            throw AppError.badRequest("该角色不能批量办理此事项", field: "action")
        }
        let outcome: BulkOutcome
        if let problem = form.problem(nothing: "请先勾选要办理的监测事项", verb: "办理", unit: "件") {
            outcome = BulkOutcome(message: problem, values: form.values)
        } else {
            var versions: [String: Int] = [:]
            var ids: [String] = [], seen = Set<String>()
            for ticked in form.ids {
                let pieces = ticked.split(separator: ":", maxSplits: 1).map(String.init)
                guard let id = pieces.first, seen.insert(id).inserted else { continue }
                ids.append(id)
                if pieces.count > 1 { versions[id] = Int(pieces[1]) }
            }
            var shared: [String: String] = [:]
            for spec in action.fields.specs { if let v = form.values[spec.key] { shared[spec.key] = v } }
            let store = req.cases(p)
            outcome = await BulkOutcome.run(ids, values: form.values) { id in
                let c = try await store.visible(id: id)
                var input = shared
                if action == .countyApprove {
                    if (input["riskTypes"] ?? "").isEmpty { input["riskTypes"] = c.riskTypes.map(\.rawValue).joined(separator: ",") }
                    if (input["category"] ?? "").isEmpty, let hid = c.householdID,
                       let h = try? await RegistryStore.household(id: hid, on: req.db), let implied = MonitoringCategory.implied(by: h.category) {
                        input["category"] = implied.rawValue
                    }
                }
                _ = try await store.transition(caseID: id, action: action, input: input, expectedVersion: versions[id])
            }
        }
        return try await outcome.respond(req) { o in try await listPage(req, p, state: state, page: 1, status: o.status, bulk: o) }
    }

    // MARK: - One case

    @Sendable static func show(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        return try await page(req, p, caseID: try req.idParameter(), notice: req.queryText("notice"))
    }

    static func page(_ req: Request, _ p: Principal, caseID: String, status: HTTPStatus = .ok, failed: (CaseAction, [String: String], AppError)? = nil,
                     correctionFailed: ([String: String], AppError)? = nil, notice: String? = nil, uploadError: String? = nil) async throws -> Page {
        let store = req.cases(p)
        let c = try await store.visible(id: caseID)
        let events = try await CaseStore.events(of: c.id, on: req.db)
        let household = try await c.householdID.asyncMap { try await RegistryStore.household(id: $0, on: req.db) } ?? nil
        var blockers: [EliminationBlocker] = []
        if c.state == .monitored, let h = household { blockers = try await store.eliminationBlockers(c, h, on: req.db) }
        let actions = Permissions.allows(p.role, .handleCases) ? CaseMachine.actions(for: p.role, in: c.state) : []
        // 入户核实 starts from the statement of the year it covers (or the newest one), to be confirmed or put right.
        let incomes = actions.contains(.recordVerification) ? try await c.householdID.asyncMap { try await RegistryStore.incomes(of: $0, on: req.db) } ?? [] : []
        let verifiedYear = req.today.year - 1
        let regime = req.policy.regimes.regime(key: c.regime, orInForceOn: c.openedOn)
        var m = CasesPages.CaseModel(viewer: req.viewer(p), record: c, events: events, household: household, villageName: req.regions.fullName(c.villageCode),
                                     actions: actions,
                                     onBehalf: Permissions.allows(p.role, .handleCases) ? CaseMachine.onBehalfActions(for: p.role, in: c.state) : [],
                                     blockers: blockers, today: req.today, failed: failed,
                                     canCorrect: Permissions.allows(p.role, .correctCases) && household != nil && CaseCorrection.allowed(in: c.state),
                                     correctionFailed: correctionFailed, notice: notice,
                                     revealed: Permissions.allows(p.role, .revealPersonal), noticeDays: regime.limits.noticeDays,
                                     documents: try await Documents.list(caseID: c.id, on: req.db), uploadError: uploadError,
                                     canUpload: Permissions.allows(p.role, .handleCases) && !c.state.isClosed,
                                     maxDocumentMB: req.config.maxDocumentBytes / 1024 / 1024, rules: req.policy.current.rules)
        m.incomeOnFile = (incomes.first { $0.year == verifiedYear } ?? incomes.first)?.statement
        m.regime = regime
        return req.page(status) { CasesPages.show(m) }
    }

    /// `POST /cases/:id/act`: one step from the case page's form.
    @Sendable static func act(req: Request) async throws -> Response {
        let p = try req.require(.handleCases)
        let id = try req.idParameter()
        // Scope first: a case outside the user's region is not found, whatever the form says.
        _ = try await req.cases(p).visible(id: id)
        let form = FormBody.fields(req)
        guard let action = CaseAction(rawValue: form["action"] ?? "") else { throw AppError.badRequest("请选择要办理的事项", field: "action") }
        var input: [String: String] = [:]
        for spec in action.fields.specs { if let v = form[spec.key] { input[spec.key] = v } }
        if let code = form["householdCode"] { input["householdCode"] = code }
        if let flag = form["onBehalf"] { input["onBehalf"] = flag }
        do {
            _ = try await req.cases(p).transition(caseID: id, action: action, input: input, expectedVersion: formVersion(form))
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, p, caseID: id, status: e.status, failed: (action, input, e)).response()
        }
        let text = "已办理：\(action.label)" + (input["onBehalf"] == "true" ? "（代录）" : "")
        return req.redirect(to: SiteURL.withNotice("/cases/\(id)", text))
    }

    /// `POST /cases/:id/correct`: the county admin's 更正 of the household's monitoring facts, with a reason.
    @Sendable static func correct(req: Request) async throws -> Response {
        let p = try req.require(.correctCases)
        let id = try req.idParameter()
        _ = try await req.cases(p).visible(id: id)
        let form = FormBody.fields(req)
        var input: [String: String] = [:]
        for spec in CaseCorrection.fields.specs { if let v = form[spec.key] { input[spec.key] = v } }
        do {
            _ = try await req.cases(p).correct(caseID: id, input: input, expectedVersion: formVersion(form))
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, p, caseID: id, status: e.status, correctionFailed: (input, e)).response()
        }
        return req.redirect(to: SiteURL.withNotice("/cases/\(id)", "已更正监测信息，原值和新值已记入办理记录"))
    }

    // MARK: - Clues from officials

    @Sendable static func newClue(req: Request) async throws -> Page {
        let p = try req.require(.reportClues)
        var values: [String: String] = ["channel": ClueChannel.cadreScreening.rawValue]
        if let h = req.queryText("household") { values["householdId"] = h }
        let household = await clueHousehold(req, p, values["householdId"])
        return req.page {
            CasesPages.clueForm(.init(viewer: req.viewer(p), state: FormState(values: values), villages: req.villageChoices(in: p.regionScope),
                                      household: household, regions: req.regions))
        }
    }

    /// The household a clue form is for (from its page's 登记风险线索 link), if the user may see it.
    static func clueHousehold(_ req: Request, _ p: Principal, _ id: String?) async -> HouseholdRecord? {
        guard let id, !id.isEmpty else { return nil }
        return try? await req.registry(p).visibleHousehold(id: id)
    }

    @Sendable static func createClue(req: Request) async throws -> Response {
        let p = try req.require(.reportClues)
        let form = FormBody.fields(req)
        let store = req.cases(p)
        do {
            let (c, merged) = try await store.open(try await store.parseClue(form, publicForm: false))
            let text = merged ? "该户已有办理中的识别事项，新线索已合并到此事项" : "线索已登记，请在5个工作日内答复"
            return req.redirect(to: SiteURL.withNotice("/cases/\(c.id)", text))
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500 else { throw error }
            let errors = validationErrors(error, e)
            let household = await clueHousehold(req, p, form["householdId"])
            return req.page(.unprocessableEntity) {
                CasesPages.clueForm(.init(viewer: req.viewer(p), state: FormState(values: form, errors: errors), villages: req.villageChoices(in: p.regionScope),
                                          household: household, regions: req.regions))
            }.response()
        }
    }

    static func validationErrors(_ error: any Error, _ e: AppError) -> [FieldError] {
        if let v = error as? ValidationErrors { return v.errors }
        return [FieldError(field: e.field ?? "", code: e.code, message: e.message)]
    }

    // MARK: - Public self-report (一键申报)

    @Sendable static func selfReportForm(req: Request) async throws -> Page {
        req.page { CasesPages.selfReport(.init(state: FormState(), villages: publicVillages(req))) }
    }

    static func publicVillages(_ req: Request) -> [Choice] {
        req.regions.counties.flatMap { req.regions.villages(in: $0.code) }.map { Choice(value: $0.code, label: req.regions.fullName($0.code)) }
    }

    @Sendable static func selfReport(req: Request) async throws -> Response {
        let form = FormBody.fields(req)
        let store = req.cases(nil)
        do {
            let clue = try await store.parseClue(form, publicForm: true)
            try await SelfReportThrottle.check(address: req.clientAddress, idNumber: clue.reporterIDNumber ?? "", on: req.db, now: req.now,
                                               limits: req.config.selfReportLimits)
            let (c, _) = try await store.open(clue)
            // The same answer whatever the registry holds: the village the reporter chose, never where a number is registered.
            let chosen = clue.villageCode.map { req.regions.fullName($0) } ?? ""
            return req.page { CasesPages.selfReportDone(.init(openedOn: c.openedOn, responseDue: c.responseDue, villageName: chosen)) }.response()
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500 else { throw error }
            var kept = form
            kept["idNumber"] = form["idNumber"]
            return req.page(e.status == .tooManyRequests ? .tooManyRequests : .unprocessableEntity) {
                CasesPages.selfReport(.init(state: FormState(values: kept, errors: validationErrors(error, e)), villages: publicVillages(req)))
            }.response()
        }
    }

    /// `GET /self-report/status`: the lookup form. The numbers go by POST, never in a URL (history, logs, referrers).
    @Sendable static func selfReportStatusForm(req: Request) async throws -> Page {
        req.page { CasesPages.status(.init(idNumber: "", phone: "", results: nil, error: nil)) }
    }

    /// `POST /self-report/status` (idNumber, phone): the farmer looks up their reports (both must match). Attempts are
    /// limited per address and per ID number, so neither one machine nor many can try numbers or phones in bulk.
    @Sendable static func selfReportStatus(req: Request) async throws -> Page {
        let form = FormBody.fields(req)
        let id = (form["idNumber"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        let phone = (form["phone"] ?? "").filter { $0 != " " && $0 != "-" }
        guard !id.isEmpty, !phone.isEmpty, id.count <= 18, phone.count <= 20 else {
            return req.page(.badRequest) { CasesPages.status(.init(idNumber: "", phone: "", results: nil, error: "请同时填写身份证号码和申报时留的电话")) }
        }
        do {
            try await SelfReportThrottle.checkLookup(address: req.clientAddress, idNumber: id, on: req.db, now: req.now, limits: req.config.selfReportLimits,
                                                     auditKey: req.application.auditKey)
        } catch let e as AppError {
            return req.page(e.status) { CasesPages.status(.init(idNumber: "", phone: "", results: nil, error: e.message)) }
        }
        let rows = try await CaseQuery.reportedBy(idNumber: id, phone: phone, on: req.db)
        var results: [CasesPages.PublicStatus] = []
        for c in rows {
            let events = try await CaseStore.events(of: c.id, on: req.db)
            let informed = events.last { $0.action == CaseAction.informFarmer.rawValue }
            results.append(CasesPages.PublicStatus(openedOn: c.openedOn, stateLabel: CasesPages.publicLabel(c.state), difficulty: c.difficulty?.label ?? "",
                                                   informedOn: informed?.facts["informedOn"]))
        }
        return req.page { CasesPages.status(.init(idNumber: id, phone: phone, results: results, error: nil)) }
    }
}

/// Attaching and downloading a case's documents (pages and API share the checks).
enum DocumentsController {
    struct Upload: Content {
        var title: String?
        var file: File?
        var _csrf: String?
    }

    static func attach(_ req: Request, _ p: Principal) async throws -> (CaseRecord, DocumentRecord) {
        let c = try await req.cases(p).visible(id: try req.idParameter())
        guard !c.state.isClosed else {
            throw AppError(status: .conflict, code: "state", message: "该事项已办结（\(c.state.label)），不能再上传材料")
        }
        let upload: Upload
        do { upload = try req.content.decode(Upload.self) } catch {
            throw AppError.badRequest("请以 multipart/form-data 上传，字段 title（材料名称）和 file（文件）", field: "file", code: "multipart")
        }
        guard let file = upload.file else { throw AppError.validation([FieldError(field: "file", code: "required", message: "请选择要上传的文件")]) }
        let d = try await Documents.attach(to: c, title: upload.title ?? "", filename: file.filename, data: Data(buffer: file.data),
                                           by: req.auditActor(p), directory: req.filesDirectory, maxBytes: req.config.maxDocumentBytes,
                                           now: req.now, on: req.db)
        return (c, d)
    }

    /// `POST /cases/:id/documents`.
    @Sendable static func upload(req: Request) async throws -> Response {
        let p = try req.require(.handleCases)
        do {
            let (c, d) = try await attach(req, p)
            let text = "已上传材料：\(d.title)"
            return req.redirect(to: SiteURL.withNotice("/cases/\(c.id)", text, fragment: "documents"))
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await CasesController.page(req, p, caseID: try req.idParameter(), status: e.status, uploadError: e.message).response()
        }
    }

    /// `POST /api/v1/cases/{id}/documents`.
    @Sendable static func uploadAPI(req: Request) async throws -> Response {
        let p = try req.require(.handleCases)
        let (_, d) = try await attach(req, p)
        return try API.response(json(d), status: .created)
    }

    static func json(_ d: DocumentRecord) -> JSON {
        .object(["id": .string(d.id), "caseId": .string(d.caseID), "title": .string(d.title), "filename": .string(d.filename),
                 "contentType": .string(d.contentType), "size": .number(Double(d.size)), "sha256": .string(d.sha256),
                 "step": .string(d.state?.rawValue ?? ""), "uploadedBy": .string(d.uploadedBy), "at": .string(Clock.iso(d.at)),
                 "url": .string("/api/v1/documents/\(d.id)")])
    }

    /// `GET /documents/:id` and `GET /api/v1/documents/{id}`: only for users who may see the case.
    @Sendable static func download(req: Request) async throws -> Response {
        let p = try req.require(.viewCases)
        guard let d = try await Documents.find(id: try req.idParameter(), on: req.db) else { throw AppError.notFound("材料") }
        _ = try await req.cases(p).visible(id: d.caseID)
        guard let data = FileManager.default.contents(atPath: Documents.path(req.filesDirectory, d)) else {
            throw AppError(status: .notFound, code: "file_missing", message: "材料文件已丢失（\(d.title)），请联系管理员从备份恢复")
        }
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "document.download", entity: "document", entityID: d.id,
                                  detail: ["case": .string(d.caseID)])
        return .attachedFile(data, contentType: d.contentType, name: d.title + "." + (Documents.Kind(rawValue: d.contentType)?.ext ?? "bin"),
                             fallback: "document")
    }
}

/// Printable A4 pages.
enum PrintController {
    /// `GET /villages/:code/notice?kind=identification|elimination`: the village's current public notice.
    @Sendable static func notice(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        guard let code = req.parameters.get("code"), req.regions[code]?.level == .village, let scope = p.regionScope,
              RegionCode.contains(scope: scope, code: code) else { throw AppError.notFound("村") }
        let kind = req.queryText("kind") ?? "identification"
        guard kind == "identification" || kind == "elimination" else {
            throw AppError.badRequest("kind应为identification（识别纳入）或elimination（风险消除）", field: "kind")
        }
        let state = kind == "elimination" ? CaseState.eliminationNominated : .publicNotice
        var items: [PrintPages.NoticeRow] = []
        // The notice lasts as long as the longest its cases' regimes ask for (the regime in force today when none is posted).
        var noticeDays = req.policy.regimes.inForce(on: req.today).limits.noticeDays
        for (c, headName, members) in try await CaseQuery.inState(state, village: code, on: req.db) {
            noticeDays = max(noticeDays, (req.policy.regimes.regime(key: c.regime, orInForceOn: c.openedOn)).limits.noticeDays)
            var reason = c.riskTypes.map(\.label).joined(separator: "、")
            if kind == "elimination" {
                let nominate = try await CaseStore.events(of: c.id, on: req.db).last { $0.action == CaseAction.nominateElimination.rawValue }
                reason = [EliminationKind(rawValue: nominate?.facts["kind"] ?? "")?.label, nominate?.facts["basis"]].compactMap { $0 }.joined(separator: "：")
            }
            items.append(PrintPages.NoticeRow(headName: headName, members: members,
                                              reason: reason, start: c.noticeStart))
        }
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "print.notice", entity: "village", entityID: code, detail: ["kind": .string(kind)])
        return req.page {
            PrintPages.notice(.init(villageName: req.regions.fullName(code), elimination: kind == "elimination", rows: items,
                              noticeDays: noticeDays, today: req.today))
        }
    }

    /// 入户摸底调查表 (seed 001 附表1) of a village: `village` (or `region`, a village in the user's scope) and the
    /// survey date `date` printed by the signatures (blank when not given).
    struct SurveySheets {
        var village: String
        var date: Day?
        var sheets: [PrintPages.SurveySheet]
    }

    static func surveySheets(_ req: Request, _ p: Principal) async throws -> SurveySheets {
        let code = (req.queryText("village") ?? req.queryText("region") ?? "").trimmed
        guard !code.isEmpty else { throw AppError.badRequest("请选择要打印的村", field: "village") }
        guard req.regions[code]?.level == .village else { throw AppError.badRequest("村代码无效：\(code)", field: "village") }
        guard let scope = p.regionScope, RegionCode.contains(scope: scope, code: code) else { throw AppError.notFound("村") }
        var date: Day?
        if let raw = req.queryText("date")?.trimmed, !raw.isEmpty {
            guard let d = Day(raw) else { throw AppError.badRequest("调查日期格式应为 YYYY-MM-DD", field: "date") }
            date = d
        }
        let households = try await RegistryStore.village(code, principal: p, on: req.db)
        return SurveySheets(village: code, date: date, sheets: households.map { PrintPages.SurveySheet(household: $0.0, members: $0.1) })
    }

    /// `GET /survey-sheets?village=&date=`: one A4 page per household the user may see, filled in from the registry
    /// with boxes for what the visit finds.
    @Sendable static func surveySheets(req: Request) async throws -> Page {
        let p = try req.require(.recordScreening)
        let s = try await surveySheets(req, p)
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "print.survey", entity: "village", entityID: s.village,
                                  detail: ["households": .number(Double(s.sheets.count))])
        return req.page {
            PrintPages.surveySheets(.init(villageName: req.regions.fullName(s.village), sheets: s.sheets, showHealth: Permissions.allows(p.role, .viewHealth),
                                    today: req.today, surveyDate: s.date, printedBy: p.username))
        }
    }

    /// `GET /survey-sheets.xlsx` and `GET /api/v1/survey-sheets.xlsx` (same parameters): the same sheets as one
    /// table, a row per member with the household's ledger beside it and empty columns for the visit to fill in.
    @Sendable static func surveySheetsXLSX(req: Request) async throws -> Response {
        let p = try req.require(.recordScreening)
        let s = try await surveySheets(req, p)
        let showHealth = Permissions.allows(p.role, .viewHealth), today = req.today
        let ledger = PrintPages.SurveySheet.ledgerItems
        let visit = ["是否在家", "核实情况", "发现的风险", "是否提出监测线索", "排查人员", "调查日期"]
        let household = ["户编号", "户主", "户类型", "家庭人口"]
        var rows: [[Cell]] = []
        for sheet in s.sheets {
            let h = sheet.household
            let head: [Cell] = [.text(h.code), .text(h.headName ?? ""), .text(h.categoryLabel), .integer(h.memberCount)]
            let records: [Cell] = [h.perCapita.map { .number($0.description) } ?? .empty] + sheet.ledger.dropFirst().map { .text($0.record) }
            let blanks: [Cell] = Array(repeating: .empty, count: visit.count - 1) + [s.date.map { .date($0.description) } ?? .empty]
            for m in sheet.members.isEmpty ? [nil] : sheet.members.map(Optional.some) {
                let person: [Cell] = m.map { sheet.member($0, showHealth: showHealth, today: today).enumerated().map { i, v in i == 3 ? (Int(v).map(Cell.integer) ?? .empty) : .text(v) } }
                    ?? Array(repeating: .empty, count: PrintPages.surveyMemberColumns.count)
                rows.append(head + person + records + blanks)
            }
        }
        let author = p.exporter, name = req.regions.fullName(s.village)
        let title = "防止返贫监测帮扶集中排查入户摸底调查表"
        let sheet = Sheet(name: "入户摸底调查表", header: household + PrintPages.surveyMemberColumns + ledger.map { $0 == "人均纯收入" ? "人均纯收入（元）" : $0 } + visit,
                          rows: rows, title: title,
                          subtitle: "村：\(name)　调查日期：\(s.date?.chinese ?? "＿＿＿＿")　\(s.sheets.count)户　导出：\(author)　\(Clock.format(Int64(req.now.timeIntervalSince1970)))",
                          groups: household.map { _ in "户" } + PrintPages.surveyMemberColumns.map { _ in "家庭成员" } + ledger.map { _ in "台账记录" }
                            + visit.map { _ in "入户核实（排查时填写）" })
        let about = Sheet.exportNote(p, at: req.now, [("报表", title), ("依据", "涞源县集中排查方案附表1"), ("村", name), ("调查日期", s.date?.description ?? "未指定"),
                                         ("说明", "台账中的家庭和成员信息已填好，身份证号码已脱敏；“入户核实”各栏由排查人员入户时填写")])
        let data = try XLSXWriter.write([sheet, about], author: author, created: req.now)
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.survey", entity: "village", entityID: s.village,
                                  detail: ["households": .number(Double(s.sheets.count))])
        return .download(data, kind: .xlsx, name: "入户摸底调查表-\(req.regions[s.village]?.name ?? s.village).xlsx", fallback: "survey-sheets.xlsx")
    }

    /// `GET /households/:id/plan`: 一户一册.
    @Sendable static func plan(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        let m = try await planModel(req, p, h)
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "print.plan", entity: "household", entityID: h.id)
        return req.page { PrintPages.plan(m) }
    }

    /// `GET /villages/:code/plans`: 一户一册 of every monitored household of the village whose risk is not eliminated, as
    /// one A4 document (a page break before each household).
    @Sendable static func villagePlans(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        guard let code = req.parameters.get("code"), req.regions[code]?.level == .village, let scope = p.regionScope,
              RegionCode.contains(scope: scope, code: code) else { throw AppError.notFound("村") }
        var models: [PrintPages.PlanModel] = []
        for (h, _) in try await RegistryStore.village(code, principal: p, on: req.db)
        where h.dissolvedAt == nil && h.monitoringCategory != nil && h.facts.date("eliminatedOn") == nil {
            models.append(try await planModel(req, p, h))
        }
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "print.plan", entity: "village", entityID: code,
                                  detail: ["households": .number(Double(models.count))])
        return req.page { PrintPages.plans(models, villageName: req.regions.fullName(code)) }
    }

    static func planModel(_ req: Request, _ p: Principal, _ h: HouseholdRecord) async throws -> PrintPages.PlanModel {
        PrintPages.PlanModel(
            household: h, villageName: req.regions.fullName(h.villageCode), members: try await RegistryStore.members(of: h.id, on: req.db),
            showHealth: Permissions.allows(p.role, .viewHealth), cases: try await CaseStore.cases(ofHousehold: h.id, on: req.db),
            helpers: try await MeasureStore.assignments(of: h.id, on: req.db), measures: try await MeasureStore.measures(of: h.id, on: req.db),
            findings: try await MeasureStore.findings(h, on: req.db, today: req.today), visits: try await VisitStore.visits(of: h.id, on: req.db),
            today: req.today, printedBy: p.username)
    }
}

/// 帮扶责任人名册.
enum HelpersController {
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        return try await page(req, p, state: FormState(), notice: req.queryText("notice"))
    }

    static func page(_ req: Request, _ p: Principal, status: HTTPStatus = .ok, state: FormState, notice: String? = nil) async throws -> Page {
        guard let scope = p.regionScope else { throw AppError.forbidden("无权查看") }
        let q = (req.queryText("q") ?? "").trimmingCharacters(in: .whitespaces)
        let all = try await MeasureStore.helpers(county: String(scope.prefix(6)), on: req.db)
        let shown = q.isEmpty ? all : all.filter { $0.name.contains(q) || $0.unit.contains(q) }
        return req.page(status) {
            HelpersPage.view(.init(viewer: req.viewer(p), helpers: shown, q: q, state: state, canManage: Permissions.allows(p.role, .manageAssistance),
                             showPhones: Permissions.allows(p.role, .revealPersonal), notice: notice))
        }
    }

    /// `GET /helpers/export.xlsx?q=`: the helper register as listed.
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.viewCases)
        guard let scope = p.regionScope else { throw AppError.forbidden("无权查看") }
        let q = (req.queryText("q") ?? "").trimmingCharacters(in: .whitespaces)
        let all = try await MeasureStore.helpers(county: String(scope.prefix(6)), on: req.db)
        let whole = Permissions.allows(p.role, .revealPersonal)
        let spec = ListExport(title: "帮扶责任人名册", sheet: "帮扶责任人", filters: [("姓名或单位", q)], header: ["姓名", "工作单位", "联系电话", "帮扶户数"],
                              audit: "helpers", fallback: "helpers.xlsx")
        return try await spec.respond(req, p) { add in
            for h in all where q.isEmpty || h.name.contains(q) || h.unit.contains(q) {
                try add([.text(h.name), .text(h.unit), .text(whole ? h.phone : PhoneMask.masked(h.phone)), .integer(h.households)])
            }
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.manageAssistance)
        guard let scope = p.regionScope else { throw AppError.forbidden("无权登记") }
        let form = FormBody.fields(req)
        do {
            _ = try await MeasureStore.createHelper(form, county: String(scope.prefix(6)), by: req.auditActor(p), now: req.now, on: req.db)
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500 else { throw error }
            return try await page(req, p, status: .unprocessableEntity,
                                  state: FormState(values: form, errors: CasesController.validationErrors(error, e))).response()
        }
        return req.redirect(to: SiteURL.withNotice("/helpers", "已登记帮扶责任人"))
    }

    /// The helper of the register with this id, in the user's county.
    static func helper(_ req: Request, _ p: Principal) async throws -> HelperRecord {
        guard let scope = p.regionScope else { throw AppError.forbidden("无权查看") }
        let id = try req.idParameter()
        guard let h = try await MeasureStore.helpers(county: String(scope.prefix(6)), on: req.db).first(where: { $0.id == id }) else {
            throw AppError.notFound("帮扶责任人")
        }
        return h
    }

    /// `GET /helpers/:id/assign`: the monitored households of the user's area that have no helper yet, to tick.
    @Sendable static func assignPage(req: Request) async throws -> Page {
        let p = try req.require(.manageAssistance)
        return try await assignPage(req, p, helper: try await helper(req, p))
    }

    static func assignPage(_ req: Request, _ p: Principal, helper: HelperRecord, status: HTTPStatus = .ok,
                           outcome: BulkOutcome? = nil) async throws -> Page {
        let households = try await MeasureStore.unhelped(principal: p, on: req.db)
        return req.page(status) {
            HelperAssignPage.view(.init(viewer: req.viewer(p), helper: helper, households: households, regions: req.regions, outcome: outcome))
        }
    }

    /// `POST /helpers/:id/assign`: the helper takes on each ticked household, each on its own (one refused — out of
    /// scope, already helped by them — does not stop the others).
    @Sendable static func assignTicked(req: Request) async throws -> Response {
        let p = try req.require(.manageAssistance)
        let helper = try await helper(req, p)
        let outcome = await BulkForm(req).outcome(nothing: "请先勾选要帮扶的农户", verb: "分配", unit: "户") { id in
            let h = try await req.registry(p).visibleHousehold(id: id)
            try await MeasureStore.assign(helperID: helper.id, to: h, principal: p, by: req.auditActor(p), now: req.now, on: req.db)
        }
        return try await outcome.respond(req) { o in try await assignPage(req, p, helper: helper, status: o.status, outcome: o) }
    }
}
