import Domain
@preconcurrency import Plot
import Vapor

typealias BodyNode = Node<HTML.BodyContext>
typealias FormNode = Node<HTML.FormContext>

/// A rendered page (STYLE §5: an owned wrapper rather than a retroactive conformance).
struct Page: AsyncResponseEncodable {
    var body: String
    var status: HTTPStatus = .ok

    init(html: HTML, status: HTTPStatus = .ok) { self.body = html.render(); self.status = status }

    func encodeResponse(for req: Request) async throws -> Response { response() }

    func response() -> Response {
        var h = HTTPHeaders()
        h.contentType = .html
        h.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: h, body: .init(string: body))
    }
}

enum Layout {
    /// One entry of the navigation: a page, or a group whose pages open from it (keeps the bar on one line at 1366 px).
    struct NavItem {
        var key: String
        var title: String
        var url: String
        var children: [NavItem] = []
    }

    static func document(title: String, viewer: Viewer?, active: String? = nil, breadcrumbs: [(String, String?)] = [],
                         content: BodyNode) -> HTML {
        HTML(
            .lang(.chinese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(attr("\(title) - 防贫动态监测系统")),
                .style(css),
                .script(.src(Scripts.url), .attribute(named: "defer", value: "defer"))
            ),
            .body(
                .header(.class("top"),
                    .a(.class("brand"), .href(viewer == nil ? SiteURL.login : SiteURL.home), .text("防止返贫动态监测和帮扶系统")),
                    .unwrap(viewer) { p in
                        .group(
                            .nav(.class("main"), .forEach(navItems(for: p)) { item in
                                item.children.isEmpty
                                    ? .a(.href(item.url), .class(item.key == active ? "active" : ""), .text(item.title))
                                    : .element(named: "details", nodes: [
                                        .class("navgroup" + (item.children.contains { $0.key == active } ? " active" : "")),
                                        .element(named: "summary", text: item.title),
                                        .div(.class("menu"), .forEach(item.children) { c in
                                            .a(.href(c.url), .class(c.key == active ? "active" : ""), .text(c.title))
                                        }),
                                    ])
                            }),
                            .div(.class("user"),
                                 .a(.href(SiteURL.password), .attribute(named: "title", value: "修改密码"), .text("\(p.username) · \(p.role.label)")),
                                 .a(.href(SiteURL.tokens), .text("接口凭证")),
                                 .form(.action(SiteURL.logout), .method(.post), .class("inline"),
                                       .input(.type(.hidden), .name("_csrf"), .value(attr(p.csrf))),
                                       .button(.type(.submit), .class("link"), .text("退出"))))
                        )
                    }
                ),
                .main(
                    .if(!breadcrumbs.isEmpty, .nav(.class("crumbs"), .forEach(breadcrumbs.enumerated()) { i, c in
                        .group(.if(i > 0, .span(.class("sep"), .text("›"))),
                               .unwrap(c.1, { .a(.href($0), .text(c.0)) }, else: .span(.text(c.0))))
                    })),
                    content
                ),
                .footer(.text("防贫 Fangpin · 数据仅限工作使用，严禁外传"))
            )
        )
    }

    static func navItems(for p: Viewer) -> [NavItem] {
        var items: [NavItem] = []
        if p.can(.viewReports) { items.append(NavItem(key: "dashboard", title: "总览", url: SiteURL.dashboard)) }
        if p.can(.viewCases) {
            let badge = p.inbox.map { $0.overdue > 0 ? "（\($0.total)，逾期\($0.overdue)）" : "（\($0.total)）" } ?? ""
            items.append(NavItem(key: "inbox", title: "待办" + badge, url: SiteURL.inbox))
        }
        if p.can(.viewRegistry) { items.append(NavItem(key: "households", title: "农户台账", url: SiteURL.households)) }
        if p.can(.viewCases) {
            items.append(NavItem(key: "cases", title: "监测事项", url: SiteURL.cases))
            items.append(NavItem(key: "assistance", title: "帮扶", url: SiteURL.helpers, children: [
                NavItem(key: "helpers", title: "帮扶责任人", url: SiteURL.helpers),
                NavItem(key: "visits", title: "帮扶走访", url: SiteURL.helperVisits),
            ]))
        }
        if p.can(.viewScreening) { items.append(NavItem(key: "screening", title: "排查走访", url: SiteURL.screening)) }
        if p.can(.viewReports) { items.append(NavItem(key: "reports", title: "报表", url: SiteURL.reports)) }
        if p.can(.viewQuality) { items.append(NavItem(key: "quality", title: "数据质量", url: SiteURL.quality)) }
        if p.can(.viewDepartmentData) { items.append(NavItem(key: "departments", title: "部门数据", url: SiteURL.imports)) }
        var system: [NavItem] = []
        if p.can(.viewRegions) { system.append(NavItem(key: "regions", title: "行政区划", url: SiteURL.regions)) }
        if p.can(.viewPolicy) { system.append(NavItem(key: "policy", title: "政策参数", url: SiteURL.policy)) }
        if p.can(.viewAudit) { system.append(NavItem(key: "audit", title: "审计日志", url: SiteURL.audit)) }
        if p.can(.manageUsers) { system.append(NavItem(key: "users", title: "账号管理", url: SiteURL.users)) }
        if system.count > 1 {
            items.append(NavItem(key: "system", title: "系统", url: system[0].url, children: system))
        } else {
            items += system
        }
        return items
    }

    static let css = """
    *{box-sizing:border-box}body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;font-size:14px;color:#1f2933;background:#f4f6f8}
    a{color:#b1282e;text-decoration:none}a:hover{text-decoration:underline}
    header.top{display:flex;align-items:center;gap:16px;background:#b1282e;color:#fff;padding:0 16px;min-height:52px}
    header.top a{color:#fff}.brand{font-weight:700;font-size:17px;white-space:nowrap}
    nav.main{display:flex;flex-wrap:wrap;gap:0;flex:1;min-width:0}nav.main a{padding:16px 7px;white-space:nowrap;font-size:13.5px}nav.main a.active,nav.main a:hover{background:rgba(0,0,0,.18);text-decoration:none}
    .user{display:flex;gap:12px;align-items:center;white-space:nowrap}
    input.select-filter{display:block;width:100%;margin-bottom:4px;font-size:13px}
    details.navgroup{position:relative}details.navgroup summary{list-style:none;cursor:pointer;padding:16px 7px;white-space:nowrap;font-size:13.5px}
    details.navgroup summary::-webkit-details-marker{display:none}details.navgroup summary::after{content:" ▾";font-size:11px}
    details.navgroup.active summary,details.navgroup summary:hover{background:rgba(0,0,0,.18)}
    details.navgroup .menu{position:absolute;z-index:20;left:0;top:100%;background:#8f1f24;min-width:120px;box-shadow:0 4px 12px rgba(0,0,0,.2)}
    details.navgroup .menu a{display:block;padding:10px 14px;white-space:nowrap}
    main{max-width:1280px;margin:0 auto;padding:16px 20px 40px}footer{text-align:center;color:#7b8794;font-size:12px;padding:16px}
    h1{font-size:20px;margin:8px 0 16px}h2{font-size:16px;margin:24px 0 8px;border-left:4px solid #b1282e;padding-left:8px}
    .crumbs{font-size:13px;color:#52606d;margin-bottom:4px}.crumbs .sep{margin:0 6px;color:#9aa5b1}
    .card{background:#fff;border:1px solid #d9e2ec;border-radius:4px;padding:16px;margin-bottom:16px}
    table.grid{width:100%;border-collapse:collapse;background:#fff}table.grid th,table.grid td{border:1px solid #d9e2ec;padding:6px 8px;text-align:left;vertical-align:top}
    table.grid th{background:#eef2f6;font-weight:600;white-space:nowrap}table.grid tr:hover td{background:#fafbfc}
    table.grid th a{color:#1f2933}.num{text-align:right!important;font-variant-numeric:tabular-nums}
    .chart-small{max-width:560px;margin:0 0 12px}td.fall{color:#b1282e;font-weight:600}tr.total th,tr.total td{font-weight:700}
    dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:4px 24px;margin:0}
    dl.facts div{display:flex;gap:8px;padding:4px 0;border-bottom:1px dashed #e4e7eb}dl.facts dt{color:#52606d;min-width:130px}dl.facts dd{margin:0;font-weight:500}
    form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin-bottom:12px}
    form.filters label{display:flex;flex-direction:column;font-size:12px;color:#52606d;gap:2px}
    input,select,textarea{font:inherit;padding:5px 8px;border:1px solid #bcccdc;border-radius:3px;background:#fff;min-width:0}
    button,.button{font:inherit;padding:6px 14px;border:1px solid #b1282e;background:#b1282e;color:#fff;border-radius:3px;cursor:pointer;display:inline-block}
    .button.secondary,button.secondary{background:#fff;color:#b1282e}button.link{background:none;border:none;color:#fff;padding:0;text-decoration:underline}
    .button.danger,button.danger{background:#8a1c1c;border-color:#8a1c1c}
    form.inline{display:inline}.actions{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0}
    fieldset{border:1px solid #d9e2ec;background:#fff;border-radius:4px;margin:0 0 16px;padding:12px 16px}legend{font-weight:600;padding:0 6px}
    .fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px 20px}
    .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;margin-bottom:16px}
    .tile{display:flex;flex-direction:column;background:#fff;border:1px solid #d9e2ec;border-left:5px solid #b1282e;border-radius:4px;padding:12px 16px;color:#1f2933}
    .tile:hover{text-decoration:none;background:#fafbfc}.tile .value{font-size:30px;font-weight:700}.tile .label{font-size:15px;color:#52606d}
    .tile.alert{border-left-color:#d9822b}.tile.alert .value{color:#b1282e}
    td.hot{background:#ffe3e3;color:#8a1c1c;font-weight:700}tr.risk td:first-child,tr.risk td:last-child{color:#8a1c1c;font-weight:700}#scale-risk td:first-child{white-space:nowrap}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:12px}.chart.wide{grid-column:1/-1}
    .field.wide{grid-column:1/-1}.field.wide textarea{width:100%}.checks{display:flex;flex-wrap:wrap;gap:4px 16px}.checks label{font-weight:normal}.field input[type=checkbox],.checks input{width:auto;margin-right:4px}.field label.check{display:flex;align-items:center;font-size:14px}
    .field label{display:block;font-size:13px;color:#323f4b;margin-bottom:3px}.field input,.field select{width:100%}.field input.days{width:6em}
    .field span.label{display:block;font-size:13px;color:#323f4b;margin-bottom:3px}.field span.readonly{display:block;padding:6px 8px;background:#f0f4f8;border-radius:3px}
    .field .req{color:#b1282e}.field .help{display:block;color:#7b8794;font-size:12px;margin-top:2px}
    .field.error input,.field.error select,.field.error .checks{border-color:#d64545;background:#fff5f5}
    .field .msg{color:#d64545;font-size:12px;margin-top:3px}.checks{display:flex;flex-wrap:wrap;gap:4px 12px;border:1px solid transparent;padding:2px}
    .checks label{display:inline-flex;gap:4px;align-items:center;font-size:13px}.checks input{width:auto}
    textarea.wide{width:100%;font-family:"Noto Sans Mono CJK SC",monospace;font-size:13px}
    .months{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:14px}.month h3{margin:0 0 6px;font-size:14px}
    .month table{border-collapse:collapse;width:100%}.month td,.month th{text-align:center;padding:3px 0;font-size:12px;width:14.28%}
    .month th{color:#52606d;font-weight:400}.month td.rest{color:#b1282e}.month td.hol{background:#ffe3e3;color:#8a1c1c;font-weight:700}
    .month td.adj{background:#e3ecff;color:#1d3f8a;font-weight:700}.legend span{display:inline-block;padding:2px 8px;margin-right:8px;border-radius:3px}
    button.link.reveal{color:#b1282e;text-decoration:none;margin-left:6px;font-size:12px}span.revealed{background:#fff3c4;padding:1px 4px}
    .busy{margin-top:10px;color:#555}button[disabled]{opacity:.6;cursor:wait}.busy progress{vertical-align:middle;width:160px}
    .alert{padding:10px 14px;border-radius:4px;margin-bottom:12px}.alert.error{background:#ffe3e3;border:1px solid #f29b9b;color:#8a1c1c}
    .alert.ok{background:#e3f9e5;border:1px solid #91d8a0;color:#0e5a23}
    .badge{display:inline-block;white-space:nowrap;padding:1px 6px;border-radius:10px;font-size:12px;background:#eef2f6;color:#323f4b;margin:1px 2px}
    .badge.mon{background:#fff3c4;color:#8d2b0b}.badge.alv{background:#e0e8f9;color:#243b53}.badge.flag{background:#fde8e8;color:#8a1c1c}
    .badge.gone{background:#e4e7eb;color:#616e7c}
    .pager{display:flex;gap:6px;align-items:center;margin:12px 0;flex-wrap:wrap}.pager a,.pager span{padding:4px 10px;border:1px solid #d9e2ec;background:#fff;border-radius:3px}
    .pager .current{background:#b1282e;color:#fff;border-color:#b1282e}.muted{color:#7b8794}
    ul.tree{list-style:none;padding-left:18px;margin:4px 0}ul.tree li{margin:3px 0}ul.tree details>summary{cursor:pointer}
    .history li{margin-bottom:8px}.history .diff{font-size:13px;color:#52606d;margin:2px 0 0 12px}
    .login{max-width:380px;margin:60px auto}.login .field{margin-bottom:12px}
    tr.removed td{color:#9aa5b1}tr.overdue td{background:#fff5f5}
    details.step summary{cursor:pointer;font-size:15px}details.step[open] summary{margin-bottom:8px}
    ol.history{padding-left:28px}.badge.flag{margin-left:6px}
    @media (max-width:640px){header.top{flex-wrap:wrap;gap:2px 12px;padding:6px 10px}.brand{font-size:15px;white-space:normal}
    nav.main{order:3;flex-basis:100%;flex-wrap:nowrap;overflow-x:auto}nav.main a{padding:8px 6px}.user{gap:8px;font-size:12px;margin-left:auto}
    details.navgroup .menu{position:fixed;left:10px;right:10px;top:auto}
    main{padding:10px 10px 30px}.fields{grid-template-columns:1fr}table.grid{display:block;overflow-x:auto}form.filters{flex-wrap:wrap}}
    @media print{header.top,nav.main,.actions,form.filters,.pager,footer{display:none}body{background:#fff}main{max-width:none;padding:0}}
    """
}

extension Request {
    /// Renders a page.
    func page(_ status: HTTPStatus = .ok, _ build: () -> HTML) -> Page { Page(html: build(), status: status) }
}

extension Node where Context == HTML.FormContext {
    /// The hidden form-token field every posting form carries.
    static func csrfField(_ viewer: Viewer) -> Node { .input(.type(.hidden), .name("_csrf"), .value(attr(viewer.csrf))) }
}
