/// The 18-character resident identity number (居民身份证号码, GB 11643-1999).
///
/// Layout: 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men, even for women)
/// and a check character computed with weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 mod 11 → 1,0,X,9,8,7,6,5,4,3,2.
public struct IDNumber: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public let birthDate: Day
    public let sex: Sex

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkChars: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    public enum Problem: Error, Equatable, Sendable {
        case empty, wrongLength(Int), badCharacters, badCheckDigit(expected: Character), badBirthDate, futureBirthDate, tooOld
        /// Excel kept the number as a number: "4.50224E+17", its last digits gone.
        case storedAsNumber(String)

        public var message: String {
            switch self {
            case .empty: return "请填写身份证号码"
            case .wrongLength(let n): return "身份证号码应为18位，现为\(n)位"
            case .badCharacters: return "身份证号码前17位应为数字，最后一位为数字或X"
            case .badCheckDigit(let c): return "身份证号码校验位错误（按前17位计算应为\(c)），请核对"
            case .badBirthDate: return "身份证号码中的出生日期不是有效日期"
            case .futureBirthDate: return "身份证号码中的出生日期晚于今天"
            case .tooOld: return "身份证号码中的出生年份早于1900年"
            case .storedAsNumber(let shown):
                return "身份证号码被Excel存成了数字（\(shown)），后几位已经丢失：请把该列设置为“文本”格式，重新填入原号码后再导入"
            }
        }

        public var code: String {
            switch self {
            case .empty: return "required"
            case .wrongLength: return "id_length"
            case .badCharacters: return "id_characters"
            case .badCheckDigit: return "id_check_digit"
            case .badBirthDate: return "id_birth_date"
            case .futureBirthDate: return "id_future_birth_date"
            case .tooOld: return "id_birth_date"
            case .storedAsNumber: return "id_as_number"
            }
        }
    }

    /// Validates fully. A lower-case `x` is accepted and stored as `X`; spaces around and inside are ignored, and
    /// full-width digits (as Chinese input methods type them) read as digits. A number Excel turned into
    /// "4.50224E+17" is named as such: its digits cannot be recovered.
    public static func parse(_ raw: String, today: Day) -> Result<IDNumber, Problem> {
        // On bytes: every member of a county is checked on each data-quality run; only text that is not plain ASCII
        // digits is normalised first.
        var bytes = Array(raw.trimmed.utf8)
        if bytes.count != 18 || bytes.contains(where: { $0 >= 0x80 || $0 == 0x20 }) {
            let t = normalised(raw)
            if t.contains(where: { $0 == "E" || $0 == "e" }), t.contains("+"), Double(t) != nil { return .failure(.storedAsNumber(raw.trimmed)) }
            bytes = Array(t.utf8)
        }
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.last == 120 { bytes[bytes.count - 1] = 88 } // x → X
        guard bytes.count == 18 else { return .failure(.wrongLength(String(decoding: bytes, as: UTF8.self).count)) }
        func digit(_ i: Int) -> Int? { bytes[i] >= 48 && bytes[i] <= 57 ? Int(bytes[i] - 48) : nil }
        var sum = 0
        for i in 0..<17 {
            guard let d = digit(i) else { return .failure(.badCharacters) }
            sum += d * weights[i]
        }
        guard digit(17) != nil || bytes[17] == 88 else { return .failure(.badCharacters) }
        func n(_ i: Int) -> Int { Int(bytes[i]) - 48 }  // the first 17 are digits (checked above)
        let y = n(6) * 1000 + n(7) * 100 + n(8) * 10 + n(9)
        guard let birth = Day(year: y, month: n(10) * 10 + n(11), day: n(12) * 10 + n(13)) else { return .failure(.badBirthDate) }
        if birth.year < 1900 { return .failure(.tooOld) }
        if birth > today { return .failure(.futureBirthDate) }
        let expected = checkChars[sum % 11]
        guard Character(Unicode.Scalar(bytes[17])) == expected else { return .failure(.badCheckDigit(expected: expected)) }
        return .success(IDNumber(value: String(decoding: bytes, as: UTF8.self), birthDate: birth, sex: n(16) % 2 == 1 ? .male : .female))
    }

    /// Spaces (also the full-width one) removed, full-width digits and Ｘ as ASCII.
    public static func normalised(_ raw: String) -> String {
        var out = ""
        for u in raw.unicodeScalars {
            switch u.value {
            case 0x20, 0x09, 0x3000, 0xA0: continue
            case 0xFF10...0xFF19: out.append(Character(String(u.value &- 0xFF10)))
            case 0xFF38, 0xFF58: out.append("X")
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// The check character for the first 17 digits.
    public static func checkCharacter(for first17: String) -> Character {
        var sum = 0
        for (i, c) in first17.prefix(17).enumerated() { sum += (c.wholeNumberValue ?? 0) * weights[i] }
        return checkChars[sum % 11]
    }

    /// Builds a valid number (demo data, tests).
    public static func make(region: String, birth: Day, sequence: Int) -> String {
        let body = region + birth.year.zeroPadded(4) + birth.month.zeroPadded(2) + birth.day.zeroPadded(2) + sequence.zeroPadded(3)
        return body + String(checkCharacter(for: body))
    }

    /// 450224********1234: region code and last four shown.
    public static func masked(_ value: String) -> String {
        guard value.count == 18 else { return String(repeating: "*", count: value.count) }
        return String(value.prefix(6)) + String(repeating: "*", count: 8) + String(value.suffix(4))
    }

    public var description: String { value }
}

/// Which recorded fields hold personal numbers, and how they are shown to someone who has not revealed them.
public enum PersonalData {
    /// The value masked when `field` (a key such as "idNumber", "phone" or "head.idNumber") is personal.
    public static func masked(field: String, _ value: String) -> String {
        if field.hasSuffix("idNumber") { return IDNumber.masked(value) }
        if field.lowercased().hasSuffix("phone") { return PhoneMask.masked(value) }
        // A birth date beside a masked ID number gives its hidden digits back: the year only.
        if field.hasSuffix("birthDate") { return value.count >= 4 ? String(value.prefix(4)) + "年" : "****" }
        return value
    }

    /// Member facts about health and disability, withheld from roles without `Action.viewHealth`.
    public static let healthFields: Set<String> = ["health", "disabilityGrade", "disabilityCategory"]
    public static let withheld = "（仅经办人员可见）"

    public static func isHealth(field: String) -> Bool {
        healthFields.contains(field) || healthFields.contains(where: { field.hasSuffix("." + $0) })
    }
}

/// Phone numbers shown masked: 138****5678 (mobile), 0772****567 (landline keeps its area code and last three).
public enum PhoneMask {
    public static func masked(_ value: String) -> String {
        let digits = Array(value)
        guard digits.count >= 7 else { return String(repeating: "*", count: digits.count) }
        if digits.count == 11 && digits.first == "1" { return String(digits[0..<3]) + "****" + String(digits[7...]) }
        return String(digits.prefix(4)) + "****" + String(digits.suffix(3))
    }
}

import Foundation
