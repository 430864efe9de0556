import Domain
import Testing

/// Dates built from what a request carries (a month, a quarter, a deadline's day) never trap, even at the edges of the calendar.
@Suite struct DayTests {
    @Test func firstOfMonthRollsOverAndHoldsTheYearRange() {
        #expect(Day(firstOfMonth: 2026, 13) == Day(year: 2027, month: 1, day: 1))
        #expect(Day(firstOfMonth: 2026, 0) == Day(year: 2025, month: 12, day: 1))
        #expect(Day(firstOfMonth: 2026, -11) == Day(year: 2025, month: 1, day: 1))
        #expect(Day(firstOfMonth: 2026, -12) == Day(year: 2024, month: 12, day: 1))
        #expect(Day(firstOfMonth: 9999, 13) == Day(year: 9999, month: 12, day: 1))
        #expect(Day(firstOfMonth: 1, 0) == Day(year: 1, month: 1, day: 1))
        #expect(Day(firstOfMonth: .max, .max) == Day(year: 9999, month: 12, day: 1))
        #expect(Day(firstOfMonth: .min, .min) == Day(year: 1, month: 1, day: 1))
    }

    @Test func addingMonthsKeepsTheMonthEndAndStopsAtTheLastYear() {
        #expect(Day(year: 2026, month: 8, day: 31)!.adding(months: 6) == Day(year: 2027, month: 2, day: 28))
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2026, month: 3, day: 15)!.adding(months: -3) == Day(year: 2025, month: 12, day: 15))
        // The quarter "9999Q4" ends on the last day there is, not in a trap.
        #expect(Day(year: 9999, month: 10, day: 1)!.adding(months: 3) == Day(year: 9999, month: 12, day: 1))
        #expect(Day(year: 2026, month: 1, day: 1)!.adding(months: .max).year == 9999)
        #expect(Day(year: 2026, month: 1, day: 1)!.adding(months: .min).year == 1)
    }

    @Test func amountsSaturateAndCheckCharactersIgnoreNonDigits() {
        let big = Fixed2(hundredths: .max - 1)
        #expect((big + Fixed2(5)).hundredths == .max)
        #expect((Fixed2(hundredths: .min + 1) - Fixed2(5)).hundredths == .min)
        #expect(Fixed2(7).divided(by: 0) == Fixed2(7))
        #expect(IDNumber.checkCharacter(for: "45022419801x01123") == IDNumber.checkCharacter(for: "45022419801001123"))
        #expect(IDNumber.checkCharacter(for: "") == IDNumber.checkCharacter(for: "00000000000000000"))
    }
}
