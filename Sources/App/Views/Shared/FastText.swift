import Plot

extension Node {
    /// Text, escaped as Plot does but on bytes (`htmlText`); shadows Plot's `text` everywhere in this module.
    static func text(_ text: String) -> Node { .raw(htmlText(text)) }
}
