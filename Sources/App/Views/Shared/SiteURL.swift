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
    static func policyRegime(_ key: String) -> String { "/policy/regimes/\(key)" }
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

    /// A list's spreadsheet: the list's own path with `/export.xlsx` and the same query, less the page.
    static func export(of list: String) -> String {
        let parts = list.split(separator: "?", maxSplits: 1).map(String.init)
        let query = (parts.count > 1 ? parts[1] : "").split(separator: "&").filter { !$0.hasPrefix("page=") }.joined(separator: "&")
        return (parts.first ?? list) + "/export.xlsx" + (query.isEmpty ? "" : "?" + query)
    }

    static func household(_ id: String) -> String { "/households/\(id)" }
    static func editHousehold(_ id: String) -> String { "/households/\(id)/edit" }
    static func newMember(_ householdID: String) -> String { "/households/\(householdID)/members/new" }
    static func incomes(_ householdID: String) -> String { "/households/\(householdID)/incomes" }
    static func newIncome(_ householdID: String) -> String { "/households/\(householdID)/incomes/new" }
    static func income(_ householdID: String, year: Int) -> String { "/households/\(householdID)/incomes/\(year)" }
    static func editIncome(_ householdID: String, year: Int) -> String { "/households/\(householdID)/incomes/\(year)/edit" }
    static let incomeImport = "/incomes/import"
    static let registryExport = "/registry/export.xlsx"
    static let registryImport = "/registry/import"
    static func registryImport(_ id: String) -> String { "/registry/imports/\(id)" }
    static func registryImportCommit(_ id: String) -> String { "/registry/imports/\(id)/commit" }
    static func registryImportDecisions(_ id: String) -> String { "/registry/imports/\(id)/decisions" }
    static func registryImportReport(_ id: String) -> String { "/registry/imports/\(id)/report.xlsx" }
    static let incomeImportTemplate = "/incomes/import/template.xlsx"
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

/// The pages of the capabilities beyond the registry, one name each (the views never write a path by hand).
extension SiteURL {
    /// A query value as it goes in a link (letters, digits and `-._~` as they are, the rest percent-encoded).
    static func value(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "-._~").union(.alphanumerics)) ?? ""
    }
    /// `path?name=value&…`, leaving out empty values.
    static func with(_ path: String, _ items: [(String, String?)], fragment: String? = nil) -> String {
        let q = items.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : k + "=" + value($0) } }.joined(separator: "&")
        return path + (q.isEmpty ? "" : "?" + q) + (fragment.map { "#" + $0 } ?? "")
    }

    // Accounts
    static let password = "/account/password"
    static let tokens = "/account/tokens"
    static let scrapeTokens = "/account/tokens/metrics"

    // Monitoring and assistance
    static func casePage(_ id: String) -> String { "/cases/\(id)" }
    /// One step for the cases ticked on the list.
    static let caseTransitions = "/cases/transitions"
    static func cases(state: String, page: Int) -> String { with("/cases", [("state", state), ("page", String(page))]) }
    static func newClue(household: String? = nil) -> String { with("/clues/new", [("household", household)]) }
    static func document(_ id: String) -> String { "/documents/\(id)" }
    static func householdPlan(_ id: String) -> String { "/households/\(id)/plan" }
    static func householdVisits(_ id: String) -> String { "/households/\(id)/visits" }
    static func newVisit(_ id: String) -> String { "/households/\(id)/visits/new" }
    static let helperVisits = "/helper-visits"
    /// 一户一册 of every monitored household of a village, as one A4 document.
    static func villagePlans(_ village: String) -> String { "/villages/\(village)/plans" }
    static func notice(village: String, elimination: Bool = false) -> String {
        with("/villages/\(village)/notice", [("kind", elimination ? "elimination" : nil)])
    }
    static let selfReport = "/self-report"
    static let selfReportStatus = "/self-report/status"

    // Departments
    static let departments = "/departments"
    static func departmentEnrolled(_ code: String) -> String { "/departments/\(code)/enrolled.xlsx" }
    static func listTemplate(_ key: String, format: String) -> String { with("/departments/templates/\(key)", [("format", format)]) }
    static let imports = "/imports"
    static func importReport(_ id: String) -> String { "/imports/\(id)" }
    static func warnings(filter: String? = nil, indicator: String? = nil, region: String? = nil, since: String? = nil) -> String {
        with("/warnings", [("filter", filter), ("indicator", indicator), ("region", region), ("since", since)])
    }
    /// The bulk 核实 of ticked warnings; the list's filter goes along, so the page it answers with is the same list.
    static func verifyWarnings(filter: String? = nil, indicator: String? = nil, region: String? = nil, since: String? = nil) -> String {
        with("/warnings/verifications", [("filter", filter), ("indicator", indicator), ("region", region), ("since", since)])
    }
    static let warningReport = "/warnings/report"
    static func warningReportXLSX(month: String) -> String { with(warningReport, [("month", month), ("format", "xlsx")]) }

    // Data quality
    static let quality = "/quality"
    static let qualityRules = "/quality/rules"
    /// The findings list; `query` is the list's own query string (already encoded), `page` the page wanted.
    static func findings(query: String = "", page: Int? = nil) -> String {
        let q = [query, page.map { "page=\($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: "&")
        return "/quality/findings" + (q.isEmpty ? "" : "?" + q)
    }
    /// 挂账 of the ticked findings; the list's query goes along, so the page it answers with is the same list.
    static func findingsLedger(query: String = "") -> String { "/quality/findings/ledger" + (query.isEmpty ? "" : "?" + query) }

    // Screening and the rectification ledger
    static let screening = "/screening"
    static let focusVillages = "/screening/focus"
    static func campaign(_ id: String) -> String { "/screening/\(id)" }
    static func campaignVillage(_ id: String, village: String) -> String { "/screening/\(id)/villages/\(village)" }
    static func survey(campaign: String, household: String) -> String { "/screening/\(campaign)/households/\(household)" }
    static let visits = "/visits"
    static func visit(_ id: String) -> String { "/visits/\(id)" }
    static let rectifications = "/rectifications"
    static func rectification(_ id: String) -> String { "/rectifications/\(id)" }
    static func rectificationFile(_ id: String, file: String) -> String { "/rectifications/\(id)/files/\(file)" }
    static func newRectification(finding: String) -> String { with(rectifications, [("finding", finding)], fragment: "ledger-form") }

    // Reports
    static func report(_ id: String) -> String { "/reports/\(id)" }
    /// A report as a spreadsheet; `query` is the report page's own query string (already encoded).
    static func reportXLSX(_ id: String, query: String = "") -> String { "/reports/\(id).xlsx" + (query.isEmpty ? "" : "?" + query) }
    static func countyForm(_ id: String) -> String { "/reports/forms/\(id)" }
    static func countyFormXLSX(_ id: String, query: String = "") -> String { "/reports/forms/\(id).xlsx" + (query.isEmpty ? "" : "?" + query) }
}

/// The forms' targets and the remaining pages.
extension SiteURL {
    static let dashboard = "/dashboard"
    static let inbox = "/inbox"
    /// Giving one helper several households at once.
    static func helperAssign(_ id: String) -> String { "/helpers/\(id)/assign" }
    static let users = "/users"
    static func resetUser(_ id: String) -> String { "/users/\(id)/reset" }
    /// `enable` or `disable`.
    static func userAction(_ id: String, _ action: String) -> String { "/users/\(id)/\(action)" }
    static func revokeToken(_ id: String) -> String { "/account/tokens/\(id)/revoke" }

    static let cases = "/cases"
    static func caseAction(_ id: String) -> String { "/cases/\(id)/act" }
    static func caseCorrection(_ id: String) -> String { "/cases/\(id)/correct" }
    static func caseDocuments(_ id: String) -> String { "/cases/\(id)/documents" }
    static let helpers = "/helpers"
    static func householdHelpers(_ id: String) -> String { "/households/\(id)/helpers" }
    static func householdMeasures(_ id: String) -> String { "/households/\(id)/measures" }
    static func measureState(_ householdID: String, measure: String) -> String { "/households/\(householdID)/measures/\(measure)/state" }
    /// The households behind one cell of a report (the dashboard's tiles).
    static func reportHouseholds(_ report: String, column: String, region: String) -> String {
        with(households, [("report", report), ("column", column), ("region", region)])
    }
    static let surveySheets = "/survey-sheets"
    static let surveySheetsXLSX = "/survey-sheets.xlsx"

    static func verifyWarning(_ id: String) -> String { "/warnings/\(id)/verify" }
    static func sendDuty(_ id: String) -> String { "/duties/\(id)" }
    static let qualityRuns = "/quality/runs"
    static func closeRectification(_ id: String) -> String { "/rectifications/\(id)/close" }
    static func campaignVillageReview(_ id: String, village: String) -> String { "/screening/\(id)/villages/\(village)/review" }

    static let reports = "/reports"
    static func countyForm(_ id: String, year: Int) -> String { with("/reports/forms/\(id)", [("year", String(year))]) }
    static func deleteCountyFormRow(_ id: String, row: String, year: Int) -> String {
        with("/reports/forms/\(id)/\(row)/delete", [("year", String(year))])
    }
}
