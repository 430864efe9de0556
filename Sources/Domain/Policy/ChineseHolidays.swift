import Foundation

/// 全国年节及纪念日放假安排, 2020–2026, from the State Council General Office's yearly notices
/// (国务院办公厅关于部分节假日安排的通知). One line per holiday: year, name, first and last day off, and the
/// weekend days worked instead. 2020's Spring Festival is the extended one (国办发明电〔2020〕1号: to 2 February,
/// which cancelled the 1 February working Saturday).
enum ChineseHolidays {
    static let table = """
        2020 元旦 2020-01-01 2020-01-01
        2020 春节 2020-01-24 2020-02-02 2020-01-19
        2020 清明节 2020-04-04 2020-04-06
        2020 劳动节 2020-05-01 2020-05-05 2020-04-26,2020-05-09
        2020 端午节 2020-06-25 2020-06-27 2020-06-28
        2020 国庆节、中秋节 2020-10-01 2020-10-08 2020-09-27,2020-10-10
        2021 元旦 2021-01-01 2021-01-03
        2021 春节 2021-02-11 2021-02-17 2021-02-07,2021-02-20
        2021 清明节 2021-04-03 2021-04-05
        2021 劳动节 2021-05-01 2021-05-05 2021-04-25,2021-05-08
        2021 端午节 2021-06-12 2021-06-14
        2021 中秋节 2021-09-19 2021-09-21 2021-09-18
        2021 国庆节 2021-10-01 2021-10-07 2021-09-26,2021-10-09
        2022 元旦 2022-01-01 2022-01-03
        2022 春节 2022-01-31 2022-02-06 2022-01-29,2022-01-30
        2022 清明节 2022-04-03 2022-04-05 2022-04-02
        2022 劳动节 2022-04-30 2022-05-04 2022-04-24,2022-05-07
        2022 端午节 2022-06-03 2022-06-05
        2022 中秋节 2022-09-10 2022-09-12
        2022 国庆节 2022-10-01 2022-10-07 2022-10-08,2022-10-09
        2023 元旦 2022-12-31 2023-01-02
        2023 春节 2023-01-21 2023-01-27 2023-01-28,2023-01-29
        2023 清明节 2023-04-05 2023-04-05
        2023 劳动节 2023-04-29 2023-05-03 2023-04-23,2023-05-06
        2023 端午节 2023-06-22 2023-06-24 2023-06-25
        2023 中秋节、国庆节 2023-09-29 2023-10-06 2023-10-07,2023-10-08
        2024 元旦 2024-01-01 2024-01-01
        2024 春节 2024-02-10 2024-02-17 2024-02-04,2024-02-18
        2024 清明节 2024-04-04 2024-04-06 2024-04-07
        2024 劳动节 2024-05-01 2024-05-05 2024-04-28,2024-05-11
        2024 端午节 2024-06-10 2024-06-10
        2024 中秋节 2024-09-15 2024-09-17 2024-09-14
        2024 国庆节 2024-10-01 2024-10-07 2024-09-29,2024-10-12
        2025 元旦 2025-01-01 2025-01-01
        2025 春节 2025-01-28 2025-02-04 2025-01-26,2025-02-08
        2025 清明节 2025-04-04 2025-04-06
        2025 劳动节 2025-05-01 2025-05-05 2025-04-27
        2025 端午节 2025-05-31 2025-06-02
        2025 国庆节、中秋节 2025-10-01 2025-10-08 2025-09-28,2025-10-11
        2026 元旦 2026-01-01 2026-01-03 2026-01-04
        2026 春节 2026-02-15 2026-02-23 2026-02-14,2026-02-28
        2026 清明节 2026-04-04 2026-04-06
        2026 劳动节 2026-05-01 2026-05-05 2026-05-09
        2026 端午节 2026-06-19 2026-06-21
        2026 中秋节 2026-09-25 2026-09-27
        2026 国庆节 2026-10-01 2026-10-07 2026-09-20,2026-10-10
        """

    static let schedules: [YearSchedule] = {
        var byYear: [Int: [YearSchedule.Holiday]] = [:]
        for line in table.split(separator: "\n") {
            guard let (year, holiday) = parse(line: String(line)) else { preconditionFailure("bad holiday line: \(line)") }
            byYear[year, default: []].append(holiday)
        }
        return byYear.keys.sorted().map { y in
            YearSchedule(year: y, holidays: byYear[y]!, source: "国务院办公厅关于\(y)年部分节假日安排的通知")
        }
    }()

    /// "2026 春节 2026-02-15 2026-02-23 2026-02-14,2026-02-28" (the year may be left out where the caller knows it).
    static func parse(line: String) -> (Int, YearSchedule.Holiday)? {
        let parts = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count >= 4, let year = Int(parts[0]) else { return nil }
        guard let h = YearSchedule.Holiday.parse(Array(parts.dropFirst())) else { return nil }
        return (year, h)
    }
}

extension YearSchedule.Holiday {
    /// [name, first, last, optional "workday,workday"]; nil when a date does not parse.
    static func parse(_ parts: [String]) -> Self? {
        guard parts.count == 3 || parts.count == 4, let first = Day(parts[1]), let last = Day(parts[2]) else { return nil }
        var workdays: [Day] = []
        if parts.count == 4 {
            for w in parts[3].split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }) {
                guard let d = Day(String(w)) else { return nil }
                workdays.append(d)
            }
        }
        return Self(name: parts[0], first: first, last: last, adjustedWorkdays: workdays)
    }
}

extension YearSchedule {
    /// The form's text: one holiday a line, "名称 开始日期 结束日期 [调休上班日,…]".
    public var text: String {
        holidays.map { h in
            ([h.name, h.first.description, h.last.description] + (h.adjustedWorkdays.isEmpty ? [] : [h.adjustedWorkdays.map(\.description).joined(separator: ",")]))
                .joined(separator: " ")
        }.joined(separator: "\n")
    }

    /// Reads the form's text; a line that does not parse is reported with its number.
    public static func parse(year: Int, text: String, source: String) -> Result<YearSchedule, ValidationErrors> {
        var holidays: [Holiday] = []
        var errors: [FieldError] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (i, raw) in lines.enumerated() {
            let parts = raw.split(whereSeparator: \.isWhitespace).map(String.init)
            if parts.isEmpty { continue }
            guard let h = Holiday.parse(parts) else {
                errors.append(FieldError(field: "holidays", code: "format",
                                         message: "第\(i + 1)行格式应为“名称 开始日期 结束日期 [调休上班日,…]”，日期如 \(year)-10-01：\(raw)"))
                continue
            }
            holidays.append(h)
        }
        let schedule = YearSchedule(year: year, holidays: holidays, source: source)
        errors += errors.isEmpty ? schedule.validate() : []
        return errors.isEmpty ? .success(schedule) : .failure(ValidationErrors(errors))
    }
}
