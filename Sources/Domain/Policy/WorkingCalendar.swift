import Foundation

/// The Chinese working-day calendar: weekends are rest days except adjusted working days (调休上班), and
/// statutory holidays (法定节假日及调休) are rest days. Deadlines counted in working days use it (R12, R18–R20).
/// A date outside the years the calendar holds is an error, never a guess.
public struct WorkingCalendar: Sendable, Equatable {
    public private(set) var years: [Int: YearSchedule]

    public init(years: [YearSchedule]) {
        self.years = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { _, b in b })
    }

    /// 2020–2026 as the State Council's General Office published them.
    public static let shipped = WorkingCalendar(years: ChineseHolidays.schedules)

    /// The covered years, or nil when there are none.
    public var coverage: ClosedRange<Int>? {
        guard let lo = years.keys.min(), let hi = years.keys.max() else { return nil }
        return lo...hi
    }

    /// Adds or replaces one year's schedule.
    public mutating func set(_ schedule: YearSchedule) { years[schedule.year] = schedule }

    public struct DayInfo: Sendable, Equatable {
        public var date: Day
        public var workday: Bool
        /// The holiday's name on a holiday; nil on ordinary days and adjusted working days.
        public var holiday: String?
        /// Set on a weekend day that is an adjusted working day (e.g. "春节调休上班").
        public var adjustedFor: String?

        public init(date: Day, workday: Bool, holiday: String?, adjustedFor: String?) {
            self.date = date; self.workday = workday; self.holiday = holiday; self.adjustedFor = adjustedFor
        }
    }

    public func info(_ day: Day) throws -> DayInfo {
        // A schedule may put a holiday in the neighbouring year (2023's 元旦 began on 2022-12-31).
        for y in [day.year, day.year + 1] {
            if let s = years[y], let name = s.holidayName(day) { return DayInfo(date: day, workday: false, holiday: name, adjustedFor: nil) }
        }
        guard let schedule = years[day.year] else { throw CalendarError.outside(day, coverage: coverage) }
        if let name = schedule.adjustedWorkdayName(day) { return DayInfo(date: day, workday: true, holiday: nil, adjustedFor: name) }
        return DayInfo(date: day, workday: !day.isWeekend, holiday: nil, adjustedFor: nil)
    }

    public func isWorkday(_ day: Day) throws -> Bool { try info(day).workday }

    /// The day that is the `days`-th working day after `from` (`from` itself is not counted; 0 gives `from`).
    public func addingWorkingDays(_ days: Int, to from: Day) throws -> Day {
        guard days >= 0 else { throw CalendarError.negative(days) }
        var d = from
        var left = days
        while left > 0 {
            d = d.adding(days: 1)
            if try isWorkday(d) { left -= 1 }
        }
        return d
    }

    /// Working days in (from, to]: how many working days have passed since `from` by `to`.
    public func workingDays(after from: Day, through to: Day) throws -> Int {
        guard to > from else { return 0 }
        var n = 0
        var d = from
        while d < to {
            d = d.adding(days: 1)
            if try isWorkday(d) { n += 1 }
        }
        return n
    }
}

/// One year's published schedule.
public struct YearSchedule: Sendable, Equatable, Codable {
    public struct Holiday: Sendable, Equatable, Codable {
        public var name: String
        public var first: Day
        public var last: Day
        /// Weekend days worked instead (调休上班).
        public var adjustedWorkdays: [Day]

        public init(name: String, first: Day, last: Day, adjustedWorkdays: [Day] = []) {
            self.name = name; self.first = first; self.last = last; self.adjustedWorkdays = adjustedWorkdays
        }

        public var days: Int { last.daysSinceEpoch - first.daysSinceEpoch + 1 }
    }

    public var year: Int
    public var holidays: [Holiday]
    /// Where the schedule comes from (the State Council notice, or who entered it).
    public var source: String

    public init(year: Int, holidays: [Holiday], source: String) {
        self.year = year; self.holidays = holidays; self.source = source
    }

    func holidayName(_ day: Day) -> String? {
        holidays.first { $0.first <= day && day <= $0.last }?.name
    }

    func adjustedWorkdayName(_ day: Day) -> String? {
        holidays.first { $0.adjustedWorkdays.contains(day) }.map { "\($0.name)调休上班" }
    }

    /// Checks a schedule a user entered; each problem names the line (1-based holiday index) it is on.
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        if !(2000...2100).contains(year) { errors.append(FieldError(field: "year", code: "range", message: "年份应在2000至2100之间")) }
        if holidays.isEmpty { errors.append(FieldError(field: "holidays", code: "required", message: "请至少填写一个节假日")) }
        for (i, h) in holidays.enumerated() {
            let at = "第\(i + 1)行"
            if h.name.trimmingCharacters(in: .whitespaces).isEmpty { errors.append(FieldError(field: "holidays", code: "required", message: "\(at)：请填写节日名称")) }
            if h.last < h.first { errors.append(FieldError(field: "holidays", code: "order", message: "\(at)：结束日期早于开始日期")) }
            if h.days > 15 { errors.append(FieldError(field: "holidays", code: "range", message: "\(at)：假期超过15天，请核对日期")) }
            if abs(h.first.year - year) > 1 || (h.first.year != year && h.last.year != year) {
                errors.append(FieldError(field: "holidays", code: "year", message: "\(at)：假期不在\(year)年"))
            }
            for w in h.adjustedWorkdays where !w.isWeekend {
                errors.append(FieldError(field: "holidays", code: "weekday", message: "\(at)：调休上班日\(w.chinese)不是周末"))
            }
            for w in h.adjustedWorkdays where h.first <= w && w <= h.last {
                errors.append(FieldError(field: "holidays", code: "overlap", message: "\(at)：调休上班日\(w.chinese)在假期之内"))
            }
            for (j, o) in holidays.enumerated() where j > i && o.first <= h.last && h.first <= o.last {
                errors.append(FieldError(field: "holidays", code: "overlap", message: "\(at)与第\(j + 1)行的假期重叠"))
            }
        }
        return errors
    }
}

public enum CalendarError: Error, Equatable, CustomStringConvertible {
    case outside(Day, coverage: ClosedRange<Int>?)
    case negative(Int)

    public var description: String {
        switch self {
        case .outside(let d, let c):
            let have = c.map { "\($0.lowerBound)年至\($0.upperBound)年" } ?? "任何年份"
            return "工作日历中没有\(d.year)年的节假日安排（现有\(have)），无法判断\(d.chinese)是否工作日；请县级管理员在“工作日历”中补充该年安排"
        case .negative(let n): return "工作日数应为非负整数（收到\(n)）"
        }
    }
}

extension Day {
    /// 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday.
    public var weekdayIndex: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 }
    public var isWeekend: Bool { weekdayIndex >= 5 }
    public var weekdayName: String { ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][weekdayIndex] }
}
