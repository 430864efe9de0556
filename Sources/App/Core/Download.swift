import Domain
import Foundation
import Vapor
import XLSX

extension Response {
    /// A file to save: the content type and a Chinese file name (RFC 5987) with an ASCII fallback for old clients.
    static func download(_ data: Data, kind: DownloadKind, name: String, fallback: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = kind.mediaType
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? fallback
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)")
        return response
    }
}

extension Response {
    /// An attached photo or scan: saved by the browser, never rendered on this site whatever its bytes hold.
    static func attachedFile(_ data: Data, contentType: String, name: String, fallback: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; sandbox")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? fallback
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)")
        return response
    }
}

enum DownloadKind {
    case xlsx, csv

    var mediaType: HTTPMediaType {
        switch self {
        case .xlsx: return HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case .csv: return HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        }
    }
}

extension Principal {
    /// Who an export names as its author: "username（role）".
    var exporter: String { "\(username)（\(role.label)）" }
}

extension Sheet {
    /// The 说明 sheet of an export: what it holds, then who exported it and when (SPEC §5).
    static func exportNote(_ p: Principal, at now: Date, _ items: [(String, String)]) -> Sheet {
        Sheet(name: "说明", header: ["项目", "内容"], rows: items.map { [.text($0.0), .text($0.1)] } + [
            [.text("导出人"), .text(p.exporter)], [.text("导出时间"), .text(Clock.format(Int64(now.timeIntervalSince1970)))],
        ])
    }
}
