import Foundation
import Vapor

/// The site's one script file, served from `/static/fangpin.js` (the Content-Security-Policy allows no inline script).
/// Pages mark behaviour with attributes instead of handlers: `data-confirm="…"` on a form, a submit button or a link
/// asks before the form goes or the link is followed, `data-print` prints the page, `data-busy="…"` on an upload form says the upload is under way. Later scripts add their behaviour here, in the same manner.
enum Scripts {
    static let main = """
    "use strict";
    // Confirmation before destructive actions: the form's or the pressed button's data-confirm text.
    document.addEventListener("submit", function (event) {
      var form = event.target;
      var button = event.submitter;
      var message = (button && button.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
      if (message && !window.confirm(message)) { event.preventDefault(); return; }
      // A long upload (data-busy="…"): say it is under way and keep the button from being pressed twice.
      var busy = form.getAttribute("data-busy");
      if (busy && !event.defaultPrevented) {
        var note = document.createElement("div");
        note.className = "busy";
        note.setAttribute("role", "status");
        note.appendChild(document.createElement("progress"));
        note.appendChild(document.createTextNode(" " + busy));
        form.appendChild(note);
        setTimeout(function () { form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; }); }, 0);
      }
    });
    // Back to a page whose upload was under way: the form is usable again.
    window.addEventListener("pageshow", function () {
      document.querySelectorAll("form[data-busy] .busy").forEach(function (n) { n.remove(); });
      document.querySelectorAll("form[data-busy] button[type=submit]").forEach(function (b) { b.disabled = false; });
    });
    // Print buttons; links that ask first (an export of whole ID numbers).
    document.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("[data-print]") : null;
      if (target) { event.preventDefault(); window.print(); }
      var link = event.target.closest ? event.target.closest("a[data-confirm]") : null;
      if (link && !window.confirm(link.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
    // "Select all on this page": a checkbox with data-select-all="form-id" ticks every row box of that form, and the
    // count of ticked rows shows in the element with data-selected-count="form-id".
    document.addEventListener("change", function (event) {
      var box = event.target;
      var formID = box.getAttribute && box.getAttribute("data-select-all");
      if (formID) {
        document.querySelectorAll('input[type=checkbox][form="' + formID + '"]').forEach(function (row) { row.checked = box.checked; });
      }
      var owner = formID || (box.getAttribute && box.getAttribute("form"));
      if (!owner) { return; }
      var count = document.querySelectorAll('input[type=checkbox][form="' + owner + '"]:checked').length;
      document.querySelectorAll('[data-selected-count="' + owner + '"]').forEach(function (el) { el.textContent = String(count); });
    });
    // "All N matching": a button with data-bulk-all="form-id" fetches the ids the list's filters select (data-ids,
    // {ids: […]}), then posts that bulk form with them in calls of 500 (its own fields and token, asking for JSON) and
    // shows the progress. The first call refused whole (a missing value) or refused for every row stops the run.
    document.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("[data-bulk-all]") : null;
      if (!button) { return; }
      event.preventDefault();
      var form = document.getElementById(button.getAttribute("data-bulk-all"));
      var doneWord = button.getAttribute("data-done"), unit = button.getAttribute("data-unit");
      var bar = document.getElementById("bulk-progress");
      var text = document.getElementById("bulk-progress-text");
      if (form.reportValidity && !form.reportValidity()) { return; }
      if (!window.confirm(button.getAttribute("data-confirm"))) { return; }
      button.disabled = true;
      function stop(message) { text.textContent = message; button.disabled = false; }
      fetch(button.getAttribute("data-ids"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); }).then(function (body) {
        var ids = body.ids || [], sent = 0, ok = 0, refused = 0, firstReason = "";
        bar.hidden = false;
        bar.max = ids.length || 1;
        function next() {
          if (sent >= ids.length) {
            return stop(doneWord + " " + ok + " " + unit + (refused ? "；" + refused + " " + unit + "未能办理（如：" + firstReason + "），刷新页面查看" : "。"));
          }
          var chunk = ids.slice(sent, sent + 500);
          var data = new URLSearchParams(new FormData(form));
          data.delete("ids");
          data.set("ids", chunk.join(","));
          fetch(form.getAttribute("action"), { method: "POST", credentials: "same-origin", headers: { "Accept": "application/json" }, body: data })
            .then(function (r) { return r.json(); }).then(function (answer) {
              if (answer.error) { return stop("未能办理：" + answer.error.message); }
              (answer.refused || []).forEach(function (x) { if (!firstReason) { firstReason = x.reason; } });
              ok += answer.done || 0;
              refused += (answer.refused || []).length;
              if (sent === 0 && chunk.length > 0 && !answer.done) {
                return stop("第一批 " + chunk.length + " " + unit + "都未能办理，已停止：" + firstReason);
              }
              sent += chunk.length;
              bar.value = sent;
              text.textContent = "正在办理：" + sent + " / " + ids.length;
              next();
            }).catch(function () { stop("网络中断：已处理 " + sent + " / " + ids.length + "，请刷新后重试"); });
        }
        text.textContent = "共 " + ids.length + " " + unit + "，开始办理…";
        next();
      }).catch(function () { stop("读取清单失败，请刷新后重试"); });
    });
    // Long lists to choose from (145 helpers, 169 villages): a box above the select keeps the options that contain
    // what is typed; the chosen one always stays.
    function searchable(select) {
      if (select.multiple || select.options.length < 30 || select.getAttribute("data-searchable") === "done") { return; }
      select.setAttribute("data-searchable", "done");
      var box = document.createElement("input");
      box.type = "search";
      box.className = "select-filter";
      box.placeholder = "输入文字查找（共" + select.options.length + "项）";
      box.setAttribute("aria-label", "查找选项");
      select.parentNode.insertBefore(box, select);
      box.addEventListener("input", function () {
        var q = box.value.trim();
        var first = null;
        Array.prototype.forEach.call(select.options, function (o) {
          var keep = !q || o.value === "" || o.selected || o.text.indexOf(q) >= 0;
          o.hidden = !keep;
          if (keep && q && o.value !== "" && !first) { first = o; }
        });
        if (first && (!select.value || select.selectedOptions[0].hidden)) { first.selected = true; }
      });
    }
    document.addEventListener("DOMContentLoaded", function () {
      document.querySelectorAll("select").forEach(searchable);
    });
    """

    /// A short digest of the script: the page links `?v=…`, so a changed script is fetched anew despite long caching.
    static let version = String(Hex.sha256(main).prefix(10))
    static var url: String { "/static/fangpin.js?v=\(version)" }

    @Sendable static func serve(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        headers.replaceOrAdd(name: .eTag, value: "\"\(version)\"")
        return Response(status: .ok, headers: headers, body: .init(string: main))
    }
}

/// Headers every answer carries: no framing, no content sniffing, no referrer to other sites, a Content-Security-Policy
/// without inline script, and — except for the static script — `Cache-Control: no-store`, since pages and API answers
/// hold personal data that must not stay in shared or browser caches.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if !response.headers.contains(name: "Content-Security-Policy") {
            response.headers.add(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        }
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if !request.url.path.hasPrefix("/static/") { response.headers.replaceOrAdd(name: .cacheControl, value: "no-store") }
        return response
    }
}
