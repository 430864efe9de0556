/// The regimes as data (R32): each with its validity, the region it applies to and its content, versioned when
/// a county admin edits it. The rules, the forms' choices and the measures' kinds read the regime in force on the
/// record's date; a case keeps the key of the regime it was opened under.
public struct RegimeBook: Sendable, Equatable {
    /// Ordered by the start of their validity; never empty.
    public let regimes: [PolicyRegime]

    public init(_ regimes: [PolicyRegime]) {
        let sorted = regimes.sorted { $0.validFrom < $1.validFrom }
        self.regimes = sorted.isEmpty ? ReferenceData.regimes : sorted
    }

    public static let shipped = RegimeBook(ReferenceData.regimes)

    /// The regime in force on a day: the latest that covers it; a day before the first falls to the first.
    public func inForce(on d: Day) -> PolicyRegime {
        regimes.last { $0.covers(d) } ?? regimes.last { $0.validFrom <= d } ?? regimes[regimes.startIndex]
    }

    public func regime(key: String) -> PolicyRegime? { regimes.first { $0.key == key } }

    /// A record's regime: the one it keeps by key, else the one in force on its day (a key no longer known).
    public func regime(key: String, orInForceOn day: Day) -> PolicyRegime { regime(key: key) ?? inForce(on: day) }

    /// The book with one regime replaced by its edited version (matched by key).
    public func replacing(_ r: PolicyRegime) -> RegimeBook {
        RegimeBook(regimes.map { $0.key == r.key ? r : $0 })
    }

    /// Every measure type any regime knows (and the shipped ones), by key: what an edit may choose from and how an
    /// old record's type is named.
    public var measureCatalogue: [MeasureType] {
        var seen: Set<String> = []
        return (regimes.flatMap(\.measureTypes) + ReferenceData.measureTypes).filter { seen.insert($0.key).inserted }
    }

    public func measureType(_ key: String) -> MeasureType? { measureCatalogue.first { $0.key == key } }
}

extension PolicyRegime {
    /// The parts of a regime that can still be at the transition period's values (shown on /policy).
    public static let parts = ["监测对象类别", "致贫返贫风险类型", "识别程序和时限", "帮扶措施类型", "风险消除条件", "监测范围测算方法"]

    public var measureChoices: [Choice] { measureTypes.map { Choice(value: $0.key, label: "\($0.label)（\($0.kind.label)）") } }

    public func measureType(_ key: String) -> MeasureType? { measureTypes.first { $0.key == key } }

    /// A form's table with its choices of category, risk type and measure type narrowed to this regime's: the form
    /// offers only these, and validation refuses the others.
    public func restricting(_ table: FieldTable) -> FieldTable {
        FieldTable(table.specs.map { spec in
            var s = spec
            switch (spec.key, spec.kind) {
            case ("category", .choice):
                s.kind = .choice(categories.map { Choice(value: $0.rawValue, label: $0.label) })
            case ("riskTypes", .multiChoice(_, let max)):
                s.kind = .multiChoice(riskTypes.map { Choice(value: $0.rawValue, label: $0.label) }, max: max)
            case ("type", .choice):
                s.kind = .choice(measureChoices)
            default: break
            }
            return s
        })
    }
}

/// A change to a regime's content, from the /policy form or `PATCH /api/v1/policy/regimes/{id}`: what is nil is
/// left as it is. The validity period and the region are not edited here (they come with the national text).
public struct RegimeEdit: Sendable {
    public struct Measure: Sendable, Equatable {
        public var key: String
        public var kind: String
        public init(key: String, kind: String) { self.key = key; self.kind = kind }
    }

    public var name: String?
    public var basis: String?
    public var thresholdMethod: String?
    public var categories: [String]?
    public var riskTypes: [String]?
    public var measureTypes: [Measure]?
    /// Step (CaseState raw value) → its time limit as the page states it (the steps whose limit is a number take it
    /// from `limits`).
    public var stepLimits: [String: String]?
    /// The procedure's numbers by their API name (`ProcedureLimits.Limit.field`), as typed.
    public var limits: [String: String]?
    public var eliminationConditions: [String]?
    public var layers: [String]?
    public var carriedOver: [String]?

    public init() {}

    /// The regime with the edit applied, or the problems found (field names as the API uses them).
    public func applied(to regime: PolicyRegime, catalogue: [MeasureType]) -> Result<PolicyRegime, ValidationErrors> {
        var r = regime
        var problems: [FieldError] = []
        func problem(_ field: String, _ message: String) { problems.append(FieldError(field: field, code: "invalid", message: message)) }
        func text(_ value: String?, _ field: String, _ label: String, max: Int, required: Bool = true) -> String? {
            guard let value else { return nil }
            let t = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if t.isEmpty, required { problem(field, "请填写\(label)"); return nil }
            if t.count > max { problem(field, "\(label)不能超过\(max)字"); return nil }
            return t
        }
        func parsed<T: Labeled>(_ values: [String]?, _ field: String, _ label: String, as: T.Type, required: Bool = true) -> [T]? {
            guard let values else { return nil }
            var out: [T] = []
            for v in values {
                guard let x = T.parse(v) else { problem(field, "未知的\(label)：\(v)"); return nil }
                if !out.contains(x) { out.append(x) }
            }
            if out.isEmpty, required { problem(field, "至少选择一项\(label)"); return nil }
            return T.allCases.filter(out.contains) // the catalogue's order, as forms and reports list them
        }

        if let t = text(name, "name", "名称", max: 100) { r.name = t }
        if let t = text(basis, "basis", "政策依据", max: 500) { r.basis = t }
        if let t = text(thresholdMethod, "thresholdMethod", "监测范围测算方法", max: 300) { r.thresholdMethod = t }
        if let v = parsed(categories, "categories", "监测对象类别", as: MonitoringCategory.self) { r.categories = v }
        if let v = parsed(riskTypes, "riskTypes", "致贫返贫风险类型", as: RiskType.self) { r.riskTypes = v }
        if let v = parsed(layers, "layers", "分层分类帮扶的层级", as: AssistanceLayer.self, required: false) { r.layers = v }
        if let measures = measureTypes {
            var chosen: [MeasureType] = []
            for m in measures {
                guard var type = catalogue.first(where: { $0.key == m.key || $0.label == m.key }) else {
                    problem("measureTypes", "未知的帮扶措施类型：\(m.key)"); continue
                }
                guard let kind = MeasureKind.parse(m.kind) else { problem("measureTypes", "“\(type.label)”的措施性质无效：\(m.kind)"); continue }
                type.kind = kind
                if chosen.contains(where: { $0.key == type.key }) { problem("measureTypes", "帮扶措施类型重复：\(type.label)"); continue }
                chosen.append(type)
            }
            if chosen.isEmpty, problems.isEmpty { problem("measureTypes", "至少选择一项帮扶措施类型") }
            // Seed 002: 有劳动能力的 households get developmental help; a regime without such a measure could not record it.
            if !chosen.isEmpty, !chosen.contains(where: { $0.kind == .developmental }) {
                problem("measureTypes", "至少保留一项开发式帮扶措施（有劳动能力的家庭须落实开发式帮扶）")
            }
            let order = catalogue.map(\.key)
            r.measureTypes = chosen.sorted { (order.firstIndex(of: $0.key) ?? 0) < (order.firstIndex(of: $1.key) ?? 0) }
        }
        if let limits = stepLimits {
            for (state, limit) in limits {
                guard let i = r.steps.firstIndex(where: { $0.state.rawValue == state }) else { problem("steps", "该政策期间没有这一识别步骤：\(state)"); continue }
                if let fixed = r.limits.text(for: r.steps[i].state) {
                    if limit.trimmingCharacters(in: .whitespaces) != fixed, limit.trimmingCharacters(in: .whitespaces) != r.steps[i].timeLimit {
                        problem("steps.\(state)", "“\(r.steps[i].state.label)”的时限由下方办理时限的天数决定，请修改天数")
                    }
                    continue
                }
                if let t = text(limit, "steps.\(state)", "“\(r.steps[i].state.label)”的时限要求", max: 100) { r.steps[i].timeLimit = t }
            }
        }
        if let typed = limits {
            for (field, text) in typed {
                guard let limit = ProcedureLimits.Limit.allCases.first(where: { $0.field == field }) else { problem("limits", "未知的办理时限：\(field)"); continue }
                let t = text.trimmingCharacters(in: .whitespaces)
                guard let n = Int(t), limit.range.contains(n) else {
                    problem("limits.\(field)", "\(limit.label)应为\(limit.range.lowerBound)至\(limit.range.upperBound)之间的整数（\(limit.unit)）")
                    continue
                }
                r.limits[limit] = n
            }
        }
        if let conditions = eliminationConditions {
            let lines = conditions.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if lines.isEmpty { problem("eliminationConditions", "至少填写一条风险消除条件") }
            else if lines.count > 20 { problem("eliminationConditions", "风险消除条件不能超过20条") }
            else if let long = lines.first(where: { $0.count > 200 }) { problem("eliminationConditions", "每条风险消除条件不能超过200字：\(long.prefix(20))…") }
            else { r.eliminationConditions = lines }
        }
        if let parts = carriedOver {
            if let unknown = parts.first(where: { !PolicyRegime.parts.contains($0) }) {
                problem("carriedOver", "未知的政策内容：\(unknown)")
            } else {
                r.carriedOver = PolicyRegime.parts.filter(parts.contains)
            }
        }
        guard problems.isEmpty else { return .failure(ValidationErrors(problems)) }
        return .success(r)
    }
}
