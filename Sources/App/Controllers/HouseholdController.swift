import Domain
import Fluent
import Vapor
import XLSX

extension Request {
    func registry(_ principal: Principal) -> RegistryStore {
        RegistryStore(db: db, regions: regions, principal: principal, now: now, address: clientAddress, auditKey: application.auditKey)
    }

    /// Villages a user may place households in, labelled with their township.
    func villageChoices(in scope: String?) -> [Choice] {
        guard let scope else { return [] }
        return regions.villages(in: scope).map { Choice(value: $0.code, label: regions.fullName($0.code)) }
    }

    func countyVillageChoices(_ p: Principal) -> [Choice] { villageChoices(in: p.regionScope.map { String($0.prefix(6)) }) }

    func idParameter(_ name: String = "id") throws -> String {
        guard let id = parameters.get(name), id.count <= 64 else { throw AppError.notFound() }
        return id
    }
}

/// Household pages: list, show, create, edit, split and merge.
enum HouseholdController {
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewRegistry)
        var filters = try HouseholdQuery.Filters(from: req)
        try await HouseholdQuery.auditSearch(filters, req, p)
        var (rows, total) = try await HouseholdQuery.list(filters, principal: p, today: req.today, on: req.db, totals: req.config.isPostgres ? nil : req.caches.householdTotals)
        // A page past the end (an old link, a typed number) shows the last page instead.
        let lastPage = max(1, (total + filters.per - 1) / filters.per)
        if filters.page > lastPage {
            filters.page = lastPage
            (rows, total) = try await HouseholdQuery.list(filters, principal: p, today: req.today, on: req.db, totals: req.config.isPostgres ? nil : req.caches.householdTotals)
        }
        let scope = p.regionScope ?? ""
        let townships = RegionLevel.of(code: scope) == .county
            ? req.regions.children(of: scope).filter { $0.level == .township }.map { Choice(value: $0.code, label: $0.name) } : []
        var villageNames: [String: String] = [:]
        for r in rows where villageNames[r.villageCode] == nil { villageNames[r.villageCode] = req.regions.fullName(r.villageCode) }
        let villages = req.villageChoices(in: filters.township.isEmpty ? scope : filters.township)
        return req.page {
            HouseholdIndex.view(.init(viewer: req.viewer(p), filters: filters, rows: rows, total: total, villages: villages, townships: townships,
                                      villageNames: villageNames, canCreate: Permissions.allows(p.role, .editRegistry),
                                      canExport: Permissions.allows(p.role, .exportRegistry),
                                      canExportWholeNumbers: Permissions.allows(p.role, .exportWholeNumbers)))
        }
    }

    /// `GET /households/export.xlsx`: every household the list's filters select with every registry field, and a sheet
    /// of their members. ID numbers and phones are masked unless `members=whole` (报送国家系统, its own permission).
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.exportRegistry)
        let members = req.queryText("members") ?? ""
        guard ["", "masked", "whole"].contains(members) else {
            throw AppError.badRequest("成员证件号应为遮蔽或完整（members=masked 或 whole）", field: "members")
        }
        let whole = members == "whole"
        if whole { _ = try req.require(.exportWholeNumbers) }
        let filters = try HouseholdQuery.Filters(from: req)
        try await HouseholdQuery.auditSearch(filters, req, p)
        let fields = HouseholdFields.table.specs
        let spec = ListExport(title: "农户台账", sheet: "农户台账", filters: HouseholdQuery.describe(filters, regions: req.regions),
                              header: ["户编号", "乡镇", "户主"] + fields.map(\.label) + ["家庭人口", "家庭纯收入（元）", "人均纯收入（元）", "状态"],
                              audit: whole ? "households.whole" : "households", fallback: "households.xlsx")
        /// The households the filters select, a thousand at a time, in the list's order.
        func pages(_ each: ([HouseholdRecord]) async throws -> Void) async throws {
            try await ListExport.pages(of: 1000, { offset in
                var f = filters
                (f.page, f.per) = (offset / 1000 + 1, 1000)
                return try await HouseholdQuery.list(f, principal: p, today: req.today, on: req.db).rows
            }) { rows in
                let records = Dictionary(try await RegistryStore.households(ids: rows.map(\.id), on: req.db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                try await each(rows.compactMap { records[$0.id] })
            }
        }
        return try await spec.respond(req, p, fill: { add in
            try await pages { households in
                for h in households {
                    try add([.text(h.code), .text(req.regions[h.townshipCode]?.name ?? ""), .text(h.headName ?? "")]
                            + fields.map { RegistryExport.cell($0, h.facts, whole: whole, regions: req.regions) }
                            + [.integer(h.memberCount), h.netIncome.map { .number($0.description) } ?? .empty,
                               h.perCapita.map { .number($0.description) } ?? .empty, .text(h.dissolvedAt == nil ? "" : "已注销")])
                }
            }
        }, more: { book in
            let memberFields = MemberFields.table.specs
            try book.startSheet(name: "家庭成员", header: ["户编号"] + memberFields.map(\.label),
                                title: "家庭成员（\(spec.heading)）")
            try await pages { households in
                let codes = Dictionary(households.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
                let position = Dictionary(households.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
                func key(_ m: MemberRecord) -> (Int, Int, String) { (position[m.householdID] ?? Int.max, m.relation == .head ? 0 : 1, m.id) }
                for m in try await RegistryStore.liveMembers(ofHouseholds: households.map(\.id), on: req.db).sorted(by: { key($0) < key($1) }) {
                    try book.append([.text(codes[m.householdID] ?? "")] + memberFields.map { RegistryExport.cell($0, m.facts, whole: whole, regions: req.regions) })
                }
            }
            return [("在户成员人数", String(book.rowCounts["家庭成员"] ?? 0)), ("身份证号和电话", whole ? "完整（报送国家系统用）" : "已遮蔽")]
        })
    }

    /// `GET /registry/export.xlsx` and `GET /api/v1/registry/export.xlsx`: every live household of the account's region
    /// with its members, helpers and measures (`RegistryExport`); whole ID numbers for those allowed, else masked.
    @Sendable static func registryExport(req: Request) async throws -> Response {
        let p = try req.require(.exportRegistry)
        guard let scope = p.regionScope, p.households == nil else { throw AppError.forbidden("只有按区划管理的账号可以导出全部台账") }
        let export = RegistryExport(scope: scope, whole: Permissions.allows(p.role, .exportWholeNumbers), exporter: p.exporter, at: req.now)
        let book = try StreamingWorkbook()
        do {
            let counts = try await export.write(book, regions: req.regions, on: req.db)
            let file = try book.finish(author: p.exporter, created: req.now)
            try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.registry", entity: "export", entityID: scope,
                                      detail: ["whole": .bool(export.whole), "sheets": .object(counts.mapValues { .number(Double($0)) })])
            let place = req.regions[scope]?.name ?? scope
            return try await ListExport.stream(book, file: file, name: "农户台账全部信息-\(place)-\(req.today.description).xlsx",
                                               fallback: "registry.xlsx", req)
        } catch {
            book.discard()
            throw error
        }
    }

    @Sendable static func show(req: Request) async throws -> Page {
        try await page(req, householdID: try req.idParameter(), revealed: [])
    }

    /// `POST /households/:id/reveal`: the household phone in full, once, audited.
    @Sendable static func revealPhone(req: Request) async throws -> Page {
        let p = try req.require(.revealPersonal)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "reveal.phone", entity: "household", entityID: h.id,
                                  detail: ["code": .string(h.code)])
        return try await page(req, householdID: h.id, revealed: ["household"])
    }

    /// `POST /members/:id/reveal`: one member's ID number in full, once, audited.
    @Sendable static func revealID(req: Request) async throws -> Page {
        let p = try req.require(.revealPersonal)
        guard let m = try await RegistryStore.member(id: try req.idParameter(), on: req.db) else { throw AppError.notFound("成员") }
        let h = try await req.registry(p).visibleHousehold(id: m.householdID)
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "reveal.idNumber", entity: "member", entityID: m.id,
                                  detail: ["household": .string(h.code), "name": .string(m.name)])
        return try await page(req, householdID: h.id, revealed: [m.id])
    }

    static func page(_ req: Request, householdID: String, revealed: Set<String>, status: HTTPStatus = .ok,
                     assistanceForm: HouseholdShow.AssistanceForm? = nil) async throws -> Page {
        let p = try req.require(.viewRegistry)
        let store = req.registry(p)
        let h = try await store.visibleHousehold(id: householdID)
        let members = try await RegistryStore.members(of: h.id, on: req.db)
        let events = try await RegistryStore.events(of: h.id, on: req.db)
        let history = try await RegistryStore.history(of: h.id, on: req.db)
        let notice = req.queryText("saved") != nil ? "已保存。" : req.queryText("notice")
        let incomes = try await RegistryStore.incomes(of: h.id, on: req.db)
        let reliefs = try await ReliefStore.reliefs(of: h.id, on: req.db)
        let civil = try await CivilStatusStore.statuses(of: h.id, on: req.db)
        let assessment = h.dissolvedAt == nil ? HouseholdAssessment.make(h, members: members, incomes: incomes, reliefs: reliefs, civil: civil,
                                                                         on: req.today, policy: req.policy) : nil
        var assistance: HouseholdShow.Assistance?
        if Permissions.allows(p.role, .viewCases) {
            let cases = try await CaseStore.cases(ofHousehold: h.id, on: req.db)
            var informed: [CaseEventRecord] = []
            for c in cases { informed += try await CaseStore.events(of: c.id, on: req.db).filter { $0.action == CaseAction.informFarmer.rawValue } }
            assistance = HouseholdShow.Assistance(
                cases: cases, informed: informed, helpers: try await MeasureStore.assignments(of: h.id, on: req.db),
                helperChoices: Permissions.allows(p.role, .manageAssistance) ? try await MeasureStore.helpers(county: h.countyCode, on: req.db) : [],
                measures: try await MeasureStore.measures(of: h.id, on: req.db),
                findings: try await MeasureStore.findings(h, on: req.db, today: req.today),
                visits: try await VisitStore.visits(of: h.id, on: req.db),
                reliefs: reliefs,
                canRecordRelief: Permissions.allows(p.role, .recordRelief),
                canAssign: Permissions.allows(p.role, .manageAssistance) && h.dissolvedAt == nil,
                canAddMeasure: Permissions.allows(p.role, .recordMeasures) && h.dissolvedAt == nil,
                canReport: Permissions.allows(p.role, .reportClues) && h.dissolvedAt == nil,
                form: assistanceForm, today: req.today,
                measureTable: req.policy.regimes.inForce(on: req.today).restricting(WorkflowFields.measure))
        }
        return req.page(status) {
            HouseholdShow.view(.init(
                viewer: req.viewer(p), household: h, members: members, events: events, history: history,
                villageName: req.regions.fullName(h.villageCode), originVillageName: h.originVillageCode.map(req.regions.fullName),
                canEdit: AccessPolicy.canEdit(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: p),
                canReveal: Permissions.allows(p.role, .revealPersonal),
                canSeeHealth: Permissions.allows(p.role, .viewHealth), revealed: revealed, today: store.today, notice: notice,
                memberNames: Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }), assessment: assessment,
                assistance: assistance, incomes: incomes,
                incomeLine: req.policy.thresholds.inForce(province: String(h.countyCode.prefix(2)), on: req.today)?.perCapita))
        }
    }

    /// `POST /households/:id/helpers`: an existing helper by id, or a new one registered and assigned at once.
    @Sendable static func assignHelper(req: Request) async throws -> Response {
        let p = try req.require(.manageAssistance)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        let form = FormBody.fields(req)
        do {
            let helperID: String
            if let chosen = form["helperId"], !chosen.isEmpty {
                helperID = chosen
            } else {
                helperID = try await MeasureStore.createHelper(["name": form["name"] ?? "", "unit": form["unit"] ?? "", "phone": form["phone"] ?? ""],
                                                               county: h.countyCode, by: req.auditActor(p), now: req.now, on: req.db)
            }
            try await MeasureStore.assign(helperID: helperID, to: h, origin: form["origin"] == "true" || form["origin"] == "on", principal: p,
                                          by: req.auditActor(p), now: req.now, on: req.db)
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, householdID: h.id, revealed: [], status: .unprocessableEntity,
                                  assistanceForm: .init(kind: "helper", state: FormState(values: form, errors: CasesController.validationErrors(error, e)))).response()
        }
        return req.redirect(to: SiteURL.withNotice(SiteURL.household(h.id), "已明确帮扶责任人", fragment: "assistance"))
    }

    /// `POST /households/:id/measures/:measureId/state`: 完成 or 终止 a measure from the household page.
    @Sendable static func updateMeasure(req: Request) async throws -> Response {
        let p = try req.require(.recordMeasures)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        let form = FormBody.fields(req)
        do {
            _ = try await MeasureStore.updateState(measureID: req.parameters.get("measureId") ?? "", of: h, state: form["state"] ?? "", end: form["endOn"],
                                                   version: formVersion(form), by: req.auditActor(p), now: req.now, on: req.db)
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, householdID: h.id, revealed: [], status: e.status,
                                  assistanceForm: .init(kind: "measure-state", state: FormState(values: form, errors: CasesController.validationErrors(error, e)))).response()
        }
        return req.redirect(to: SiteURL.withNotice(SiteURL.household(h.id), "措施状态已更新", fragment: "measures"))
    }

    /// `POST /households/:id/measures`.
    @Sendable static func addMeasure(req: Request) async throws -> Response {
        let p = try req.require(.recordMeasures)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        let input = FormBody.values(of: WorkflowFields.measure, in: FormBody.fields(req))
        do {
            _ = try await MeasureStore.addMeasure(input, to: h, by: req.auditActor(p), now: req.now, regimes: req.policy.regimes, on: req.db)
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, householdID: h.id, revealed: [], status: .unprocessableEntity,
                                  assistanceForm: .init(kind: "measure", state: FormState(values: input, errors: CasesController.validationErrors(error, e)))).response()
        }
        return req.redirect(to: SiteURL.withNotice(SiteURL.household(h.id), "帮扶措施已登记", fragment: "assistance"))
    }

    /// `POST /households/:id/reliefs`: an 应急救助 or 临时救助 the township or the county gave.
    @Sendable static func addRelief(req: Request) async throws -> Response {
        let p = try req.require(.recordRelief)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        let input = FormBody.values(of: EmergencyRelief.fields, in: FormBody.fields(req))
        do {
            _ = try await ReliefStore.record(req, p, household: h, input: input)
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, householdID: h.id, revealed: [], status: .unprocessableEntity,
                                  assistanceForm: .init(kind: "relief", state: FormState(values: input, errors: CasesController.validationErrors(error, e)))).response()
        }
        return req.redirect(to: SiteURL.withNotice(SiteURL.household(h.id), "救助已登记", fragment: "reliefs-heading"))
    }

    @Sendable static func newForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        var values = ["category": "ordinary", "head.health": "healthy", "head.ethnicity": "han"]
        if let v = req.queryText("village") { values["villageCode"] = v }
        return req.page { HouseholdForm.view(.init(viewer: req.viewer(p), household: nil, state: FormState(values: values),
                                                   villages: req.villageChoices(in: p.regionScope), allVillages: req.countyVillageChoices(p))) }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let form = FormBody.fields(req)
        let household = FormBody.values(of: HouseholdFields.table, in: form, skip: Set(HouseholdFields.procedureOwned))
        var head = FormBody.values(of: MemberFields.table, in: form, prefix: "head.", skip: ["relation"])
        head["relation"] = Relation.head.rawValue
        do {
            let h = try await req.registry(p).createHousehold(household, members: [head])
            return req.redirect(to: SiteURL.household(h.id) + "?saved=1")
        } catch RegistryError.validation(let errors) {
            let mapped = errors.map { e -> FieldError in
                var e = e
                if e.field.hasPrefix("members[0].") { e.field = "head." + e.field.dropFirst("members[0].".count) }
                if e.field == "members" { e.field = "head.idNumber" }
                return e
            }
            return req.page(.unprocessableEntity) {
                HouseholdForm.view(.init(viewer: req.viewer(p), household: nil, state: FormState(values: form, errors: mapped),
                                         villages: req.villageChoices(in: p.regionScope), allVillages: req.countyVillageChoices(p)))
            }.response()
        }
    }

    @Sendable static func editForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let h = try await req.registry(p).editableHousehold(id: try req.idParameter(), on: req.db)
        let caseID = try await CaseStore.cases(ofHousehold: h.id, on: req.db).first?.id
        return req.page { HouseholdForm.view(.init(viewer: req.viewer(p), household: h, state: FormState(values: FormState.from(h.facts, table: HouseholdFields.table)),
                                                   villages: req.villageChoices(in: p.regionScope), allVillages: req.countyVillageChoices(p), caseID: caseID)) }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let id = try req.idParameter()
        let form = FormBody.fields(req)
        let store = req.registry(p)
        do {
            _ = try await store.updateHousehold(id: id, input: FormBody.values(of: HouseholdFields.table, in: form,
                                                                               skip: Set(HouseholdFields.procedureOwned + HouseholdFields.statementOwned)),
                                                expectedVersion: formVersion(form))
            return req.redirect(to: SiteURL.household(id) + "?saved=1")
        } catch let error as RegistryError {
            let h = try await store.editableHousehold(id: id, on: req.db)
            let refused = try RefusedForm(error, form: form, stored: FormState.from(h.facts, table: HouseholdFields.table), current: h.version)
            var shown = h
            shown.version = refused.version
            let caseID = try await CaseStore.cases(ofHousehold: h.id, on: req.db).first?.id
            return req.page(.unprocessableEntity) {
                HouseholdForm.view(.init(viewer: req.viewer(p), household: shown, state: refused.state,
                                         villages: req.villageChoices(in: p.regionScope), allVillages: req.countyVillageChoices(p), caseID: caseID))
            }.response()
        }
    }

    @Sendable static func splitForm(req: Request) async throws -> Page {
        try await moveForm(req: req, mode: .split, state: FormState())
    }

    @Sendable static func mergeForm(req: Request) async throws -> Page {
        try await moveForm(req: req, mode: .merge, state: FormState())
    }

    static func moveForm(req: Request, mode: MoveMembers.Mode, state: FormState, status: HTTPStatus = .ok) async throws -> Page {
        let p = try req.require(.editRegistry)
        let h = try await req.registry(p).editableHousehold(id: try req.idParameter(), on: req.db)
        let members = try await RegistryStore.members(of: h.id, includeRemoved: false, on: req.db)
        return req.page(status) { MoveMembers.view(.init(viewer: req.viewer(p), household: h, members: members, mode: mode, state: state)) }
    }

    @Sendable static func split(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let id = try req.idParameter()
        let form = FormBody.fields(req)
        let moving = (form["move"] ?? "").split(separator: ",").map(String.init)
        var relations: [String: Relation] = [:]
        var errors: [FieldError] = []
        for m in moving {
            if let r = Relation(rawValue: form["relation.\(m)"] ?? "") { relations[m] = r }
            else { errors.append(FieldError(field: "relation.\(m)", code: "required", message: "请填写分出成员与新户主的关系")) }
        }
        do {
            guard errors.isEmpty else { throw RegistryError.validation(errors) }
            let new = try await req.registry(p).split(householdID: id, relations: relations, date: nil)
            return req.redirect(to: SiteURL.household(new.id) + "?saved=1")
        } catch RegistryError.validation(let e) {
            return try await moveForm(req: req, mode: .split, state: FormState(values: form, errors: e), status: .unprocessableEntity).response()
        }
    }

    @Sendable static func merge(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let id = try req.idParameter()
        let form = FormBody.fields(req)
        let store = req.registry(p)
        do {
            let code = (form["target"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { throw RegistryError.validation([FieldError(field: "target", code: "required", message: "请填写并入户的户编号")]) }
            guard let targetID = try await RegistryStore.householdID(code: code, on: req.db) else {
                throw RegistryError.validation([FieldError(field: "target", code: "not_found", message: "未找到户编号为\(code)的在册农户")])
            }
            var relations: [String: Relation] = [:]
            for m in try await RegistryStore.members(of: id, includeRemoved: false, on: req.db) {
                if let r = Relation(rawValue: form["relation.\(m.id)"] ?? "") { relations[m.id] = r }
            }
            try await store.merge(sourceID: id, targetID: targetID, relations: relations, date: nil)
            return req.redirect(to: SiteURL.household(targetID) + "?saved=1")
        } catch RegistryError.validation(let e) {
            return try await moveForm(req: req, mode: .merge, state: FormState(values: form, errors: e), status: .unprocessableEntity).response()
        } catch RegistryError.notFound {
            return try await moveForm(req: req, mode: .merge, state: FormState(values: form, errors: [FieldError(field: "target", code: "not_found", message: "并入户不存在或不在您的管辖范围内")]), status: .unprocessableEntity).response()
        }
    }
}

import SQLKit
