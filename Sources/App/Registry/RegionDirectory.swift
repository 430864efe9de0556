import Domain
import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The county's regions, small enough (hundreds to a few thousand rows) to keep in memory and read on
/// every request for names and the tree. Reloaded after the regions change.
package final class RegionDirectory: Sendable {
    package struct Entry: Sendable, Hashable {
        package var code: String
        var name: String
        package var level: RegionLevel
        var parentCode: String?
        package var flags: RegionFlags
    }

    private let state = NIOLockedValueBox<(byCode: [String: Entry], children: [String: [String]])>(([:], [:]))

    /// A row of the regions table.
    private struct Columns: Decodable {
        var code, name, level: String
        var parentCode, keyVillageLevel: String?
        var relocationSite, formerDeeplyPoor, alleviatedVillage, abandonedMine, disasterArea: Bool
        var relocationSize: Int?
    }

    package func reload(on db: any Database) async throws {
        let rows = try await db.sql().raw("SELECT * FROM regions ORDER BY code").all()
        var byCode: [String: Entry] = [:]
        var children: [String: [String]] = [:]
        for row in rows {
            let c = try row.record(Columns.self)
            var flags = RegionFlags()
            flags.relocationSite = c.relocationSite; flags.relocationSize = c.relocationSize
            flags.formerDeeplyPoor = c.formerDeeplyPoor; flags.alleviatedVillage = c.alleviatedVillage
            flags.keyVillageLevel = c.keyVillageLevel.flatMap(KeyVillageLevel.init(rawValue:))
            flags.abandonedMine = c.abandonedMine; flags.disasterArea = c.disasterArea
            let e = Entry(code: c.code, name: c.name, level: RegionLevel(rawValue: c.level) ?? .village, parentCode: c.parentCode, flags: flags)
            byCode[e.code] = e
            if let p = e.parentCode { children[p, default: []].append(e.code) }
        }
        state.withLockedValue { $0 = (byCode, children) }
    }

    package subscript(code: String) -> Entry? { state.withLockedValue { $0.byCode[code] } }

    package func children(of code: String) -> [Entry] {
        state.withLockedValue { s in (s.children[code] ?? []).compactMap { s.byCode[$0] } }
    }

    package var counties: [Entry] { state.withLockedValue { s in s.byCode.values.filter { $0.level == .county }.sorted { $0.code < $1.code } } }

    var isEmpty: Bool { state.withLockedValue { $0.byCode.isEmpty } }

    /// 长安镇 · 幸福家园社区
    func fullName(_ code: String) -> String {
        state.withLockedValue { s in
            var names: [String] = []
            var c: String? = code
            while let cur = c, let e = s.byCode[cur], e.level != .county {
                names.insert(e.name, at: 0)
                c = e.parentCode
            }
            if names.isEmpty { return s.byCode[code]?.name ?? code }
            return names.joined(separator: " · ")
        }
    }

    /// Townships inside a scope, in code order.
    package func townships(in scope: String) -> [Entry] {
        state.withLockedValue { s in
            s.byCode.values.filter { $0.level == .township && ($0.code.hasPrefix(scope) || scope.hasPrefix($0.code)) }.sorted { $0.code < $1.code }
        }
    }

    /// Villages inside a scope, in code order (for filters and forms).
    package func villages(in scope: String) -> [Entry] {
        state.withLockedValue { s in
            s.byCode.values.filter { $0.level == .village && $0.code.hasPrefix(scope) }.sorted { $0.code < $1.code }
        }
    }

    package static func insert(_ regions: [DemoCounty.Region], on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: regions.count, by: 200).map({ Array(regions[$0..<min($0 + 200, regions.count)]) }) {
            var insert = sql.insert(into: "regions").columns("code", "county_code", "name", "level", "parent_code", "relocation_site",
                                                               "relocation_size", "former_deeply_poor", "alleviated_village",
                                                               "key_village_level", "abandoned_mine", "disaster_area")
            for r in chunk {
                insert = insert.values(SQLBind(r.code), SQLBind(String(r.code.prefix(6))), SQLBind(r.name), SQLBind(r.level.rawValue),
                                       SQLBind(r.parentCode), SQLBind(r.flags.relocationSite), SQLBind(r.flags.relocationSize),
                                       SQLBind(r.flags.formerDeeplyPoor), SQLBind(r.flags.alleviatedVillage),
                                       SQLBind(r.flags.keyVillageLevel?.rawValue), SQLBind(r.flags.abandonedMine), SQLBind(r.flags.disasterArea))
            }
            try await insert.run()
        }
    }
}

extension Application {
    private struct RegionsKey: StorageKey { typealias Value = RegionDirectory }
    package var regions: RegionDirectory {
        if let r = storage[RegionsKey.self] { return r }
        let r = RegionDirectory()
        storage[RegionsKey.self] = r
        return r
    }
}

extension Request {
    var regions: RegionDirectory { application.regions }
}
