import Domain
import Testing

@Suite struct WorkingCalendarTests {
    let cal = WorkingCalendar.shipped
    func d(_ s: String) -> Day { Day(s)! }

    @Test func weekdays() {
        #expect(d("2026-11-22").weekdayName == "星期日")
        #expect(d("2026-11-23").weekdayIndex == 0)
        #expect(d("1970-01-01").weekdayName == "星期四")
        #expect(d("2024-02-29").weekdayName == "星期四")
    }

    @Test func holidaysAndAdjustedWorkingDaysAsPublished() throws {
        // 2026 National Day: 1–7 October off; Sunday 20 September and Saturday 10 October worked.
        #expect(try cal.info(d("2026-10-01")) == .init(date: d("2026-10-01"), workday: false, holiday: "国庆节", adjustedFor: nil))
        #expect(try cal.isWorkday(d("2026-10-07")) == false)
        #expect(try cal.isWorkday(d("2026-10-08")) == true)
        #expect(try cal.info(d("2026-10-10")).adjustedFor == "国庆节调休上班")
        #expect(try cal.isWorkday(d("2026-09-20")) == true)
        #expect(try cal.isWorkday(d("2026-10-11")) == false) // an ordinary Sunday
        // 2026 Spring Festival: 15–23 February, with Saturdays 14 and 28 February worked.
        #expect(try cal.info(d("2026-02-23")).holiday == "春节")
        #expect(try cal.isWorkday(d("2026-02-14")) && cal.isWorkday(d("2026-02-28")))
        // 2025: eight days for National Day and Mid-Autumn together.
        #expect(try cal.info(d("2025-10-08")).holiday == "国庆节、中秋节")
        #expect(try cal.isWorkday(d("2025-10-11")) && cal.isWorkday(d("2025-09-28")))
        // 2023's New Year holiday began on Saturday 31 December 2022.
        #expect(try cal.info(d("2022-12-31")).holiday == "元旦")
        #expect(try cal.info(d("2023-01-02")).holiday == "元旦")
        #expect(try cal.isWorkday(d("2023-01-03")))
        // 2020's Spring Festival was extended to 2 February, cancelling the working Saturday of 1 February.
        #expect(try cal.isWorkday(d("2020-02-01")) == false)
        #expect(try cal.isWorkday(d("2020-02-03")))
        #expect(try cal.isWorkday(d("2020-01-19")))
        // An ordinary weekday and weekend.
        #expect(try cal.info(d("2026-11-20")) == .init(date: d("2026-11-20"), workday: true, holiday: nil, adjustedFor: nil))
        #expect(try cal.isWorkday(d("2026-11-21")) == false)
    }

    @Test func countingWorkingDaysAcrossNationalDayAndSpringFestival() throws {
        // Friday 26 September 2025 + 5 working days: Sun 28 Sep (worked), 29, 30 Sep, then 9 and 10 October.
        #expect(try cal.addingWorkingDays(5, to: d("2025-09-26")) == d("2025-10-10"))
        // A clue received on the last working day before the 2026 Spring Festival.
        #expect(try cal.addingWorkingDays(1, to: d("2026-02-13")) == d("2026-02-14"))
        #expect(try cal.addingWorkingDays(2, to: d("2026-02-13")) == d("2026-02-24"))
        #expect(try cal.addingWorkingDays(5, to: d("2026-02-13")) == d("2026-02-27"))
        #expect(try cal.addingWorkingDays(6, to: d("2026-02-13")) == d("2026-02-28"))
        // 10 working days after enrolment on 30 September 2026: 8, 9, 10 (worked Saturday), 12–16, 19, 20 October.
        #expect(try cal.addingWorkingDays(10, to: d("2026-09-30")) == d("2026-10-20"))
        #expect(try cal.addingWorkingDays(0, to: d("2026-10-03")) == d("2026-10-03"))
        #expect(try cal.workingDays(after: d("2025-09-26"), through: d("2025-10-10")) == 5)
        #expect(try cal.workingDays(after: d("2025-10-10"), through: d("2025-09-26")) == 0)
    }

    @Test func datesOutsideTheCalendarAreErrorsNotGuesses() {
        #expect(throws: CalendarError.outside(d("2027-01-04"), coverage: 2020...2026)) { try cal.isWorkday(d("2027-01-04")) }
        #expect(throws: CalendarError.self) { try cal.isWorkday(d("2019-12-31")) }
        #expect(throws: CalendarError.self) { try cal.addingWorkingDays(30, to: d("2026-12-15")) }
        #expect(throws: CalendarError.negative(-1)) { try cal.addingWorkingDays(-1, to: d("2026-12-15")) }
        #expect(CalendarError.outside(d("2027-01-04"), coverage: 2020...2026).description.contains("2027年"))
    }

    @Test func everyShippedDayAnswersAndEveryYearHasItsSevenFestivals() throws {
        #expect(cal.coverage == 2020...2026)
        var day = d("2020-01-01")
        var rest = 0
        while day <= d("2026-12-31") {
            if try !cal.isWorkday(day) { rest += 1 }
            day = day.adding(days: 1)
        }
        #expect(rest > 7 * 104)
        for (year, s) in cal.years {
            #expect(s.validate().isEmpty, "\(year): \(s.validate())")
            let names = s.holidays.map(\.name).joined()
            for festival in ["元旦", "春节", "清明", "劳动", "端午", "中秋", "国庆"] { #expect(names.contains(festival), "\(year) \(festival)") }
        }
    }

    @Test func aNewYearIsEnteredAsTextAndChecked() throws {
        let good = YearSchedule.parse(year: 2027, text: "元旦 2027-01-01 2027-01-03\n\n春节 2027-02-05 2027-02-13 2027-02-14，2027-02-20", source: "县管理员")
        let schedule = try good.get()
        #expect(schedule.holidays.count == 2 && schedule.holidays[1].adjustedWorkdays == [d("2027-02-14"), d("2027-02-20")])
        var extended = cal
        extended.set(schedule)
        #expect(try extended.addingWorkingDays(1, to: d("2027-02-04")) == d("2027-02-14"))
        #expect(try YearSchedule.parse(year: 2027, text: schedule.text, source: "").get().holidays == schedule.holidays)

        func messages(_ text: String) -> [String] {
            if case .failure(let e) = YearSchedule.parse(year: 2027, text: text, source: "") { return e.errors.map(\.message) }
            return []
        }
        #expect(messages("春节 2027-02-05").first?.contains("第1行格式") == true)
        #expect(messages("元旦 2027-01-01 2027-01-01\n春节 2027-02-13 2027-02-05").contains { $0.contains("第2行：结束日期早于开始日期") })
        #expect(messages("国庆 2027-10-01 2027-10-07 2027-10-08").contains { $0.contains("不是周末") })
        #expect(messages("国庆 2026-10-01 2026-10-07").contains { $0.contains("不在2027年") })
        #expect(messages("").first == "请至少填写一个节假日")
        #expect(messages("甲 2027-05-01 2027-05-05\n乙 2027-05-04 2027-05-06").contains { $0.contains("重叠") })
    }
}
