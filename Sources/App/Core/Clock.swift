import Domain
import Foundation
import NIOConcurrencyHelpers
import Vapor

enum Clock {
    /// Today in China (UTC+8) by the machine's clock, for tests that need the real date. The application never reads
    /// it: a request uses `req.today` and a command `app.clock.today`, which follow the application's clock.
    static var today: Day { day(of: Date()) }

    /// The China calendar day of an instant.
    static func day(of date: Date) -> Day {
        Day(daysSinceEpoch: Int(((date.timeIntervalSince1970 + 8 * 3600) / 86400).rounded(.down)))
    }

    /// 2026-11-22 18:51 (China time)
    static func format(_ epoch: Int64) -> String {
        let shifted = epoch + 8 * 3600
        let day = Day(daysSinceEpoch: Int((Double(shifted) / 86400).rounded(.down)))
        let secs = Int(((shifted % 86400) + 86400) % 86400)
        return "\(day) \(String(format: "%02d:%02d", secs / 3600, (secs % 3600) / 60))"
    }
    static func iso(_ epoch: Int64) -> String {
        let f = ISO8601DateFormatter()
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
    }
}

/// The application's clock: the machine's time, moved by a fixed offset when a test (or `FANGPIN_TODAY` on a training
/// server) sets one. Every date a request records or counts from comes from here, so tests drive deadlines and the
/// six-month clock by moving time rather than by typing dates the procedure would refuse.
package final class AppClock: Sendable {
    private let offset = NIOLockedValueBox<TimeInterval>(0)

    init(today: Day? = nil) {
        if let today { travel(to: today) }
    }

    package var now: Date { Date().addingTimeInterval(offset.withLockedValue { $0 }) }
    package var today: Day { Clock.day(of: now) }

    /// Moves the clock so that today is `day` (the time of day runs on).
    func travel(to day: Day) {
        let shift = TimeInterval(Clock.day(of: Date()).days(until: day)) * 86_400
        offset.withLockedValue { $0 = shift }
    }

    /// Back to the machine's time.
    func reset() { offset.withLockedValue { $0 = 0 } }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }
    package var clock: AppClock {
        get {
            if let c = storage[ClockKey.self] { return c }
            let c = AppClock()
            storage[ClockKey.self] = c
            return c
        }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    /// Now, by the application's clock.
    var now: Date { application.clock.now }
    /// Today in China, by the application's clock.
    var today: Day { application.clock.today }
}
