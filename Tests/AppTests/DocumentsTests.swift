@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    @Suite struct DocumentsTests {
        static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(7), count: 300))

        func upload(_ app: Application, _ caseID: String, token: String, title: String, data: Data, filename: String = "photo.png") async throws -> TestingHTTPResponse {
            let boundary = "fangpinBoundary"
            var body = Data()
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\(title)\r\n".utf8))
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
            headers.bearerAuthorization = BearerAuthorization(token: token)
            return try await app.testing().sendRequest(.POST, "/api/v1/cases/\(caseID)/documents", headers: headers, body: ByteBuffer(data: body))
        }

        @Test func photosAndScansAreAttachedToTheStepAndOnlyThoseWhoSeeTheCaseGetThem() async throws {
            try await withFangpin(settings: { $0.maxDocumentBytes = 2048 }) { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                let clue = try await app.api(.POST, "/api/v1/clues", token: w.villageToken,
                                             json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"illness","description":"住院"}"#)
                let id = clue.json["id"] as! String
                let ok = try await upload(app, id, token: w.villageToken, title: "承诺授权书", data: Self.png)
                #expect(ok.status == .created && ok.json["step"] as? String == "clue" && ok.json["contentType"] as? String == "image/png")
                let docID = ok.json["id"] as! String

                let text = try await upload(app, id, token: w.villageToken, title: "说明", data: Data("not an image".utf8), filename: "a.png")
                #expect(text.status == .unprocessableEntity && text.errorBody?.message == "只能上传JPG、PNG照片或PDF扫描件")
                let big = try await upload(app, id, token: w.villageToken, title: "大照片", data: Self.png + Data(count: 4096))
                #expect(big.status == .unprocessableEntity && big.errorBody?.code == "too_large")
                let untitled = try await upload(app, id, token: w.villageToken, title: " ", data: Self.png)
                #expect(untitled.status == .unprocessableEntity && untitled.errorBody?.field == "title")

                let back = try await app.api(.GET, "/api/v1/documents/\(docID)", token: w.townshipToken)
                #expect(back.status == .ok && Data(buffer: back.body) == Self.png && back.headers.contentType?.description == "image/png")
                let other = try await app.busyVillage(min: 1, excluding: w.village)
                let stranger = try await app.token(role: .villageOfficer, scope: other)
                #expect(try await app.api(.GET, "/api/v1/documents/\(docID)", token: stranger).status == .notFound)
                #expect(try await upload(app, id, token: stranger, title: "x", data: Self.png).status == .notFound)
                let audited = try await app.sql().raw("SELECT action FROM audit_log WHERE action LIKE 'document.%' ORDER BY seq").all()
                    .map { try $0.decode(column: "action", as: String.self) }
                #expect(audited == ["document.attach", "document.download"])
            }
        }
    }
}
