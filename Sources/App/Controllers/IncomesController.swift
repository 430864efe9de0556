import Domain
import Vapor
import XLSX

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
        let members = try await RegistryStore.members(of: h.id, on: req.db)
        values.merge(IncomeForm.employedValues(nil, members: members, newYear: true)) { $1 }
        let state = FormState(values: values)
        return req.page { IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: nil, state: state, members: members)) }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let householdID = try req.idParameter()
        let form = FormBody.fields(req)
        let store = req.registry(p)
        do {
            let input = FormBody.values(of: IncomeFields.table, in: form).merging(IncomeForm.employedInput(form)) { $1 }
            let r = try await store.addIncome(householdID: householdID, input: input, source: "form")
            return req.redirect(to: SiteURL.household(householdID) + "?saved=1#income-\(r.year)")
        } catch RegistryError.validation(let errors) {
            let h = try await store.editableHousehold(id: householdID, on: req.db)
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            return req.page(.unprocessableEntity) {
                IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: nil, state: FormState(values: form, errors: errors), members: members))
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
        let members = try await RegistryStore.members(of: h.id, on: req.db)
        let values = FormState.from(r.statement.facts, table: IncomeFields.table)
            .merging(IncomeForm.employedValues(r.statement.employed, members: members, newYear: false)) { $1 }
        return req.page {
            IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: r, state: FormState(values: values), members: members))
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        let (h, r) = try await load(req, p)
        let form = FormBody.fields(req)
        do {
            let input = FormBody.values(of: IncomeFields.table, in: form, skip: ["year"]).merging(IncomeForm.employedInput(form)) { $1 }
            _ = try await req.registry(p).correctIncome(householdID: h.id, year: r.year, input: input, expectedVersion: formVersion(form))
            return req.redirect(to: SiteURL.household(h.id) + "?saved=1#income-\(r.year)")
        } catch let error as RegistryError {
            let refused = try RefusedForm(error, form: form, stored: FormState.from(r.statement.facts, table: IncomeFields.table), current: r.version)
            var shown = r
            shown.version = refused.version
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            var state = refused.state
            if state.values["employedShown"] == nil {
                state.values.merge(IncomeForm.employedValues(r.statement.employed, members: members, newYear: false)) { $1 }
            }
            return req.page(.unprocessableEntity) {
                IncomeForm.view(.init(viewer: req.viewer(p), household: h, record: shown, state: state, members: members))
            }.response()
        }
    }
}

/// 收入批量导入: the page, its template and the upload (the API's twin is `API.Incomes.importFile`).
extension IncomesController {
    struct Upload: Content {
        var file: File?
        var _csrf: String?
    }

    /// The uploaded file applied all or nothing; shared by the page and the API.
    static func runImport(_ req: Request, _ p: Principal) async throws -> (filename: String, result: IncomeImportResult) {
        let upload: Upload
        do { upload = try req.content.decode(Upload.self) } catch {
            throw AppError.badRequest("请以 multipart/form-data 上传 file（.xlsx、.xls 或 .csv 文件）", field: "file", code: "multipart")
        }
        guard let file = upload.file, file.data.readableBytes > 0 else {
            throw AppError.validation([FieldError(field: "file", code: "required", message: "请选择要导入的文件")])
        }
        let name = String(file.filename.prefix(200))
        return (name, try await req.registry(p).importIncomes(Data(buffer: file.data), filename: name))
    }

    /// `GET /incomes/import`.
    @Sendable static func importPage(req: Request) async throws -> Page {
        let p = try req.require(.editRegistry)
        return req.page { IncomeImportView.view(.init(viewer: req.viewer(p))) }
    }

    /// `POST /incomes/import`: the counts, or every row's problem with nothing written (422).
    @Sendable static func importUpload(req: Request) async throws -> Response {
        let p = try req.require(.editRegistry)
        do {
            let (name, result) = try await runImport(req, p)
            return req.page(result.applied ? .ok : .unprocessableEntity) {
                IncomeImportView.view(.init(viewer: req.viewer(p), result: result, filename: name))
            }.response()
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500 else { throw error }
            return req.page(e.status) { IncomeImportView.view(.init(viewer: req.viewer(p), error: e.message)) }.response()
        }
    }

    /// `GET /incomes/import/template.xlsx`: the columns, and a sheet of what each column takes with an example (not a row of
    /// the data sheet, which a file sent back unchanged would import).
    @Sendable static func importTemplate(req: Request) async throws -> Response {
        _ = try req.require(.editRegistry)
        let header = IncomeImport.templateHeader
        let notes = Sheet(name: "填写说明", header: ["列", "要求"], rows: [
            [.text(IncomeImport.householdHeaders.joined(separator: " / ")), .text("必填，本辖区农户的户编号，设置为文本格式")],
            [.text("户主姓名（核对用）"), .text("仅供核对，导入时忽略")],
            [.text(IncomeImport.yearHeaders.joined(separator: " / ")), .text("必填，4位年份；新登记的年度限近\(YearlyIncome.yearsBack)年")],
            [.text(IncomeImport.sizeHeaders.joined(separator: " / ")), .text("必填，当年家庭人口数")],
            [.text("各项收入和支出"), .text("金额（元），最多两位小数；空白为0；不需要的列可以删除，删除的列保持已登记的数值")],
            [.text("一户一年"), .text("同一户同一年度只能有一行；已登记的年度作为更正保存为新版本")],
            [.text("全部或不导入"), .text("任何一行有误则整个文件都不写入，并逐行列出问题")],
            [.text("示例"), .text("户编号 45022410000100001，户主姓名 张三，收入年度 \(req.today.year - 1)，当年家庭人口 4，务工收入 36000.00，其余空白")],
        ])
        return .download(try XLSXWriter.write([Sheet(name: "收入", header: header, rows: []), notes]), kind: .xlsx,
                         name: "收入批量导入模板.xlsx", fallback: "income-template.xlsx")
    }
}
