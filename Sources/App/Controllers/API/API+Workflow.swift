import Domain
import Fluent
import SQLKit
import Vapor

extension Request {
    func cases(_ principal: Principal?) -> CaseStore {
        CaseStore(db: db, regions: regions, principal: principal, now: now, address: clientAddress, auditKey: application.auditKey, policy: policy, calendar: calendar)
    }
}

extension API {
    /// A case as JSON: state, deadlines, what the caller may do next, and (with `events`) its whole history.
    static func caseJSON(_ c: CaseRecord, req: Request, principal p: Principal, events: [CaseEventRecord]? = nil) -> JSON {
        let masked = true  // the API masks for every role; whole numbers are revealed one record at a time
        let today = req.today
        var o: [String: JSON] = [
            "id": .string(c.id), "state": .string(c.state.rawValue), "stateLabel": .string(c.state.label),
            "channel": .string(c.channel.rawValue), "householdId": c.householdID.map(JSON.string) ?? .null,
            "villageCode": .string(c.villageCode), "villageName": .string(req.regions.fullName(c.villageCode)),
            "openedOn": .string(c.openedOn.description), "openedBy": .string(c.openedBy),
            "reporterName": c.reporterName.map(JSON.string) ?? .null,
            "reporterIdNumber": c.reporterIDNumber.map { .string(masked ? IDNumber.masked($0) : $0) } ?? .null,
            "reporterPhone": c.reporterPhone.map { .string(masked ? PhoneMask.masked($0) : $0) } ?? .null,
            "difficulty": c.difficulty.map { .string($0.rawValue) } ?? .null, "description": c.description.map(JSON.string) ?? .null,
            "riskTypes": .array(c.riskTypes.map { .string($0.rawValue) }), "category": c.category.map { .string($0.rawValue) } ?? .null,
            "greenChannel": .bool(c.greenChannel), "enrolledOn": c.enrolledOn.map { .string($0.description) } ?? .null,
            "eliminatedOn": c.eliminatedOn.map { .string($0.description) } ?? .null,
            "deadlines": .array(c.deadlines(today: today, rules: req.policy.current.rules).map { d in
                .object(["key": .string(d.key), "name": .string(d.name), "due": .string(d.due.description),
                         "done": d.done.map { .string($0.description) } ?? .null, "state": .string(d.state.rawValue)])
            }),
            "regime": .string(c.regime), "policyVersion": .number(Double(c.policyVersion)), "version": .number(Double(c.version)),
            "allowedActions": .array(Permissions.allows(p.role, .handleCases) ? CaseMachine.actions(for: p.role, in: c.state).map { .string($0.rawValue) } : []),
        ]
        if let events {
            o["events"] = .array(events.map { e in
                .object(["seq": .number(Double(e.seq)), "action": .string(e.action), "label": .string(e.label),
                         "from": .string(e.from?.rawValue ?? ""), "to": .string(e.to?.rawValue ?? ""),
                         "facts": .object(e.facts.mapValues(JSON.string)), "actor": .string(e.actor), "actorRole": .string(e.actorRole),
                         "at": .string(Clock.iso(e.at)), "regime": .string(e.regime), "policyVersion": .number(Double(e.policyVersion))])
            })
        }
        return .object(o)
    }

    enum Cases {
        /// `POST /api/v1/clues`: a clue from an official's channel; merged into the open identification of the same household.
        @Sendable static func createClue(req: Request) async throws -> Response {
            let p = try req.require(.reportClues)
            let o = try API.body(req)
            let input = try API.fields(o, table: WorkflowFields.clue, extra: [])
            let store = req.cases(p)
            let (c, merged) = try await store.open(try await store.parseClue(input, publicForm: false))
            var body = caseJSON(c, req: req, principal: p)
            if case .object(var m) = body { m["merged"] = .bool(merged); body = .object(m) }
            let r = try API.response(body, status: merged ? .ok : .created, etag: c.version)
            r.headers.replaceOrAdd(name: .location, value: "/api/v1/cases/\(c.id)")
            return r
        }

        /// `GET /api/v1/clues/{id}` and `GET /api/v1/cases/{id}`: one record with its full history.
        @Sendable static func show(req: Request) async throws -> Response {
            let p = try req.require(.viewCases)
            let c = try await req.cases(p).visible(id: try req.idParameter())
            return try API.response(caseJSON(c, req: req, principal: p, events: try await CaseStore.events(of: c.id, on: req.db)), etag: c.version)
        }

        /// `POST /api/v1/cases/{id}/transitions` {action, …facts, version?}.
        @Sendable static func transition(req: Request) async throws -> Response {
            let p = try req.require(.handleCases)
            // Scope first: a case outside the user's region is not found, whatever the body says.
            _ = try await req.cases(p).visible(id: try req.idParameter())
            let o = try API.body(req)
            let (action, input) = try step(o)
            let c = try await req.cases(p).transition(caseID: try req.idParameter(), action: action, input: input,
                                                      expectedVersion: try API.expectedVersion(req, o))
            return try API.response(caseJSON(c, req: req, principal: p, events: try await CaseStore.events(of: c.id, on: req.db)), etag: c.version)
        }

        /// The step a body asks for and its facts (`extra` keys besides `action` and `version` are let through).
        static func step(_ o: [String: JSON], extra: Set<String> = []) throws -> (CaseAction, [String: String]) {
            guard let name = try API.string(o, "action"), !name.isEmpty else {
                throw AppError.badRequest("请指定action（办理事项）", field: "action", code: "required")
            }
            guard let action = CaseAction(rawValue: name) else {
                throw AppError.badRequest("action应为：" + CaseAction.allCases.map(\.rawValue).joined(separator: ", "), field: "action", code: "choice")
            }
            var table = action.fields.specs
            table.append(FieldSpec("householdCode", "householdCode", "户编号", .text(maxLength: 30), section: "办理"))
            var input = try API.fields(o, table: FieldTable(table), extra: extra.union(["action", "version", "onBehalf"]))
            if let flag = o["onBehalf"] {
                guard case .bool(let b) = flag else { throw AppError.badRequest("onBehalf应为true或false（乡镇、县级代录村级步骤）", field: "onBehalf", code: "type") }
                input["onBehalf"] = b ? "true" : "false"
            }
            return (action, input)
        }

        /// `POST /api/v1/cases/transitions` {items: [{id, action, version, …facts}]}: up to 500 steps, each taken on its own
        /// and checked by the state machine as one alone would be → 200 {results: [{id, ok, error, state, version}]} in the
        /// order sent. A body that is not such a list is refused whole (400) and nothing is done.
        @Sendable static func transitionMany(req: Request) async throws -> Response {
            let p = try req.require(.handleCases)
            var parsed: [(id: String, step: Result<(CaseAction, [String: String], Int?), AppError>)] = []
            for (id, item) in try API.bulkItems(try API.body(req), verb: "办理") {
                // A wrong action or fact fails that item only.
                do {
                    let (action, input) = try step(item, extra: ["id"])
                    parsed.append((id, .success((action, input, try API.version(in: item)))))
                } catch {
                    parsed.append((id, .failure(FangpinErrorMiddleware.normalize(error))))
                }
            }
            let runnable = parsed.compactMap { p -> (id: String, action: CaseAction, input: [String: String], version: Int?)? in
                if case .success(let s) = p.step { return (p.id, s.0, s.1, s.2) } else { return nil }
            }
            var taken = await CasesController.takeMany(req, p, runnable)[...]
            var results: [JSON] = []
            for item in parsed {
                let outcome: Result<CaseRecord, AppError>
                switch item.step {
                case .failure(let e): outcome = .failure(e)
                case .success: outcome = taken.popFirst()?.result ?? .failure(AppError.internalError("批量办理结果缺失"))
                }
                switch outcome {
                case .success(let c):
                    results.append(.object(["id": .string(item.id), "ok": .bool(true), "error": .null, "state": .string(c.state.rawValue),
                                            "version": .number(Double(c.version))]))
                case .failure(let e):
                    results.append(.object(["id": .string(item.id), "ok": .bool(false),
                                            "error": .object(["code": .string(e.code), "message": .string(e.message), "field": e.field.map(JSON.string) ?? .null])]))
                }
            }
            return try API.response(.object(["results": .array(results)]))
        }

        /// `POST /api/v1/cases/{id}/corrections` {reason, monitoringCategory?, monitoredSince?, riskTypes?, eliminationKind?,
        /// eliminatedOn?, version?}: the county admin's 更正 of the household's monitoring facts.
        @Sendable static func correct(req: Request) async throws -> Response {
            let p = try req.require(.correctCases)
            _ = try await req.cases(p).visible(id: try req.idParameter())
            let o = try API.body(req)
            let input = try API.fields(o, table: CaseCorrection.fields, extra: ["version"])
            let c = try await req.cases(p).correct(caseID: try req.idParameter(), input: input, expectedVersion: try API.expectedVersion(req, o))
            return try API.response(caseJSON(c, req: req, principal: p, events: try await CaseStore.events(of: c.id, on: req.db)), etag: c.version)
        }

        /// `GET /api/v1/inbox`: what awaits the caller, overdue first.
        @Sendable static func inbox(req: Request) async throws -> Response {
            let p = try req.require(.viewCases)
            let items = try await req.inboxItems(p)
            return try API.response(.object([
                "items": .array(items.map { i in
                    .object(["kind": .string(i.kind.rawValue), "caseId": i.kind == .case ? .string(i.caseID) : .null,
                             "rectificationId": i.kind == .rectification ? .string(i.caseID) : .null, "link": .string(i.link),
                             "householdId": i.householdID.map(JSON.string) ?? .null, "title": .string(i.title),
                             "villageName": .string(req.regions.fullName(i.villageCode)), "state": .string(i.stepCode),
                             "task": .string(i.task), "due": .string(i.due.description), "deadlineState": .string(i.deadlineState.rawValue),
                             "mine": .bool(i.mine)])
                }),
                "total": .number(Double(items.count)), "overdue": .number(Double(items.filter { $0.deadlineState == .overdue }.count)),
            ]))
        }
    }

    enum Assistance {
        /// `POST /api/v1/households/{id}/helpers` {helperId} or {name, unit, phone} (registered and assigned at once).
        @Sendable static func assignHelper(req: Request) async throws -> Response {
            let p = try req.require(.manageAssistance)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let o = try API.body(req)
            let helperID: String
            if let chosen = try API.string(o, "helperId") {
                helperID = chosen
            } else {
                let input = try API.fields(o, table: WorkflowFields.helper, extra: [])
                helperID = try await MeasureStore.createHelper(input, county: h.countyCode, by: req.auditActor(p), now: req.now, on: req.db)
            }
            let origin: Bool
            switch o["origin"] {
            case nil, .null?: origin = false
            case .bool(let b)?: origin = b
            default: throw AppError.badRequest("origin 应为 true 或 false", field: "origin", code: "type")
            }
            try await MeasureStore.assign(helperID: helperID, to: h, origin: origin, principal: p, by: req.auditActor(p), now: req.now, on: req.db)
            return try API.response(.object(["helpers": .array(try await MeasureStore.assignments(of: h.id, on: req.db).map { a in
                .object(["helperId": .string(a.helperID), "name": .string(a.name), "unit": .string(a.unit), "lead": .bool(a.lead),
                         "origin": .bool(a.origin), "assignedOn": .string(a.assignedOn)])
            })]), status: .created)
        }

        /// `GET /api/v1/helpers?q=`: the county's helper register with the households each one helps.
        @Sendable static func helpers(req: Request) async throws -> Response {
            let p = try req.require(.viewCases)
            let q = (req.queryText("q") ?? "").trimmed
            let all = try await MeasureStore.helpers(county: String((p.regionScope ?? "").prefix(6)), on: req.db)
            let masked = true  // the API masks for every role; whole numbers are revealed one record at a time
            let items = all.filter { q.isEmpty || $0.name.contains(q) || $0.unit.contains(q) }.map { h in
                JSON.object(["id": .string(h.id), "name": .string(h.name), "unit": .string(h.unit),
                             "phone": .string(masked ? PhoneMask.masked(h.phone) : h.phone), "households": .number(Double(h.households))])
            }
            return try API.response(.object(["items": .array(items), "total": .number(Double(items.count))]))
        }

        /// `POST /api/v1/households/{id}/measures`.
        @Sendable static func addMeasure(req: Request) async throws -> Response {
            let p = try req.require(.recordMeasures)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let input = try API.fields(try API.body(req), table: WorkflowFields.measure, extra: [])
            let id = try await MeasureStore.addMeasure(input, to: h, by: req.auditActor(p), now: req.now, regimes: req.policy.regimes, on: req.db)
            let m = try await MeasureStore.measure(id, of: h.id, on: req.db)
            return try API.response(measureJSON(m), status: .created, etag: m.version)
        }

        /// `GET /api/v1/households/{id}/reliefs`: 应急救助 and 临时救助, newest first.
        @Sendable static func reliefs(req: Request) async throws -> Response {
            let p = try req.require(.viewCases)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let items = try await ReliefStore.reliefs(of: h.id, on: req.db).map(reliefJSON)
            return try API.response(.object(["items": .array(items), "total": .number(Double(items.count))]))
        }

        /// `POST /api/v1/households/{id}/reliefs` {kind, grantedOn, amount, reason, fund, unit} → 201.
        @Sendable static func addRelief(req: Request) async throws -> Response {
            let p = try req.require(.recordRelief)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let input = try API.fields(try API.body(req), table: EmergencyRelief.fields, extra: [])
            return try API.response(reliefJSON(try await ReliefStore.record(req, p, household: h, input: input)), status: .created)
        }

        static func reliefJSON(_ r: ReliefRecord) -> JSON {
            var o = API.facts(r.facts, EmergencyRelief.fields)
            o["id"] = .string(r.id)
            o["recordedBy"] = .string(r.recordedBy)
            o["recordedAt"] = .string(Clock.iso(r.at))
            return .object(o)
        }

        /// `PATCH /api/v1/households/{id}/measures/{measureId}` {state, endOn?}.
        @Sendable static func updateMeasure(req: Request) async throws -> Response {
            let p = try req.require(.recordMeasures)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let o = try API.body(req)
            guard let state = try API.string(o, "state") else { throw AppError.badRequest("请指定state（实施状态）", field: "state", code: "required") }
            let m = try await MeasureStore.updateState(measureID: req.parameters.get("measureId") ?? "", of: h, state: state, end: try API.string(o, "endOn"),
                                                       version: try API.expectedVersion(req, o), by: req.auditActor(p), now: req.now, on: req.db)
            return try API.response(measureJSON(m), etag: m.version)
        }

        /// `GET /api/v1/households/{id}/findings`: what the assistance checks find on the household.
        @Sendable static func findings(req: Request) async throws -> Response {
            let p = try req.require(.viewCases)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let items = try await MeasureStore.findings(h, on: req.db, today: req.today)
            return try API.response(.object(["items": .array(items.map { .object(["code": .string($0.code.rawValue), "message": .string($0.message)]) }),
                                             "total": .number(Double(items.count))]))
        }

        static func measureJSON(_ m: MeasureRecord) -> JSON {
            .object(["id": .string(m.id), "type": .string(m.type.key), "typeLabel": .string(m.type.label), "kind": .string(m.type.kind.rawValue),
                     "riskTypes": .array(m.risks.map { .string($0.rawValue) }), "startOn": .string(m.start.description),
                     "endOn": m.end.map { .string($0.description) } ?? .null,
                     "amount": m.amount.map(JSON.money) ?? .null,
                     "unit": .string(m.unit), "state": .string(m.state.rawValue), "greenChannel": .bool(m.greenChannel), "version": .number(Double(m.version))])
        }
    }
}
