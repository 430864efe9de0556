"""Browser test of the department data exchange: the education bureau downloads its template, uploads a list
(one good row, one bad ID number), reads the row-by-row report; the township officer verifies the resulting
warning (已纳入监测 is refused for a household not monitored; 不符合纳入条件 closes the clue the warning raised, and the
village reads why); the bureau sees the result; then the township verifies every open warning on the page at once.
Screenshots under screenshots/departments-*.png."""
import io
import os
import sqlite3

import openpyxl

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from harness import Checks, Server, chromium, fetch, gone, login, shot

PORT = int(os.environ.get("FANGPIN_DEPARTMENTS_PORT", "8096"))
TOWNSHIP = "450224100"


def main():
    server = Server(PORT)
    driver = chromium()
    check = Checks()

    try:
        admin = server.token("admin")
        # A child of the demo township (set-up through the API): the person the bureau reports, in a household no
        # clue or warning has reached yet (read from the demo database), so the warning raises a clue of its own.
        con = sqlite3.connect(os.path.join(server.work, "demo.sqlite"))
        untouched = {r[0] for r in con.execute(
            "SELECT h.id FROM households h WHERE h.township_code = ? AND h.monitoring_category IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id) "
            "AND NOT EXISTS (SELECT 1 FROM warnings w WHERE w.household_id = h.id)", (TOWNSHIP,))}
        con.close()
        _, body = server.api("GET", f"/api/v1/households?township={TOWNSHIP}&monitored=false&per=200", admin)
        person = None
        for item in body["items"]:
            if item["id"] not in untouched:
                continue
            _, h = server.api("GET", f"/api/v1/households/{item['id']}", admin)
            person = next((m for m in h["members"] if m["active"]), None)
            if person:
                # The API masks ID numbers; the whole number is asked for on the one record (and audited).
                _, person = server.api("GET", f"/api/v1/members/{person['id']}?reveal=idNumber", admin)
                break
        csv_path = os.path.join(server.work, "辍学名单.csv")
        with open(csv_path, "wb") as f:
            text = ("身份证号码,姓名,学校,状态,发现日期\r\n"
                    f"{person['idNumber']},{person['name']},长安镇中心校,辍学,2026-09-15\r\n"
                    "450224198001011234,错号学生,长安镇中心校,辍学,2026-09-15\r\n")
            f.write(text.encode("gb18030"))

        login(driver, server.base, "department")
        driver.get(server.base + "/departments")
        check("疑似失学辍学及送教上门学生名单" in driver.page_source, "catalogue lacks the education list")
        driver.get(server.base + "/imports")
        Select(driver.find_element(By.ID, "listType")).select_by_value("edu.dropout")
        driver.find_element(By.ID, "file").send_keys(csv_path)
        button = driver.find_element(By.CSS_SELECTOR, "#import-form button[type=submit]")
        button.click()
        WebDriverWait(driver, 30).until(gone(button))
        rows = driver.find_element(By.ID, "import-rows").text
        check("已匹配，产生预警" in rows and "数据有误" in rows and "校验位" in rows, f"report does not show both rows: {rows!r}")
        check("GB18030" in driver.find_element(By.ID, "summary").text, "encoding not reported")
        shot(driver, "departments-01-report.png")

        login(driver, server.base, "township")
        driver.get(server.base + "/warnings")
        rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "#warnings tbody tr") if "疑似辍学" in r.text]
        check(bool(rows), "warning not in the township's list")
        shot(driver, "departments-02-warnings.png")
        if rows:
            # "已纳入监测" is refused: the household has no monitored case (the procedure decides, not the verification).
            form = rows[0].find_element(By.CSS_SELECTOR, "form.verify")
            Select(form.find_element(By.NAME, "result")).select_by_value("enrolled")
            button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
            button.click()
            WebDriverWait(driver, 20).until(gone(button))
            check("转入识别程序" in driver.find_element(By.TAG_NAME, "main").text, "enrolled accepted for a household not monitored")
            rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "#warnings tbody tr") if "疑似辍学" in r.text]
            form = rows[0].find_element(By.CSS_SELECTOR, "form.verify")
            Select(form.find_element(By.NAME, "result")).select_by_value("notEligible")
            form.find_element(By.NAME, "note").send_keys("孩子已复学，在校就读，不符合纳入条件")
            button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
            button.click()
            WebDriverWait(driver, 20).until(gone(button))
            # The clue the warning raised is closed with that reason, as the village reads it.
            _, listed = server.api("GET", "/api/v1/warnings", server.token("township"))
            warning = next((w for w in listed.get("items", []) if "孩子已复学" in (w.get("resultNote") or "")), None)
            case_id = warning and warning.get("caseId")
            check(bool(case_id), f"warning has no clue: {warning}")
            if case_id:
                driver.get(f"{server.base}/cases/{case_id}")
                check(driver.find_element(By.ID, "case-state").text == "不符合条件", "the clue was not closed")
                timeline = driver.find_element(By.ID, "timeline").text
                check("孩子已复学" in timeline and "涉及成员" in timeline and "名单行" in timeline,
                      f"the case history does not say why, or who and which row: {timeline!r}")
                shot(driver, "departments-04-clue-closed.png")

        login(driver, server.base, "department")
        driver.get(server.base + "/warnings")
        shot(driver, "departments-03-results.png")
        tables = driver.find_elements(By.ID, "warnings")
        text = tables[0].text if tables else driver.find_element(By.TAG_NAME, "main").text
        check("不符合纳入条件" in text and "孩子已复学" in text, f"department does not see the verification: {text!r}")
        shot(driver, "departments-03-results.png")

        # The bureau sends a longer list: ten more pupils of the township's households (whole ID numbers read from the
        # demo database), so the township has ten and more warnings to verify.
        con = sqlite3.connect(os.path.join(server.work, "demo.sqlite"))
        pupils = con.execute(
            "SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE h.township_code = ? AND h.monitoring_category IS NULL AND h.dissolved_at IS NULL AND m.removed_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM warnings w WHERE w.household_id = h.id) "
            "AND m.relation <> 'head' ORDER BY h.code LIMIT 60", (TOWNSHIP,)).fetchall()
        con.close()
        seen, chosen = set(), []
        for number, name in pupils:
            if number[:17] not in seen and len(chosen) < 12:
                seen.add(number[:17])
                chosen.append((number, name))
        more_path = os.path.join(server.work, "辍学名单-第二批.csv")
        with open(more_path, "wb") as f:
            f.write(("身份证号码,姓名,学校,状态,发现日期\r\n" + "".join(
                f"{n},{m},长安镇中心校,辍学,2026-10-20\r\n" for n, m in chosen)).encode("utf-8"))
        login(driver, server.base, "department")
        driver.get(server.base + "/imports")
        Select(driver.find_element(By.ID, "listType")).select_by_value("edu.dropout")
        driver.find_element(By.ID, "file").send_keys(more_path)
        button = driver.find_element(By.CSS_SELECTOR, "#import-form button[type=submit]")
        button.click()
        WebDriverWait(driver, 60).until(gone(button))
        # The import's row-by-row report goes into Excel as listed.
        link = driver.find_element(By.ID, "import-report-export").get_attribute("href")
        status, _, body = fetch(driver, link)
        check(status == 200, f"import report export answered {status}")
        if status == 200:
            sheet = openpyxl.load_workbook(io.BytesIO(body)).worksheets[0]
            rows = [r for r in sheet.iter_rows(values_only=True)]
            header = next((i for i, r in enumerate(rows) if r and r[0] == "行号"), None)
            check(header is not None and len(rows) - header - 1 == len(chosen), f"import report export has {rows!r}")

        # The township verifies every open warning on the page at once: 全选, one result and reason, one submit.
        login(driver, server.base, "township")
        driver.get(server.base + "/warnings")
        boxes = driver.find_elements(By.CSS_SELECTOR, 'input[name=ids][form="bulk-verify"]')
        check(len(boxes) >= 10, f"too few open warnings to verify at once: {len(boxes)}")
        shot(driver, "departments-05-bulk-ticked.png")
        driver.find_element(By.ID, "select-all").click()
        counted = driver.find_element(By.CSS_SELECTOR, '[data-selected-count="bulk-verify"]').text
        check(counted == str(len(boxes)), f"select-all ticked {counted} of {len(boxes)}")
        # Two ticked by hand and verified with one submit…
        driver.find_element(By.ID, "select-all").click()
        for box in boxes[:2]:
            box.click()
        Select(driver.find_element(By.ID, "bulk-result")).select_by_value("tracking")
        driver.find_element(By.ID, "bulk-note").send_keys("已逐户电话联系，持续跟踪")
        button = driver.find_element(By.CSS_SELECTOR, "#bulk-verify button[type=submit]")
        button.click()
        WebDriverWait(driver, 60).until(gone(button))
        outcome = driver.find_element(By.ID, "bulk-outcome").text
        check("已核实 2 条" in outcome, f"bulk verification says {outcome!r} for 2 ticked")
        # …then all the others matching the list at once, in calls of 500 with a progress bar.
        remaining = len(driver.find_elements(By.CSS_SELECTOR, 'input[name=ids][form="bulk-verify"]'))
        check(remaining >= 10, f"only {remaining} open warnings left for 核实全部")
        all_button = driver.find_element(By.ID, "bulk-all")
        check(f"核实全部{remaining}条" in all_button.text, f"the all-matching button says {all_button.text!r}")
        Select(driver.find_element(By.ID, "bulk-result")).select_by_value("tracking")
        note = driver.find_element(By.ID, "bulk-note")
        note.clear()
        note.send_keys("已逐户电话联系，持续跟踪")
        driver.execute_script("window.confirm = function() { return true; };")
        all_button.click()
        WebDriverWait(driver, 60).until(lambda d: "已核实" in d.find_element(By.ID, "bulk-progress-text").text)
        progress = driver.find_element(By.ID, "bulk-progress-text").text
        check(f"已核实 {remaining} 条" in progress, f"all-matching verification says {progress!r} for {remaining}")
        shot(driver, "departments-06a-all-matching.png")
        driver.get(server.base + "/warnings")
        check(not driver.find_elements(By.CSS_SELECTOR, 'input[name=ids][form="bulk-verify"]'), "verified warnings still open")
        shot(driver, "departments-06-bulk-verified.png")

        # The list, all of it, into Excel: the export link carries the list's filter; the file opens in openpyxl, names
        # the filter in its title row and holds as many rows as the page's total.
        Select(driver.find_element(By.ID, "filter")).select_by_value("all")
        button = driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]")
        button.click()
        WebDriverWait(driver, 20).until(gone(button))
        total_text = driver.find_element(By.ID, "warnings-total").text
        total = int("".join(ch for ch in total_text.split("条")[0] if ch.isdigit()) or "0")
        link = driver.find_element(By.ID, "warnings-export").get_attribute("href")
        check("/warnings/export.xlsx" in link and "filter=all" in link, f"export link {link!r}")
        status, ctype, body = fetch(driver, link)
        check(status == 200 and "spreadsheetml" in ctype, f"warnings export answered {status} {ctype}")
        if status == 200:
            book = openpyxl.load_workbook(io.BytesIO(body))
            sheet = book.worksheets[0]
            rows = [r for r in sheet.iter_rows(values_only=True)]
            check("核实情况：全部" in str(rows[0][0]), f"title row {rows[0]!r}")
            header = next((i for i, r in enumerate(rows) if r and r[0] == "农户"), None)
            data = rows[header + 1:] if header is not None else []
            check(total >= 10 and len(data) == total, f"export holds {len(data)} rows, the page says {total_text!r}")
            check(sum(1 for r in data if "已逐户电话联系" in str(r)) >= 10, "the bulk verification's reason is not in the export")
        shot(driver, "departments-07-all-warnings.png")

        # Every worklist's export opens in openpyxl and holds as many rows as the list's total says (the county admin).
        import re
        login(driver, server.base, "admin")
        for page, export, first in [("/cases", "/cases/export.xlsx", "农户"), ("/inbox", "/inbox/export.xlsx", "农户"),
                                    ("/warnings?filter=all", "/warnings/export.xlsx?filter=all", "农户"),
                                    ("/quality/findings?state=all", "/quality/findings/export.xlsx?state=all", "规则"),
                                    ("/rectifications", "/rectifications/export.xlsx", "问题"), ("/helpers", "/helpers/export.xlsx", "姓名"),
                                    ("/audit?actor=admin", "/audit/export.xlsx?actor=admin", "序号"),
                                    ("/households", "/households/export.xlsx", "户编号")]:
            driver.get(server.base + page)
            html = driver.page_source
            start = html.find('class="actions"') if 'id="chain-state"' in html else 0
            found = re.search(r"共 (\d+) 户" if page == "/households" else r"共\s*(\d+)", html[max(start, 0):])
            check(found is not None, f"{page} shows no total")
            status, ctype, body = fetch(driver, server.base + export)
            check(status == 200 and "spreadsheetml" in ctype, f"{export} answered {status} {ctype}")
            if status != 200 or found is None:
                continue
            rows = [r for r in openpyxl.load_workbook(io.BytesIO(body)).worksheets[0].iter_rows(values_only=True)]
            header = next((i for i, r in enumerate(rows) if r and r[0] == first), None)
            data = len(rows) - header - 1 if header is not None else -1
            check(data == int(found.group(1)), f"{export} holds {data} rows, {page} says {found.group(0)}")
        print("every worklist export opened in openpyxl with the list's total")
    finally:
        driver.quit()
        server.stop()
    check.finish("departments", server, "screenshots/departments-*.png")


if __name__ == "__main__":
    main()
