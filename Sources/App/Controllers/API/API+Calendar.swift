import Domain
import Vapor

extension API {
    /// The working-day calendar (public: it holds no personal data).
    enum Calendar {
        /// `GET /api/v1/calendar/day?date=YYYY-MM-DD` → {"date","workday","holiday","adjustedWorkday","weekday"}
        @Sendable static func day(req: Request) async throws -> Response {
            let date = try dateParameter(req, "date")
            let info = try answer { try req.calendar.info(date) }
            return try API.response(.object([
                "date": .string(date.description), "workday": .bool(info.workday),
                "holiday": info.holiday.map(JSON.string) ?? .null,
                "adjustedWorkday": .bool(info.adjustedFor != nil), "weekday": .string(date.weekdayName),
            ]))
        }

        /// `GET /api/v1/calendar/add-working-days?from=YYYY-MM-DD&days=N` → {"date"}: the N-th working day after `from`.
        @Sendable static func addWorkingDays(req: Request) async throws -> Response {
            let from = try dateParameter(req, "from")
            let text = (req.queryText("days") ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw AppError.badRequest("请填写days（工作日数）", field: "days", code: "required") }
            guard let days = Int(text), (0...3650).contains(days) else {
                throw AppError.badRequest("days应为0至3650之间的整数", field: "days", code: "range")
            }
            let date = try answer { try req.calendar.addingWorkingDays(days, to: from) }
            return try API.response(.object(["date": .string(date.description), "from": .string(from.description), "days": .number(Double(days))]))
        }

        static func dateParameter(_ req: Request, _ name: String) throws -> Day {
            let text = (req.queryText(name) ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw AppError.badRequest("请填写\(name)（日期，格式YYYY-MM-DD）", field: name, code: "required") }
            guard text.count == 10, let d = Day(text) else {
                throw AppError.badRequest("\(name)不是有效日期（格式YYYY-MM-DD）：\(text)", field: name, code: "date")
            }
            return d
        }

        /// Calendar errors as 422 with the date's field named.
        static func answer<T>(_ body: () throws -> T) throws -> T {
            do { return try body() } catch let e as CalendarError {
                var field = "date"
                if case .outside = e { field = "date" } else { field = "days" }
                throw AppError(status: .unprocessableEntity, code: "outside_calendar", message: e.description, field: field)
            }
        }
    }
}
