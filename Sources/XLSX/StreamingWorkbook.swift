import Foundation
import ZIPFoundation

/// Writes a workbook whose rows arrive one at a time: each sheet's XML goes to a file in a scratch folder as the rows
/// come, and the folder is zipped into the .xlsx at the end, so a sheet of a million rows never sits in memory. Column
/// widths are fitted to the header and the first rows. Used from one task at a time.
public final class StreamingWorkbook {
    /// The scratch folder: the sheets' XML while they are written, and the finished workbook.
    public let directory: URL
    private var sheetNames: [String] = []
    private var open: OpenSheet?
    /// Data rows written to each sheet so far, by sheet name.
    public private(set) var rowCounts: [String: Int] = [:]

    /// Rows held back to fit the column widths before the sheet's head is written.
    static let widthSample = 200
    /// Bytes gathered before a write to the sheet's file.
    static let flushBytes = 1 << 16

    private struct OpenSheet {
        var name: String
        var handle: FileHandle
        var header: [String]
        var title: String?
        var subtitle: String?
        var sample: [[Cell]]? = []
        var buffer = ""
        var row = 0
        var width: Int
        var merges: [String] = []
    }

    public init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        directory = parent.appendingPathComponent("fangpin-export-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Ends the sheet being written, if any, and starts another: a title row over the columns, an optional line under
    /// it, and a bold frozen header.
    public func startSheet(name: String, header: [String], title: String? = nil, subtitle: String? = nil) throws {
        guard XLSXWriter.validName(name), !sheetNames.contains(name) else { throw XLSXError.badSheetName(name) }
        try closeSheet()
        let file = directory.appendingPathComponent("sheet\(sheetNames.count + 1).xml")
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw XLSXError.malformed(file.lastPathComponent) }
        sheetNames.append(name)
        rowCounts[name] = 0
        open = OpenSheet(name: name, handle: try FileHandle(forWritingTo: file), header: header, title: title, subtitle: subtitle,
                         width: max(1, header.count))
    }

    /// Adds one data row to the sheet being written.
    public func append(_ cells: [Cell]) throws {
        guard var s = open else { throw XLSXError.malformed("no sheet started") }
        open = nil
        defer { open = s }
        rowCounts[s.name, default: 0] += 1
        if s.sample != nil {
            s.sample?.append(cells)
            if (s.sample?.count ?? 0) >= Self.widthSample { try writeHead(&s) }
            return
        }
        s.row += 1
        s.buffer += XLSXWriter.rowXML(s.row, cells, style: 0)
        if s.buffer.utf8.count >= Self.flushBytes { try flush(&s) }
    }

    /// Zips the sheets written into an .xlsx in the scratch folder and returns its location.
    public func finish(author: String? = nil, created: Date? = nil) throws -> URL {
        try closeSheet()
        guard !sheetNames.isEmpty else { throw XLSXError.malformed("no sheet") }
        let url = directory.appendingPathComponent("workbook.xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in XLSXWriter.packageParts(sheetNames: sheetNames, title: sheetNames[0], author: author, created: created) {
            try XLSXWriter.add(text, at: path, to: archive)
        }
        for i in sheetNames.indices {
            try archive.addEntry(with: "xl/worksheets/sheet\(i + 1).xml", fileURL: directory.appendingPathComponent("sheet\(i + 1).xml"),
                                 compressionMethod: .deflate)
        }
        return url
    }

    /// Removes the scratch folder and everything in it.
    public func discard() {
        try? open?.handle.close()
        open = nil
        try? FileManager.default.removeItem(at: directory)
    }

    private func writeHead(_ s: inout OpenSheet) throws {
        let sample = s.sample ?? []
        s.sample = nil
        s.width = max(s.width, sample.map(\.count).max() ?? 0)
        let last = ColumnName.letters(s.width - 1)
        var head = ""
        func row(_ cells: [Cell], style: Int, height: Double? = nil, merged: Bool = false) {
            s.row += 1
            head += XLSXWriter.rowXML(s.row, cells, style: style, height: height)
            if merged && s.width > 1 { s.merges.append("A\(s.row):\(last)\(s.row)") }
        }
        if let title = s.title { row([.text(title)], style: 3, height: 28, merged: true) }
        if let subtitle = s.subtitle { row([.text(subtitle)], style: 0, merged: true) }
        if !s.header.isEmpty { row(s.header.map(Cell.text), style: 1) }
        s.buffer = XLSXWriter.sheetStart(frozen: s.row, widths: XLSXWriter.fittedWidths(header: s.header, rows: sample, count: s.width))
            + "<sheetData>" + head
        for cells in sample {
            s.row += 1
            s.buffer += XLSXWriter.rowXML(s.row, cells, style: 0)
        }
        try flush(&s)
    }

    private func flush(_ s: inout OpenSheet) throws {
        guard !s.buffer.isEmpty else { return }
        try s.handle.write(contentsOf: Data(s.buffer.utf8))
        s.buffer = ""
    }

    private func closeSheet() throws {
        guard var s = open else { return }
        open = nil
        if s.sample != nil { try writeHead(&s) }
        s.buffer += "</sheetData>"
        if !s.merges.isEmpty { s.buffer += "<mergeCells count=\"\(s.merges.count)\">" + s.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        s.buffer += "</worksheet>"
        try flush(&s)
        try s.handle.close()
    }
}
