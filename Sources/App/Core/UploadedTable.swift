import Foundation
import Domain
import XLSX

/// An uploaded spreadsheet read as rows of text: an .xlsx or an Excel 97–2003 .xls by its signature (its first sheet),
/// anything else as CSV in UTF-8 or GB18030. A file that cannot be read is a 422 on `file` with the reason in Chinese.
enum UploadedTable {
    static func read(_ data: Data) throws -> (rows: [[String]], encoding: String) {
        let (sheets, encoding) = try read(all: data)
        return (sheets.first?.rows ?? [], encoding)
    }

    /// Every sheet of an .xlsx or .xls (a registry file has several); a CSV is one sheet.
    static func sheets(_ data: Data) throws -> [XLSXReader.ReadSheet] { try read(all: data).sheets }

    /// Every sheet of a registry file as the registry import keeps it: an .xlsx read a row at a time as it inflates,
    /// each row packed as it comes (a county's file never sits in memory as separate cells); an .xls or CSV whole.
    static func registrySheets(_ data: Data) throws -> [RegistryImport.Sheet] {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return try sheets(data).map { .init(name: $0.name, rows: $0.rows) } }
        var sheets: [RegistryImport.Sheet] = []
        do {
            try XLSXReader.scan(data) { name in
                sheets.append(RegistryImport.Sheet(name: name))
            } row: { index, cells in
                guard !sheets.isEmpty else { return }
                sheets[sheets.count - 1].append(row: index + 1, cells: cells)
            }
        } catch let e as XLSXError {
            throw AppError.validation([FieldError(field: "file", code: "xlsx", message: e.description)])
        }
        return sheets
    }

    private static func read(all data: Data) throws -> (sheets: [XLSXReader.ReadSheet], encoding: String) {
        guard !data.isEmpty else { throw AppError.validation([FieldError(field: "file", code: "required", message: "请选择要导入的文件")]) }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do { return (try XLSXReader.read(data), "xlsx") } catch let e as XLSXError {
                throw AppError.validation([FieldError(field: "file", code: "xlsx", message: e.description)])
            }
        }
        if data.starts(with: XLSReader.signature) {
            do { return (try XLSReader.read(data), "xls") } catch let e as XLSXError {
                throw AppError.validation([FieldError(field: "file", code: "xls", message: e.description)])
            }
        }
        do {
            let (text, encoding) = try CSV.decode(data)
            return ([XLSXReader.ReadSheet(name: "CSV", rows: try CSV.parse(text))], encoding.rawValue)
        } catch let e as CSV.CSVError {
            throw AppError.validation([FieldError(field: "file", code: "csv", message: e.description)])
        }
    }
}
