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

    /// The list as filtered, all pages, as an Excel workbook (at most `exportLimit` rows).
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.exportRegistry)
        let members = req.queryText("members") ?? ""
        guard ["", "masked", "whole"].contains(members) else {
            throw AppError.badRequest("members 应为 masked（成员证件号遮蔽）或 whole（完整证件号）", field: "members")
        }
        if members == "whole" { _ = try req.require(.exportWholeNumbers) }
        var filters = try HouseholdQuery.Filters(from: req)
        try await HouseholdQuery.auditSearch(filters, req, p)
        filters.page = 1
        let limit = members.isEmpty ? exportLimit : memberExportLimit
        let (rows, total) = try await HouseholdQuery.list(filters, principal: p, today: req.today, on: req.db, limit: limit)
        guard total <= limit else {
            throw AppError.badRequest("符合条件的农户有\(total)户，超过单次导出上限\(limit)户；请按乡镇或村筛选后分批导出", field: "village")
        }
        let header = ["户编号", "乡镇", "村（社区）", "户主", "户类型", "脱贫年度", "监测对象类别", "家庭人口", "人均纯收入（元）", "易地搬迁", "状态"]
        let cells: [[Cell]] = rows.map { r in
            let township = req.regions[String(r.villageCode.prefix(9))]?.name ?? ""
            let village = req.regions[r.villageCode]?.name ?? r.villageCode
            return [.text(r.code), .text(township), .text(village), .text(r.headName ?? ""), .text(r.category?.label ?? ""),
                    r.liftedYear.map { .integer($0) } ?? .empty, .text(r.monitoringCategory?.label ?? ""), .integer(r.memberCount),
                    r.perCapita.map { .number($0.description) } ?? .empty, .text(r.relocated ? "是" : ""), .text(r.dissolved ? "已注销" : "")]
        }
        // The file says who took it, when, and what it holds (SPEC §5).
        let filterText = filters.asQuery.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "；")
        let memberSheet = members.isEmpty ? nil : try await memberSheet(of: rows, whole: members == "whole", on: req.db)
        var about: [[Cell]] = [
            [.text("导出人"), .text("\(p.username)（\(p.role.label)，范围 \(p.regionScope.map(req.regions.fullName) ?? p.scope)）")],
            [.text("导出时间"), .text(Clock.format(Int64(req.now.timeIntervalSince1970)))],
            [.text("筛选条件"), .text(filterText.isEmpty ? "全部" : filterText)],
            [.text("户数"), .integer(rows.count)],
        ]
        if let memberSheet {
            about.append([.text("在户成员人数"), .integer(memberSheet.rows.count)])
            about.append([.text("身份证号和电话"), .text(members == "whole" ? "完整（报送国家系统用）" : "已遮蔽")])
        }
        about.append([.text("提示"), .text("本表含农户个人信息，仅限工作使用，严禁外传；导出已记入审计日志。")])
        let data = try XLSXWriter.write([Sheet(name: "农户台账", header: header, rows: cells)] + (memberSheet.map { [$0] } ?? [])
                                        + [Sheet(name: "导出说明", header: ["项目", "内容"], rows: about)])
        var detail: [String: JSON] = ["filters": .object(filters.asQuery.filter { !$0.value.isEmpty }.mapValues(JSON.string)),
                                      "rows": .number(Double(rows.count))]
        if let memberSheet {
            detail["members"] = .number(Double(memberSheet.rows.count))
            detail["numbers"] = .string(members)
        }
        try await AuditLog.record(on: req.db, req.auditActor(p), action: members == "whole" ? "export.households.whole" : "export.households",
                                  entity: "export", entityID: "households", detail: detail)
        return .download(data, kind: .xlsx, name: "农户台账-\(req.today.description).xlsx", fallback: "households.xlsx")
    }

    static let exportLimit = 200_000
    /// With the members sheet: a township's households at a time (a whole county is 300,000 people and more).
    static let memberExportLimit = 60_000

    /// The members in the households of an export, one row each; ID numbers and phones masked unless `whole`.
    static func memberSheet(of rows: [HouseholdQuery.Row], whole: Bool, on db: any Database) async throws -> Sheet {
        let t = MemberFields.table
        let codes = Dictionary(rows.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
        let found = try await RegistryStore.liveMembers(ofHouseholds: rows.map(\.id), on: db)
        // The households in the sheet's order, the head first in each.
        let position = Dictionary(rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func key(_ m: MemberRecord) -> (Int, Int, String) { (position[m.householdID] ?? Int.max, m.relation == .head ? 0 : 1, m.id) }
        let cells: [[Cell]] = found.sorted { key($0) < key($1) }.map { m in
            let phone = m.facts.text("phone") ?? ""
            return [.text(codes[m.householdID] ?? ""), .text(m.name), .text(t.display("relation", m.facts["relation"])),
                    .text(whole ? m.idNumber : IDNumber.masked(m.idNumber)), .text(t.display("sex", m.facts["sex"])),
                    .text(whole ? phone : PhoneMask.masked(phone))]
        }
        return Sheet(name: "家庭成员", header: ["户编号", "姓名", "与户主关系", "身份证号", "性别", "联系电话"], rows: cells)
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
        let assessment = h.dissolvedAt == nil ? HouseholdAssessment.make(h, members: members, on: req.today, policy: req.policy) : nil
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
                canAssign: Permissions.allows(p.role, .manageAssistance) && h.dissolvedAt == nil,
                canAddMeasure: Permissions.allows(p.role, .recordMeasures) && h.dissolvedAt == nil,
                canReport: Permissions.allows(p.role, .reportClues) && h.dissolvedAt == nil,
                form: assistanceForm, today: req.today)
        }
        return req.page(status) {
            HouseholdShow.view(.init(
                viewer: req.viewer(p), household: h, members: members, events: events, history: history,
                villageName: req.regions.fullName(h.villageCode), originVillageName: h.originVillageCode.map(req.regions.fullName),
                canEdit: AccessPolicy.canEdit(householdID: h.id, villageCode: h.villageCode, originVillageCode: h.originVillageCode, by: p),
                canReveal: Permissions.allows(p.role, .revealPersonal),
                canSeeHealth: Permissions.allows(p.role, .viewHealth), revealed: revealed, today: store.today, notice: notice,
                memberNames: Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }), assessment: assessment,
                assistance: assistance))
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
            _ = try await MeasureStore.addMeasure(input, to: h, by: req.auditActor(p), now: req.now, on: req.db)
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound else { throw error }
            return try await page(req, householdID: h.id, revealed: [], status: .unprocessableEntity,
                                  assistanceForm: .init(kind: "measure", state: FormState(values: input, errors: CasesController.validationErrors(error, e)))).response()
        }
        return req.redirect(to: SiteURL.withNotice(SiteURL.household(h.id), "帮扶措施已登记", fragment: "assistance"))
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
            _ = try await store.updateHousehold(id: id, input: FormBody.values(of: HouseholdFields.table, in: form, skip: Set(HouseholdFields.procedureOwned)),
                                                expectedVersion: formVersion(form))
            return req.redirect(to: SiteURL.household(id) + "?saved=1")
        } catch let error as RegistryError {
            let h = try await store.editableHousehold(id: id, on: req.db)
            var errors: [FieldError]
            var values = form
            switch error {
            case .validation(let e): errors = e
            case .versionConflict:
                // Show the latest data with the message; the user's typing would silently undo the other change.
                errors = [FieldError(field: "version", code: "version_conflict", message: error.appError.message)]
                values = FormState.from(h.facts, table: HouseholdFields.table)
            default: throw error
            }
            var shown = h
            shown.version = Int(form["version"] ?? "") ?? h.version
            if case .versionConflict = error { shown.version = h.version }
            let caseID = try await CaseStore.cases(ofHousehold: h.id, on: req.db).first?.id
            return req.page(.unprocessableEntity) {
                HouseholdForm.view(.init(viewer: req.viewer(p), household: shown, state: FormState(values: values, errors: errors),
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
