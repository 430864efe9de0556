import App
import Domain
import Fluent
import Vapor

/// `fangpin demo --households N --seed S [--db PATH]`: builds the deterministic demo county.
package struct DemoCommand: AsyncCommand {
    package init() {}

    package struct Signature: CommandSignature {
        package init() {}
        @Option(name: "households", help: "Number of households (default 5000)")
        var households: Int?
        @Option(name: "seed", help: "Random seed (default 2026)")
        var seed: Int?
    }

    package var help: String { "Builds a synthetic demo county (融安县 450224) in the database." }

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let n = signature.households ?? 5000
        guard n > 0, n <= 2_000_000 else { throw AppError.badRequest("--households 应在 1 至 2000000 之间") }
        let stats = try await DemoSetup.generate(on: app.db, households: n, seed: UInt64(signature.seed ?? 2026), today: app.clock.today) { done in
            if done % 20000 == 0 { print("  已写入 \(done) 户") }
        }
        try await app.regions.reload(on: app.db)
        print("已生成 \(stats.households) 户、\(stats.members) 人，用时 \(String(format: "%.2f", stats.seconds)) 秒（\(Int(Double(stats.households + stats.members) / stats.seconds)) 行/秒）")
    }
}
