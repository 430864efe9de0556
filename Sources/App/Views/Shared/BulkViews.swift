import Plot

/// The pieces every list with a bulk action shares: what the last action did, and the "all N matching" button.
enum BulkViews {
    /// What the last bulk action did (`done`: "已核实 3 条"; `refusedCount`: "1 条未核实"). A refused row the page
    /// shows carries its reason under the row (said as "原因写在该`unit`下面"); the others (`shown` lacks them) are
    /// listed here with `elsewhere` before their reason.
    static func summary(_ b: BulkOutcome, done: String, refusedCount: String, unit: String = "条", shown: Set<String>, rowsCarryReasons: Bool = true,
                        elsewhere: String = "不在当前列表中的一条：", after: BodyNode = .empty, id: String = "bulk-outcome") -> BodyNode {
        if let message = b.message {
            return .div(.class("alert error"), .id(id), .attribute(named: "role", value: "alert"), .text(message))
        }
        let hidden = b.refused.filter { !shown.contains($0.id) }
        let text = done + (b.refused.isEmpty ? "。" : "；\(refusedCount)" + (rowsCarryReasons ? "，原因写在该\(unit)下面。" : "。"))
        return .div(.class(b.refused.isEmpty ? "alert ok" : "alert error"), .id(id), .attribute(named: "role", value: "status"),
                    .text(text), after,
                    .if(!hidden.isEmpty, .ul(.forEach(hidden) { .li(.text(elsewhere + $0.reason)) })))
    }

    /// "All N matching": a button that fetches the ids the list's filters select (`idsURL`, `{ids: […]}`) and posts the
    /// bulk form `form` with them in calls of `BulkForm.limit`, showing the progress (`fangpin.js`). `doneWord` names
    /// what was done ("已核实"), `unit` the rows ("条").
    static func allMatching<Context: HTML.BodyContext>(form: String, idsURL: String, label: String, confirm: String, doneWord: String,
                                                     unit: String) -> Node<Context> {
        .group(
            .button(.type(.button), .class("secondary"), .id("bulk-all"),
                    .attribute(named: "data-bulk-all", value: form),
                    .attribute(named: "data-ids", value: attr(idsURL)),
                    .attribute(named: "data-done", value: doneWord),
                    .attribute(named: "data-unit", value: unit),
                    .attribute(named: "data-confirm", value: attr(confirm)),
                    .text(label)),
            .element(named: "progress", nodes: [.id("bulk-progress"), .attribute(named: "hidden", value: "hidden"), .attribute(named: "max", value: "100"),
                                                .attribute(named: "value", value: "0")]),
            .span(.id("bulk-progress-text"), .attribute(named: "role", value: "status")))
    }
}
