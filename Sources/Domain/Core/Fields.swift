/// Declarative field definitions: one table per record kind drives the database columns, the API's JSON,
/// the forms, validation, the history diff and the detail pages, so a fact is declared once.
public enum FieldKind: Sendable {
    case text(maxLength: Int)
    case phone
    case idNumber
    case date
    case integer(ClosedRange<Int>)
    /// Two-decimal amount (yuan, mu, square metres) stored as hundredths.
    case fixed2(unit: String)
    case bool
    case choice([Choice])
    case multiChoice([Choice], max: Int)
    /// A village or community code of this county.
    case region
}

public enum FieldValue: Hashable, Sendable {
    case text(String)
    case int(Int)
    case fixed(Fixed2)
    case date(Day)
    case bool(Bool)
    case choice(String)
    case multi([String])
}

public struct FieldSpec: Sendable {
    /// camelCase name used by the API and forms.
    public var key: String
    /// snake_case database column.
    public var column: String
    public var label: String
    public var kind: FieldKind
    public var required: Bool
    public var section: String
    public var help: String?

    public init(_ key: String, _ column: String, _ label: String, _ kind: FieldKind,
                required: Bool = false, section: String, help: String? = nil) {
        self.key = key; self.column = column; self.label = label; self.kind = kind
        self.required = required; self.section = section; self.help = help
    }

    public var choices: [Choice] {
        switch kind {
        case .choice(let c), .multiChoice(let c, _): return c
        default: return []
        }
    }

    /// Parses one raw input (form text or JSON scalar rendered as text). Empty input is `nil`.
    /// The text without the white space and line ends around it (as Foundation's `.whitespacesAndNewlines` trims),
    /// without Foundation's bridging when there is nothing to trim — the common case, and a county's import parses
    /// millions of cells.
    static func trimmed(_ raw: String) -> String {
        func space(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
        guard let first = raw.unicodeScalars.first, let last = raw.unicodeScalars.last else { return raw }
        if !space(first) && !space(last) { return raw }
        return raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func parse(_ raw: String) -> Result<FieldValue?, FieldError> {
        let text = Self.trimmed(raw)
        if text.isEmpty {
            switch kind {
            case .multiChoice, .choice, .region, .bool: return required ? .failure(err("required", "请选择\(label)")) : .success(nil)
            default: break
            }
            return required ? .failure(err("required", "请填写\(label)")) : .success(nil)
        }
        switch kind {
        case .text(let max):
            // Bytes are never fewer than characters: counting characters only when the bytes are too many.
            guard text.utf8.count <= max || text.count <= max else { return .failure(err("too_long", "\(label)不能超过\(max)个字")) }
            return .success(.text(text))
        case .phone:
            let digits = text.filter { $0 != "-" && $0 != " " }
            let mobile = digits.count == 11 && digits.first == "1" && digits.allSatisfy(\.isASCIIDigit)
            let landline = (7...12).contains(digits.count) && digits.first == "0" && digits.allSatisfy(\.isASCIIDigit)
            guard mobile || landline else { return .failure(err("phone", "\(label)应为11位手机号码或带区号的固定电话")) }
            return .success(.text(digits))
        case .idNumber:
            return .success(.text(IDNumber.normalised(text).uppercased()))
        case .date:
            guard let d = Day(text) else { return .failure(err("date", "\(label)不是有效日期，格式如 2024-03-05")) }
            return .success(.date(d))
        case .integer(let range):
            guard let n = Int(text) else { return .failure(err("integer", "\(label)应为整数")) }
            guard range.contains(n) else {
                return .failure(err("out_of_range", "\(label)应在\(range.lowerBound)至\(range.upperBound)之间"))
            }
            return .success(.int(n))
        case .fixed2(let unit):
            guard let v = Fixed2(text) else { return .failure(err("number", "\(label)应为数字，最多两位小数（单位：\(unit)）")) }
            guard !v.isNegative else { return .failure(err("negative", "\(label)不能为负数")) }
            guard v.hundredths <= 100_000_000_00 else { return .failure(err("out_of_range", "\(label)数值过大，请核对")) }
            return .success(.fixed(v))
        case .bool:
            switch text.lowercased() {
            case "true", "1", "yes", "on", "是", "y": return .success(.bool(true))
            case "false", "0", "no", "off", "否", "n": return .success(.bool(false))
            default: return .failure(err("bool", "\(label)应为“是”或“否”"))
            }
        case .choice(let choices):
            guard let c = choices.first(where: { $0.value == text || $0.label == text }) else {
                return .failure(err("choice", "\(label)的取值“\(text)”无效，可选：\(choices.map(\.label).joined(separator: "、"))"))
            }
            return .success(.choice(c.value))
        case .multiChoice(let choices, let max):
            var picked: [String] = []
            for part in text.split(whereSeparator: { ",，、;；".contains($0) }) {
                let p = part.trimmingCharacters(in: .whitespaces)
                guard let c = choices.first(where: { $0.value == p || $0.label == p }) else {
                    return .failure(err("choice", "\(label)的取值“\(p)”无效，可选：\(choices.map(\.label).joined(separator: "、"))"))
                }
                if !picked.contains(c.value) { picked.append(c.value) }
            }
            guard picked.count <= max else { return .failure(err("too_many", "\(label)最多选择\(max)项")) }
            // Keep the declared order so equal sets compare equal.
            picked.sort { a, b in (choices.firstIndex { $0.value == a } ?? .max) < (choices.firstIndex { $0.value == b } ?? .max) }
            return .success(.multi(picked))
        case .region:
            guard text.count == 12, text.allSatisfy(\.isASCIIDigit) else {
                return .failure(err("region", "\(label)应为12位村级区划代码"))
            }
            return .success(.text(text))
        }
    }

    /// What a person reads: labels for codes, 是/否, amounts with their unit.
    public func display(_ value: FieldValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .text(let s): return s
        case .int(let n): return String(n)
        case .fixed(let f):
            if case .fixed2(let unit) = kind { return "\(f) \(unit)" }
            return f.description
        case .date(let d): return d.description
        case .bool(let b): return b ? "是" : "否"
        case .choice(let c): return choices.first { $0.value == c }?.label ?? c
        case .multi(let cs): return cs.map { c in choices.first { $0.value == c }?.label ?? c }.joined(separator: "、")
        }
    }

    /// The raw text that `parse` turns back into the same value (form inputs, CSV).
    public func raw(_ value: FieldValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .text(let s): return s
        case .int(let n): return String(n)
        case .fixed(let f): return f.description
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .choice(let c): return c
        case .multi(let cs): return cs.joined(separator: ",")
        }
    }

    func err(_ code: String, _ message: String) -> FieldError { FieldError(field: key, code: code, message: message) }
}

/// The values of one record, keyed by `FieldSpec.key`. Absent keys are empty.
public struct Facts: Hashable, Sendable {
    public var values: [String: FieldValue]
    public init(_ values: [String: FieldValue] = [:]) { self.values = values }

    public subscript(key: String) -> FieldValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    public func text(_ key: String) -> String? {
        if case .text(let s)? = values[key] { return s }
        return nil
    }
    public func int(_ key: String) -> Int? {
        if case .int(let n)? = values[key] { return n }
        return nil
    }
    public func fixed(_ key: String) -> Fixed2? {
        if case .fixed(let f)? = values[key] { return f }
        return nil
    }
    public func date(_ key: String) -> Day? {
        if case .date(let d)? = values[key] { return d }
        return nil
    }
    public func bool(_ key: String) -> Bool? {
        if case .bool(let b)? = values[key] { return b }
        return nil
    }
    public func choice<E: Labeled>(_ key: String, as type: E.Type = E.self) -> E? {
        if case .choice(let c)? = values[key] { return E(rawValue: c) }
        return nil
    }
    public func multi<E: Labeled>(_ key: String, as type: E.Type = E.self) -> [E] {
        if case .multi(let cs)? = values[key] { return cs.compactMap(E.init(rawValue:)) }
        return []
    }
}

/// One changed field in a version: before and after as a person reads them.
public struct FieldChange: Hashable, Sendable, Codable {
    public var field: String
    public var label: String
    public var before: String?
    public var after: String?
    public init(field: String, label: String, before: String?, after: String?) {
        self.field = field; self.label = label; self.before = before; self.after = after
    }
}

public struct FieldTable: Sendable {
    public let specs: [FieldSpec]
    private let byKey: [String: Int]

    public init(_ specs: [FieldSpec]) {
        self.specs = specs
        self.byKey = Dictionary(uniqueKeysWithValues: specs.enumerated().map { ($1.key, $0) })
    }

    public subscript(key: String) -> FieldSpec? { byKey[key].map { specs[$0] } }

    /// The value as the field's form shows it (a choice's label); empty for a key the table does not hold.
    public func display(_ key: String, _ value: FieldValue?) -> String { self[key]?.display(value) ?? "" }

    public var sections: [String] {
        var seen: [String] = []
        for s in specs where !seen.contains(s.section) { seen.append(s.section) }
        return seen
    }

    /// Parses the given inputs onto `base`. Only keys present in `input` are touched (a PATCH);
    /// with `complete` every required field must end up filled (a create).
    public func apply(_ input: [String: String], to base: Facts = Facts(), complete: Bool) -> (Facts, [FieldError]) {
        var facts = base
        var errors: [FieldError] = []
        for spec in specs {
            guard let raw = input[spec.key] else {
                if complete && spec.required && facts[spec.key] == nil, case .failure(let e) = spec.parse("") {
                    errors.append(e)
                }
                continue
            }
            switch spec.parse(raw) {
            case .success(let v): facts[spec.key] = v
            case .failure(let e): errors.append(e)
            }
        }
        return (facts, errors)
    }

    /// Unknown keys in an API body are refused rather than silently dropped.
    public func unknownKeys(in input: [String: String], allowed extra: Set<String> = []) -> [String] {
        input.keys.filter { byKey[$0] == nil && !extra.contains($0) }.sorted()
    }

    public func diff(from old: Facts, to new: Facts) -> [FieldChange] {
        specs.compactMap { spec in
            let a = old[spec.key], b = new[spec.key]
            guard a != b else { return nil }
            return FieldChange(field: spec.key, label: spec.label,
                               before: a == nil ? nil : spec.display(a), after: b == nil ? nil : spec.display(b))
        }
    }
}
