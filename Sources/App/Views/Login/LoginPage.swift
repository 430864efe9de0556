import Domain
@preconcurrency import Plot
import Vapor

enum LoginPage {
    struct Model {
        var username = ""
        var error: String?
        var next = SiteURL.home
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "登录", viewer: nil, content: .div(.class("login card"),
            .h1(.text("用户登录")),
            .unwrap(m.error) { .div(.class("alert error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(.action(SiteURL.login), .method(.post),
                .input(.type(.hidden), .name("next"), .value(attr(m.next))),
                .div(.class("field"), .label(.for("username"), .text("用户名")),
                     .input(.type(.text), .id("username"), .name("username"), .value(attr(m.username)), .autofocus(m.username.isEmpty), .required(true))),
                .div(.class("field"), .label(.for("password"), .text("密码")),
                     .input(.type(.password), .id("password"), .name("password"), .required(true), .autofocus(!m.username.isEmpty))),
                .button(.type(.submit), .text("登录"))
            ),
            .p(.class("muted"), .text("忘记密码请联系县级管理员重置。"))
        ))
    }
}

enum ErrorPage {
    struct View {
        var status: HTTPStatus
        var message: String
        var viewer: Viewer?
        /// Quoted when the user reports the error, so the log line can be found.
        var requestID = ""

        func response(status: HTTPStatus) -> Response {
            Page(html: Layout.document(title: "出错了", viewer: viewer, content: .div(.class("card"),
                .h1(.text(title)),
                .div(.class("alert error"), .text(message)),
                .p(.a(.href(SiteURL.home), .text("返回首页"))),
                .if(status.code >= 500 && !requestID.isEmpty, .p(.class("muted small"), .id("request-id"), .text("请求编号：\(requestID)（向管理员报告问题时请提供）")))
            )), status: status).response()
        }

        var title: String {
            switch status.code {
            case 403: return "无权访问"
            case 404: return "未找到"
            case 409: return "保存冲突"
            case 400, 422: return "输入有误"
            default: return status.code >= 500 ? "系统错误" : "请求未完成"
            }
        }
    }
}
