import Foundation
import Vapor

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

enum DownloadKind {
    case xlsx, csv

    var mediaType: HTTPMediaType {
        switch self {
        case .xlsx: return HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case .csv: return HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        }
    }
}
