@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    @Suite struct CalendarTests {
        @Test func calendarAPIAnswersDaysAndCountsWorkingDays() async throws {
            try await withFangpin(households: 0) { app in
                let day = try await app.api(.GET, "/api/v1/calendar/day?date=2026-10-01", token: nil)
                #expect(day.status == .ok)
                #expect(day.json["date"] as? String == "2026-10-01")
                #expect(day.json["workday"] as? Bool == false)
                #expect(day.json["holiday"] as? String == "国庆节")
                let adjusted = try await app.api(.GET, "/api/v1/calendar/day?date=2026-02-28", token: nil)
                #expect(adjusted.json["workday"] as? Bool == true)
                #expect(adjusted.json["holiday"] is NSNull)
                let plain = try await app.api(.GET, "/api/v1/calendar/day?date=2026-11-21", token: nil)
                #expect(plain.json["workday"] as? Bool == false && plain.json["holiday"] is NSNull)

                let add = try await app.api(.GET, "/api/v1/calendar/add-working-days?from=2025-09-26&days=5", token: nil)
                #expect(add.status == .ok)
                #expect(add.json["date"] as? String == "2025-10-10")

                for (path, status, field) in [
                    ("/api/v1/calendar/day", HTTPStatus.badRequest, "date"),
                    ("/api/v1/calendar/day?date=2026-02-30", .badRequest, "date"),
                    ("/api/v1/calendar/day?date=tomorrow", .badRequest, "date"),
                    ("/api/v1/calendar/day?date=2031-01-01", .unprocessableEntity, "date"),
                    ("/api/v1/calendar/add-working-days?from=2026-12-20&days=30", .unprocessableEntity, "date"),
                    ("/api/v1/calendar/add-working-days?from=2026-01-05&days=-1", .badRequest, "days"),
                    ("/api/v1/calendar/add-working-days?from=2026-01-05", .badRequest, "days"),
                ] {
                    let res = try await app.api(.GET, path, token: nil)
                    #expect(res.status == status, "\(path): \(res.status)")
                    #expect(res.errorBody?.field == field, "\(path)")
                    #expect(res.errorBody?.message.isEmpty == false)
                }
                let outside = try await app.api(.GET, "/api/v1/calendar/day?date=2031-01-01", token: nil)
                #expect(outside.errorBody?.message.contains("2031年") == true)
            }
        }

        @Test func countyAdminAddsAYearAndItIsInForceAtOnce() async throws {
            try await withFangpin(households: 0) { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                try await app.makeUser("village", role: .villageOfficer, scope: "450224100201")
                var admin = try await Browser.login(app, username: "county")
                let page = try await admin.get("/policy/calendar?year=2026")
                #expect(page.status == .ok)
                #expect(page.body.string.contains("国庆节") && page.body.string.contains("calendar-form"))

                // Mistakes come back on the form, in Chinese, with the text kept.
                let bad = try await admin.post("/policy/calendar", ["year": "2027", "holidays": "春节 2027-02-05\n国庆节 2027-10-01 2027-10-07 2027-10-08"])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("第1行格式应为"))
                #expect(bad.body.string.contains("国庆节 2027-10-01 2027-10-07 2027-10-08"))
                #expect(try await app.api(.GET, "/api/v1/calendar/day?date=2027-02-08", token: nil).status == .unprocessableEntity)

                let text = "元旦 2027-01-01 2027-01-03\n春节 2027-02-05 2027-02-13 2027-02-14,2027-02-20"
                let ok = try await admin.post("/policy/calendar", ["year": "2027", "holidays": text, "source": "国办发明电〔2026〕X号"])
                #expect(ok.status == .seeOther)
                let day = try await app.api(.GET, "/api/v1/calendar/day?date=2027-02-08", token: nil)
                #expect(day.json["holiday"] as? String == "春节")
                let add = try await app.api(.GET, "/api/v1/calendar/add-working-days?from=2027-02-04&days=1", token: nil)
                #expect(add.json["date"] as? String == "2027-02-14")
                #expect(try await admin.get("/policy/calendar?year=2027").body.string.contains("county录入，第1版"))

                // Replacing a year that exists needs the confirmation box.
                let again = try await admin.post("/policy/calendar", ["year": "2027", "holidays": text])
                #expect(again.status == .unprocessableEntity)
                #expect(again.body.string.contains("替换现有安排"))
                let replaced = try await admin.post("/policy/calendar", ["year": "2027", "holidays": "元旦 2027-01-01 2027-01-01", "replace": "1"])
                #expect(replaced.status == .seeOther)
                #expect(try await app.api(.GET, "/api/v1/calendar/day?date=2027-02-08", token: nil).json["workday"] as? Bool == true)

                // The calendar survives a restart: it is read back from the database.
                let fresh = CalendarStore()
                try await fresh.reload(on: app.db)
                #expect(fresh.calendar.years[2027]?.holidays.count == 1)

                // The deadline calculator on the same page.
                let due = try await admin.get("/policy/calendar?rule=enrolment.measures&start=2026-02-13")
                #expect(due.body.string.contains("截止日期：2026年3月5日（星期四）"))
                let noDate = try await admin.get("/policy/calendar?rule=enrolment.measures&start=")
                #expect(noDate.status == .unprocessableEntity && noDate.body.string.contains("请填写有效的起算日期"))
                let beyond = try await admin.get("/policy/calendar?rule=clue.response&start=2027-12-28")
                #expect(beyond.status == .unprocessableEntity && beyond.body.string.contains("没有2028年的节假日安排"))

                // Others may look but not change it.
                var officer = try await Browser.login(app, username: "village")
                let view = try await officer.get("/policy/calendar")
                #expect(view.status == .ok && !view.body.string.contains("calendar-form"))
                #expect(try await officer.post("/policy/calendar", ["year": "2028", "holidays": "元旦 2028-01-01 2028-01-01"]).status == .forbidden)
            }
        }
    }
}
