import Domain
import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// A statement serialized ahead of time (for example on another task than the one that runs it).
package struct SerializedStatement: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]
    /// The binds already encoded for SQLite, when serialized for it (encoding is most of the cost of a bulk insert).
    var sqliteBinds: [SQLiteData]? = nil

    /// Runs the statement: straight through SQLiteNIO when the binds are pre-encoded, else through SQLKit.
    package func run(on sql: any SQLDatabase) async throws {
        if let sqliteBinds {
            guard let lite = sql as? any SQLiteDatabase else { throw AppError.internalError("为SQLite编码的批量语句不能在其他数据库上执行") }
            try await lite.query(self.sql, sqliteBinds) { _ in }
        } else {
            try await sql.execute(sql: self) { _ in }
        }
    }

    package func serialize(to serializer: inout SQLSerializer) {
        // Placeholders were numbered from 1 when this was serialized: it is always run as the whole statement
        // (`run(on:)`), never nested in another.
        serializer.write(sql)
        serializer.binds = binds
    }
}

/// One column value of a bulk insert, typed so it can be handed to either database without reflection.
package enum BulkValue: Sendable {
    case text(String?)
    case int(Int64?)
    case bool(Bool?)

    var sqlExpression: any SQLExpression {
        switch self {
        case .text(let v): return SQLBind(v)
        case .int(let v): return SQLBind(v)
        case .bool(let v): return SQLBind(v)
        }
    }

    var encodable: any Encodable & Sendable {
        switch self {
        case .text(let v): return v
        case .int(let v): return v
        case .bool(let v): return v
        }
    }

    /// What SQLiteKit's encoder would make of the value (booleans are integers in SQLite).
    var sqlite: SQLiteData {
        switch self {
        case .text(let v?): return .text(v)
        case .int(let v?): return .integer(Int(v))
        case .bool(let v?): return .integer(v ? 1 : 0)
        default: return .null
        }
    }
}

/// Multi-row inserts for the paths that write thousands of rows at once: the demo county, department-list imports,
/// data-quality runs (and the registry import to come).
package enum BulkInsert {
    /// Multi-row inserts in chunks that stay under the bind-variable limits of SQLite and PostgreSQL, through the
    /// bulk path (typed values, serialized once) rather than SQLKit's general encoder.
    package static func insert(_ sql: any SQLDatabase, _ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]]) async throws {
        guard !rows.isEmpty else { return }
        let chunk = max(1, 30_000 / columns.count)
        for statement in try statements(into: table, columns: columns, rows: try rows.map { try $0.map(bulk) }, chunk: chunk, on: sql) {
            try await statement.run(on: sql)
        }
    }

    /// The typed value of a row cell (nil of any optional type is NULL).
    static func bulk(_ value: any Encodable & Sendable) throws -> BulkValue {
        switch value {
        case let s as String: return .text(s)
        case let i as Int: return .int(Int64(i))
        case let i as Int64: return .int(i)
        case let b as Bool: return .bool(b)
        default:
            // An optional: its declared type decides the column type of a NULL (PostgreSQL checks it).
            let t = type(of: value)
            if t == Optional<String>.self { return .text(value as? String) }
            if t == Optional<Int>.self { return .int((value as? Int).map(Int64.init)) }
            if t == Optional<Int64>.self { return .int(value as? Int64) }
            if t == Optional<Bool>.self { return .bool(value as? Bool) }
            throw AppError.internalError("批量写入遇到不支持的数据类型：\(t)")
        }
    }

    /// A flat string map as JSON, without JSONEncoder (which dominates bulk paths on Linux).
    package static func json(_ facts: [String: String]) -> String {
        func quote(_ s: String) -> String {
            var out = "\""
            out.reserveCapacity(s.utf8.count + 2)
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
                }
            }
            return out + "\""
        }
        return "{" + facts.sorted { $0.key < $1.key }.map { quote($0.key) + ":" + quote($0.value) }.joined(separator: ",") + "}"
    }

    /// Multi-row INSERTs of at most `chunk` rows each, serialized for `database`'s dialect (SQLKit's general
    /// serializer and encoder cost more than the insert itself here).
    package static func statements(into table: String, columns: [String], rows: [[BulkValue]], chunk: Int,
                           on database: any SQLDatabase) throws -> [SerializedStatement] {
        let width = columns.count, chunk = max(1, chunk)
        if let bad = rows.first(where: { $0.count != width }) {
            throw AppError.internalError("批量写入\(table)：一行有\(bad.count)个值，应为\(width)个")
        }
        let isSQLite = database is any SQLiteDatabase
        // "?N" for SQLite, "$N" for PostgreSQL, as their dialects write them (serializing each through SQLKit costs
        // more than the insert when a batch is written in many slices).
        let mark = isSQLite ? "?" : "$"
        let placeholders = (1...max(1, min(chunk, rows.count) * width)).map { mark + String($0) }
        let head = "INSERT INTO " + database.serialize(SQLIdentifier(table)).sql
        let columnList = database.serialize(SQLList(columns.map { SQLIdentifier($0) })).sql
        return stride(from: 0, to: rows.count, by: chunk).map { start in
            let slice = rows[start..<min(start + chunk, rows.count)]
            var sql = head + " (" + columnList + ") VALUES "
            sql.reserveCapacity(slice.count * width * 7 + 200)
            var n = 0
            for (r, row) in slice.enumerated() {
                sql += r == 0 ? "(" : ", ("
                for c in 0..<width {
                    if c > 0 { sql += ", " }
                    sql += placeholders[n]
                    n += 1
                }
                sql += ")"
            }
            let values = slice.joined()
            if isSQLite {
                return SerializedStatement(sql: sql, binds: [], sqliteBinds: values.map(\.sqlite))
            }
            return SerializedStatement(sql: sql, binds: values.map(\.encodable))
        }
    }
}
