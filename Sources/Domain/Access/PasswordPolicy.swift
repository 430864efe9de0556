/// What a password must be (SPEC §5): by default at least 8 characters with letters and digits.
/// A county may ask for more (a longer minimum, a symbol); the numbers are configuration.
public struct PasswordPolicy: Sendable, Equatable {
    public var minimumLength = 8
    public var requiresLetter = true
    public var requiresDigit = true
    public var requiresSymbol = false

    public init(minimumLength: Int = 8, requiresLetter: Bool = true, requiresDigit: Bool = true, requiresSymbol: Bool = false) {
        self.minimumLength = minimumLength
        self.requiresLetter = requiresLetter
        self.requiresDigit = requiresDigit
        self.requiresSymbol = requiresSymbol
    }

    /// The rule in one Chinese sentence, for the form's hint and its error.
    public var description: String {
        var kinds: [String] = []
        if requiresLetter { kinds.append("字母") }
        if requiresDigit { kinds.append("数字") }
        if requiresSymbol { kinds.append("符号") }
        let list = kinds.count <= 1 ? kinds.joined() : kinds.dropLast().joined(separator: "、") + "和" + (kinds.last ?? "")
        let tail = kinds.isEmpty ? "" : (kinds.count == 1 ? "，且须包含" : "，且须同时包含") + list
        return "密码至少\(minimumLength)位" + tail
    }

    /// nil when the password is acceptable, otherwise the rule it breaks.
    public func problem(with password: String) -> String? {
        let letters = password.contains { $0.isASCII && $0.isLetter }
        let digits = password.contains { $0.isASCII && $0.isNumber }
        let symbols = password.contains { !$0.isLetter && !$0.isNumber && !$0.isWhitespace }
        if password.count < minimumLength || (requiresLetter && !letters) || (requiresDigit && !digits) || (requiresSymbol && !symbols) {
            return description
        }
        if password.contains(where: \.isWhitespace) { return "密码不能包含空格" }
        return nil
    }
}
