/// A validation failure tied to one input field, with a message in Chinese for the person who typed it.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var code: String
    public var message: String

    public init(field: String, code: String = "invalid", message: String) {
        self.field = field; self.code = code; self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Several field errors at once (a form shows each next to its field).
public struct ValidationErrors: Error, Sendable {
    public var errors: [FieldError]
    public init(_ errors: [FieldError]) { self.errors = errors }
}
