import Domain
import Foundation
/// Every link the pages use, in one place (STYLE §4).
enum SiteURL {
    static let home = "/"
    static let login = "/login"
    static let logout = "/logout"
    static let households = "/households"
    static let newHousehold = "/households/new"
    static let regions = "/regions"
    static let calendar = "/policy/calendar"
    static let policy = "/policy"
    static let audit = "/audit"
    static let policyThresholds = "/policy/thresholds"
    static func calendar(year: Int) -> String { "/policy/calendar?year=\(year)" }
    /// The household list as a spreadsheet; `members` adds the members sheet ("masked", or "whole" numbers).
    static func exportHouseholds(query: [String: String], members: String? = nil) -> String {
        var query = query
        query["members"] = members
        let q = query.filter { !$0.value.isEmpty && $0.key != "page" && $0.key != "per" }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        return "/households/export.xlsx" + (q.isEmpty ? "" : "?" + q)
    }

    static func household(_ id: String) -> String { "/households/\(id)" }
    static func editHousehold(_ id: String) -> String { "/households/\(id)/edit" }
    static func newMember(_ householdID: String) -> String { "/households/\(householdID)/members/new" }
    static func split(_ householdID: String) -> String { "/households/\(householdID)/split" }
    static func merge(_ householdID: String) -> String { "/households/\(householdID)/merge" }
    static func editMember(_ id: String) -> String { "/members/\(id)/edit" }
    static func revealMember(_ id: String) -> String { "/members/\(id)/reveal" }
    static func revealHousehold(_ id: String) -> String { "/households/\(id)/reveal" }
    static func removeMember(_ id: String) -> String { "/members/\(id)/remove" }
    static func makeHead(_ id: String) -> String { "/members/\(id)/make-head" }

    /// A page a form may send the user back to: one of the pages where reports are sent, with a plain query; nil for
    /// anything else (never another site, never a path the form did not come from).
    static func localPath(_ text: String?) -> String? {
        guard let text, text.count <= 200 else { return nil }
        let parts = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let pages = Set(ReportingDuty.all.map(\.page) + ["/inbox"])
        guard let path = parts.first.map(String.init), pages.contains(path) else { return nil }
        guard parts.count == 2 else { return path }
        let query = String(parts[1])
        guard query.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-=&_".unicodeScalars.contains($0) }) else { return path }
        return path + "?" + query
    }

    /// `path?notice=…#fragment`: where a form goes after it saved, with the message the page shows.
    static func withNotice(_ path: String, _ text: String, fragment: String? = nil) -> String {
        let joiner = path.contains("?") ? "&" : "?"
        return path + joiner + "notice=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + (fragment.map { "#" + $0 } ?? "")
    }

    static func households(query: [String: String]) -> String {
        let items = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        guard !items.isEmpty else { return households }
        return households + "?" + items.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
    }
}

import Foundation
