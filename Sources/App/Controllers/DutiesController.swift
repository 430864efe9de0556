import Domain
import Foundation
import Vapor

/// 定期报送: a unit sends the period's report (上报) from the page where the work is done; the API lists and sends the same.
enum DutiesController {
    /// The duty named in the path, and the user's unit for it (422 when another kind of unit owes it).
    static func duty(_ req: Request, _ p: Principal) throws -> (ReportingDuty, String) {
        guard let duty = ReportingDuty.duty(req.parameters.get("duty") ?? "") else { throw AppError.notFound("报送事项") }
        guard let unit = duty.unit(of: p) else {
            throw AppError(status: .unprocessableEntity, code: "not_owed", message: "\(duty.name)由\(duty.role.label)报送，不是您的报送事项", field: "duty")
        }
        return (duty, unit)
    }

    static func period(_ text: String?, _ duty: ReportingDuty, today: Day) throws -> DutyPeriod {
        guard let text, !text.isEmpty else { return duty.period(on: today) }
        guard let period = DutyPeriod(text), period.isQuarter == (duty.cycle != .afterMonth) else {
            throw AppError.badRequest(duty.cycle == .afterMonth ? "期间格式应为 YYYY-MM，如 2026-11" : "期间格式应为 YYYYQn，如 2026Q3", field: "period")
        }
        return period
    }

    /// `POST /duties/:duty` (form: period, note, back).
    @Sendable static func send(req: Request) async throws -> Response {
        let p = try req.require(.sendReports)
        let form = FormBody.fields(req)
        let back = SiteURL.localPath(form["back"]) ?? "/inbox"
        do {
            let (duty, unit) = try duty(req, p)
            let s = try await req.duties.send(duty, unit: unit, period: try period(form["period"], duty, today: req.today), note: form["note"],
                                              by: req.auditActor(p), now: req.now)
            return req.redirect(to: SiteURL.withNotice(back, "已上报\(s.period.label)\(duty.name)" + (s.state == .metLate ? "（逾期上报）" : ""), fragment: "duties"))
        } catch let e as AppError where e.status.code < 500 {
            return req.redirect(to: SiteURL.withNotice(back, e.message, fragment: "duties"))
        }
    }
}

extension API {
    enum Duties {
        static func json(_ s: DutyStore.Status, regions: RegionDirectory) -> JSON {
            .object(["duty": .string(s.duty.id), "name": .string(s.duty.name), "seed": .string(s.duty.seed),
                     "unit": .string(s.unit), "unitName": .string(Department(rawValue: s.unit)?.label ?? regions.fullName(s.unit)),
                     "period": .string(s.period.code), "periodName": .string(s.period.label), "due": .string(s.due.description),
                     "sentOn": s.sentOn.map { .string($0.description) } ?? .null, "sentBy": s.sentBy.map(JSON.string) ?? .null,
                     "note": s.note.map(JSON.string) ?? .null, "state": .string(s.state.rawValue)])
        }

        /// `GET /api/v1/duties`: the user's own duties now and, for the county, those of the units below.
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.session.principal
            let store = req.duties
            let mine = try await store.mine(p), below = try await store.below(p, regions: req.regions)
            return try API.response(.object(["items": .array(mine.map { json($0, regions: req.regions) }),
                                             "below": .array(below.map { json($0, regions: req.regions) })]))
        }

        /// `POST /api/v1/duties/{duty}` `{period?, note?}`: 上报.
        @Sendable static func send(req: Request) async throws -> Response {
            let p = try req.require(.sendReports)
            let (duty, unit) = try DutiesController.duty(req, p)
            let o = try API.body(req)
            let s = try await req.duties.send(duty, unit: unit, period: try DutiesController.period(try API.string(o, "period"), duty, today: req.today),
                                              note: try API.string(o, "note"), by: req.auditActor(p), now: req.now)
            return try API.response(json(s, regions: req.regions), status: .created)
        }
    }
}
