import Domain
@preconcurrency import Plot

enum RegionTree {
    struct Node_ {
        var entry: RegionDirectory.Entry
        var children: [Node_]
    }

    struct Model {
        var viewer: Viewer
        var roots: [Node_]
        var counts: [String: (all: Int, monitored: Int, alleviated: Int)]
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "行政区划", viewer: m.viewer, active: "regions", content: .group(
            .h1(.text("行政区划")),
            .p(.class("muted"), .text("县 → 乡镇 → 村（社区）→ 村民小组。括号内为在册户数 / 监测户 / 脱贫户。")),
            .div(.class("card"), .ul(.class("tree"), .id("region-tree"), .forEach(m.roots) { item($0, m) }))
        ))
    }

    static func total(_ n: Node_, _ m: Model) -> (Int, Int, Int) {
        if n.entry.level == .village, let c = m.counts[n.entry.code] { return (c.all, c.monitored, c.alleviated) }
        return n.children.reduce((0, 0, 0)) { acc, child in
            let t = total(child, m)
            return (acc.0 + t.0, acc.1 + t.1, acc.2 + t.2)
        }
    }

    static func item(_ n: Node_, _ m: Model) -> Node<HTML.ListContext> {
        let t = total(n, m)
        let label: BodyNode = .group(
            .strong(.text(n.entry.name)), .span(.class("muted"), .text(" \(n.entry.code) ")),
            .if(n.entry.level != .group, .span(.text("（\(t.0) / \(t.1) / \(t.2)）"))),
            .forEach(n.entry.flags.labels) { .span(.class("badge flag"), .text($0)) }
        )
        switch n.entry.level {
        case .county, .township:
            return .li(.details(.open(n.entry.level == .county), .summary(label),
                                .ul(.class("tree"), .forEach(n.children) { item($0, m) })))
        case .village:
            return .li(label, .text(" "), .a(.href(SiteURL.households(query: ["village": n.entry.code])), .text("查看农户")),
                       .if(!n.children.isEmpty, .span(.class("muted"), .text("  村民小组：" + n.children.map(\.entry.name).joined(separator: "、")))))
        case .group:
            return .li(label)
        }
    }
}
