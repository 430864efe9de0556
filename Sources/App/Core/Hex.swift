import Crypto
import Foundation

enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lower-case hex of bytes (String(format:) per byte is slow on Linux, and bulk paths hash every row).
    static func string<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func sha256(_ data: Data) -> String { string(SHA256.hash(data: data)) }
    static func sha256(_ text: String) -> String { string(SHA256.hash(data: Data(text.utf8))) }
}
