import Foundation

/// Reads the cell text of every worksheet of an Excel 97–2003 workbook (.xls: BIFF8 in an OLE2 compound file), as
/// `XLSXReader` does for .xlsx: shared and inline strings, numbers (whole numbers without ".0", very large ones in
/// Excel's "4.50224198001011E+17" form so that an ID number stored as a number is recognised as damaged), booleans,
/// and formulas by their last computed value. Dates are day numbers, as in .xlsx. Every offset is checked: a damaged
/// file is an `XLSXError`, never a crash.
public enum XLSReader {
    /// The compound file's signature (the first eight bytes of every .xls).
    public static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The most cells a sheet may spread over (its rows times their widths): 65,536 rows of 100 columns.
    public static let maxCells = 65_536 * 100

    public static func read(_ data: Data) throws -> [XLSXReader.ReadSheet] {
        let bytes = Bytes([UInt8](data))
        let stream = try CompoundFile(bytes).stream(named: ["Workbook", "WORKBOOK", "workbook"], old: ["Book", "BOOK"])
        return try Workbook(Bytes(stream)).sheets()
    }

    // MARK: - Bytes

    struct Bytes {
        let b: [UInt8]
        init(_ b: [UInt8]) { self.b = b }
        var count: Int { b.count }

        func u8(_ i: Int) throws -> UInt8 {
            guard i >= 0, i < b.count else { throw XLSXError.malformed("xls 数据越界") }
            return b[i]
        }
        func u16(_ i: Int) throws -> Int { Int(try u8(i)) | Int(try u8(i + 1)) << 8 }
        func u32(_ i: Int) throws -> UInt32 {
            UInt32(try u8(i)) | UInt32(try u8(i + 1)) << 8 | UInt32(try u8(i + 2)) << 16 | UInt32(try u8(i + 3)) << 24
        }
        func f64(_ i: Int) throws -> Double {
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(try u8(i + k)) << (8 * UInt64(k)) }
            return Double(bitPattern: bits)
        }
        func slice(_ i: Int, _ n: Int) throws -> ArraySlice<UInt8> {
            guard i >= 0, n >= 0, i <= b.count - n else { throw XLSXError.malformed("xls 数据越界") }
            return b[i..<(i + n)]
        }
    }

    // MARK: - The compound file (OLE2)

    struct CompoundFile {
        static let endOfChain: UInt32 = 0xFFFF_FFFE, free: UInt32 = 0xFFFF_FFFF
        let bytes: Bytes
        let sectorSize: Int, miniSectorSize: Int, miniCutoff: Int
        var fat: [UInt32] = []
        var miniFat: [UInt32] = []
        var entries: [(name: String, type: UInt8, start: UInt32, size: Int)] = []

        init(_ bytes: Bytes) throws {
            guard bytes.count >= 512, Array(try bytes.slice(0, 8)) == XLSReader.signature else { throw XLSXError.notAWorkbook }
            self.bytes = bytes
            let shift = try bytes.u16(0x1E), miniShift = try bytes.u16(0x20)
            guard shift == 9 || shift == 12, (1...12).contains(miniShift) else { throw XLSXError.malformed("xls 文件头") }
            sectorSize = 1 << shift
            miniSectorSize = 1 << miniShift
            miniCutoff = Int(try bytes.u32(0x38))
            // The FAT's sectors: the header's 109 entries, then the DIFAT chain (each sector's last entry links on).
            var fatSectors: [UInt32] = []
            for k in 0..<109 {
                let s = try bytes.u32(0x4C + 4 * k)
                if s != Self.free, s != Self.endOfChain { fatSectors.append(s) }
            }
            var difat = try bytes.u32(0x44)
            var guardCount = 0
            while difat != Self.endOfChain, difat != Self.free {
                guardCount += 1
                guard guardCount <= bytes.count / sectorSize else { throw XLSXError.malformed("xls 分配表循环") }
                let base = try offset(of: difat)
                let perSector = sectorSize / 4
                for k in 0..<(perSector - 1) {
                    let s = try bytes.u32(base + 4 * k)
                    if s != Self.free, s != Self.endOfChain { fatSectors.append(s) }
                }
                difat = try bytes.u32(base + 4 * (perSector - 1))
            }
            for s in fatSectors {
                let base = try offset(of: s)
                for k in 0..<(sectorSize / 4) { fat.append(try bytes.u32(base + 4 * k)) }
            }
            let directory = try chain(from: try bytes.u32(0x30))
            for k in 0..<(directory.count / 128) {
                let e = Bytes(Array(directory[(k * 128)..<(k * 128 + 128)]))
                let length = min(max(try e.u16(64) - 2, 0), 62)
                var units: [UInt16] = []
                for i in stride(from: 0, to: length, by: 2) { units.append(UInt16(try e.u16(i))) }
                entries.append((String(decoding: units, as: UTF16.self), try e.u8(66), try e.u32(116), Int(try e.u32(120))))
            }
            let miniStart = try bytes.u32(0x3C)
            if miniStart != Self.endOfChain, miniStart != Self.free {
                let table = try chain(from: miniStart)
                let t = Bytes(table)
                for k in 0..<(table.count / 4) { miniFat.append(try t.u32(4 * k)) }
            }
        }

        func offset(of sector: UInt32) throws -> Int {
            let o = (Int(sector) + 1) * sectorSize
            guard sector < 0xFFFF_FFFA, o + sectorSize <= bytes.count else { throw XLSXError.malformed("xls 扇区越界") }
            return o
        }

        /// The bytes of a chain of sectors through the FAT.
        func chain(from start: UInt32) throws -> [UInt8] {
            var out: [UInt8] = []
            var s = start
            var steps = 0
            while s != Self.endOfChain {
                steps += 1
                guard steps <= fat.count, Int(s) < fat.count else { throw XLSXError.malformed("xls 分配表") }
                out += try bytes.slice(try offset(of: s), sectorSize)
                s = fat[Int(s)]
            }
            return out
        }

        /// A stream by name: from the mini stream when it is small, else from the sectors.
        func stream(named names: [String], old: [String]) throws -> [UInt8] {
            guard let e = entries.first(where: { $0.type == 2 && names.contains($0.name) }) else {
                if entries.contains(where: { $0.type == 2 && old.contains($0.name) }) {
                    throw XLSXError.malformed("这是Excel 95或更早的格式，请在Excel中另存为.xlsx后再导入")
                }
                throw XLSXError.notAWorkbook
            }
            if e.size < miniCutoff {
                guard let root = entries.first(where: { $0.type == 5 }) else { throw XLSXError.malformed("xls 根目录") }
                let mini = try chain(from: root.start)
                var out: [UInt8] = []
                var s = e.start
                var steps = 0
                while s != Self.endOfChain, out.count < e.size {
                    steps += 1
                    let o = Int(s) * miniSectorSize
                    guard steps <= miniFat.count + 1, Int(s) < miniFat.count, o + miniSectorSize <= mini.count else { throw XLSXError.malformed("xls 小扇区") }
                    out += mini[o..<(o + miniSectorSize)]
                    s = miniFat[Int(s)]
                }
                guard out.count >= e.size else { throw XLSXError.malformed("xls 工作簿流不完整") }
                return Array(out.prefix(e.size))
            }
            let all = try chain(from: e.start)
            guard all.count >= e.size else { throw XLSXError.malformed("xls 工作簿流不完整") }
            return Array(all.prefix(e.size))
        }
    }

    // MARK: - The workbook stream (BIFF8)

    struct Workbook {
        let s: Bytes
        init(_ s: Bytes) { self.s = s }

        /// The records from `start` to the substream's EOF: (type, offset of data, length).
        func records(from start: Int) throws -> [(type: Int, at: Int, length: Int)] {
            var out: [(Int, Int, Int)] = []
            var p = start
            while p + 4 <= s.count {
                let type = try s.u16(p), length = try s.u16(p + 2)
                guard p + 4 + length <= s.count else { throw XLSXError.malformed("xls 记录越界") }
                out.append((type, p + 4, length))
                p += 4 + length
                if type == 0x000A { break }
            }
            return out
        }

        func sheets() throws -> [XLSXReader.ReadSheet] {
            let globals = try records(from: 0)
            guard let bof = globals.first, bof.type == 0x0809, try s.u16(bof.at) == 0x0600 else {
                throw XLSXError.malformed("只支持Excel 97–2003格式（BIFF8）的.xls文件，请在Excel中另存为.xlsx后再导入")
            }
            if globals.contains(where: { $0.type == 0x002F }) { throw XLSXError.malformed("文件设置了密码，请去掉密码后再导入") }
            var shared: [String] = []
            var sheetList: [(name: String, offset: Int)] = []
            for (i, r) in globals.enumerated() {
                switch r.type {
                case 0x0085 where try s.u8(r.at + 5) == 0: // BOUNDSHEET of a worksheet
                    var reader = Chunks([try s.slice(r.at + 6, r.length - 6)])
                    let cch = Int(try reader.byte())
                    sheetList.append((try reader.chars(cch, flags: try reader.byte()), Int(try s.u32(r.at))))
                case 0x00FC: // SST and its CONTINUE records
                    var parts = [try s.slice(r.at, r.length)]
                    for c in globals[(i + 1)...].prefix(while: { $0.type == 0x003C }) { parts.append(try s.slice(c.at, c.length)) }
                    shared = try Self.sharedStrings(parts)
                default: break
                }
            }
            return try sheetList.map { XLSXReader.ReadSheet(name: $0.name, rows: try cells(at: $0.offset, shared: shared)) }
        }

        static func sharedStrings(_ parts: [ArraySlice<UInt8>]) throws -> [String] {
            var reader = Chunks(parts)
            try reader.skip(4)
            let unique = Int(try reader.u32())
            var out: [String] = []
            out.reserveCapacity(min(unique, 1_000_000))
            for _ in 0..<unique {
                let cch = try reader.u16()
                let flags = try reader.byte()
                let runs = flags & 0x08 != 0 ? try reader.u16() : 0
                let ext = flags & 0x04 != 0 ? Int(try reader.u32()) : 0
                out.append(try reader.chars(cch, flags: flags))
                try reader.skip(4 * runs + ext)
            }
            return out
        }

        func cells(at offset: Int, shared: [String]) throws -> [[String]] {
            var grid: [Int: [Int: String]] = [:]
            // BIFF8 has 256 columns; a cell beyond them is a damaged file, not a reason to build a vast table.
            func put(_ row: Int, _ col: Int, _ text: String) { if col < 256 { grid[row, default: [:]][col] = text } }
            var pendingFormula: (row: Int, col: Int)?
            for r in try records(from: offset) {
                switch r.type {
                case 0x00FD: // LABELSST
                    let i = Int(try s.u32(r.at + 6))
                    guard shared.indices.contains(i) else { throw XLSXError.malformed("共享字符串编号 \(i)") }
                    put(try s.u16(r.at), try s.u16(r.at + 2), shared[i])
                case 0x0204: // LABEL
                    var reader = Chunks([try s.slice(r.at + 6, r.length - 6)])
                    let cch = try reader.u16()
                    put(try s.u16(r.at), try s.u16(r.at + 2), try reader.chars(cch, flags: try reader.byte()))
                case 0x0203: // NUMBER
                    put(try s.u16(r.at), try s.u16(r.at + 2), Self.number(try s.f64(r.at + 6)))
                case 0x027E: // RK
                    put(try s.u16(r.at), try s.u16(r.at + 2), Self.number(Self.rk(try s.u32(r.at + 6))))
                case 0x00BD: // MULRK
                    let row = try s.u16(r.at), first = try s.u16(r.at + 2)
                    for k in 0..<max(0, (r.length - 6) / 6) {
                        put(row, first + k, Self.number(Self.rk(try s.u32(r.at + 4 + 6 * k + 2))))
                    }
                case 0x0205: // BOOLERR
                    if try s.u8(r.at + 7) == 0 { put(try s.u16(r.at), try s.u16(r.at + 2), try s.u8(r.at + 6) == 0 ? "FALSE" : "TRUE") }
                case 0x0006: // FORMULA: its cached result
                    let row = try s.u16(r.at), col = try s.u16(r.at + 2)
                    if try s.u16(r.at + 12) == 0xFFFF {
                        switch try s.u8(r.at + 6) {
                        case 0: pendingFormula = (row, col) // the text follows in a STRING record
                        case 1: put(row, col, try s.u8(r.at + 8) == 0 ? "FALSE" : "TRUE")
                        default: break
                        }
                    } else {
                        put(row, col, Self.number(try s.f64(r.at + 6)))
                    }
                case 0x0207: // STRING
                    if let (row, col) = pendingFormula {
                        var reader = Chunks([try s.slice(r.at, r.length)])
                        let cch = try reader.u16()
                        put(row, col, try reader.chars(cch, flags: try reader.byte()))
                        pendingFormula = nil
                    }
                default: break
                }
            }
            guard let last = grid.keys.max() else { return [] }
            // At most 256 columns of 65,536 rows; more cells than a full sheet of real data holds is a damaged file.
            guard grid.values.reduce(0, { $0 + ($1.keys.max() ?? 0) + 1 }) <= maxCells else { throw XLSXError.malformed("表格过大，请分批导入") }
            var rows: [[String]] = []
            rows.reserveCapacity(last + 1)
            for i in 0...last {
                guard let cols = grid[i], let width = cols.keys.max() else { rows.append([]); continue }
                rows.append((0...width).map { cols[$0] ?? "" })
            }
            return rows
        }

        /// A number as a spreadsheet shows it: whole numbers plainly, very large or small ones as Excel writes them.
        static func number(_ v: Double) -> String {
            guard v.isFinite else { return "" }
            if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
            return String(format: "%.15G", v) // Excel shows fifteen significant digits
        }

        /// An RK value: a 30-bit integer or the top 30 bits of a double, possibly ×100.
        static func rk(_ raw: UInt32) -> Double {
            let v: Double = raw & 0x02 != 0 ? Double(Int32(bitPattern: raw) >> 2) : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
            return raw & 0x01 != 0 ? v / 100 : v
        }
    }

    /// Bytes spread over a record and its CONTINUE records. A string's characters may break at a record boundary,
    /// where the next record starts with a new flags byte saying whether they go on as one or two bytes each.
    struct Chunks {
        var parts: [ArraySlice<UInt8>]
        var part = 0
        var index: Int

        init(_ parts: [ArraySlice<UInt8>]) {
            self.parts = parts
            index = parts.first?.startIndex ?? 0
        }

        mutating func advanceIfAtEnd() -> Bool {
            while part < parts.count, index >= parts[part].endIndex {
                part += 1
                guard part < parts.count else { return false }
                index = parts[part].startIndex
            }
            return part < parts.count
        }

        mutating func byte() throws -> UInt8 {
            guard advanceIfAtEnd() else { throw XLSXError.malformed("xls 共享字符串不完整") }
            defer { index += 1 }
            return parts[part][index]
        }
        mutating func u16() throws -> Int { Int(try byte()) | Int(try byte()) << 8 }
        mutating func u32() throws -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(try byte()) << (8 * UInt32(k)) }
            return v
        }
        mutating func skip(_ n: Int) throws { for _ in 0..<max(0, n) { _ = try byte() } }

        mutating func chars(_ count: Int, flags: UInt8) throws -> String {
            var wide = flags & 0x01 != 0
            var units: [UInt16] = []
            units.reserveCapacity(count)
            while units.count < count {
                if part < parts.count, index >= parts[part].endIndex {
                    // Continued in the next record: its first byte is the flags of the rest.
                    guard advanceIfAtEnd() else { throw XLSXError.malformed("xls 字符串不完整") }
                    wide = try byte() & 0x01 != 0
                    continue
                }
                guard part < parts.count else { throw XLSXError.malformed("xls 字符串不完整") }
                if wide {
                    let lo = parts[part][index]
                    index += 1
                    guard index < parts[part].endIndex else { throw XLSXError.malformed("xls 字符串不完整") }
                    units.append(UInt16(lo) | UInt16(parts[part][index]) << 8)
                    index += 1
                } else {
                    units.append(UInt16(parts[part][index]))
                    index += 1
                }
            }
            return String(decoding: units, as: UTF16.self)
        }
    }
}
