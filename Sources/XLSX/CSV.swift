import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Comma-separated files as Chinese offices write them: UTF-8 (with or without a byte-order mark) or
/// GB18030/GBK, which Excel writes on a Chinese Windows. RFC 4180 quoting; CRLF or LF line ends.
public enum CSV {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }

    public enum CSVError: Error, Equatable, CustomStringConvertible {
        case undecodable
        case unterminatedQuote(line: Int)
        public var description: String {
            switch self {
            case .undecodable: return "文件编码无法识别：请另存为 UTF-8 或 GBK（GB18030）编码的 CSV"
            case .unterminatedQuote(let line): return "第\(line)行的引号没有闭合，请检查文件"
            }
        }
    }

    /// Decodes the bytes: UTF-8 when they are valid UTF-8, otherwise GB18030 (a superset of GBK and GB2312).
    public static func decode(_ data: Data) throws -> (String, Encoding) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let s = String(data: bytes, encoding: .utf8) { return (s, .utf8) }
        guard let s = convert(bytes, from: "GB18030") else { throw CSVError.undecodable }
        return (s, .gb18030)
    }

    /// glibc's iconv: Foundation on Linux has no GB18030 decoder.
    static func convert(_ data: Data, from encoding: String) -> String? {
        transcode([UInt8](data), from: encoding, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// Encodes text as GB18030 (for tests and for offices whose tools want it).
    public static func encodeGB18030(_ text: String) -> Data? {
        transcode(Array(text.utf8), from: "UTF-8", to: "GB18030").map { Data($0) }
    }

    /// The whole input converted between two encodings, or nil when a byte sequence is invalid.
    static func transcode(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let cd = iconv_open(target, source)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok, inLeft == 0 else { return nil }
        return Array(output[0..<(output.count - outLeft)])
    }

    /// Splits text into rows of fields (works on the UTF-8 bytes: quotes, commas and line ends are ASCII).
    public static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        var line = 1
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var utf8 = text.utf8.makeIterator()
        var pending: UInt8? = nil
        func finishField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); fieldStarted = false }
        while let c = pending ?? utf8.next() {
            pending = nil
            if quoted {
                if c == quote {
                    if let n = utf8.next() {
                        if n == quote { field.append(quote) } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    if c == lf { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case quote where field.isEmpty:
                quoted = true
                fieldStarted = true
            case comma:
                finishField()
            case cr:
                break
            case lf:
                finishField()
                rows.append(row)
                row = []
                line += 1
            default:
                field.append(c)
                fieldStarted = true
            }
        }
        if quoted { throw CSVError.unterminatedQuote(line: line) }
        if fieldStarted || !field.isEmpty || !row.isEmpty { finishField(); rows.append(row) }
        return rows
    }

    /// Writes rows as UTF-8 with a byte-order mark (so Excel opens Chinese text correctly).
    public static func write(_ rows: [[String]]) -> Data {
        func quote(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        let text = rows.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }
}
