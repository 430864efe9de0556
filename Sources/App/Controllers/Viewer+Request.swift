import Domain
import Vapor

extension Request {
    /// The page model's common part for `p`: the form token of the session, the inbox counts `InboxCounts` made for
    /// this request, today by the application's clock, and what the role allows.
    func viewer(_ p: Principal) -> Viewer {
        Viewer(principal: p, csrf: auth.get(Session.self)?.csrf ?? "", inbox: storage[InboxCounts.Key.self], today: today,
               allowed: Set(Action.allCases.filter { Permissions.allows(p.role, $0) }))
    }

    /// The viewer of a page that may be shown signed out (an error page).
    var signedInViewer: Viewer? { auth.get(Session.self).map { viewer($0.principal) } }
}
