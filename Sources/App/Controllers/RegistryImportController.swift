import Domain
import Foundation
import Vapor

/// 台账导入 on the pages and over the API: upload → check (nothing written) → confirm → all or nothing.
enum RegistryImportController {
    struct Upload: Content {
        var file: File?
        var dryRun: String?
        var _csrf: String?
    }

    static func upload(_ req: Request) throws -> (data: Data, filename: String, dryRun: Bool) {
        let upload: Upload
        do { upload = try req.content.decode(Upload.self) } catch {
            throw AppError.badRequest("请以 multipart/form-data 上传 file（.xlsx、.xls 或 .csv 文件）", field: "file", code: "multipart")
        }
        guard let file = upload.file, file.data.readableBytes > 0 else {
            throw AppError.validation([FieldError(field: "file", code: "required", message: "请选择要导入的台账文件")])
        }
        let dry: Bool
        switch (upload.dryRun ?? "true").lowercased() {
        case "true", "1", "yes", "": dry = true
        case "false", "0", "no": dry = false
        default: throw AppError.badRequest("dryRun应为 true 或 false", field: "dryRun", code: "type")
        }
        return (Data(buffer: file.data), String(file.filename.prefix(200)), dry)
    }

    /// `GET /registry/import`.
    @Sendable static func page(req: Request) async throws -> Page {
        let p = try req.require(.importRegistry)
        let recent = try await req.registry(p).recentRegistryImports()
        return req.page { RegistryImportView.view(.init(viewer: req.viewer(p), recent: recent, regions: req.regions)) }
    }

    /// `POST /registry/import`: the check; the report's page follows.
    @Sendable static func check(req: Request) async throws -> Response {
        let p = try req.require(.importRegistry)
        do {
            let (data, name, _) = try upload(req)
            if data.count >= RegistryStore.backgroundBytes {
                // A large file: its record now, the check on the jobs pool; the import's page shows the progress.
                let store = req.registry(p)
                let id = try await store.beginRegistryImport(data, filename: name)
                let progress = req.application.importProgress, logger = req.logger
                progress.set(id, "排队", 0, 1)
                let job = RegistryStore(db: req.application.jobsDB, regions: store.regions, principal: p, now: store.now, address: store.address,
                                        auditKey: store.auditKey)
                Task.detached { await job.checkInBackground(id: id, data: data, progress: progress, logger: logger) }
                return req.redirect(to: SiteURL.registryImport(id))
            }
            let record = try await req.registry(p).checkRegistryImport(data, filename: name)
            return req.redirect(to: SiteURL.registryImport(record.id))
        } catch let e as AppError where e.status == .unprocessableEntity || e.status == .badRequest {
            let recent = try await req.registry(p).recentRegistryImports()
            return req.page(e.status) {
                RegistryImportView.view(.init(viewer: req.viewer(p), recent: recent, regions: req.regions, error: e.message))
            }.response()
        }
    }

    /// `GET /registry/imports/:id`.
    @Sendable static func show(req: Request) async throws -> Page {
        let p = try req.require(.importRegistry)
        let record = try await req.registry(p).registryImport(id: req.parameters.get("id") ?? "")
        return req.page { RegistryImportView.view(.init(viewer: req.viewer(p), record: record, regions: req.regions, canCommit: true,
                                                        saved: req.queryText("saved") == "1", progress: progress(req, record))) }
    }

    /// How far the background check of an import has come: nil when it is not being checked; a check no longer running
    /// (the server restarted) reads as interrupted.
    static func progress(_ req: Request, _ r: RegistryImportRecord) -> RegistryImportView.Progress? {
        guard r.state == "checking" else { return nil }
        guard let e = req.application.importProgress.get(r.id) else { return .init(phase: "已中断", percent: 0, interrupted: true) }
        return .init(phase: e.phase, percent: e.total > 0 ? min(99, e.done * 100 / e.total) : 0, interrupted: false)
    }

    /// The page's accept boxes: every household shown (`household[]`) and those ticked (`accept[]`).
    struct Decisions: Content {
        var household: [String]?
        var accept: [String]?
    }

    static func decisions(_ req: Request) -> [(household: String, accept: Bool)]? {
        guard let form = try? req.content.decode(Decisions.self), let shown = form.household, !shown.isEmpty else { return nil }
        let accepted = Set(form.accept ?? [])
        return shown.prefix(RegistryImportView.shownLines).map { ($0, accepted.contains($0)) }
    }

    /// `POST /registry/imports/:id/decisions`: the households accepted and declined, saved; nothing written.
    @Sendable static func decide(req: Request) async throws -> Response {
        let p = try req.require(.importRegistry)
        let store = req.registry(p)
        let id = req.parameters.get("id") ?? ""
        do {
            _ = try await store.decideRegistryImport(id: id, decisions(req) ?? [])
            return req.redirect(to: SiteURL.registryImport(id) + "?saved=1")
        } catch let e as AppError where e.status == .conflict || e.status == .unprocessableEntity {
            let record = try await store.registryImport(id: id)
            return req.page(e.status) {
                RegistryImportView.view(.init(viewer: req.viewer(p), record: record, regions: req.regions, canCommit: record.state == "checked", error: e.message))
            }.response()
        }
    }

    /// `GET /registry/imports/:id/report.xlsx` and `GET /api/v1/registry/imports/{id}/report.xlsx`: the whole row
    /// report, with each updated household's changes and whether it was declined.
    @Sendable static func reportExport(req: Request) async throws -> Response {
        let p = try req.require(.importRegistry)
        let r = try await req.registry(p).registryImport(id: req.parameters.get("id") ?? "")
        let spec = ListExport(title: "台账导入逐行结果", sheet: "逐行结果",
                              filters: [("文件", r.filename), ("状态", r.stateLabel), ("上传人", r.createdBy), ("检查时间", Clock.format(r.createdAt))],
                              header: ["表", "行号", "户编号", "结果", "列", "说明", "变化（原 → 新）", "取舍"], audit: "registry-import-report",
                              fallback: "registry-import-report.xlsx")
        return try await spec.respond(req, p) { add in
            for l in r.lines {
                let open = l.state == "新增" || l.state == "更新"
                try add([.text(l.sheet), .integer(l.row), .text(l.householdKey), .text(l.state), .text(l.column ?? ""), .text(l.message),
                         .text(RegistryImportView.changesText(l.changes)),
                         .text(open ? (r.declined.contains(l.householdKey) ? "不采纳" : "采纳") : "")])
            }
        }
    }

    /// `POST /registry/imports/:id/commit` (with the accept boxes, saved first).
    @Sendable static func commit(req: Request) async throws -> Response {
        let p = try req.require(.importRegistry)
        let store = req.registry(p)
        let id = req.parameters.get("id") ?? ""
        do {
            if let chosen = decisions(req) { _ = try await store.decideRegistryImport(id: id, chosen) }
            _ = try await store.commitRegistryImport(id: id)
            return req.redirect(to: SiteURL.registryImport(id))
        } catch let e as AppError where e.status == .conflict || e.status == .unprocessableEntity {
            let record = try await store.registryImport(id: id)
            return req.page(e.status) {
                RegistryImportView.view(.init(viewer: req.viewer(p), record: record, regions: req.regions, canCommit: false, error: e.message))
            }.response()
        }
    }
}

extension API {
    enum RegistryImports {
        static func json(_ r: RegistryImportRecord, lines: Bool, progress: RegistryImportView.Progress? = nil) -> JSON {
            let s = r.summary
            var o: [String: JSON] = [
                "id": .string(r.id), "filename": .string(r.filename), "state": .string(r.state), "stateLabel": .string(r.stateLabel),
                "progress": .number(Double(r.state == "checking" ? progress?.percent ?? 0 : 100)),
                "failure": r.failure.map(JSON.string) ?? .null,
                "summary": .object([
                    "households": .number(Double(s.households)), "members": .number(Double(s.members)), "added": .number(Double(s.added)),
                    "updated": .number(Double(s.updated)), "unchanged": .number(Double(s.unchanged)), "wrong": .number(Double(s.wrong)),
                    "membersAdded": .number(Double(s.membersAdded)), "membersUpdated": .number(Double(s.membersUpdated)),
                    "monitored": .number(Double(s.monitored)), "notInFile": .number(Double(s.notInFile)),
                    "helpers": s.helpers.map { .number(Double($0)) } ?? .null, "measures": s.measures.map { .number(Double($0)) } ?? .null,
                    "byVillage": .object(s.byVillage.mapValues { .number(Double($0)) }), "notes": .array(s.notes.map(JSON.string)),
                ]),
                "declined": .array(r.declined.sorted().map(JSON.string)),
                "createdBy": .string(r.createdBy), "createdAt": .string(Clock.iso(r.createdAt)),
                "committedBy": r.committedBy.map(JSON.string) ?? .null, "committedAt": r.committedAt.map { .string(Clock.iso($0)) } ?? .null,
            ]
            if lines {
                o["rows"] = .array(r.lines.map { l in
                    var row: [String: JSON] = ["sheet": .string(l.sheet), "row": .number(Double(l.row)), "householdKey": .string(l.householdKey),
                                               "state": .string(l.state), "column": l.column.map(JSON.string) ?? .null, "message": .string(l.message)]
                    if l.state == "新增" || l.state == "更新" { row["accepted"] = .bool(!r.declined.contains(l.householdKey)) }
                    if let changes = l.changes {
                        row["changes"] = .array(changes.map { c in
                            .object(["person": c.person.map(JSON.string) ?? .null, "field": .string(c.label),
                                     "before": c.before.map(JSON.string) ?? .null, "after": c.after.map(JSON.string) ?? .null])
                        })
                    }
                    return .object(row)
                })
            }
            return .object(o)
        }

        /// `POST /api/v1/registry/imports` (multipart `file`, `dryRun` true|false, true by default) → 201 {id, state,
        /// summary}: checked, and with `dryRun=false` and no wrong row committed at once.
        @Sendable static func create(req: Request) async throws -> Response {
            let p = try req.require(.importRegistry)
            let (data, name, dry) = try RegistryImportController.upload(req)
            let store = req.registry(p)
            var record = try await store.checkRegistryImport(data, filename: name)
            if !dry, record.state == "checked" { record = try await store.commitRegistryImport(id: record.id) }
            let response = try API.response(json(record, lines: false), status: .created)
            response.headers.replaceOrAdd(name: .location, value: "/api/v1/registry/imports/\(record.id)")
            return response
        }

        /// `GET /api/v1/registry/imports/{id}` → state, progress, summary and the row report.
        @Sendable static func show(req: Request) async throws -> Response {
            let p = try req.require(.importRegistry)
            let record = try await req.registry(p).registryImport(id: req.parameters.get("id") ?? "")
            return try API.response(json(record, lines: true, progress: RegistryImportController.progress(req, record)))
        }

        /// `POST /api/v1/registry/imports/{id}/decisions` with `[{household, accept}]` (or `{decisions: [...]}`): the
        /// township accepts or declines households of a checked import before the commit → the import with its rows.
        @Sendable static func decide(req: Request) async throws -> Response {
            let p = try req.require(.importRegistry)
            guard let buffer = req.body.data, let data = buffer.getData(at: buffer.readerIndex, length: buffer.readableBytes),
                  let value = try? JSONDecoder().decode(JSON.self, from: data) else {
                throw AppError.badRequest("请求内容应为JSON数组：[{\"household\": 户编号, \"accept\": true|false}]", code: "bad_json")
            }
            let list: [JSON]
            if case .array(let a) = value { list = a }
            else if case .object(let o) = value, case .array(let a)? = o["decisions"] { list = a }
            else { throw AppError.badRequest("请求内容应为JSON数组：[{\"household\": 户编号, \"accept\": true|false}]", code: "bad_json") }
            guard list.count <= 200_000 else { throw AppError.badRequest("一次最多200000项", field: "household", code: "too_many") }
            var decisions: [(household: String, accept: Bool)] = []
            for (i, item) in list.enumerated() {
                guard case .object(let o) = item, case .string(let key)? = o["household"] else {
                    throw AppError.validation([FieldError(field: "household", code: "required", message: "第\(i + 1)项缺少户编号 household")])
                }
                guard case .bool(let accept)? = o["accept"] else {
                    throw AppError.validation([FieldError(field: "accept", code: "type", message: "第\(i + 1)项的 accept 应为 true 或 false")])
                }
                decisions.append((key, accept))
            }
            return try API.response(json(try await req.registry(p).decideRegistryImport(id: req.parameters.get("id") ?? "", decisions), lines: true))
        }

        /// `POST /api/v1/registry/imports/{id}/commit` → the committed import (409 when it cannot be).
        @Sendable static func commit(req: Request) async throws -> Response {
            let p = try req.require(.importRegistry)
            return try API.response(json(try await req.registry(p).commitRegistryImport(id: req.parameters.get("id") ?? ""), lines: false))
        }
    }
}
