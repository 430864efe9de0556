import Domain
import Vapor

/// 收入情况: a household's yearly income statements, entered and corrected on their own pages.
enum IncomesController {
    @Sendable static func newForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let h = try await req.registry(p).editableHousehold(id: try req.idParameter(), on: req.db)
        // A new year starts from last year's statement with last year's size replaced by today's members.
        let latest = try await RegistryStore.incomes(of: h.id, on: req.db).first
        var values = latest.map { FormState.from($0.statement.amounts, table: IncomeFields.table) } ?? [:]
        values["year"] = String((latest?.year).map { $0 + 1 } ?? req.today.year - 1)
        values["householdSize"] = String(h.memberCount)
        let state = FormState(values: values)
        return req.page { IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: nil, state: state)) }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let householdID = try req.idParameter()
        let form = FormBody.fields(req)
        let store = req.registry(p)
        do {
            let r = try await store.addIncome(householdID: householdID, input: FormBody.values(of: IncomeFields.table, in: form), source: "form")
            return req.redirect(to: SiteURL.household(householdID) + "?saved=1#income-\(r.year)")
        } catch RegistryError.validation(let errors) {
            let h = try await store.editableHousehold(id: householdID, on: req.db)
            return req.page(.unprocessableEntity) {
                IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: nil, state: FormState(values: form, errors: errors)))
            }.response()
        }
    }

    static func load(_ req: Request, _ p: Principal) async throws -> (HouseholdRecord, IncomeRecord) {
        let h = try await req.registry(p).editableHousehold(id: try req.idParameter(), on: req.db)
        guard let text = req.parameters.get("year"), let year = Int(text),
              let r = try await RegistryStore.incomes(of: h.id, on: req.db).first(where: { $0.year == year }) else {
            throw AppError.notFound("该年度收入")
        }
        return (h, r)
    }

    @Sendable static func editForm(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        let (h, r) = try await load(req, p)
        return req.page {
            IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: r, state: FormState(values: FormState.from(r.statement.facts, table: IncomeFields.table))))
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let (h, r) = try await load(req, p)
        let form = FormBody.fields(req)
        do {
            _ = try await req.registry(p).correctIncome(householdID: h.id, year: r.year, input: FormBody.values(of: IncomeFields.table, in: form, skip: ["year"]),
                                                        expectedVersion: formVersion(form))
            return req.redirect(to: SiteURL.household(h.id) + "?saved=1#income-\(r.year)")
        } catch let error as RegistryError {
            let refused = try RefusedForm(error, form: form, stored: FormState.from(r.statement.facts, table: IncomeFields.table), current: r.version)
            var shown = r
            shown.version = refused.version
            return req.page(.unprocessableEntity) {
                IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: shown, state: refused.state))
            }.response()
        }
    }
}
