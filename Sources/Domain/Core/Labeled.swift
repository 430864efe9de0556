/// An enumeration whose raw value is the stable API/database code and whose `label` is what officials read.
public protocol Labeled: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    var label: String { get }
}

extension Labeled {
    /// Accepts the code (`ordinary`) or the Chinese label (`一般户`), so spreadsheets and forms both work.
    public static func parse(_ text: String) -> Self? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return Self(rawValue: t) ?? allCases.first { $0.label == t }
    }

    public static var choices: [Choice] { allCases.map { Choice(value: $0.rawValue, label: $0.label) } }
}

public struct Choice: Hashable, Sendable {
    public var value: String
    public var label: String
    public init(value: String, label: String) { self.value = value; self.label = label }
}
