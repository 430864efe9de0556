import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// 整改佐证材料: the photos and scans a ledger item is closed with (its message asks for 整改结果及佐证). Files live on
/// disk beside the case documents; the table keeps who attached what, when, to which item.
struct CreateRectificationFiles: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("rectification_files")
            .field("id", .string, .identifier(auto: false))
            .field("rectification_id", .string, .required, .references("rectifications", "id", onDelete: .cascade))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("at", .int64, .required)
            .create()
        try await IndexSpec(name: "rectification_files_item", table: "rectification_files", columns: ["rectification_id"]).create(on: try db.sql())
    }
    func revert(on db: any Database) async throws { try await db.schema("rectification_files").delete() }
}

/// One stored evidence file (a rectification's document, a visit's photo): `owner` is the record it belongs to.
struct StoredFileRecord: Sendable {
    var id, owner, filename, contentType, sha256, uploadedBy: String
    var size, at: Int64

    private struct Columns: Decodable {
        var id, filename, contentType, sha256, uploadedBy: String
        var size, at: Int64
    }

    /// A row of a files table whose owner is in `ownerColumn` (`rectification_id`, `visit_id`).
    init(row: any SQLRow, ownerColumn: String) throws {
        let c = try row.record(Columns.self)
        id = c.id; filename = c.filename; contentType = c.contentType; sha256 = c.sha256; uploadedBy = c.uploadedBy; size = c.size; at = c.at
        owner = try row.decode(column: ownerColumn, as: String.self)
    }
}

enum RectificationFiles {
    /// At most this many files close one item.
    static let maxFiles = 5

    /// A file checked and ready to store: its kind from its first bytes, never from the name the browser sends.
    struct Checked: Sendable {
        var id: String
        var filename: String
        var kind: Documents.Kind
        var data: Data
    }

    /// `noun` names the files in the messages ("佐证材料", "走访照片").
    static func check(_ files: [(filename: String, data: Data)], maxBytes: Int, noun: String = "佐证材料") throws -> [Checked] {
        let present = files.filter { !$0.data.isEmpty }
        guard present.count <= maxFiles else {
            throw AppError.validation([FieldError(field: "files", code: "too_many", message: "\(noun)最多上传\(maxFiles)个文件")])
        }
        return try present.map { f in
            guard f.data.count <= maxBytes else {
                throw AppError.validation([FieldError(field: "files", code: "too_large",
                                                      message: "文件“\(f.filename.prefix(40))”过大，单个文件不能超过\(maxBytes / 1024 / 1024) MB；照片请压缩后再上传")])
            }
            guard let kind = Documents.Kind.sniff(f.data) else {
                throw AppError.validation([FieldError(field: "files", code: "type", message: "文件“\(f.filename.prefix(40))”不是JPG、PNG照片或PDF扫描件")])
            }
            return Checked(id: UUID().uuidString.lowercased(), filename: String((f.filename.split(separator: "/").last ?? "").prefix(120)), kind: kind, data: f.data)
        }
    }

    static func directory(_ base: String, folder: String = "rectifications") -> String { base + "/" + folder }
    static func path(_ base: String, id: String, contentType: String, folder: String = "rectifications") -> String {
        directory(base, folder: folder) + "/" + id + "." + (Documents.Kind(rawValue: contentType)?.ext ?? "bin")
    }

    /// Writes the files to disk (before the rows, so a crash leaves at most an orphan file, never a row without its file).
    static func save(_ files: [Checked], base: String, folder: String = "rectifications") throws {
        guard !files.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: directory(base, folder: folder), withIntermediateDirectories: true)
        for f in files {
            guard FileManager.default.createFile(atPath: path(base, id: f.id, contentType: f.kind.rawValue, folder: folder), contents: f.data) else {
                throw AppError(status: .internalServerError, code: "storage", message: "文件保存失败，请联系管理员检查存储目录")
            }
        }
    }

    /// The rows, inside the caller's transaction.
    static func insert(_ files: [Checked], item: String, by who: AuditLog.Actor, now: Date, on sql: any SQLDatabase) async throws {
        for f in files {
            try await sql.insert(into: "rectification_files")
                .columns("id", "rectification_id", "filename", "content_type", "size", "sha256", "uploaded_by", "at")
                .values(SQLBind(f.id), SQLBind(item), SQLBind(f.filename), SQLBind(f.kind.rawValue), SQLBind(Int64(f.data.count)),
                        SQLBind(Hex.sha256(f.data)), SQLBind(who.username), SQLBind(Int64(now.timeIntervalSince1970))).run()
        }
    }

    static func list(of item: String, on db: any Database) async throws -> [StoredFileRecord] {
        try await (try db.sql()).raw("SELECT * FROM rectification_files WHERE rectification_id = \(bind: item) ORDER BY at, filename").all()
            .map { try StoredFileRecord(row: $0, ownerColumn: "rectification_id") }
    }

    static func find(id: String, item: String, on db: any Database) async throws -> StoredFileRecord? {
        try await (try db.sql()).raw("SELECT * FROM rectification_files WHERE id = \(bind: id) AND rectification_id = \(bind: item)").first()
            .map { try StoredFileRecord(row: $0, ownerColumn: "rectification_id") }
    }
}
