"""Browser test of income year by year: the county admin opens 减收风险点, the county list by township, follows a
household with a falling income to its page, sees the years side by side with the chart and the fired point in 风险研判,
enters this year's statement (a wrong amount first, named in Chinese) and sees it in the table, and exports the list;
then 民政救助比对: the township's 低保边缘 households, and a monitored household whose 低保 ended followed to its 风险研判.
Screenshots under screenshots/incomes-*.png."""
import io
import os

from openpyxl import Workbook, load_workbook
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from harness import Checks, Server, chromium, china_today, fetch, gone, login, shot

PORT = int(os.environ.get("FANGPIN_INCOMES_PORT", "8091"))


def main():
    server = Server(PORT)
    d = chromium(1366, 900)
    check = Checks()
    try:
        login(d, server.base, "admin")
        d.get(server.base + "/income-risks")
        counts = d.find_elements(By.ID, "income-risk-counts")
        check(bool(counts), "the county list has no table of townships and points")
        rows = d.find_elements(By.CSS_SELECTOR, "#income-risks tbody tr")
        check(len(rows) > 0, "the demo county shows no household with an income-risk point")
        shot(d, "incomes-01-county-list.png")
        if rows:
            point = rows[0].find_elements(By.TAG_NAME, "td")[2].text
            link = rows[0].find_element(By.TAG_NAME, "a")
            household = link.get_attribute("href").split("/households/")[1].split("#")[0]
            # The list filtered by that point, and its Excel with as many rows as the list.
            total_text = d.find_element(By.TAG_NAME, "h1").text
            status, _, body = fetch(d, server.base + "/income-risks/export.xlsx")
            check(status == 200, f"the export answered {status}")
            rows_in = [r for r in load_workbook(io.BytesIO(body)).worksheets[0].iter_rows(values_only=True)] if status == 200 else []
            header = next((i for i, r in enumerate(rows_in) if r and r[0] == "农户"), None)
            listed = len(rows_in) - header - 1 if header is not None else -1
            check(f"共{listed}条" in total_text, f"the export has {listed} rows, the page says {total_text!r}")
            link.click()
            WebDriverWait(d, 20).until(lambda x: x.find_elements(By.ID, "income-years"))
            check(bool(d.find_elements(By.ID, "income-chart")), "the household page has no income chart")
            risks = d.find_element(By.ID, "income-risks").text
            check(point in risks, f"风险研判 does not show the point {point!r}: {risks!r}")
            d.execute_script("document.getElementById('incomes').scrollIntoView()")
            shot(d, "incomes-02-household.png")

            year = china_today().year
            d.get(f"{server.base}/households/{household}/incomes/new")
            year_box = d.find_element(By.NAME, "year")
            year_box.clear()
            year_box.send_keys(str(year))
            wage = d.find_element(By.NAME, "wageMigrant")
            wage.clear()
            wage.send_keys("一万二")
            button = d.find_element(By.CSS_SELECTOR, "#income-form button[type=submit]")
            button.click()
            WebDriverWait(d, 20).until(gone(button))
            check("务工收入" in d.find_element(By.TAG_NAME, "main").text and d.find_elements(By.CSS_SELECTOR, ".field.error"),
                  "a wrong amount is not named")
            shot(d, "incomes-03-bad-amount.png")
            wage = d.find_element(By.NAME, "wageMigrant")
            wage.clear()
            wage.send_keys("12000")
            # Nobody worked this year ("去年就业而今年未就业" for whoever did last year).
            for box in d.find_elements(By.CSS_SELECTOR, "#employed-members input[name=employedMembers]"):
                if box.is_selected():
                    box.click()
            button = d.find_element(By.CSS_SELECTOR, "#income-form button[type=submit]")
            button.click()
            WebDriverWait(d, 20).until(lambda x: x.find_elements(By.ID, "income-years"))
            table = d.find_element(By.ID, "income-years").text
            check(f"{year}年" in table, f"this year's statement is not in the table: {table[:200]!r}")
            employed = [c.text for c in d.find_elements(By.CSS_SELECTOR, "#income-employed td")]
            check(bool(employed) and employed[-2 if len(employed) > 1 else -1] in ("无", ""), f"this year's workers are not 无: {employed!r}")
            before = employed[-3] if len(employed) > 2 else ""
            if before not in ("无", "未登记", ""):
                risks = d.find_element(By.ID, "income-risks").text
                check("未就业" in risks, f"workers of last year ({before}) are not named as 未就业: {risks!r}")
            d.execute_script("document.getElementById('incomes').scrollIntoView()")
            shot(d, "incomes-04-new-year.png")

            # 收入批量导入: the template filled in as a township fills it, a wrong row first (nothing written, the row
            # named), then the file put right corrects this year as a new version.
            d.get(server.base + "/households")
            d.find_element(By.ID, "income-import").click()
            WebDriverWait(d, 20).until(lambda x: x.find_elements(By.ID, "income-import-form"))
            status, _, body = fetch(d, server.base + "/incomes/import/template.xlsx")
            check(status == 200, f"the income template answered {status}")
            header = [c for c in next(load_workbook(io.BytesIO(body)).worksheets[0].iter_rows(values_only=True))] if status == 200 else []
            check(header[:1] == ["户编号"] and "公益岗位工资" in header, f"the template's header is {header[:6]!r}")
            _, record = server.api("GET", f"/api/v1/households/{household}", server.token("admin"))
            code = record.get("code", "")

            def workbook(rows):
                book = Workbook()
                sheet = book.active
                sheet.append(header)
                for values in rows:
                    sheet.append([values.get(h) for h in header])
                path = os.path.join(server.work, f"incomes-{len(rows)}.xlsx")
                book.save(path)
                return path

            good = {"户编号": code, "收入年度": year, "当年家庭人口": 3, "务工收入": 13000, "公益岗位工资": 6000}
            d.find_element(By.ID, "file").send_keys(workbook([good, dict(good, 户编号="45022499999999999")]))
            d.find_element(By.CSS_SELECTOR, "#income-import-form button[type=submit]").click()
            WebDriverWait(d, 20).until(lambda x: x.find_elements(By.ID, "income-import-problems") or x.find_elements(By.ID, "income-import-done"))
            problems = d.find_element(By.ID, "income-import-problems").text if d.find_elements(By.ID, "income-import-problems") else ""
            check("未导入任何数据" in problems and "45022499999999999" in problems, f"the wrong row is not named: {problems[:300]!r}")
            shot(d, "incomes-08-import-refused.png")
            d.find_element(By.ID, "file").send_keys(workbook([good]))
            d.find_element(By.CSS_SELECTOR, "#income-import-form button[type=submit]").click()
            WebDriverWait(d, 20).until(lambda x: x.find_elements(By.ID, "income-import-done"))
            done = d.find_element(By.ID, "income-import-done").text
            check("更正1个年度" in done, f"the import did not correct this year: {done!r}")
            shot(d, "incomes-09-import-done.png")
            # While a file uploads the form says so and its button cannot be pressed twice (the upload is held back here
            # by a listener after the page's own, so the state can be seen).
            d.find_element(By.ID, "file").send_keys(workbook([good]))
            d.execute_script("document.addEventListener('submit', function (e) { e.preventDefault(); });")
            d.find_element(By.CSS_SELECTOR, "#income-import-form button[type=submit]").click()
            busy = d.find_elements(By.CSS_SELECTOR, "#income-import-form .busy")
            check(bool(busy) and "请不要关闭页面" in busy[0].text, "an upload under way does not say so")
            WebDriverWait(d, 5).until(lambda x: x.find_element(By.CSS_SELECTOR, "#income-import-form button[type=submit]").get_attribute("disabled"))
            d.get(f"{server.base}/households/{household}#incomes")
            table = d.find_element(By.ID, "income-years").text
            check("19000.00" in table and "文件导入" in table, f"the imported year is not shown: {table[:300]!r}")

        # 民政救助比对: the demo's civil-affairs roster said three monitored households' 低保 ended (across the county)
        # and a few households of the first township are 低保边缘. The township sees its own; the county sees the ended
        # ones listed, follows one to its page (the ended status and the layer in 风险研判), and the Excel agrees.
        login(d, server.base, "township")
        d.get(server.base + "/civil-affairs?kind=marginalNotMonitored")
        check(len(d.find_elements(By.CSS_SELECTOR, "#civil-mismatches tbody tr")) > 0, "the township sees no 低保边缘 household to check")
        shot(d, "incomes-05-civil-affairs-township.png")
        login(d, server.base, "admin")
        d.get(server.base + "/civil-affairs?kind=dibaoEndedWhileMonitored")
        ended = d.find_elements(By.CSS_SELECTOR, "#civil-mismatches tbody tr")
        check(len(ended) > 0, "no monitored household whose 低保 ended is listed")
        shot(d, "incomes-06-civil-affairs-county.png")
        total_text = d.find_element(By.TAG_NAME, "h1").text
        status, _, body = fetch(d, server.base + "/civil-affairs/export.xlsx?kind=dibaoEndedWhileMonitored")
        rows_in = [r for r in load_workbook(io.BytesIO(body)).worksheets[0].iter_rows(values_only=True)] if status == 200 else []
        header = next((i for i, r in enumerate(rows_in) if r and r[0] == "农户"), None)
        listed = len(rows_in) - header - 1 if header is not None else -1
        check(f"共{listed}户" in total_text, f"the civil-affairs export has {listed} rows, the page says {total_text!r}")
        if ended:
            ended[0].find_element(By.TAG_NAME, "a").click()
            WebDriverWait(d, 20).until(lambda x: x.find_elements(By.ID, "civil-statuses"))
            statuses = d.find_element(By.ID, "civil-statuses").text
            check("低保" in statuses and "已终止" in statuses, f"the household page does not show the ended 低保: {statuses!r}")
            check(bool(d.find_elements(By.ID, "assistance-layer")), "风险研判 has no layer line")
            d.execute_script("document.getElementById('civil-statuses').scrollIntoView()")
            shot(d, "incomes-07-civil-household.png")
    finally:
        d.quit()
        server.stop()
    check.finish("incomes", server, "screenshots/incomes-*.png")


if __name__ == "__main__":
    main()
