import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Self-reports per address and per ID number, and status lookups per address, within a window.
enum SelfReportThrottle {
    typealias Limits = SelfReportLimits

    static func check(address: String, idNumber: String, on db: any Database, now: Date, limits: Limits) async throws {
        let sql = try db.sql()
        let stamp = Int64(now.timeIntervalSince1970)
        let byAddress = try await sql.raw("""
            SELECT COUNT(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE e.actor_role = 'public' AND c.reporter_address = \(bind: address) AND e.at >= \(bind: stamp - 3600)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        if byAddress >= limits.perAddressPerHour {
            throw AppError(status: .tooManyRequests, code: "throttled", message: "提交过于频繁，请一小时后再试；急事请直接联系村委会或拨打县防返贫热线", field: "idNumber")
        }
        let byID = try await sql.raw("""
            SELECT COUNT(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE e.actor_role = 'public' AND c.reporter_id_number = \(bind: idNumber) AND e.at >= \(bind: stamp - 86_400)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        if byID >= limits.perIDNumberPerDay {
            throw AppError(status: .tooManyRequests, code: "throttled", message: "该身份证号码今天已申报\(byID)次，工作人员会尽快联系您，请勿重复提交", field: "idNumber")
        }
    }

    static func checkLookup(address: String, idNumber: String, on db: any Database, now: Date, limits: Limits, auditKey: SymmetricKey?) async throws {
        let stamp = Int64(now.timeIntervalSince1970)
        // The trail keeps a digest of the number looked up, not the number: enough to count attempts per number.
        let key = Hex.sha256("selfreport|" + idNumber)
        try await db.write { db in
            let sql = try db.sql()
            let n = try await sql.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'selfreport.lookup' AND address = \(bind: address) AND at >= \(bind: stamp - 3600)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            if n >= limits.lookupsPerAddressPerHour {
                throw AppError(status: .tooManyRequests, code: "throttled", message: "查询过于频繁，请稍后再试")
            }
            let perID = try await sql.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'selfreport.lookup' AND entity_id = \(bind: key) AND at >= \(bind: stamp - 86_400)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            if perID >= limits.lookupsPerIDNumberPerDay {
                throw AppError(status: .tooManyRequests, code: "throttled", message: "该身份证号码今天查询次数已满，请明天再试或联系村委会")
            }
            try await AuditLog.append(on: sql, AuditLog.Actor(username: "农户查询", role: "public", address: address, at: now, key: auditKey), action: "selfreport.lookup",
                                      entity: "case", entityID: key, at: now)
        }
    }
}
