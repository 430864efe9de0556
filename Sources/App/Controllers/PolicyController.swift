import Domain
import Fluent
import Vapor

/// Policy settings pages: the working-day calendar.
enum PolicyController {
    @Sendable static func calendar(req: Request) async throws -> Page {
        let p = try req.require(.viewPolicy)
        let thisYear = Day(date: Date()).year
        let year: Int
        if let text = req.query[String.self, at: "year"], !text.isEmpty {
            guard let y = Int(text), (2000...2100).contains(y) else { throw AppError.badRequest("年份无效：\(text)", field: "year") }
            year = y
        } else {
            year = req.calendar.years[thisYear] != nil ? thisYear : (req.calendar.coverage?.upperBound ?? thisYear)
        }
        return req.page { CalendarPage.view(model(req, p, year: year)) }
    }

    @Sendable static func saveCalendar(req: Request) async throws -> Response {
        let p = try req.require(.managePolicy)
        let form = FormBody.fields(req)
        let yearText = (form["year"] ?? "").trimmingCharacters(in: .whitespaces)
        let text = form["holidays"] ?? ""
        let source = (form["source"] ?? "").trimmingCharacters(in: .whitespaces)
        func refuse(_ errors: [FieldError], year: Int) -> Response {
            var m = model(req, p, year: year)
            m.formYear = yearText; m.formText = text; m.formSource = source; m.errors = errors
            return req.page(.unprocessableEntity) { CalendarPage.view(m) }.response()
        }
        let fallback = req.calendar.coverage?.upperBound ?? Day(date: Date()).year
        guard let year = Int(yearText), (2000...2100).contains(year) else {
            return refuse([FieldError(field: "year", code: "range", message: yearText.isEmpty ? "请填写年份" : "年份应为2000至2100之间的整数")], year: fallback)
        }
        if req.calendar.years[year] != nil && form["replace"] != "1" {
            return refuse([FieldError(field: "replace", code: "confirm", message: "\(year)年已有安排；确需更正时请勾选“替换现有安排”后再保存")], year: year)
        }
        switch YearSchedule.parse(year: year, text: text, source: source.isEmpty ? "\(p.username)录入" : source) {
        case .failure(let e):
            return refuse(e.errors, year: year)
        case .success(let schedule):
            try await req.application.calendars.save(schedule, by: p.username, on: req.db)
            return req.redirect(to: SiteURL.calendar(year: year) + "&saved=1")
        }
    }

    static func model(_ req: Request, _ p: Principal, year: Int) -> CalendarPage.Model {
        let store = req.application.calendars
        let cal = store.calendar
        var entered: [Int: CalendarStore.Entered] = [:]
        for y in cal.years.keys { if let e = store.enteredYear(y) { entered[y] = e } }
        return CalendarPage.Model(principal: p, calendar: cal, year: year, entered: entered,
                                  canEdit: Permissions.allows(p.role, .managePolicy),
                                  saved: req.query[String.self, at: "saved"] == "1" ? year : nil)
    }
}
