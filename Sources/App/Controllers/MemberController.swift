import Domain
import Fluent
import Vapor

/// Member pages: add (增员), edit, remove (减员) and change of head.
enum MemberController {
    static func load(_ req: Request, _ p: Principal) async throws -> (MemberRecord, HouseholdRecord) {
        guard let m = try await RegistryStore.member(id: try req.idParameter(), on: req.db) else { throw AppError.notFound("成员") }
        let h = try await req.registry(p).editableHousehold(id: m.householdID, on: req.db)
        return (m, h)
    }

    @Sendable static func newForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let h = try await req.registry(p).editableHousehold(id: try req.idParameter(), on: req.db)
        return req.page { MemberForm.view(.init(viewer: req.viewer(p), household: h, member: nil,
                                                state: FormState(values: ["event": "birth", "health": "healthy", "ethnicity": "han"]))) }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let householdID = try req.idParameter()
        let form = FormBody.fields(req)
        let store = req.registry(p)
        do {
            let (event, date) = try eventAndDate(form, allowed: MembershipEvent.additions)
            _ = try await store.addMember(householdID: householdID, input: FormBody.values(of: MemberFields.table, in: form),
                                          event: event, date: date, note: nil)
            return req.redirect(to: SiteURL.household(householdID) + "?saved=1")
        } catch RegistryError.validation(let errors) {
            let h = try await store.editableHousehold(id: householdID, on: req.db)
            return req.page(.unprocessableEntity) { MemberForm.view(.init(viewer: req.viewer(p), household: h, member: nil, state: FormState(values: form, errors: errors))) }.response()
        }
    }

    @Sendable static func editForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let (m, h) = try await load(req, p)
        return req.page { MemberForm.view(.init(viewer: req.viewer(p), household: h, member: m, state: FormState(values: FormState.from(m.facts, table: MemberFields.table)))) }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let (m, h) = try await load(req, p)
        let form = FormBody.fields(req)
        do {
            let skip: Set<String> = m.relation == .head ? ["relation"] : []
            _ = try await req.registry(p).updateMember(id: m.id, input: FormBody.values(of: MemberFields.table, in: form, skip: skip),
                                                       expectedVersion: formVersion(form))
            return req.redirect(to: SiteURL.household(h.id) + "?saved=1")
        } catch let error as RegistryError {
            let refused = try RefusedForm(error, form: form, stored: FormState.from(m.facts, table: MemberFields.table), current: m.version)
            var shown = m
            shown.version = refused.version
            return req.page(.unprocessableEntity) { MemberForm.view(.init(viewer: req.viewer(p), household: h, member: shown, state: refused.state)) }.response()
        }
    }

    @Sendable static func removeForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let (m, h) = try await load(req, p)
        return req.page { MemberRemove.view(.init(viewer: req.viewer(p), household: h, member: m, state: FormState(values: ["event": "death"]), isLast: h.memberCount <= 1)) }
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let (m, h) = try await load(req, p)
        let form = FormBody.fields(req)
        do {
            let (event, date) = try eventAndDate(form, allowed: MembershipEvent.removals)
            let note = form["note"].flatMap { $0.isEmpty ? nil : $0 }
            try await req.registry(p).removeMember(id: m.id, event: event, date: date, note: note, expectedVersion: formVersion(form))
            return req.redirect(to: SiteURL.household(h.id) + "?saved=1")
        } catch let error as RegistryError {
            let errors: [FieldError]
            switch error {
            case .validation(let e): errors = e
            case .versionConflict: errors = [FieldError(field: "version", code: "version_conflict", message: error.appError.message)]
            default: throw error
            }
            return req.page(.unprocessableEntity) { MemberRemove.view(.init(viewer: req.viewer(p), household: h, member: m, state: FormState(values: form, errors: errors), isLast: h.memberCount <= 1)) }.response()
        }
    }

    @Sendable static func makeHeadForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let (m, h) = try await load(req, p)
        let head = try await RegistryStore.members(of: h.id, includeRemoved: false, on: req.db).first { $0.relation == .head }
        return req.page { MakeHead.view(.init(viewer: req.viewer(p), household: h, member: m, formerHead: head, state: FormState())) }
    }

    @Sendable static func makeHead(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let (m, h) = try await load(req, p)
        let form = FormBody.fields(req)
        do {
            guard let r = Relation(rawValue: form["formerHeadRelation"] ?? "") else {
                throw RegistryError.validation([FieldError(field: "formerHeadRelation", code: "required", message: "请选择原户主与新户主的关系")])
            }
            try await req.registry(p).makeHead(memberID: m.id, formerHeadRelation: r)
            return req.redirect(to: SiteURL.household(h.id) + "?saved=1")
        } catch RegistryError.validation(let errors) {
            let head = try await RegistryStore.members(of: h.id, includeRemoved: false, on: req.db).first { $0.relation == .head }
            return req.page(.unprocessableEntity) { MakeHead.view(.init(viewer: req.viewer(p), household: h, member: m, formerHead: head, state: FormState(values: form, errors: errors))) }.response()
        }
    }

    /// The event code and date of a membership change, validated.
    static func eventAndDate(_ form: [String: String], allowed: [MembershipEvent]) throws -> (MembershipEvent, Day?) {
        let raw = (form["event"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let event = MembershipEvent.parse(raw), allowed.contains(event) else {
            throw RegistryError.validation([FieldError(field: "event", code: raw.isEmpty ? "required" : "choice",
                                                       message: "请选择变动事由：" + allowed.map(\.label).joined(separator: "、"))])
        }
        let dateText = (form["eventDate"] ?? "").trimmingCharacters(in: .whitespaces)
        if dateText.isEmpty { return (event, nil) }
        guard let d = Day(dateText) else {
            throw RegistryError.validation([FieldError(field: "eventDate", code: "date", message: "变动日期不是有效日期，格式如 2024-03-05")])
        }
        return (event, d)
    }
}
