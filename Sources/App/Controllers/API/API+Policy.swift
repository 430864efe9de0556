import Domain
import Vapor

/// The policy over the API: the numbers and deadline rules in force (versioned), the thresholds, the
/// reference data of each regime. Reading needs `viewPolicy`; changing needs `managePolicy` (county admin).
extension API {
    enum Policy {
        /// `GET /api/v1/policy`: the version in force with every number and deadline rule.
        @Sendable static func show(req: Request) async throws -> Response {
            _ = try req.require(.viewPolicy)
            return try API.response(json(req.policy.current), etag: req.policy.current.number)
        }

        static func json(_ v: PolicyStore.Version) -> JSON {
            let values = PolicyForm.values(v.settings, rules: v.rules)
            return .object([
                "version": .number(Double(v.number)), "createdBy": .string(v.createdBy), "createdAt": .string(Clock.iso(v.createdAt)), "note": .string(v.note),
                "settings": .array(PolicyForm.fields.map { f in
                    .object(["key": .string(f.key), "label": .string(f.label), "help": .string(f.help),
                             "value": f.isBool ? .bool(values[f.key] == "1") : .string(values[f.key] ?? "")])
                }),
                "deadlines": .array(v.rules.map { r in
                    let range = PolicyForm.ruleRange(r)
                    return .object(["key": .string(r.key), "name": .string(r.name), "value": .number(Double(PolicyForm.ruleValue(r))),
                                    "unit": .string(PolicyForm.unit(r)), "rule": .string(r.countLabel), "source": .string(r.source),
                                    "min": .number(Double(range.lowerBound)), "max": .number(Double(range.upperBound))])
                }),
            ])
        }

        /// `PATCH /api/v1/policy` {version, note, settings: {key: value}, deadlines: {key: n}}: saves a new version.
        /// Keys left out keep their value; `version` (or If-Match) must be the version the change was based on.
        @Sendable static func update(req: Request) async throws -> Response {
            let p = try req.require(.managePolicy)
            let o = try API.body(req)
            guard let basedOn = try API.expectedVersion(req, o) else { throw AppError.versionRequired() }
            for key in o.keys where !["version", "note", "settings", "deadlines"].contains(key) {
                throw AppError.badRequest("未知字段：\(key)", field: key, code: "unknown_field")
            }
            let current = req.policy.current
            var form = PolicyForm.values(current.settings, rules: current.rules)
            let known = Set(PolicyForm.fields.map(\.key)), ruleKeys = Set(current.rules.map(\.key))
            for (section, prefix, keys) in [("settings", "", known), ("deadlines", "rule.", ruleKeys)] {
                guard let value = o[section] else { continue }
                guard case .object(let entries) = value else { throw AppError.badRequest("\(section)应为对象", field: section, code: "type") }
                for (key, v) in entries {
                    if ProcedureLimits.Limit.allCases.contains(where: { $0.field == key || $0.rawValue == key }) {
                        throw AppError.badRequest("识别程序的办理时限和公示天数属于政策口径，请在 /api/v1/policy/regimes/{id} 的 limits 中修改",
                                                  field: "\(section).\(key)", code: "regime_owned")
                    }
                    guard keys.contains(key) else { throw AppError.badRequest("未知参数：\(section).\(key)", field: "\(section).\(key)", code: "unknown_field") }
                    guard let text = v.formText else { throw AppError.badRequest("\(section).\(key)的值类型不正确", field: "\(section).\(key)", code: "type") }
                    form[prefix + key] = text == "true" ? "1" : text == "false" ? "" : text
                }
            }
            let (settings, rules, errors) = PolicyForm.read(form, settings: current.settings, rules: current.rules)
            guard errors.isEmpty else {
                throw AppError.validation(errors.map { e in
                    var e = e
                    e.field = e.field.hasPrefix("rule.") ? "deadlines." + e.field.dropFirst(5) : "settings." + e.field
                    return e
                })
            }
            let note = (try API.string(o, "note") ?? "").trimmingCharacters(in: .whitespaces)
            _ = try await req.policy.saveSettings(settings, rules: rules, note: note.isEmpty ? "修改研判参数（接口）" : note, by: req.auditActor(p),
                                                  basedOn: basedOn, on: req.db)
            return try API.response(json(req.policy.current), etag: req.policy.current.number)
        }

        /// `GET /api/v1/policy/versions`: every saved version, newest first.
        @Sendable static func versions(req: Request) async throws -> Response {
            _ = try req.require(.viewPolicy)
            let list = try await req.policy.history(on: req.db)
            return try API.response(.object(["items": .array(list.map { v in
                .object(["version": .number(Double(v.number)), "createdBy": .string(v.createdBy), "createdAt": .string(Clock.iso(v.createdAt)),
                         "note": .string(v.note)])
            })]))
        }

        /// `GET /api/v1/policy/thresholds`: the province's monitoring thresholds with effective dates, and the one in force.
        @Sendable static func thresholds(req: Request) async throws -> Response {
            let p = try req.require(.viewPolicy)
            let province = province(req, p)
            let table = req.policy.thresholds
            let today = req.today
            return try API.response(.object([
                "province": .string(province),
                "inForce": table.inForce(province: province, on: today).map(thresholdJSON) ?? .null,
                "expired": table.expired(province: province, on: today).map(thresholdJSON) ?? .null,
                "items": .array(table.history(province: province).map(thresholdJSON)),
            ]))
        }

        /// `POST /api/v1/policy/thresholds` {effectiveFrom, perCapita, basis, validTo?}: adds one (history is never rewritten).
        @Sendable static func addThreshold(req: Request) async throws -> Response {
            let p = try req.require(.managePolicy)
            let o = try API.body(req)
            var form: [String: String] = [:]
            for key in ["effectiveFrom", "perCapita", "basis", "validTo"] { form[key] = o[key]?.formText }
            let (threshold, errors) = PolicyForm.threshold(form, province: province(req, p))
            guard let threshold else { throw AppError.validation(errors) }
            do {
                try await req.policy.addThreshold(threshold, by: req.auditActor(p), on: req.db)
            } catch let e as PolicyError {
                throw AppError(status: .conflict, code: "duplicate", message: e.description, field: "effectiveFrom")
            }
            return try API.response(thresholdJSON(threshold), status: .created)
        }

        static func province(_ req: Request, _ p: Principal) -> String {
            String((p.regionScope ?? req.regions.counties.first?.code ?? "").prefix(2))
        }

        static func thresholdJSON(_ t: Threshold) -> JSON {
            .object(["province": .string(t.province), "effectiveFrom": .string(t.effectiveFrom.description), "perCapita": .money(t.perCapita),
                     "basis": .string(t.basis), "validTo": t.validTo.map { .string($0.description) } ?? .null, "label": .string(t.label)])
        }

        /// `GET /api/v1/policy/reference?date=YYYY-MM-DD`: the regimes with their categories, risk types, measure types,
        /// steps and elimination conditions; `inForce` is the one covering the date (today by default).
        @Sendable static func reference(req: Request) async throws -> Response {
            _ = try req.require(.viewPolicy)
            let date: Day
            if let text = req.queryText("date") {
                guard let d = Day(text) else { throw AppError.badRequest("日期格式应为 YYYY-MM-DD", field: "date") }
                date = d
            } else {
                date = req.today
            }
            let book = req.policy.regimes
            return try API.response(.object([
                "date": .string(date.description), "inForce": .string(book.inForce(on: date).key),
                "regimes": .array(book.regimes.map(regimeJSON)),
            ]))
        }

        /// `GET /api/v1/policy/regimes`: each regime with its id (the key `/policy/reference` uses), name, validity,
        /// region and content.
        @Sendable static func regimes(req: Request) async throws -> Response {
            _ = try req.require(.viewPolicy)
            let book = req.policy.regimes
            return try API.response(.object([
                "inForce": .string(book.inForce(on: req.today).key),
                "items": .array(book.regimes.map { itemJSON($0, req.policy) }),
            ]))
        }

        /// A regime as `/policy/regimes` lists it: with its id, its version and who made that version.
        static func itemJSON(_ r: PolicyRegime, _ store: PolicyStore) -> JSON {
            var o = regimeJSON(r)
            if case .object(var fields) = o {
                fields["id"] = .string(r.key)
                let edit = store.regimeEdit(r.key)
                fields["editedBy"] = edit.map { .string($0.by) } ?? .null
                fields["editedAt"] = edit.map { .string(Clock.iso($0.at)) } ?? .null
                o = .object(fields)
            }
            return o
        }

        /// `GET /api/v1/policy/regimes/{id}`: one regime, with its version as the ETag.
        @Sendable static func regime(req: Request) async throws -> Response {
            _ = try req.require(.viewPolicy)
            let key = req.parameters.get("id") ?? ""
            guard let r = req.policy.regimes.regime(key: key) else { throw AppError.notFound("政策期间") }
            return try API.response(itemJSON(r, req.policy), etag: r.version)
        }

        /// `PATCH /api/v1/policy/regimes/{id}` {version, note, name?, basis?, thresholdMethod?, categories?, riskTypes?,
        /// measureTypes?: [{key, kind}], steps?: {state: timeLimit}, limits?: {responseWorkingDays, decisionDays, noticeDays,
        /// helperWorkingDays, measuresWorkingDays}, eliminationConditions?, layers?, carriedOver?}: saves the
        /// regime's content as its next version. Parts left out keep their content; validity and region are not edited here.
        @Sendable static func updateRegime(req: Request) async throws -> Response {
            let p = try req.require(.managePolicy)
            let key = req.parameters.get("id") ?? ""
            guard let current = req.policy.regimes.regime(key: key) else { throw AppError.notFound("政策期间") }
            let o = try API.body(req)
            guard let basedOn = try API.expectedVersion(req, o) else { throw AppError.versionRequired() }
            let known: Set<String> = ["version", "note", "name", "basis", "thresholdMethod", "categories", "riskTypes", "measureTypes", "steps", "limits",
                                      "eliminationConditions", "layers", "carriedOver"]
            for k in o.keys where !known.contains(k) {
                throw AppError.badRequest(["validFrom", "validTo", "region", "id", "key"].contains(k) ? "政策期间的起止日期和适用地区不能在此修改" : "未知字段：\(k)",
                                          field: k, code: "unknown_field")
            }
            func strings(_ k: String) throws -> [String]? {
                guard let v = o[k], v != .null else { return nil }
                guard case .array(let list) = v else { throw AppError.badRequest("\(k)应为字符串数组", field: k, code: "type") }
                return try list.map { item in
                    guard case .string(let t) = item else { throw AppError.badRequest("\(k)应为字符串数组", field: k, code: "type") }
                    return t
                }
            }
            var edit = RegimeEdit()
            edit.name = try API.string(o, "name")
            edit.basis = try API.string(o, "basis")
            edit.thresholdMethod = try API.string(o, "thresholdMethod")
            edit.categories = try strings("categories")
            edit.riskTypes = try strings("riskTypes")
            edit.eliminationConditions = try strings("eliminationConditions")
            edit.layers = try strings("layers")
            edit.carriedOver = try strings("carriedOver")
            if let v = o["measureTypes"], v != .null {
                guard case .array(let list) = v else { throw AppError.badRequest("measureTypes应为数组", field: "measureTypes", code: "type") }
                edit.measureTypes = try list.enumerated().map { i, item in
                    guard case .object(let m) = item, let k = try API.string(m, "key") else {
                        throw AppError.badRequest("measureTypes[\(i)]应为含 key 和 kind 的对象", field: "measureTypes[\(i)]", code: "type")
                    }
                    return RegimeEdit.Measure(key: k, kind: try API.string(m, "kind") ?? (current.measureType(k)?.kind.rawValue ?? ""))
                }
            }
            if let v = o["steps"], v != .null {
                guard case .object(let steps) = v else { throw AppError.badRequest("steps应为对象：识别步骤 → 时限要求", field: "steps", code: "type") }
                edit.stepLimits = try steps.mapValues { item in
                    guard case .string(let t) = item else { throw AppError.badRequest("steps的值应为字符串", field: "steps", code: "type") }
                    return t
                }
            }
            if let v = o["limits"], v != .null {
                guard case .object(let limits) = v else {
                    throw AppError.badRequest("limits应为对象：如 {\"noticeDays\": 7}", field: "limits", code: "type")
                }
                edit.limits = try limits.mapValues { item in
                    guard let text = item.formText else { throw AppError.badRequest("limits的值应为整数", field: "limits", code: "type") }
                    return text
                }
            }
            let edited: PolicyRegime
            switch edit.applied(to: current, catalogue: req.policy.regimes.measureCatalogue) {
            case .success(let r): edited = r
            case .failure(let e): throw AppError.validation(e.errors)
            }
            let note = (try API.string(o, "note") ?? "").trimmingCharacters(in: .whitespaces)
            let saved = try await req.policy.saveRegime(edited, note: note.isEmpty ? "修改政策内容（接口）" : note, by: req.auditActor(p),
                                                        basedOn: basedOn, on: req.db)
            return try API.response(itemJSON(saved, req.policy), etag: saved.version)
        }

        static func regimeJSON(_ r: PolicyRegime) -> JSON {
                    .object(["key": .string(r.key), "name": .string(r.name), "validFrom": .string(r.validFrom.description),
                             "validTo": r.validTo.map { .string($0.description) } ?? .null, "basis": .string(r.basis),
                             "categories": .array(r.categories.map { .object(["key": .string($0.rawValue), "label": .string($0.label)]) }),
                             "riskTypes": .array(r.riskTypes.map { .object(["key": .string($0.rawValue), "label": .string($0.label)]) }),
                             "measureTypes": .array(r.measureTypes.map { m in
                                 .object(["key": .string(m.key), "label": .string(m.label), "kind": .string(m.kind.rawValue),
                                          "answers": .array(m.answers.map { .string($0.rawValue) })])
                             }),
                             "steps": .array(r.steps.map { .object(["state": .string($0.state.rawValue), "label": .string($0.state.label),
                                                                    "timeLimit": .string(r.timeLimit(of: $0))]) }),
                             "limits": .object(Dictionary(uniqueKeysWithValues: ProcedureLimits.Limit.allCases.map { ($0.field, JSON.number(Double(r.limits[$0]))) })),
                             "eliminationConditions": .array(r.eliminationConditions.map(JSON.string)),
                             "layers": .array(r.layers.map { .object(["key": .string($0.rawValue), "label": .string($0.label), "basis": .string($0.basis)]) }),
                             "thresholdMethod": .string(r.thresholdMethod), "carriedOver": .array(r.carriedOver.map(JSON.string)),
                             "region": .string(r.region), "version": .number(Double(r.version))])
        }
    }
}
