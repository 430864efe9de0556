"""Browser test of data quality and screening as a township officer would use them: the bulletin, a 必改 finding
fixed on the household page and closed by the next run; a campaign, a household survey with bad input then good,
live coverage; a ledger item entered and closed with evidence. Screenshots under screenshots/screening-*.png and screenshots/dashboard.png."""
import os
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from harness import Checks, Server, china_today, chromium, gone, login, shot

PORT = int(os.environ.get("FANGPIN_SCREENING_PORT", "8098"))
TOWNSHIP = "450224100"


def submit(driver, selector):
    button = driver.find_element(By.CSS_SELECTOR, selector)
    button.click()
    WebDriverWait(driver, 30).until(gone(button))


def main():
    server = Server(PORT)
    driver = chromium()
    check = Checks()

    try:
        admin = server.token("admin")
        # 1. The bulletin, and a 必改 finding of the township (a C/D house not monitored) fixed on the household page.
        # Set-up through the API: an ordinary household of the township gets a C-grade house, and a run finds it.
        _, listed = server.api("GET", f"/api/v1/households?township={TOWNSHIP}&monitored=false&per=5", admin)
        house = listed["items"][0]
        _, h = server.api("GET", f"/api/v1/households/{house['id']}", admin)
        status, body = server.api("PATCH", f"/api/v1/households/{house['id']}", admin, {"version": h["version"], "housingGrade": "C"})
        check(status == 200, f"set-up failed: {status} {body}")
        status, run = server.api("POST", "/api/v1/quality/runs", admin)
        for _ in range(60):
            _, state = server.api("GET", f"/api/v1/quality/runs/{run.get('id')}", admin)
            if state.get("state") != "running":
                break
            time.sleep(1)
        _, findings = server.api("GET", f"/api/v1/quality/findings?township={TOWNSHIP}&severity=mustFix&per=500", admin)
        target = next((f for f in findings["items"] if f["rule"] == "J01" and f["householdId"] == house["id"]), None)
        check(target is not None, f"no J01 finding for the set-up household: {findings.get('total')}")
        login(driver, server.base, "township")
        driver.get(server.base + "/quality")
        check("数据质量通报" in driver.page_source and driver.find_elements(By.ID, "bulletin"), "bulletin missing")
        shot(driver, "screening-01-bulletin.png")
        if target:
            driver.get(server.base + f"/households/{target['householdId']}/edit")
            Select(driver.find_element(By.NAME, "housingGrade")).select_by_value("B")
            submit(driver, "div.actions button[type=submit]")
            check("/edit" not in driver.current_url, f"household edit not saved: {driver.current_url}")
            login(driver, server.base, "admin")
            driver.get(server.base + "/quality")
            submit(driver, "#last-run button[type=submit]")
            for _ in range(60):
                driver.get(server.base + "/quality")
                if "检查正在运行" not in driver.find_element(By.ID, "last-run").text:
                    break
                time.sleep(1)
            login(driver, server.base, "township")
            driver.get(server.base + f"/quality/findings?township={TOWNSHIP}&severity=mustFix&state=closed")
            closed = driver.find_element(By.ID, "findings").text
            check("J01" in closed and "已整改" in closed, "the fixed finding did not close")
            shot(driver, "screening-02-closed.png")

        # 2. A campaign; the survey form refuses an absent household without saying how it was checked.
        driver.get(server.base + "/screening")
        Select(driver.find_element(By.ID, "kind")).select_by_value("monthly")
        driver.find_element(By.ID, "name").send_keys("浏览器测试排查")
        today = china_today().isoformat()
        for field in ("from", "to"):
            driver.execute_script(f"document.getElementById('{field}').value = '{today}'")
        submit(driver, "#campaign-form button[type=submit]")
        check("覆盖情况" in driver.page_source, "campaign page not shown after creating")
        campaign = driver.current_url.rstrip("/").split("/")[-1]
        _, households = server.api("GET", f"/api/v1/households?township={TOWNSHIP}&per=1", admin)
        hid, village = households["items"][0]["id"], households["items"][0]["villageCode"]
        driver.get(server.base + f"/screening/{campaign}/households/{hid}")
        driver.find_element(By.ID, "visitors").send_keys("张三、李四")
        Select(driver.find_element(By.ID, "presence")).select_by_value("absent")
        submit(driver, "#survey-form button[type=submit]")
        check("农户不在家时须说明信息如何核实" in driver.page_source, "absent without source not refused in Chinese")
        shot(driver, "screening-03-survey-error.png")
        Select(driver.find_element(By.ID, "absentSource")).select_by_value("phone")
        submit(driver, "#survey-form button[type=submit]")
        check("已排查 1/" in driver.page_source, "coverage did not count the survey")
        shot(driver, "screening-04-village.png")
        driver.get(server.base + f"/screening/{campaign}")
        check(village in driver.page_source or driver.find_elements(By.ID, "coverage-villages"), "coverage table missing")

        # 3. The ledger: an item entered, closing refused without evidence, then closed.
        driver.get(server.base + "/rectifications")
        Select(driver.find_element(By.ID, "source")).select_by_value("crossCheck")
        Select(driver.find_element(By.ID, "region")).select_by_value(village)
        driver.find_element(By.ID, "problem").send_keys("2户收入漏填转移性收入")
        driver.find_element(By.ID, "unit").send_keys("村委会")
        driver.find_element(By.ID, "person").send_keys("韦书记")
        driver.find_element(By.ID, "measure").send_keys("补录收入并经乡镇复核")
        submit(driver, "#ledger-form button[type=submit]")
        errors = driver.find_elements(By.ID, "form-errors")
        check("整改事项" in driver.page_source, "ledger item page not shown: " + (errors[0].text if errors else driver.current_url))
        driver.execute_script("window.confirm = () => true")
        submit(driver, "#close-form button[type=submit]")
        check("销号须写明整改结果及佐证" in driver.page_source, "closing without evidence not refused")
        # A file that is not a photo or a scan is refused with the reason, and the evidence typed stays.
        bogus = os.path.join(server.work, "说明.txt")
        with open(bogus, "w") as f:
            f.write("not a scan")
        driver.execute_script("window.confirm = () => true")
        driver.find_element(By.ID, "evidence").send_keys("已补录2户转移性收入，乡镇工作站复核通过")
        driver.find_element(By.ID, "files").send_keys(bogus)
        submit(driver, "#close-form button[type=submit]")
        check("不是JPG、PNG照片或PDF扫描件" in driver.page_source, "a text file was accepted as evidence")
        check("乡镇工作站复核通过" in driver.find_element(By.ID, "evidence").get_attribute("value"), "the evidence typed was lost")
        # Then closed with the photo of the corrected ledger.
        photo = os.path.join(server.work, "台账更正.png")
        with open(photo, "wb") as f:
            f.write(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(3000))
        driver.execute_script("window.confirm = () => true")
        driver.find_element(By.ID, "files").send_keys(photo)
        submit(driver, "#close-form button[type=submit]")
        check("已销号" in driver.page_source, "ledger item not closed")
        files = driver.find_elements(By.CSS_SELECTOR, "#evidence-files a")
        check(len(files) == 1 and "台账更正.png" in files[0].text, "the evidence photo is not listed on the closed item")
        shot(driver, "screening-05-ledger.png")

        # 4. The county head's overview: numbers and charts, labelled in Chinese.
        login(driver, server.base, "admin")
        driver.get(server.base + "/dashboard")
        charts = driver.find_elements(By.CSS_SELECTOR, ".chart svg")
        check(len(charts) == 3 and "监测对象类别" in driver.page_source and "近12个月新纳入与风险消除" in driver.page_source,
              "dashboard charts missing")
        check(driver.find_element(By.ID, "tile-monitored").text.split()[0].isdigit(), "dashboard numbers missing")
        # The large-scale risk table (R17): the demo county's flood in its first township is marked for assessment.
        marked = driver.find_elements(By.CSS_SELECTOR, "#scale-risk tr.risk")
        check(bool(marked) and "集中研判" in marked[0].text, "no township marked for 集中研判 in the large-scale risk table")
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1280, min(max(height, 900), 4000))
        shot(driver, "dashboard.png")
        driver.set_window_size(1280, 900)
        hot = driver.find_elements(By.CSS_SELECTOR, "#scale-risk td.hot a")
        check(bool(hot), "no number to open in the large-scale risk table")
        if hot:
            expected = int(hot[0].text)
            hot[0].click()
            WebDriverWait(driver, 30).until(lambda d: "/warnings" in d.current_url)
            rows = driver.find_elements(By.CSS_SELECTOR, "#warnings tbody tr")
            households = {r.find_element(By.CSS_SELECTOR, "td.household").text for r in rows}
            check("只看：" in driver.page_source and len(households) == expected,
                  f"the risk number {expected} opens {len(households)} households' warnings")
            shot(driver, "dashboard-scale-risk-warnings.png")
    finally:
        driver.quit()
        server.stop()
    check.finish("screening", server, "screenshots/screening-*.png")


if __name__ == "__main__":
    main()
