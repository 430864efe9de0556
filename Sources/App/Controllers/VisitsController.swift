import Domain
import Foundation
import Vapor

/// 帮扶走访: a helper's visits to the households they assist, recorded from a phone; an officer may record one on behalf
/// of a helper without an account (代录).
enum VisitsController {
    struct Upload: Content {
        var visitedOn, met, income, risks, needs, done, nextStep, helperId: String?
        var files: [File]?
    }

    /// The form's fields and photos, from a multipart form (the page, or an API client with photos), a JSON body (the
    /// API) or a plain form.
    static func input(_ req: Request, json: Bool) throws -> (fields: [String: String], files: [(filename: String, data: Data)]) {
        if req.headers.contentType?.type == "multipart" {
            let u: Upload
            do { u = try req.content.decode(Upload.self) } catch {
                throw AppError.badRequest("表单无法读取：请以 multipart/form-data 提交走访内容和 files[]", field: "files", code: "multipart")
            }
            let pairs: [(String, String?)] = [("visitedOn", u.visitedOn), ("met", u.met), ("income", u.income), ("risks", u.risks), ("needs", u.needs),
                                              ("done", u.done), ("nextStep", u.nextStep), ("helperId", u.helperId)]
            return (Dictionary(pairs.compactMap { k, v in v.map { (k, $0) } }, uniquingKeysWith: { a, _ in a }),
                    (u.files ?? []).map { ($0.filename, Data(buffer: $0.data)) })
        }
        if json {
            let body = try API.body(req)
            var fields = try API.fields(body, table: HelperVisit.fields, extra: ["helperId"])
            fields["helperId"] = body["helperId"].flatMap { $0.formText }
            return (fields, [])
        }
        return (FormBody.fields(req), [])
    }

    static func record(_ req: Request, _ p: Principal, _ h: HouseholdRecord, json: Bool) async throws -> VisitRecord {
        let (fields, raw) = try input(req, json: json)
        let files = try RectificationFiles.check(raw, maxBytes: req.config.maxDocumentBytes, noun: "走访照片")
        return try await VisitStore.record(fields, files: files, household: h, principal: p, by: req.auditActor(p), today: req.today, now: req.now,
                                           filesDirectory: req.filesDirectory, on: req.db)
    }

    /// The household the visit is for: one the user sees, and for a helper one assigned to them.
    static func household(_ req: Request, _ p: Principal) async throws -> HouseholdRecord {
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        guard h.dissolvedAt == nil else { throw AppError.badRequest("该户已注销，不能记录走访", code: "dissolved") }
        return h
    }

    /// `GET /households/:id/visits/new`.
    @Sendable static func newForm(req: Request) async throws -> Page {
        let p = try req.require(.recordMeasures)
        let h = try await household(req, p)
        return try await form(req, p, h, state: FormState(values: ["visitedOn": req.today.description]))
    }

    static func form(_ req: Request, _ p: Principal, _ h: HouseholdRecord, state: FormState, status: HTTPStatus = .ok) async throws -> Page {
        let helpers = try await MeasureStore.assignments(of: h.id, on: req.db)
        return req.page(status) {
            VisitPages.form(.init(viewer: req.viewer(p), household: h, villageName: req.regions.fullName(h.villageCode),
                                  helpers: p.role == .helper ? [] : helpers.map { Choice(value: $0.helperID, label: "\($0.name)（\($0.unit)）") },
                                  state: state, maxFileMB: req.config.maxDocumentBytes / 1024 / 1024))
        }
    }

    /// `POST /households/:id/visits`.
    @Sendable static func create(req: Request) async throws -> Response {
        let p = try req.require(.recordMeasures)
        let h = try await household(req, p)
        do {
            let v = try await record(req, p, h, json: false)
            let text = "已记录\(v.visitedOn)的走访" + (v.onBehalf ? "（代\(v.helperName)录入）" : "")
            return req.redirect(to: SiteURL.withNotice(SiteURL.household(h.id), text, fragment: "visits"))
        } catch {
            let e = FangpinErrorMiddleware.normalize(error)
            guard e.status.code < 500, e.status != .notFound, e.status != .forbidden else { throw error }
            let typed = (try? input(req, json: false).fields) ?? [:]
            return try await form(req, p, h, state: FormState(values: typed, errors: CasesController.validationErrors(error, e)),
                                  status: .unprocessableEntity).response()
        }
    }

    /// `GET /households/:id/visits/:visit/files/:file`: a visit photo, to users who see the household.
    @Sendable static func file(req: Request) async throws -> Response {
        let p = try req.require(.viewCases)
        let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
        guard let f = try await VisitStore.file(id: req.parameters.get("file") ?? "", visit: req.parameters.get("visit") ?? "", household: h.id, on: req.db),
              let data = FileManager.default.contents(atPath: RectificationFiles.path(req.filesDirectory, id: f.id, contentType: f.contentType,
                                                                                     folder: VisitStore.folder)) else {
            throw AppError.notFound("走访照片")
        }
        return .attachedFile(data, contentType: f.contentType, name: "走访照片-" + f.id.prefix(8) + "." + (Documents.Kind(rawValue: f.contentType)?.ext ?? "bin"),
                             fallback: "photo")
    }

    /// `GET /helper-visits?year=`: visits per helper per month, and the monitored households not visited this quarter.
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewCases)
        guard let scope = p.regionScope else { throw AppError.forbidden("无权查看") }
        let year = try req.queryYear(default: req.today.year)
        let quarter = HelperVisit.quarter(of: req.today)
        let helpers = try await VisitStore.perHelper(scope: scope, year: year, principal: p, on: req.db)
        let unvisited = try await VisitStore.unvisited(scope: scope, quarter: (quarter.from, quarter.to), principal: p, on: req.db)
        return req.page {
            VisitPages.index(.init(viewer: req.viewer(p), year: year, helpers: helpers, unvisited: unvisited, quarter: quarter, regions: req.regions,
                                   today: req.today))
        }
    }
}

extension API {
    enum Visits {
        /// `GET /api/v1/households/{id}/visits`: newest first.
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.require(.viewCases)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let visits = try await VisitStore.visits(of: h.id, on: req.db)
            return try API.response(.object(["items": .array(visits.map { json($0) }), "total": .number(Double(visits.count))]))
        }

        /// `POST /api/v1/households/{id}/visits`: JSON, or multipart with photos as `files[]`.
        @Sendable static func create(req: Request) async throws -> Response {
            let p = try req.require(.recordMeasures)
            let h = try await VisitsController.household(req, p)
            return try API.response(json(try await VisitsController.record(req, p, h, json: true)), status: .created)
        }

        static func json(_ v: VisitRecord) -> JSON {
            func text(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
            return .object([
                "id": .string(v.id), "householdId": .string(v.householdID), "helperId": .string(v.helperID), "helperName": .string(v.helperName),
                "visitedOn": .string(v.visitedOn.description), "met": .string(v.met), "income": text(v.income), "risks": text(v.risks),
                "needs": text(v.needs), "done": .string(v.done), "nextStep": text(v.nextStep), "recordedBy": .string(v.recordedBy),
                "onBehalf": .bool(v.onBehalf), "at": .string(Clock.iso(v.at)),
                "photos": .array(v.files.map { f in
                    .object(["id": .string(f.id), "filename": .string(f.filename), "contentType": .string(f.contentType), "size": .number(Double(f.size)),
                             "url": .string("/households/\(v.householdID)/visits/\(v.id)/files/\(f.id)")])
                }),
            ])
        }
    }
}
