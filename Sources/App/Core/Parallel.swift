import Foundation

enum Parallel {
    /// `transform` over `items` on every core, in order. For pure work on large arrays (checking rules per household).
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> U) async -> [U] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / 500))
        guard workers > 1 else { return items.map(transform) }
        let size = (items.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [U]).self) { group in
            for w in 0..<workers {
                let slice = Array(items[min(items.count, w * size)..<min(items.count, (w + 1) * size)])
                group.addTask { (w, slice.map(transform)) }
            }
            var parts = [[U]](repeating: [], count: workers)
            for await (w, part) in group { parts[w] = part }
            return parts.flatMap { $0 }
        }
    }
}
