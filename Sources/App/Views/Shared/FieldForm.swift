import Domain
@preconcurrency import Plot

/// What a form shows: the values as typed and an error per field.
struct FormState {
    var values: [String: String] = [:]
    var errors: [String: String] = [:]

    init(values: [String: String] = [:], errors: [FieldError] = []) {
        self.values = values
        for e in errors where self.errors[e.field] == nil { self.errors[e.field] = e.message }
    }

    /// Values of a record as a form shows them.
    static func from(_ facts: Facts, table: FieldTable, prefix: String = "") -> [String: String] {
        var v: [String: String] = [:]
        for spec in table.specs { v[prefix + spec.key] = spec.raw(facts[spec.key]) }
        return v
    }

    /// Errors not shown next to any of the given field names (listed at the top of the form).
    func unplaced(_ names: Set<String>) -> [String] {
        errors.filter { !names.contains($0.key) }.map(\.value)
    }
}

/// Renders declared fields as labelled inputs with their error next to them.
enum FieldForm {
    static func sections(_ table: FieldTable, state: FormState, prefix: String = "", villages: [Choice], skip: Set<String> = [],
                         readOnly: Set<String> = []) -> FormNode {
        .forEach(table.sections) { section in
            let specs = table.specs.filter { $0.section == section && !skip.contains($0.key) }
            return .if(!specs.isEmpty, .fieldset(
                .element(named: "legend", text: section),
                .div(.class("fields"), .forEach(specs) { spec in
                    field(spec, state: state, prefix: prefix, villages: villages, readOnly: readOnly.contains(spec.key))
                })
            ))
        }
    }

    static func field(_ spec: FieldSpec, state: FormState, prefix: String, villages: [Choice], readOnly: Bool = false) -> FormNode {
        let name = prefix + spec.key
        let id = "f-" + name.replacingOccurrences(of: ".", with: "-")
        let value = state.values[name] ?? ""
        let error = state.errors[name]
        let wide = if case .text(let max) = spec.kind, max > longText { " wide" } else { "" }
        return .div(
            .class((error == nil ? "field" : "field error") + wide),
            .label(.for(id), .text(spec.label), .if(spec.required, .span(.class("req"), .text(" *")))),
            control(spec, id: id, name: name, value: value, villages: villages, readOnly: readOnly),
            .unwrap(spec.help) { .span(.class("help"), .text($0)) },
            .unwrap(error) { .div(.class("msg"), .attribute(named: "role", value: "alert"), .text($0)) }
        )
    }

    static func control(_ spec: FieldSpec, id: String, name: String, value: String, villages: [Choice], readOnly: Bool) -> FormNode {
        switch spec.kind {
        case .bool:
            return select(id: id, name: name, value: value, options: [Choice(value: "true", label: "是"), Choice(value: "false", label: "否")], readOnly: readOnly)
        case .choice(let choices):
            return select(id: id, name: name, value: value, options: choices, readOnly: readOnly)
        case .region:
            return select(id: id, name: name, value: value, options: villages, readOnly: readOnly)
        case .multiChoice(let choices, _):
            let picked = Set(value.split(separator: ",").map(String.init))
            return .div(.class("checks"), .id(id), .forEach(choices) { c in
                .label(.input(.type(.checkbox), .name(name), .value(attr(c.value)), .checked(picked.contains(c.value))), .text(c.label))
            })
        case .date:
            return .input(.type(.date), .id(id), .name(name), .value(attr(value)), .readonly(readOnly))
        case .integer(let range):
            return .input(.type(.number), .id(id), .name(name), .value(attr(value)), .attribute(named: "min", value: "\(range.lowerBound)"),
                          .attribute(named: "max", value: "\(range.upperBound)"), .readonly(readOnly))
        case .fixed2(let unit):
            return .input(.type(.text), .id(id), .name(name), .value(attr(value)), .placeholder(unit), .attribute(named: "inputmode", value: "decimal"),
                          .readonly(readOnly))
        case .idNumber:
            return .input(.type(.text), .id(id), .name(name), .value(attr(value)), .attribute(named: "maxlength", value: "18"),
                          .placeholder("18位身份证号码"), .readonly(readOnly))
        case .phone:
            return .input(.type(.tel), .id(id), .name(name), .value(attr(value)), .readonly(readOnly))
        case .text(let max) where max > longText:
            // A description (困难情况, 说明): several lines, across the form.
            return .textarea(.name(name), .id(id), .rows(4), .attribute(named: "maxlength", value: "\(max)"),
                             .if(readOnly, .attribute(named: "readonly", value: "readonly")), .text(value))
        case .text(let max):
            return .input(.type(.text), .id(id), .name(name), .value(attr(value)), .attribute(named: "maxlength", value: "\(max)"), .readonly(readOnly))
        }
    }

    /// Text fields longer than this are written in a box of several lines.
    static let longText = 100

    /// A select; `empty` is the label of the first, empty choice, or nil when one of the options must be chosen.
    static func select<C: HTML.BodyContext>(id: String, name: String, value: String, options: [Choice], readOnly: Bool = false, empty: String? = "请选择") -> Node<C> {
        .select(
            .id(id), .attribute(named: "name", value: name),
            .if(readOnly, .attribute(named: "disabled", value: "disabled")),
            .unwrap(empty) { .option($0, value: "", selected: value.isEmpty) },
            .forEach(options) { .option($0.label, value: $0.value, selected: $0.value == value) }
        )
    }
}

extension Node where Context == HTML.SelectContext {
    static func option(_ label: String, value: String, selected: Bool) -> Node {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: attr(value), ignoreIfValueIsEmpty: false),
            .if(selected, .attribute(named: "selected", value: "selected")),
            .text(label),
        ])
    }
}

extension Node where Context: HTML.BodyContext {
    /// Errors that belong to no single field, at the top of a form.
    static func errorSummary(_ messages: [String]) -> Node {
        .if(!messages.isEmpty, .div(.class("alert error"), .attribute(named: "role", value: "alert"),
                                    .p(.text("请更正以下问题后再保存：")),
                                    .ul(.forEach(messages) { .li(.text($0)) })))
    }
}
