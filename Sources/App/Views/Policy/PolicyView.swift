import Domain
@preconcurrency import Plot

/// 政策参数: monitoring thresholds (history and new lines), the numbers the rules use, deadline rules, and
/// the versions they went through.
enum PolicyPage {
    struct Model {
        var viewer: Viewer
        var province: String
        var version: PolicyStore.Version
        var thresholds: [Threshold]
        var recorded: [Threshold: (by: String, at: Int64)]
        var history: [(number: Int, createdBy: String, createdAt: Int64, note: String)]
        var canEdit: Bool
        var today: Day
        var form: [String: String] = [:]
        var errors: [FieldError] = []
        var thresholdForm: [String: String] = [:]
        var thresholdErrors: [FieldError] = []
        var notice: String?
        /// The regimes in force and before, with who made each one's newest version.
        var regimes: [PolicyRegime] = ReferenceData.regimes
        var regimeEdits: [String: (by: String, at: Int64, note: String)] = [:]
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "政策参数", viewer: m.viewer, active: "policy", content: .group(
            .h1(.text("政策参数")),
            .unwrap(m.notice) { .div(.class("alert ok"), .text($0)) },
            .p(.a(.href(SiteURL.calendar), .text("工作日历（法定节假日与调休）›"))),
            .h2(.text("防止返贫监测范围（\(Province.name(m.province))）")),
            thresholds(m),
            .h2(.text("研判参数与办理时限（第\(m.version.number)版）")),
            settings(m),
            .h2(.text("参数版本")),
            versions(m),
            .h2(.text("政策时期与参考数据")),
            regimes(m)
        ))
    }

    /// The reference data of each policy period (R32): a record decided under a period keeps that period's key.
    /// A version of the policy settings as officials name it: the defaults, or 政策参数第N版.
    static func versionLabel(_ n: Int) -> String { n == 0 ? "政策参数默认版" : "政策参数第\(n)版" }

    static func regimes(_ m: Model) -> BodyNode {
        let today = m.today
        return .div(.id("regimes"), .forEach(m.regimes) { r in
            .details(.class("card"), .id("regime-\(r.key)"), .if(r.covers(today), .attribute(named: "open", value: "open")),
                .summary(.strong(.text(r.name)), .text("  \(r.validFrom) 至 \(r.validTo?.description ?? "今")"),
                         .if(r.covers(today), .span(.class("badge alv"), .text("现行")))),
                .p(.class("muted"), .text("依据：\(r.basis)。适用范围：\(r.region)。"
                                          + (m.regimeEdits[r.key].map { "第\(r.version)版（\($0.by) \(Clock.format($0.at))：\($0.note)）。" } ?? "系统内置内容。")),
                   .a(.href(SiteURL.policyRegime(r.key)), .text(m.canEdit ? "修改内容 ›" : "查看版本 ›"))),
                .if(!r.carriedOver.isEmpty, .p(.class("alert"), .text("国家文件尚未明确的部分沿用过渡期的规定：" + r.carriedOver.joined(separator: "、") + "。"))),
                .dl(.class("facts"),
                    .div(.dt(.text("监测对象类别")), .dd(.text(r.categories.map(\.label).joined(separator: "、")))),
                    .div(.dt(.text("致贫返贫风险")), .dd(.text(r.riskTypes.map(\.label).joined(separator: "、")))),
                    .div(.dt(.text("监测范围")), .dd(.text(r.thresholdMethod)))),
                .if(!r.layers.isEmpty, .group(.h3(.text("分层分类帮扶")),
                    .ul(.class("regime-layers"), .forEach(r.layers) { l in .li(.strong(.text(l.label)), .text("：\(l.basis)")) }))),
                .h3(.text("识别程序")),
                .ol(.forEach(r.steps) { s in .li(.text("\(s.state.label)：\(r.timeLimit(of: s))")) }),
                .p(.class("muted"), .text("纳入监测后\(r.limits.helperWorkingDays)个工作日内明确帮扶责任人，\(r.limits.measuresWorkingDays)个工作日内制定落实帮扶措施。")),
                .h3(.text("帮扶措施类型")),
                .table(.class("grid"),
                    .thead(.tr(.th(.text("措施")), .th(.text("性质")), .th(.text("针对的风险")))),
                    .tbody(.forEach(r.measureTypes) { t in
                        .tr(.td(.text(t.label)), .td(.text(t.kind.label)), .td(.text(t.answers.map(\.label).joined(separator: "、"))))
                    })),
                .h3(.text("风险消除条件")),
                .ul(.forEach(r.eliminationConditions) { .li(.text($0)) }))
        })
    }

    static func thresholds(_ m: Model) -> BodyNode {
        let table = ThresholdTable(m.thresholds)
        let inForce = table.inForce(province: m.province, on: m.today)
        let expired = table.expired(province: m.province, on: m.today)
        let err = Dictionary(m.thresholdErrors.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
        return .group(
            .unwrap(expired) { t in
                .div(.class("alert error"), .id("threshold-expired"), .attribute(named: "role", value: "alert"),
                     .text("\(t.label)有效期至\(t.validTo?.description ?? "")，已过期且尚未录入新的监测范围：在录入前，风险研判和风险消除无法判断是否在监测范围内。"))
            },
            .table(.class("grid"), .id("thresholds"),
                .thead(.tr(.th(.text("起始日期")), .th(.text("有效期至")), .th(.class("num"), .text("人均纯收入（元/年）")), .th(.text("依据")), .th(.text("录入")),
                           .th(.text("状态")))),
                .tbody(
                    .if(m.thresholds.isEmpty, .tr(.td(.attribute(named: "colspan", value: "6"), .text("尚未录入本省监测范围：风险研判将提示无法判断。")))),
                    .forEach(m.thresholds.reversed()) { t in
                        .tr(.td(.text(t.effectiveFrom.chinese)), .td(.text(t.validTo?.chinese ?? "至下一条起执行")), .td(.class("num"), .text(t.perCapita.description)),
                            .td(.text(t.basis)),
                            .td(.text(m.recorded[t].map { "\($0.by) \(Clock.format($0.at))" } ?? "系统默认（政策文件）")),
                            .td(.text(t == inForce ? "现行" : t == expired ? "已过有效期" : t.effectiveFrom > m.today ? "待生效" : "已调整")))
                    })),
            .if(m.canEdit, .form(.class("card"), .action(SiteURL.policyThresholds), .method(.post), .id("threshold-form"),
                .csrfField(m.viewer),
                .p(.class("muted"), .text("按本省当年文件录入新的监测范围；原记录保留，研判按各日期当时生效的标准计算。")),
                .div(.class("fields"),
                    input("effectiveFrom", "起始日期", type: .date, value: m.thresholdForm["effectiveFrom"] ?? "", error: err["effectiveFrom"]),
                    input("perCapita", "人均纯收入（元/年）", type: .text, value: m.thresholdForm["perCapita"] ?? "", error: err["perCapita"]),
                    input("basis", "依据（文件名称或文号）", type: .text, value: m.thresholdForm["basis"] ?? "", error: err["basis"]),
                    input("validTo", "有效期至（可不填）", type: .date, value: m.thresholdForm["validTo"] ?? "", error: err["validTo"],
                          help: "年度标准填至下一年度标准执行前一日；不填则一直执行到录入下一条")),
                .div(.class("actions"), .button(.type(.submit), .text("录入监测范围")))
            ))
        )
    }

    static func input(_ name: String, _ label: String, type: HTMLInputType, value: String, error: String?, help: String? = nil) -> Node<HTML.FormContext> {
        .div(.class(error == nil ? "field" : "field error"),
             .label(.for(name), .text(label)),
             .input(.type(type), .name(name), .id(name), .value(attr(value))),
             .unwrap(help) { .div(.class("help"), .text($0)) },
             .unwrap(error) { .div(.class("msg"), .text($0)) })
    }

    static func settings(_ m: Model) -> BodyNode {
        let err = Dictionary(m.errors.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
        func value(_ key: String, _ current: String) -> String { m.form[key] ?? current }
        let general = m.errors.filter { $0.field == "version" }
        return .form(.class("card"), .action(SiteURL.policy), .method(.post), .id("settings-form"),
            .csrfField(m.viewer),
            .input(.type(.hidden), .name("version"), .value(attr(String(m.version.number)))),
            .if(!general.isEmpty, .div(.class("alert error"), .forEach(general) { .p(.text($0.message)) })),
            .if(!m.errors.isEmpty && general.isEmpty, .div(.class("alert error"), .text("有\(m.errors.count)处填写有误，请按各项下方的提示修改。"))),
            .div(.class("fields"), .forEach(PolicyForm.fields) { f in settingField(f, m, err) }),
            .h3(.text("办理时限")),
            .table(.class("grid"), .id("deadline-rules"),
                .thead(.tr(.th(.text("事项")), .th(.text("时限")), .th(.text("依据")))),
                .tbody(.forEach(m.version.rules) { r in ruleRow(r, m, err) })),
            .p(.class("help"), .text("线索答复、识别认定、公示天数和纳入后明确帮扶责任人、落实措施的时限属于识别程序，在下方各政策期间的“修改内容”中设置，按事项发生时适用的政策期间计算。")),
            .if(m.canEdit, .group(
                .div(.class("field"), .label(.for("note"), .text("修改说明")), .input(.type(.text), .name("note"), .id("note"), .value(attr(m.form["note"] ?? "")))),
                .div(.class("actions"), .button(.type(.submit), .text("保存为第\(m.version.number + 1)版")))
            ))
        )
    }

    static func ruleRow(_ r: DeadlineRule, _ m: Model, _ err: [String: String]) -> Node<HTML.TableContext> {
        let key = "rule." + r.key
        let value = m.form[key] ?? String(PolicyForm.ruleValue(r))
        let box: Node<HTML.BodyContext> = .input(.type(.text), .name(key), .value(attr(value)), .attribute(named: "size", value: "4"), .readonly(!m.canEdit))
        let message: Node<HTML.BodyContext> = .unwrap(err[key]) { .div(.class("msg"), .text($0)) }
        let cell: Node<HTML.TableRowContext> = .td(.class(err[key] == nil ? "" : "field error"), box, .text(" " + PolicyForm.unit(r)), message)
        return .tr(.td(.text(r.name)), cell, .td(.text(r.source)))
    }

    static func settingField(_ f: PolicyForm.Field, _ m: Model, _ err: [String: String]) -> Node<HTML.FormContext> {
        let current = f.value(m.version.settings)
        if f.isBool {
            let on = m.form.isEmpty ? !current.isEmpty : (m.form[f.key] == "1")
            let box: Node<HTML.LabelContext> = .input(.type(.checkbox), .name(f.key), .value("1"), .checked(on), .disabled(!m.canEdit))
            return .div(.class("field checks"), .label(box, .text(" " + f.label)), .div(.class("help"), .text(f.help)))
        }
        let box: Node<HTML.FormContext> = .input(.type(.text), .name(f.key), .id(f.key), .value(attr(m.form[f.key] ?? current)), .readonly(!m.canEdit))
        let message: Node<HTML.FormContext> = .unwrap(err[f.key]) { .div(.class("msg"), .text($0)) }
        return .div(.class(err[f.key] == nil ? "field" : "field error"), .label(.for(f.key), .text(f.label)), box,
                    .div(.class("help"), .text(f.help)), message)
    }

    static func versions(_ m: Model) -> BodyNode {
        .table(.class("grid"),
            .thead(.tr(.th(.text("版本")), .th(.text("修改人")), .th(.text("时间")), .th(.text("说明")))),
            .tbody(
                .forEach(m.history) { v in .tr(.td(.text("第\(v.number)版")), .td(.text(v.createdBy)), .td(.text(Clock.format(v.createdAt))), .td(.text(v.note))) },
                .tr(.td(.text("默认版")), .td(.text("系统默认")), .td(.text("—")), .td(.text("政策文件与全国通行做法的默认值")))
            ))
    }
}
