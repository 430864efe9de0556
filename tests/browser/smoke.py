"""Browser smoke test: start Fangpin on a small demo county, log in, search a household, open it,
try a bad form, and save screenshots under screenshots/. Needs chromium, chromium-driver and selenium."""
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from harness import ROOT, SHOTS, Server, chromium, gone

PORT = int(os.environ.get("FANGPIN_SMOKE_PORT", "8089"))
BASE = f"http://127.0.0.1:{PORT}"


def main():
    os.makedirs(SHOTS, exist_ok=True)
    server = Server(PORT)
    failures = []
    try:
        driver = chromium()
        try:
            driver.get(BASE + "/")
            driver.find_element(By.ID, "username").send_keys("admin")
            driver.find_element(By.ID, "password").send_keys("Demo2026")
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            # The county admin's day starts at 待办.
            WebDriverWait(driver, 20).until(lambda d: "/inbox" in d.current_url)
            if not (driver.find_elements(By.ID, "inbox") or driver.find_elements(By.ID, "inbox-empty")):
                failures.append("signing in did not land on 待办")
            driver.get(BASE + "/households")
            table = driver.find_element(By.ID, "households")
            first_head = table.find_elements(By.CSS_SELECTOR, "tbody tr td:nth-child(2) a")[0].text
            driver.save_screenshot(os.path.join(SHOTS, "01-household-list.png"))
            # 导出全部台账 holds whole ID numbers: the link asks first, and cancelling leaves the page as it was.
            driver.find_element(By.ID, "export-registry").click()
            try:
                alert = WebDriverWait(driver, 5).until(lambda d: d.switch_to.alert)
                if "完整身份证号" not in alert.text:
                    failures.append(f"the registry export asks {alert.text!r}")
                alert.dismiss()
            except Exception:
                failures.append("导出全部台账 does not ask before exporting whole ID numbers")
            if "/households" not in driver.current_url:
                failures.append("cancelling the registry export left the household list")

            box = driver.find_element(By.ID, "q")
            box.clear()
            box.send_keys(first_head)
            driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
            # Wait for the result page: the old table goes stale and the address carries the search.
            WebDriverWait(driver, 20).until(gone(table))
            WebDriverWait(driver, 20).until(lambda d: "q=" in d.current_url)
            rows = driver.find_elements(By.CSS_SELECTOR, "#households tbody tr")
            if not rows:
                failures.append(f"search for {first_head} found nothing")
            driver.save_screenshot(os.path.join(SHOTS, "02-search.png"))
            first_link = rows[0].find_element(By.CSS_SELECTOR, "td a")
            first_link.click()
            WebDriverWait(driver, 20).until(gone(first_link))
            if "家庭成员" not in driver.page_source or first_head not in driver.page_source:
                failures.append("household page does not show members")
            driver.save_screenshot(os.path.join(SHOTS, "03-household.png"))

            driver.get(BASE + "/households/new")
            driver.find_element(By.ID, "f-head-idNumber").send_keys("450224198001010010")
            form_button = driver.find_element(By.CSS_SELECTOR, "div.actions button[type=submit]")
            form_button.click()
            WebDriverWait(driver, 20).until(gone(form_button))
            errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".field.error .msg")]
            if not any("校验位" in e for e in errors):
                failures.append(f"bad ID number not reported next to its field: {errors}")
            driver.save_screenshot(os.path.join(SHOTS, "04-form-errors.png"))

            driver.get(BASE + "/policy")
            if "防止返贫监测范围" not in driver.page_source or "办理时限" not in driver.page_source:
                failures.append("policy page missing thresholds or deadline rules")
            driver.save_screenshot(os.path.join(SHOTS, "06-policy.png"))
            driver.get(BASE + "/policy/calendar?rule=enrolment.measures&start=2026-02-13")
            answer = driver.find_elements(By.ID, "deadline-answer")
            if not answer or "2026年3月5日" not in answer[0].text:
                failures.append("deadline calculator did not answer 2026-03-05 for measures after 2026-02-13")
            driver.save_screenshot(os.path.join(SHOTS, "07-calendar.png"))

            # The 2026 regime's content is data the county admin edits: a choice left empty is refused next to its
            # group, then 防贫保险 taken out is saved as the regime's first version and the household page's
            # measure form (below) no longer offers it.
            driver.get(BASE + "/policy")
            edit_link = driver.find_element(By.CSS_SELECTOR, "a[href='/policy/regimes/2026-regular']")
            edit_link.click()
            WebDriverWait(driver, 20).until(gone(edit_link))
            insurance = driver.find_element(By.ID, "measure-insurance")
            if insurance.is_selected():
                insurance.click()
            categories = driver.find_elements(By.CSS_SELECTOR, "input[name=categories]")
            for box in categories:
                if box.is_selected():
                    box.click()
            submit = driver.find_element(By.CSS_SELECTOR, "#regime-form .actions button[type=submit]")
            submit.click()
            WebDriverWait(driver, 20).until(gone(submit))
            errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#field-categories .msg")]
            if not any("至少选择一项监测对象类别" in e for e in errors):
                failures.append(f"an empty category choice was not refused next to it: {errors}")
            if driver.find_element(By.ID, "measure-insurance").is_selected():
                failures.append("the refused regime form lost the unticked 防贫保险")
            driver.save_screenshot(os.path.join(SHOTS, "12-regime-refused.png"))
            for box in driver.find_elements(By.CSS_SELECTOR, "input[name=categories]"):
                if not box.is_selected():
                    box.click()
            # The procedure's numbers are the regime's too: a 7-day notice from now on, and the wording follows.
            notice = driver.find_element(By.ID, "limits.noticeDays")
            notice.clear()
            notice.send_keys("7")
            driver.find_element(By.ID, "note").send_keys("本县未开展防贫保险")
            submit = driver.find_element(By.CSS_SELECTOR, "#regime-form .actions button[type=submit]")
            submit.click()
            WebDriverWait(driver, 20).until(gone(submit))
            if "已保存为第1版" not in driver.page_source:
                failures.append("saving the regime did not say it is version 1")
            driver.get(BASE + "/policy/regimes/2026-regular")
            if "本县未开展防贫保险" not in driver.find_element(By.ID, "regime-versions").text:
                failures.append("the regime's versions do not list the save with its note")
            if "公示不少于7天" not in driver.find_element(By.ID, "regime-steps").text:
                failures.append("the regime's notice step does not follow its 7-day limit")
            driver.save_screenshot(os.path.join(SHOTS, "13-regime-saved.png"))
            driver.get(BASE + "/households?category=monitored")
            link = driver.find_elements(By.CSS_SELECTOR, "#households tbody tr td a")[0]
            link.click()
            WebDriverWait(driver, 20).until(gone(link))
            if not driver.find_elements(By.ID, "assessment"):
                failures.append("household page has no 风险研判 card")
            if driver.find_elements(By.CSS_SELECTOR, "#measure-form option[value=insurance]"):
                failures.append("the measure form still offers 防贫保险 after the regime dropped it")
            elif not driver.find_elements(By.CSS_SELECTOR, "#measure-form option[value=health]"):
                failures.append("the measure form offers no measure types")
            # Its edit form: the monitoring facts are the procedure's, shown read-only with the way to the case.
            driver.get(driver.current_url.split("?")[0] + "/edit")
            facts = driver.find_elements(By.ID, "monitoring-facts")
            if not facts or "由监测帮扶程序写入" not in facts[0].text:
                failures.append("edit form does not show the monitoring facts as the procedure's")
            if driver.find_elements(By.NAME, "monitoringCategory") or driver.find_elements(By.NAME, "eliminatedOn"):
                failures.append("edit form lets the monitoring facts be typed")
            if facts:
                driver.execute_script("arguments[0].scrollIntoView()", facts[0])
            driver.save_screenshot(os.path.join(SHOTS, "09-edit-monitoring-read-only.png"))

            driver.get(BASE + "/audit")
            if "哈希链完整" not in driver.page_source or "登录成功" not in driver.page_source:
                failures.append("audit page does not show an intact chain with the login")
            driver.save_screenshot(os.path.join(SHOTS, "08-audit.png"))

            driver.get(BASE + "/regions")
            if "融安县" not in driver.page_source:
                failures.append("region tree missing the county")
            driver.save_screenshot(os.path.join(SHOTS, "05-regions.png"))

            # At 1366 px the county admin's navigation is one line: the system pages sit in a group that opens.
            driver.set_window_size(1366, 900)
            driver.get(BASE + "/inbox")
            height = driver.execute_script("return document.querySelector('nav.main').getBoundingClientRect().height")
            if height > 56:
                failures.append(f"the navigation takes {height}px at 1366 px: more than one line")
            group = driver.find_elements(By.CSS_SELECTOR, "details.navgroup summary")
            if not group:
                failures.append("the navigation has no group")
            else:
                group[-1].click()
                links = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "details.navgroup[open] .menu a")]
                if "审计日志" not in links or "账号管理" not in links:
                    failures.append(f"the system group opens {links}")
            driver.save_screenshot(os.path.join(SHOTS, "10-navigation-1366.png"))

            # A long list to choose from is searchable: the account form's scope (every village of the county).
            driver.get(BASE + "/users")
            scope = driver.find_element(By.ID, "scope")
            total = len(scope.find_elements(By.TAG_NAME, "option"))
            filters = driver.find_elements(By.CSS_SELECTOR, "input.select-filter")
            if total >= 30 and not filters:
                failures.append(f"the scope select of {total} options has no search box")
            if filters:
                filters[0].send_keys("长安镇")
                shown = driver.execute_script(
                    "return Array.from(document.getElementById('scope').options).filter(o => !o.hidden).map(o => o.text)")
                if not shown or any("长安镇" not in t for t in shown if t != "请选择"):
                    failures.append(f"searching the scope select for 长安镇 shows {shown[:5]}")
            driver.save_screenshot(os.path.join(SHOTS, "11-account-form.png"))
        finally:
            driver.quit()
    finally:
        server.stop()
    if failures:
        print("browser smoke test FAILED:")
        for f in failures:
            print(" -", f)
        print(server.log_tail())
        sys.exit(1)
    print("browser smoke test: 1 passed, 0 failed (screenshots in screenshots/)")


if __name__ == "__main__":
    main()
