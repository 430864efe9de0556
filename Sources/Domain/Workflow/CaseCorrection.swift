/// 更正: the county admin puts wrong legacy monitoring facts right on the case that owns them — category, dates,
/// risk types, elimination — with a written reason; the case history keeps the fields before and after. The
/// corrected facts must still fit the case's state (a monitored case's household is monitored and not eliminated;
/// an eliminated one's carries its elimination), so a correction cannot do what only a step may.
public enum CaseCorrection {
    /// The household facts a correction may change: exactly those the procedure owns.
    public static let keys = HouseholdFields.procedureOwned

    public static let fields = FieldTable(keys.compactMap { HouseholdFields.table[$0] }.map { spec -> FieldSpec in
        var s = spec
        s.section = "更正"
        return s
    } + [FieldSpec("reason", "reason", "更正理由", .text(maxLength: 500), required: true, section: "更正")])

    /// The states whose household facts can be corrected (the others own none yet, or no longer).
    public static func allowed(in state: CaseState) -> Bool { state.isMonitored || state == .eliminated }

    /// What is wrong with the corrected facts for a case in `state`.
    /// `earliest` is the last step date before the decision (the clue's, or its answer's): the decision and so the
    /// monitoring cannot start before it.
    public static func errors(state: CaseState, corrected f: Facts, reason: String?, earliest: Day, today: Day) -> [FieldError] {
        var errors: [FieldError] = []
        func need(_ key: String) {
            if f[key] == nil { errors.append(FieldError(field: key, code: "required", message: "\(HouseholdFields.table[key]?.label ?? key)不能为空：事项为“\(state.label)”")) }
        }
        func none(_ key: String) {
            if f[key] != nil { errors.append(FieldError(field: key, code: "workflow_only", message: "事项为“\(state.label)”，不能填写\(HouseholdFields.table[key]?.label ?? key)；风险消除须走消除程序")) }
        }
        guard allowed(in: state) else {
            return [FieldError(field: "state", code: "state", message: "只能更正已纳入监测或已消除风险的事项（当前为“\(state.label)”）")]
        }
        need("monitoringCategory"); need("monitoredSince"); need("riskTypes")
        if state == .eliminated { need("eliminationKind"); need("eliminatedOn") } else { none("eliminationKind"); none("eliminatedOn") }
        if let since = f.date("monitoredSince"), since > today {
            errors.append(FieldError(field: "monitoredSince", code: "future", message: "识别监测时间不能晚于今天"))
        } else if let since = f.date("monitoredSince"), since < earliest {
            errors.append(FieldError(field: "monitoredSince", code: "conflict", message: "识别监测时间不能早于本事项的线索登记或核实答复日期（\(earliest)）"))
        }
        if let e = f.date("eliminatedOn") {
            if e > today { errors.append(FieldError(field: "eliminatedOn", code: "future", message: "风险消除时间不能晚于今天")) }
            if let since = f.date("monitoredSince"), e < since {
                errors.append(FieldError(field: "eliminatedOn", code: "conflict", message: "风险消除时间不能早于识别监测时间（\(since)）"))
            }
        }
        if (reason ?? "").trimmingCharacters(in: .whitespaces).count < 4 {
            errors.append(FieldError(field: "reason", code: "required", message: "请写明更正理由（依据的材料、原数据错在哪里）"))
        }
        return errors
    }
}
