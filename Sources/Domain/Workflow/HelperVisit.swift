/// 帮扶走访 (seeds 000 and 003): a helper's visit to a household they assist — who was met, what was found (income,
/// risks, needs), what was done, and the next step. Distinct from the 入户摸底 survey that feeds screening.
public enum HelperVisit {
    /// The visit form, for the page and the API alike.
    public static let fields = FieldTable([
        FieldSpec("visitedOn", "visited_on", "走访日期", .date, required: true, section: "走访"),
        FieldSpec("met", "met", "见到的人", .text(maxLength: 60), required: true, section: "走访", help: "如：户主本人、户主妻子"),
        FieldSpec("income", "income", "收入情况", .text(maxLength: 300), section: "了解到的情况", help: "务工、产业、政策性收入有无变化"),
        FieldSpec("risks", "risks", "风险变化", .text(maxLength: 300), section: "了解到的情况", help: "有无新发生的大病、灾害、失业等"),
        FieldSpec("needs", "needs", "困难和需求", .text(maxLength: 300), section: "了解到的情况"),
        FieldSpec("done", "done", "开展的帮扶", .text(maxLength: 500), required: true, section: "帮扶", help: "宣传政策、协调解决的事、落实的措施"),
        FieldSpec("nextStep", "next_step", "下一步打算", .text(maxLength: 300), section: "帮扶"),
    ])

    /// How far back a visit may be recorded: a visit is written up within the quarter after it.
    public static let maxAgeDays = 120

    /// Why the visit date cannot be taken, or nil: not after today, not older than `maxAgeDays`.
    public static func dateProblem(_ visitedOn: Day, today: Day) -> String? {
        if visitedOn > today { return "走访日期不能晚于今天" }
        if visitedOn < today.adding(days: -maxAgeDays) { return "只能补记\(maxAgeDays)天以内的走访" }
        return nil
    }

    /// The calendar quarter a day falls in: its first and last day and its number (1–4).
    public static func quarter(of day: Day) -> (from: Day, to: Day, number: Int) {
        let n = (day.month - 1) / 3 + 1
        let from = Day(firstOfMonth: day.year, (n - 1) * 3 + 1)
        let to = Day(firstOfMonth: day.year, n * 3 + 1).adding(days: -1)
        return (from, to, n)
    }
}
