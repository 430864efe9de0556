import Foundation

/// Client addresses as the audit trail, the sign-in throttle and the self-report limit see them.
enum ClientAddress {
    /// The peer, or — when the peer is a trusted proxy — the last address in `X-Forwarded-For` that is not itself a
    /// trusted proxy. Anything that is not an IP address is dropped; an unknown peer is "".
    static func resolve(peer: String?, forwardedFor: [String], trusted: Set<String>) -> String {
        guard let peer = peer.flatMap(normalized) else { return "" }
        guard trusted.contains(peer) else { return peer }
        // Proxies append: the right end is the nearest hop. Walk left past our own proxies.
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() {
            guard let address = normalized(hop) else { return peer }
            if !trusted.contains(address) { return address }
        }
        return peer
    }

    /// The canonical text of an IPv4 or IPv6 address, or nil when `text` is not one.
    static func normalized(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 45 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, t, &v4) == 1 {
            var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            guard inet_ntop(AF_INET, &v4, &buffer, socklen_t(INET_ADDRSTRLEN)) != nil else { return nil }
            return String(cString: buffer)
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, t, &v6) == 1 {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            guard inet_ntop(AF_INET6, &v6, &buffer, socklen_t(INET6_ADDRSTRLEN)) != nil else { return nil }
            return String(cString: buffer)
        }
        return nil
    }

    /// `FANGPIN_TRUSTED_PROXIES`: comma-separated addresses; anything unparsable is ignored.
    static func parseList(_ text: String) -> Set<String> {
        Set(text.split(separator: ",").compactMap { normalized(String($0)) })
    }
}
