"""Every report of the demo county exported as .xlsx, opened with openpyxl (as an official opens it in Excel or WPS)
and compared cell by cell with the API's numbers; the numbers' household lists add up to the totals; the report
page in headless Chromium. Screenshots under screenshots/report-*.png."""
import io
import os
import urllib.request

import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from harness import Checks, Server, chromium, gone, login, shot

PORT = int(os.environ.get("FANGPIN_REPORTS_PORT", "8099"))
FROM = "2020-01-01"


def download(server, path, token):
    req = urllib.request.Request(server.base + path)
    req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, r.headers.get("Content-Type", ""), r.read()


def main():
    server = Server(PORT)
    driver = None
    check = Checks()
    try:
        driver = chromium()
        admin = server.token("admin")
        status, catalogue = server.api("GET", "/api/v1/reports", admin)
        check(status == 200 and len(catalogue.get("items", [])) >= 12, f"report catalogue: {status} {len(catalogue.get('items', []))}")
        for item in catalogue.get("items", []):
            rid = item["id"]
            query = f"?from={FROM}" if "from" in item["parameters"] else ""
            status, table = server.api("GET", f"/api/v1/reports/{rid}{query}", admin)
            check(status == 200, f"{rid}: JSON {status}")
            if status != 200:
                continue
            status, ctype, body = download(server, f"/api/v1/reports/{rid}.xlsx{query}", admin)
            check(status == 200 and "spreadsheetml" in ctype, f"{rid}: xlsx {status} {ctype}")
            book = openpyxl.load_workbook(io.BytesIO(body))
            sheet = book.worksheets[0]
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            # A title, the group headers merged, the header frozen, the author in the properties.
            check(rows[0][0] == table["title"], f"{rid}: title row {rows[0][:1]}")
            check(bool(sheet.freeze_panes) and sheet.freeze_panes.startswith("A"), f"{rid}: no frozen header")
            grouped = any(c.get("group") for c in table["columns"])
            check(not grouped or len(sheet.merged_cells.ranges) > 2, f"{rid}: group headers not merged")
            check(book.properties.creator and "admin" in book.properties.creator, f"{rid}: author {book.properties.creator}")
            keys = [c["key"] for c in table["columns"]]
            # The data rows follow the header; the last one is 合计. Numbers are numbers, equal to the API's.
            first = next(i for i, r in enumerate(rows) if r[0] == table["rows"][0]["name"])
            for offset, row in enumerate(table["rows"]):
                cells = rows[first + offset]
                check(cells[0] == row["name"], f"{rid}: row {offset} is {cells[0]}, API {row['name']}")
                for j, key in enumerate(keys):
                    value = cells[1 + j]
                    check(isinstance(value, (int, float)) and value == row["values"][key],
                          f"{rid}: {row['name']} {key}: xlsx {value!r}, API {row['values'][key]}")
            total = rows[first + len(table["rows"])]
            check(total[0] == "合计", f"{rid}: no 合计 row")
            for j, key in enumerate(keys):
                check(total[1 + j] == table["total"][key], f"{rid}: 合计 {key}: xlsx {total[1 + j]!r}, API {table['total'][key]}")
            # The totals match the household lists behind them (the whole county's list for each counted column).
            for c in table["columns"]:
                link = table["rows"][0]["links"].get(c["key"])
                if not link or c.get("people"):
                    continue
                county_link = link.replace(f"region={table['rows'][0]['code']}", f"region={table['region']}")
                status, listed = server.api("GET", "/api/v1" + county_link + "&per=1", admin)
                check(status == 200 and listed.get("total") == table["total"][c["key"]],
                      f"{rid} {c['key']}: list {listed.get('total')} vs 合计 {table['total'][c['key']]}")
        print(f"checked {len(catalogue.get('items', []))} reports in openpyxl")

        # The page as an official sees it: merged headers, totals, links; and the staffing table's notes.
        login(driver, server.base, "admin")
        driver.get(server.base + f"/reports/new-monitored?from={FROM}")
        check(driver.find_elements(By.CSS_SELECTOR, "#report tr.total") and driver.find_elements(By.CSS_SELECTOR, "#report td.num a"),
              "report page without totals or links")
        shot(driver, "report-new-monitored.png")
        driver.get(server.base + "/reports/staffing")
        check("应增派" in driver.page_source and "说明" in driver.page_source, "staffing table missing")
        shot(driver, "report-staffing.png")
        driver.get(server.base + f"/reports/scorecard?from={FROM}")
        check("得分" in driver.page_source, "scorecard missing")
        shot(driver, "report-scorecard.png")
        # 附表1: the survey sheets of a village, chosen on the reports page, one A4 page per household.
        _, villages = server.api("GET", "/api/v1/households?per=1", admin)
        village = villages["items"][0]["villageCode"] if villages.get("items") else ""
        driver.get(server.base + f"/survey-sheets?village={village}")
        pages = driver.find_elements(By.CSS_SELECTOR, "div.page")
        check(len(pages) > 0 and "入户摸底调查表" in driver.page_source, f"survey sheets of {village}: {len(pages)} pages")
        shot(driver, "report-survey-sheet.png")
        # 附表6: the county admin fills in a body; bad input first (staff ≠ full-time + part-time), then right.
        driver.get(server.base + "/reports/forms/bodies")
        def fill(values):
            for name, value in values.items():
                el = driver.find_element(By.NAME, name)
                if el.tag_name == "select":
                    Select(el).select_by_value(value)
                else:
                    el.clear()
                    el.send_keys(value)
            button = driver.find_element(By.CSS_SELECTOR, "#county-form-add button[type=submit]")
            button.click()
            WebDriverWait(driver, 30).until(gone(button))
        fill({"level": "township", "name": "长安镇防贫工作站", "units": "1", "posts": "3", "staff": "3", "fullTime": "1", "partTime": "1"})
        check("专职与兼职人数之和应等于实有人数" in driver.page_source, "no Chinese error for staff that do not add up")
        shot(driver, "report-bodies-error.png")
        fill({"partTime": "2"})
        check("已添加" in driver.page_source and "长安镇防贫工作站" in driver.page_source, "body not added")
        shot(driver, "report-bodies.png")
        status, _, body = download(server, "/api/v1/reports/forms/bodies.xlsx", admin)
        rows = [list(r) for r in openpyxl.load_workbook(io.BytesIO(body)).worksheets[0].iter_rows(values_only=True)]
        check(rows[-1][0] == "合计" and rows[-1][4] == 3, f"bodies xlsx total: {rows[-1]}")
        # 附表7: a scheme over the API (bad first: 财政出资 above the premium), then its .xlsx in openpyxl against the API's totals.
        scheme = {"name": "防贫保", "insurer": "人保财险", "covers": "脱贫户和监测对象", "year": "2026", "households": "5000", "people": "18000",
                  "premium": "900000.00", "fiscal": "1000000", "claims": "120", "paid": "360000.50"}
        status, refused = server.api("POST", "/api/v1/reports/forms/insurance?year=2026", admin, scheme)
        check(status == 422 and refused.get("error", {}).get("field") == "fiscal", f"insurance: fiscal above premium gives {status} {refused}")
        status, table = server.api("POST", "/api/v1/reports/forms/insurance?year=2026", admin, dict(scheme, fiscal="600000"))
        check(status == 201, f"insurance row: {status} {table}")
        status, _, body = download(server, "/api/v1/reports/forms/insurance.xlsx?year=2026", admin)
        book = openpyxl.load_workbook(io.BytesIO(body))
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        header = next(i for i, r in enumerate(rows) if r[0] == "险种名称")
        keys = [f["key"] for f in table.get("fields", [])]
        total = rows[-1]
        check(rows[0][0] == table.get("title") and "2026年" in (rows[1][0] or "") and total[0] == "合计", f"insurance xlsx: {rows[:2]} {total}")
        for j, key in enumerate(keys):
            if key in table.get("total", {}):
                check(isinstance(total[j], (int, float)) and abs(total[j] - float(table["total"][key])) < 0.005,
                      f"insurance 合计 {key}: xlsx {total[j]!r}, API {table['total'][key]}")
        check(len(rows) - header - 2 == len(table.get("rows", [])), f"insurance xlsx rows: {len(rows) - header - 2} vs API {len(table.get('rows', []))}")
        # 附表1 as .xlsx: a row per member of the village, the visit's columns empty, the survey date a date.
        status, ctype, body = download(server, f"/api/v1/survey-sheets.xlsx?village={village}&date=2026-12-01", admin)
        check(status == 200 and "spreadsheetml" in ctype, f"survey sheets xlsx: {status} {ctype}")
        sheet = openpyxl.load_workbook(io.BytesIO(body)).worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = next(i for i, r in enumerate(rows) if r[0] == "户编号")
        data = [r for r in rows[header + 1:] if r[0]]
        members, page = 0, 1
        while True:
            status, listed = server.api("GET", f"/api/v1/households?village={village}&per=200&page={page}", admin)
            check(status == 200, f"household list of {village}: {status}")
            members += sum(h["memberCount"] for h in listed.get("items", []))
            if status != 200 or page * 200 >= listed.get("total", 0):
                break
            page += 1
        check(rows[0][0] == "防止返贫监测帮扶集中排查入户摸底调查表" and len(data) == members and members > 0,
              f"survey sheets xlsx: {len(data)} member rows, registry {members}")
        date_col = rows[header].index("调查日期")
        check(all(getattr(r[date_col], "year", None) == 2026 for r in data), f"survey date not a date: {data[0][date_col]!r}")
        check(all("*" in str(r[rows[header].index("身份证号码")]) for r in data), "survey sheet ID numbers not masked")
        check(bool(sheet.freeze_panes), "survey sheet header not frozen")
        print(f"附表1 .xlsx: {len(data)} members of {village}; 附表7 .xlsx: {len(table.get('rows', []))} schemes")
        driver.get(server.base + "/reports/new-monitored?from=2026-13-01")
        check("日期" in driver.page_source, "a bad date gives no Chinese error")
    finally:
        if driver:
            driver.quit()
        server.stop()
    check.finish("reports", server, "screenshots/report-*.png")


if __name__ == "__main__":
    main()
