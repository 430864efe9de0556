"""Browser test of the department data exchange: the education bureau downloads its template, uploads a list
(one good row, one bad ID number), reads the row-by-row report; the township officer verifies the resulting
warning; the bureau sees the result. Screenshots under screenshots/departments-*.png."""
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from harness import Checks, Server, chromium, gone, login, shot

PORT = int(os.environ.get("FANGPIN_DEPARTMENTS_PORT", "8096"))
TOWNSHIP = "450224100"


def main():
    server = Server(PORT)
    driver = chromium()
    check = Checks()

    try:
        admin = server.token("admin")
        # A child of the demo township (set-up through the API): the person the bureau reports.
        _, body = server.api("GET", f"/api/v1/households?township={TOWNSHIP}&monitored=false&per=50", admin)
        person = None
        for item in body["items"]:
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
            form = rows[0].find_element(By.CSS_SELECTOR, "form.verify")
            Select(form.find_element(By.NAME, "result")).select_by_value("tracking")
            form.find_element(By.NAME, "note").send_keys("已入户，孩子下周返校，持续跟踪")
            button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
            button.click()
            WebDriverWait(driver, 20).until(gone(button))

        login(driver, server.base, "department")
        driver.get(server.base + "/warnings")
        shot(driver, "departments-03-results.png")
        tables = driver.find_elements(By.ID, "warnings")
        text = tables[0].text if tables else driver.find_element(By.TAG_NAME, "main").text
        check("持续跟踪" in text and "孩子下周返校" in text, f"department does not see the verification: {text!r}")
        shot(driver, "departments-03-results.png")
    finally:
        driver.quit()
        server.stop()
    check.finish("departments", server, "screenshots/departments-*.png")


if __name__ == "__main__":
    main()
