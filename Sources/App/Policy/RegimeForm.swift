import Domain

/// The /policy regime form: its names and what a posted form means as a `RegimeEdit`. Every group is on the form, so
/// a group with nothing ticked (which the browser does not send) is an empty choice, refused by the edit's checks.
enum RegimeForm {
    static func edit(_ form: [String: String], regime: PolicyRegime, catalogue: [MeasureType]) -> RegimeEdit {
        func list(_ key: String) -> [String] {
            (form[key] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var e = RegimeEdit()
        e.name = form["name"] ?? ""
        e.basis = form["basis"] ?? ""
        e.thresholdMethod = form["thresholdMethod"] ?? ""
        e.categories = list("categories")
        e.riskTypes = list("riskTypes")
        e.layers = list("layers")
        e.carriedOver = list("carriedOver")
        let ticked = Set(list("measureTypes"))
        e.measureTypes = catalogue.filter { ticked.contains($0.key) }.map { t in
            RegimeEdit.Measure(key: t.key, kind: form["kind." + t.key] ?? t.kind.rawValue)
        }
        if let unknown = ticked.first(where: { k in !catalogue.contains { $0.key == k } }) {
            e.measureTypes?.append(RegimeEdit.Measure(key: unknown, kind: "")) // named in the refusal
        }
        var steps: [String: String] = [:]
        for s in regime.steps where regime.limits.text(for: s.state) == nil { steps[s.state.rawValue] = form["step." + s.state.rawValue] ?? "" }
        e.stepLimits = steps
        e.limits = Dictionary(uniqueKeysWithValues: ProcedureLimits.Limit.allCases.map { ($0.field, form["limits." + $0.field] ?? "") })
        e.eliminationConditions = (form["eliminationConditions"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
        return e
    }

    /// The form's values for a regime as stored (what the page shows first).
    static func values(_ r: PolicyRegime) -> [String: String] {
        var v: [String: String] = ["name": r.name, "basis": r.basis, "thresholdMethod": r.thresholdMethod,
                                   "categories": r.categories.map(\.rawValue).joined(separator: ","),
                                   "riskTypes": r.riskTypes.map(\.rawValue).joined(separator: ","),
                                   "layers": r.layers.map(\.rawValue).joined(separator: ","),
                                   "carriedOver": r.carriedOver.joined(separator: ","),
                                   "measureTypes": r.measureTypes.map(\.key).joined(separator: ","),
                                   "eliminationConditions": r.eliminationConditions.joined(separator: "\n")]
        for t in r.measureTypes { v["kind." + t.key] = t.kind.rawValue }
        for s in r.steps { v["step." + s.state.rawValue] = r.timeLimit(of: s) }
        for l in ProcedureLimits.Limit.allCases { v["limits." + l.field] = String(r.limits[l]) }
        return v
    }
}
