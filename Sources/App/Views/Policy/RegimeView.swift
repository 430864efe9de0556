import Domain
@preconcurrency import Plot

/// 修改政策口径: a regime's content (categories, risk types, measure types and their nature, the steps' time limits,
/// elimination conditions, layers, what is still at the transition period's values), saved as its next version.
enum RegimePage {
    struct Model {
        var viewer: Viewer
        var regime: PolicyRegime
        var catalogue: [MeasureType]
        var history: [(version: Int, createdBy: String, createdAt: Int64, note: String)]
        var canEdit: Bool
        var form: [String: String]
        var errors: [FieldError] = []
    }

    static func view(_ m: Model) -> HTML {
        let r = m.regime
        let f = m.form
        let err = Dictionary(m.errors.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
        func msg(_ key: String) -> Node<HTML.FormContext> { .unwrap(err[key]) { .div(.class("msg"), .text($0)) } }
        func ticked(_ key: String) -> Set<String> { Set((f[key] ?? "").split(separator: ",").map(String.init)) }
        func checks(_ key: String, _ label: String, _ options: [Choice], help: String? = nil) -> Node<HTML.FormContext> {
            let on = ticked(key)
            return .div(.class(err[key] == nil ? "field wide" : "field wide error"), .id("field-\(key)"), .label(.text(label)),
                        .div(.class("checks"), .forEach(options) { o in
                            .label(.input(.type(.checkbox), .name(key), .value(attr(o.value)), .checked(on.contains(o.value)), .disabled(!m.canEdit)),
                                   .text(o.label))
                        }),
                        .unwrap(help) { .span(.class("help"), .text($0)) }, msg(key))
        }
        func text(_ key: String, _ label: String, max: Int, rows: Int = 0) -> Node<HTML.FormContext> {
            .div(.class(err[key] == nil ? "field wide" : "field wide error"), .label(.for(key), .text(label)),
                 rows > 0 ? .textarea(.name(key), .id(key), .rows(rows), .if(!m.canEdit, .attribute(named: "readonly", value: "readonly")), .text(f[key] ?? ""))
                          : .input(.type(.text), .name(key), .id(key), .value(attr(f[key] ?? "")), .attribute(named: "maxlength", value: "\(max)"),
                                   .readonly(!m.canEdit)),
                 msg(key))
        }
        let general = m.errors.filter { !["name", "basis", "thresholdMethod", "categories", "riskTypes", "measureTypes", "eliminationConditions",
                                          "layers", "carriedOver"].contains($0.field) && !$0.field.hasPrefix("steps.") && !$0.field.hasPrefix("limits") }.map(\.message)
        return Layout.document(title: "政策口径：\(r.name)", viewer: m.viewer, active: "policy",
                               breadcrumbs: [("政策参数", SiteURL.policy), (r.name, nil)], content: .group(
            .h1(.text(r.name)),
            .p(.class("muted"), .text(intro(r))),
            .form(.method(.post), .action(SiteURL.policyRegime(r.key)), .id("regime-form"), .novalidate(),
                .csrfField(m.viewer),
                .input(.type(.hidden), .name("version"), .value(String(r.version))),
                .errorSummary(general),
                .div(.class("fields"),
                    text("name", "名称", max: 100),
                    text("basis", "政策依据", max: 500, rows: 2),
                    text("thresholdMethod", "监测范围测算方法", max: 300, rows: 2),
                    checks("categories", "监测对象类别", MonitoringCategory.choices, help: "县级审定时可选的类别"),
                    checks("riskTypes", "致贫返贫风险类型", RiskType.choices, help: "入户核实、县级审定和帮扶措施可选的风险"),
                    measureTable(m, err: err, msg: msg("measureTypes")),
                    stepTable(m, err: err),
                    text("eliminationConditions", "风险消除条件（每行一条）", max: 4000, rows: 8),
                    checks("layers", "分层分类帮扶的层级", AssistanceLayer.choices, help: "不勾选则该期间不分层；风险研判按此显示农户所在层级"),
                    checks("carriedOver", "国家文件尚未明确、沿用过渡期规定的部分", PolicyRegime.parts.map { Choice(value: $0, label: $0) },
                           help: "在政策参数页上标明"),
                    .div(.class("field wide"), .label(.for("note"), .text("修改说明")),
                         .input(.type(.text), .name("note"), .id("note"), .value(attr(f["note"] ?? "")), .attribute(named: "maxlength", value: "200"),
                                .placeholder("如：按省里转发的文件调整措施类型"), .readonly(!m.canEdit)))),
                .if(m.canEdit, .div(.class("actions"), .button(.type(.submit), .text("保存为新版本")),
                                    .a(.class("button secondary"), .href(SiteURL.policy + "#regimes"), .text("取消"))))),
            versions(m)
        ))
    }

    static func intro(_ r: PolicyRegime) -> String {
        let validity = "\(r.validFrom) 至 \(r.validTo?.description ?? "今")，适用范围：\(r.region)。"
        let version = r.version == 0 ? "现为系统内置内容。" : "现为第\(r.version)版。"
        return validity + version + "保存后为新版本：此后按该口径办理的事项、登记的措施按新内容选择和校验；已办结的事项不受影响。"
    }

    static func measureTable(_ m: Model, err: [String: String], msg: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let f = m.form
        let measures = Set((f["measureTypes"] ?? "").split(separator: ",").map(String.init))
        let rows: [Node<HTML.TableContext>] = m.catalogue.map { t in
            let box: Node<HTML.BodyContext> = .input(.type(.checkbox), .name("measureTypes"), .value(attr(t.key)), .id("measure-\(t.key)"),
                                                     .checked(measures.contains(t.key)), .disabled(!m.canEdit))
            let kind = FieldForm.select(id: "kind-\(t.key)", name: "kind." + t.key, value: f["kind." + t.key] ?? t.kind.rawValue,
                                        options: MeasureKind.choices, readOnly: !m.canEdit, empty: nil)
            return .tr(.td(box), .td(.label(.for("measure-\(t.key)"), .text(t.label))), .td(kind))
        }
        return .div(.class(err["measureTypes"] == nil ? "field wide" : "field wide error"), .id("field-measureTypes"),
                    .label(.text("帮扶措施类型及性质")),
                    .table(.class("grid"), .id("regime-measures"),
                           .thead(.tr(.th(.text("适用")), .th(.text("措施")), .th(.text("性质")))),
                           .tbody(.group(rows))),
                    .span(.class("help"), .text("登记帮扶措施时只能选适用的类型；性质决定报表中开发式、兜底保障的归类")), msg)
    }

    static func stepTable(_ m: Model, err: [String: String]) -> Node<HTML.FormContext> {
        let rows: [Node<HTML.TableContext>] = m.regime.steps.map { s in
            let key = "step." + s.state.rawValue
            // A limit that is a number is set in the table below; its wording follows the number.
            let cell: Node<HTML.BodyContext> = m.regime.limits.text(for: s.state) != nil
                ? .span(.class("muted"), .text(m.form[key] ?? m.regime.timeLimit(of: s)))
                : .input(.type(.text), .name(key), .id(key), .value(attr(m.form[key] ?? "")), .attribute(named: "maxlength", value: "100"), .readonly(!m.canEdit))
            return .tr(.td(.label(.for(key), .text(s.state.label))),
                       .td(cell, .unwrap(err["steps." + s.state.rawValue]) { .div(.class("msg"), .text($0)) }))
        }
        let limits: [Node<HTML.TableContext>] = ProcedureLimits.Limit.allCases.map { l in
            let key = "limits." + l.field
            let input: Node<HTML.BodyContext> = .input(.type(.number), .class("days"), .name(key), .id(key), .value(attr(m.form[key] ?? "")),
                                                       .attribute(named: "min", value: "\(l.range.lowerBound)"),
                                                       .attribute(named: "max", value: "\(l.range.upperBound)"), .readonly(!m.canEdit))
            return .tr(.td(.label(.for(key), .text(l.label))), .td(input, .text(" " + l.unit), .unwrap(err[key]) { .div(.class("msg"), .text($0)) }))
        }
        return .group(
            .div(.class("field wide"), .label(.text("识别程序")),
                 .table(.class("grid"), .id("regime-steps"), .tbody(.group(rows)))),
            .div(.class(err.keys.contains { $0.hasPrefix("limits") } ? "field wide error" : "field wide"), .id("field-limits"), .label(.text("办理时限")),
                 .table(.class("grid"), .id("regime-limits"), .tbody(.group(limits))),
                 .span(.class("help"), .text("按事项发生时适用的政策期间计算：线索登记时的期间定答复和认定期限，该事项此后的公示和纳入后的期限也按其期间；工作日按国家节假日安排计算")),
                 .unwrap(err["limits"]) { .div(.class("msg"), .text($0)) }))
    }

    static func versions(_ m: Model) -> Node<HTML.BodyContext> {
        guard !m.history.isEmpty else { return .group(.h2(.text("版本")), .p(.class("muted"), .text("尚未修改，为系统内置内容。"))) }
        let rows: [Node<HTML.TableContext>] = m.history.map { v in
            .tr(.td(.text("第\(v.version)版")), .td(.text(v.createdBy)), .td(.text(Clock.format(v.createdAt))), .td(.text(v.note)))
        }
        return .group(.h2(.text("版本")),
                      .table(.class("grid"), .id("regime-versions"),
                             .thead(.tr(.th(.text("版本")), .th(.text("修改人")), .th(.text("时间")), .th(.text("说明")))),
                             .tbody(.group(rows))))
    }
}
