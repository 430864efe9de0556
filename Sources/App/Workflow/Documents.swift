import Crypto
import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Documents attached to a case step (photos of the house, scans of the signed authorisation, meeting minutes,
/// notices). Files live on disk beside the database; the table keeps who attached what, when, to which step.
struct CreateDocuments: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("documents")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("case_id", .string, .required, .references("cases", "id", onDelete: .cascade))
            .field("state", .string, .required)
            .field("title", .string, .required)
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("at", .int64, .required)
            .create()
        try await IndexSpec(name: "documents_case", table: "documents", columns: ["case_id"]).create(on: try db.sql())
    }
    func revert(on db: any Database) async throws { try await db.schema("documents").delete() }
}

struct DocumentRecord: Sendable {
    var id, caseID, title, filename, contentType, sha256, uploadedBy: String
    var state: CaseState?
    var size: Int64
    var at: Int64

    /// A row of the documents table.
    private struct Columns: Decodable {
        var id, caseId, state, title, filename, contentType, sha256, uploadedBy: String
        var size, at: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; caseID = c.caseId; state = CaseState(rawValue: c.state); title = c.title; filename = c.filename
        contentType = c.contentType; size = c.size; sha256 = c.sha256; uploadedBy = c.uploadedBy; at = c.at
    }
}

enum Documents {
    /// What may be attached: photos and scans, recognised by their first bytes (not by the name the browser sends).
    enum Kind: String, CaseIterable {
        case jpeg = "image/jpeg", png = "image/png", pdf = "application/pdf"
        var ext: String { self == .jpeg ? "jpg" : self == .png ? "png" : "pdf" }
        static func sniff(_ data: Data) -> Kind? {
            let b = [UInt8](data.prefix(8))
            if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
            if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
            if b.starts(with: Array("%PDF-".utf8)) { return .pdf }
            return nil
        }
    }

    static func list(caseID: String, on db: any Database) async throws -> [DocumentRecord] {
        try await (try db.sql()).raw("SELECT * FROM documents WHERE case_id = \(bind: caseID) ORDER BY at").all().map(DocumentRecord.init(row:))
    }

    static func find(id: String, on db: any Database) async throws -> DocumentRecord? {
        try await (try db.sql()).raw("SELECT * FROM documents WHERE id = \(bind: id)").first().map(DocumentRecord.init(row:))
    }

    static func path(_ directory: String, _ d: DocumentRecord) -> String {
        directory + "/" + d.id + "." + (Kind(rawValue: d.contentType)?.ext ?? "bin")
    }

    /// Checks and stores one file for the case's current step; the row and the audit entry are written together,
    /// the file first (a crash leaves at most an orphan file, never a row without its file).
    static func attach(to c: CaseRecord, title rawTitle: String, filename: String, data: Data, by who: AuditLog.Actor,
                       directory: String, maxBytes: Int, now: Date, on db: any Database) async throws -> DocumentRecord {
        let title = rawTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...60).contains(title.count) else {
            throw AppError.validation([FieldError(field: "title", code: "required", message: "请填写材料名称（1–60字），如“入户核实照片”“承诺授权书”")])
        }
        guard !data.isEmpty else { throw AppError.validation([FieldError(field: "file", code: "required", message: "请选择要上传的文件")]) }
        guard data.count <= maxBytes else {
            throw AppError.validation([FieldError(field: "file", code: "too_large",
                                                  message: "文件过大（\(data.count / 1024 / 1024) MB），单个文件不能超过\(maxBytes / 1024 / 1024) MB；照片请压缩后再上传")])
        }
        guard let kind = Kind.sniff(data) else {
            throw AppError.validation([FieldError(field: "file", code: "type", message: "只能上传JPG、PNG照片或PDF扫描件")])
        }
        let id = UUID().uuidString.lowercased()
        let digest = Hex.sha256(data)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/" + id + "." + kind.ext
        guard FileManager.default.createFile(atPath: file, contents: data) else {
            throw AppError(status: .internalServerError, code: "storage", message: "文件保存失败，请联系管理员检查存储目录")
        }
        let stamp = Int64(now.timeIntervalSince1970)
        let name = String(filename.split(separator: "/").last ?? "").prefix(120)
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "documents")
                .columns("id", "county_code", "case_id", "state", "title", "filename", "content_type", "size", "sha256", "uploaded_by", "at")
                .values(SQLBind(id), SQLBind(c.countyCode), SQLBind(c.id), SQLBind(c.state.rawValue), SQLBind(title), SQLBind(String(name)),
                        SQLBind(kind.rawValue), SQLBind(Int64(data.count)), SQLBind(digest), SQLBind(who.username), SQLBind(stamp)).run()
            try await AuditLog.append(on: sql, who, action: "document.attach", entity: "case", entityID: c.id,
                                      detail: ["document": .string(id), "title": .string(title), "size": .number(Double(data.count)),
                                               "sha256": .string(digest)], at: now)
        }
        guard let d = try await find(id: id, on: db) else { throw AppError.notFound("材料") }
        return d
    }
}

extension Request {
    /// Where attached files are stored (`FANGPIN_FILES`, default `files` beside the SQLite file or the working directory).
    var filesDirectory: String { application.config.filesDirectory }
}
