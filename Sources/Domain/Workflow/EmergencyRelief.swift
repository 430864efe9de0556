/// 应急救助 and 临时救助 (seed 002 三.3): help the township or the county gives at once when a household meets sudden
/// hardship — recorded on the household with date, amount, reason and fund, counted in the measure reports and shown in
/// the 风险研判.
public enum ReliefKind: String, Labeled {
    case emergency, temporary
    public var label: String {
        switch self {
        case .emergency: "应急救助"
        case .temporary: "临时救助"
        }
    }
}

public enum EmergencyRelief {
    /// The form, for the page and the API alike.
    public static let fields = FieldTable([
        FieldSpec("kind", "kind", "救助类别", .choice(ReliefKind.choices), required: true, section: "救助"),
        FieldSpec("grantedOn", "granted_on", "救助日期", .date, required: true, section: "救助"),
        FieldSpec("amount", "amount", "救助金额", .fixed2(unit: "元"), required: true, section: "救助"),
        FieldSpec("reason", "reason", "救助原因", .text(maxLength: 300), required: true, section: "救助", help: "如：突发大病住院、房屋因灾受损"),
        FieldSpec("fund", "fund", "资金来源", .text(maxLength: 100), required: true, section: "救助", help: "如：临时救助资金、防返贫应急救助资金"),
        FieldSpec("unit", "unit", "实施单位", .text(maxLength: 60), required: true, section: "救助", help: "如：某某镇人民政府、县民政局"),
    ])

    /// How long a relief is shown in the 风险研判 (a year).
    public static let recentDays = 365

    /// Checks beyond each field's own: a date not after today and not years back, an amount above zero.
    public static func problems(_ f: Facts, today: Day) -> [FieldError] {
        var errors: [FieldError] = []
        if let d = f.date("grantedOn") {
            if d > today { errors.append(FieldError(field: "grantedOn", code: "future", message: "救助日期不能晚于今天")) }
            if d < today.adding(days: -3 * 366) { errors.append(FieldError(field: "grantedOn", code: "too_old", message: "只能登记三年以内的救助")) }
        }
        if let a = f.fixed("amount"), a <= .zero || a > Fixed2(1_000_000) {
            errors.append(FieldError(field: "amount", code: "range", message: "救助金额应大于0且不超过100万元"))
        }
        return errors
    }
}
