import Domain
import Fluent
import SQLKit
import Vapor

extension API {
    enum Auth {
        @Sendable static func login(req: Request) async throws -> Response {
            let o = try API.body(req)
            guard let username = try API.string(o, "username"), !username.isEmpty else {
                throw AppError.badRequest("请填写用户名", field: "username", code: "required")
            }
            guard let password = try API.string(o, "password"), !password.isEmpty else {
                throw AppError.badRequest("请填写密码", field: "password", code: "required")
            }
            let now = Date()
            let (token, user) = try await Tokens.login(username: username, password: password, kind: .api,
                                                       lifetime: req.config.apiTokenSeconds, on: req.db, now: now, address: req.clientAddress, auditKey: req.application.auditKey, lockout: req.config.lockout,
                                                    refusals: req.application.refusals)
            return try API.response(.object([
                "token": .string(token),
                "expiresAt": .string(Clock.iso(Int64(now.timeIntervalSince1970) + Int64(req.config.apiTokenSeconds))),
                "user": .object(["username": .string(user.username), "role": .string(user.roleCode), "scope": .string(user.scope),
                                 "displayName": .string(user.displayName)]),
            ]))
        }

        /// `GET /api/v1/auth/token`: who the token belongs to and when it ends (departments check their upload token).
        @Sendable static func current(req: Request) async throws -> Response {
            let s = try req.session
            guard let t = try await UserToken.find(s.tokenID, on: req.db) else { throw AppError.unauthorized() }
            return try API.response(.object([
                "kind": .string(t.kind), "label": t.label.map(JSON.string) ?? .null,
                "createdAt": .string(Clock.iso(t.createdAt)), "expiresAt": .string(Clock.iso(t.expiresAt)),
                "user": .object(["username": .string(s.principal.username), "role": .string(s.principal.role.rawValue),
                                 "scope": .string(s.principal.scope), "displayName": .string(s.displayName)]),
            ]))
        }

        /// `DELETE /api/v1/auth/token`: ends the token used for this request (sign-out for scripts and apps).
        @Sendable static func revoke(req: Request) async throws -> Response {
            let s = try req.session
            try await req.db.write { db in
                try await UserToken.query(on: db).filter(\.$id == s.tokenID).delete()
                try await AuditLog.append(on: db, req.auditActor(s.principal), action: "token.revoke", entity: "token",
                                          entityID: s.tokenID.uuidString, detail: ["kind": .string(s.tokenKind.rawValue)])
            }
            return Response(status: .noContent)
        }
    }

    enum Regions {
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.require(.viewRegions)
            let county = p.regionScope.map { String($0.prefix(6)) }
            let parent = req.queryText("parent")
            let level = req.queryText("level")
            if let level, RegionLevel(rawValue: level) == nil {
                throw AppError.badRequest("level应为county、township、village或group", field: "level")
            }
            var items: [JSON] = []
            func walk(_ e: RegionDirectory.Entry) {
                if (parent == nil || e.parentCode == parent) && (level == nil || e.level.rawValue == level) {
                    var o: [String: JSON] = ["code": .string(e.code), "name": .string(e.name), "level": .string(e.level.rawValue),
                                             "parentCode": e.parentCode.map(JSON.string) ?? .null, "fullName": .string(req.regions.fullName(e.code))]
                    let f = e.flags
                    o["flags"] = .object([
                        "relocationSite": .bool(f.relocationSite), "relocationSize": f.relocationSize.map { .number(Double($0)) } ?? .null,
                        "formerDeeplyPoor": .bool(f.formerDeeplyPoor), "alleviatedVillage": .bool(f.alleviatedVillage),
                        "keyVillageLevel": f.keyVillageLevel.map { .string($0.rawValue) } ?? .null,
                        "abandonedMine": .bool(f.abandonedMine), "disasterArea": .bool(f.disasterArea),
                    ])
                    items.append(.object(o))
                }
                for c in req.regions.children(of: e.code) { walk(c) }
            }
            for c in req.regions.counties where county == nil || c.code == county { walk(c) }
            return try API.response(.object(["items": .array(items), "total": .number(Double(items.count))]))
        }
    }

    enum Households {
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            let f = try HouseholdQuery.Filters(from: req)
            try await HouseholdQuery.auditSearch(f, req, p)
            let (rows, total) = try await HouseholdQuery.list(f, principal: p, today: req.today, on: req.db, totals: req.config.isPostgres ? nil : req.caches.householdTotals)
            let items: [JSON] = rows.map { r in
                .object([
                    "id": .string(r.id), "code": .string(r.code), "villageCode": .string(r.villageCode),
                    "villageName": .string(req.regions.fullName(r.villageCode)),
                    "headName": r.headName.map(JSON.string) ?? .null,
                    "category": r.category.map { .string($0.rawValue) } ?? .null,
                    "liftedYear": r.liftedYear.map { .number(Double($0)) } ?? .null,
                    "monitored": .bool(r.monitoringCategory != nil),
                    "monitoringCategory": r.monitoringCategory.map { .string($0.rawValue) } ?? .null,
                    "memberCount": .number(Double(r.memberCount)),
                    "perCapitaIncome": r.perCapita.map(JSON.money) ?? .null,
                    "relocated": .bool(r.relocated), "dissolved": .bool(r.dissolved),
                ])
            }
            return try API.response(.object(["items": .array(items), "total": .number(Double(total)),
                                             "page": .number(Double(f.page)), "per": .number(Double(f.per))]))
        }

        @Sendable static func show(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            // Masked for every role; `?reveal=phone` shows the household's phone in full to a role that may reveal, audited.
            let reveal = try API.reveal(req, p, allowed: ["phone"])
            if reveal.contains("phone") {
                try await AuditLog.record(on: req.db, req.auditActor(p), action: "reveal.phone", entity: "household", entityID: h.id,
                                          detail: ["code": .string(h.code), "via": .string("api")])
            }
            var json = API.household(h, regions: req.regions, members: members, masked: true, health: Permissions.allows(p.role, .viewHealth))
            if reveal.contains("phone"), case .object(var o) = json {
                o["phone"] = h.facts.text("phone").map(JSON.string) ?? .null
                json = .object(o)
            }
            return try API.response(json, etag: h.version)
        }

        @Sendable static func create(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let o = try API.body(req)
            let input = try API.fields(o, table: HouseholdFields.table, extra: ["members"])
            var members: [[String: String]] = []
            switch o["members"] {
            case .array(let items)?:
                for (i, item) in items.enumerated() {
                    guard case .object(let mo) = item else {
                        throw AppError.badRequest("members[\(i)]应为对象", field: "members[\(i)]", code: "type")
                    }
                    members.append(try API.fields(mo, table: MemberFields.table, extra: [], prefix: "members[\(i)]."))
                }
            case nil, .null?: break
            default: throw AppError.badRequest("members应为成员数组", field: "members", code: "type")
            }
            let h = try await req.registry(p).createHousehold(input, members: members)
            let all = try await RegistryStore.members(of: h.id, on: req.db)
            let r = try API.response(API.household(h, regions: req.regions, members: all), status: .created, etag: h.version)
            r.headers.replaceOrAdd(name: .location, value: "/api/v1/households/\(h.id)")
            return r
        }

        @Sendable static func update(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let id = try req.idParameter()
            let o = try API.body(req)
            let version = try API.expectedVersion(req, o)
            let input = try API.fields(o, table: HouseholdFields.table, extra: ["version"])
            let h = try await req.registry(p).updateHousehold(id: id, input: input, expectedVersion: version)
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            return try API.response(API.household(h, regions: req.regions, members: members), etag: h.version)
        }

        @Sendable static func history(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let items = try await RegistryStore.history(of: h.id, on: req.db).map { API.change($0, masked: true, health: Permissions.allows(p.role, .viewHealth)) }
            return try API.response(.object(["items": .array(items), "total": .number(Double(items.count))]))
        }

        /// `GET /api/v1/households/{id}/assessment?date=` : the policy rules' view of the household on a date (default today).
        @Sendable static func assessment(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            var date = req.today
            if let text = req.queryText("date"), !text.isEmpty {
                guard text.count == 10, let d = Day(text) else { throw AppError.badRequest("date不是有效日期（格式YYYY-MM-DD）：\(text)", field: "date", code: "date") }
                date = d
            }
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            let incomes = try await RegistryStore.incomes(of: h.id, on: req.db)
            let reliefs = try await ReliefStore.reliefs(of: h.id, on: req.db)
            let civil = try await CivilStatusStore.statuses(of: h.id, on: req.db)
            return try API.response(HouseholdAssessment.make(h, members: members, incomes: incomes, reliefs: reliefs, civil: civil, on: date, policy: req.policy).json)
        }

        @Sendable static func events(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let items: [JSON] = try await RegistryStore.events(of: h.id, on: req.db).map { e in
                .object(["id": .string(e.id), "kind": .string(e.kind.rawValue), "kindLabel": .string(e.kind.label), "date": .string(e.date),
                         "memberId": e.memberID.map(JSON.string) ?? .null, "relatedHouseholdId": e.relatedHouseholdID.map(JSON.string) ?? .null,
                         "note": e.note.map(JSON.string) ?? .null, "actor": .string(e.actor), "at": .string(Clock.iso(e.at))])
            }
            return try API.response(.object(["items": .array(items), "total": .number(Double(items.count))]))
        }

        @Sendable static func split(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let id = try req.idParameter()
            try await API.requireInScope(req, p, householdID: id)
            let o = try API.body(req)
            let relations = try relationMap(o["members"], field: "members")
            let date = try API.string(o, "date").map { s -> Day in
                guard let d = Day(s) else { throw AppError.badRequest("date不是有效日期", field: "date", code: "date") }
                return d
            }
            let h = try await req.registry(p).split(householdID: id, relations: relations, date: date)
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            return try API.response(API.household(h, regions: req.regions, members: members), status: .created, etag: h.version)
        }

        @Sendable static func merge(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let id = try req.idParameter()
            try await API.requireInScope(req, p, householdID: id)
            let o = try API.body(req)
            guard let target = try API.string(o, "intoHouseholdId"), !target.isEmpty else {
                throw AppError.badRequest("请填写intoHouseholdId（并入户的id）", field: "intoHouseholdId", code: "required")
            }
            let relations = try relationMap(o["members"], field: "members")
            let store = req.registry(p)
            try await store.merge(sourceID: id, targetID: target, relations: relations, date: nil)
            let h = try await store.visibleHousehold(id: target)
            let members = try await RegistryStore.members(of: h.id, on: req.db)
            return try API.response(API.household(h, regions: req.regions, members: members), etag: h.version)
        }

        /// `[{"id": "...", "relation": "son"}]` → member id → relation.
        static func relationMap(_ value: JSON?, field: String) throws -> [String: Relation] {
            guard case .array(let items)? = value, !items.isEmpty else {
                throw AppError.badRequest("\(field)应为[{\"id\",\"relation\"}]数组", field: field, code: "required")
            }
            var out: [String: Relation] = [:]
            for (i, item) in items.enumerated() {
                guard case .object(let o) = item, case .string(let id)? = o["id"], case .string(let r)? = o["relation"] else {
                    throw AppError.badRequest("\(field)[\(i)]须含id和relation", field: "\(field)[\(i)]", code: "type")
                }
                guard let rel = Relation.parse(r) else {
                    throw AppError.badRequest("\(field)[\(i)].relation取值无效：\(r)", field: "\(field)[\(i)].relation", code: "choice")
                }
                out[id] = rel
            }
            return out
        }
    }

    enum Members {
        @Sendable static func show(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            guard let m = try await RegistryStore.member(id: try req.idParameter(), on: req.db) else { throw AppError.notFound("成员") }
            let h = try await req.registry(p).visibleHousehold(id: m.householdID)
            // Masked for every role; `?reveal=idNumber` (or `phone`, or both) shows this one member's number in full
            // to a role that may reveal, and each reveal is in the audit trail as the page's is.
            let reveal = try API.reveal(req, p, allowed: ["idNumber", "phone"])
            for field in reveal.sorted() {
                try await AuditLog.record(on: req.db, req.auditActor(p), action: "reveal.\(field)", entity: "member", entityID: m.id,
                                          detail: ["household": .string(h.code), "name": .string(m.name), "via": .string("api")])
            }
            var json = API.member(m, masked: reveal.isEmpty, health: Permissions.allows(p.role, .viewHealth))
            if !reveal.isEmpty, case .object(var o) = json {
                if !reveal.contains("idNumber") { o["idNumber"] = m.facts.text("idNumber").map { .string(IDNumber.masked($0)) } ?? .null }
                if !reveal.contains("phone") { o["phone"] = m.facts.text("phone").map { .string(PhoneMask.masked($0)) } ?? .null }
                json = .object(o)
            }
            return try API.response(json, etag: m.version)
        }

        @Sendable static func create(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let householdID = try req.idParameter()
            try await API.requireInScope(req, p, householdID: householdID)
            let o = try API.body(req)
            let input = try API.fields(o, table: MemberFields.table, extra: ["event", "eventDate", "note"])
            let (event, date) = try MemberController.eventAndDate(["event": try API.string(o, "event") ?? "registration",
                                                                   "eventDate": try API.string(o, "eventDate") ?? ""],
                                                                  allowed: MembershipEvent.additions)
            let m = try await req.registry(p).addMember(householdID: householdID, input: input, event: event, date: date,
                                                        note: try API.string(o, "note"))
            return try API.response(API.member(m), status: .created, etag: m.version)
        }

        @Sendable static func update(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let o = try API.body(req)
            let version = try API.expectedVersion(req, o)
            let input = try API.fields(o, table: MemberFields.table, extra: ["version"])
            let m = try await req.registry(p).updateMember(id: try req.idParameter(), input: input, expectedVersion: version)
            return try API.response(API.member(m), etag: m.version)
        }

        /// 减员. `event` (death, marriageOut, moveOut, correction; default correction) and `eventDate` come from
        /// the JSON body or the query string.
        @Sendable static func delete(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let id = try req.idParameter()
            try await API.requireInScope(req, p, memberID: id)
            let o = try API.body(req)
            let event = try API.string(o, "event") ?? req.queryText("event") ?? MembershipEvent.correction.rawValue
            let dateText = try API.string(o, "eventDate") ?? req.queryText("eventDate") ?? ""
            let (kind, date) = try MemberController.eventAndDate(["event": event, "eventDate": dateText], allowed: MembershipEvent.removals)
            try await req.registry(p).removeMember(id: id, event: kind, date: date, note: try API.string(o, "note"),
                                                   expectedVersion: try API.expectedVersion(req, o))
            guard let m = try await RegistryStore.member(id: id, on: req.db) else { throw AppError.notFound("成员") }
            return try API.response(API.member(m), etag: m.version)
        }

        @Sendable static func makeHead(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            try await API.requireInScope(req, p, memberID: try req.idParameter())
            let o = try API.body(req)
            guard let r = try API.string(o, "formerHeadRelation").flatMap(Relation.parse) else {
                throw AppError.badRequest("请填写formerHeadRelation（原户主与新户主的关系）", field: "formerHeadRelation", code: "required")
            }
            let id = try req.idParameter()
            try await req.registry(p).makeHead(memberID: id, formerHeadRelation: r)
            guard let m = try await RegistryStore.member(id: id, on: req.db) else { throw AppError.notFound("成员") }
            return try API.response(API.member(m), etag: m.version)
        }
    }
}

extension API {
    /// Scope before the body: a record outside the user's region is "not found", whatever was posted.
    static func requireInScope(_ req: Request, _ p: Principal, householdID: String) async throws {
        _ = try await req.registry(p).visibleHousehold(id: householdID)
    }

    static func requireInScope(_ req: Request, _ p: Principal, memberID: String) async throws {
        guard let m = try await RegistryStore.member(id: memberID, on: req.db) else { throw AppError.notFound("成员") }
        try await requireInScope(req, p, householdID: m.householdID)
    }
}
