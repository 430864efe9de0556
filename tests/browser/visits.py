"""Browser test of 帮扶走访 on a phone (390×844): the demo helper opens one of their households, records a visit with a
photo, bad input first (a date in the future, a file that is no photo), and sees it on the household page; the village
officer records one on behalf of a helper (代录); the township reads the per-helper summary and the households not
visited this quarter. Screenshots under screenshots/visits-*.png."""
import os
import sqlite3

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from harness import Checks, Server, chromium, china_today, gone, login, shot

PORT = int(os.environ.get("FANGPIN_VISITS_PORT", "8097"))


def fill(driver, values):
    for name, value in values.items():
        box = driver.find_element(By.NAME, name)
        box.clear()
        box.send_keys(value)


def main():
    server = Server(PORT)
    phone = chromium(390, 844)
    check = Checks()
    try:
        con = sqlite3.connect(os.path.join(server.work, "demo.sqlite"))
        own = con.execute(
            "SELECT a.household_id FROM household_helpers a JOIN users u ON u.helper_id = a.helper_id "
            "JOIN households h ON h.id = a.household_id WHERE u.username = 'helper' AND a.ended_on IS NULL "
            "AND h.dissolved_at IS NULL ORDER BY h.code LIMIT 1").fetchone()
        village_officer_scope = con.execute("SELECT scope FROM users WHERE username = 'village'").fetchone()[0]
        helped = con.execute(
            "SELECT h.id FROM households h JOIN household_helpers a ON a.household_id = h.id AND a.ended_on IS NULL "
            "WHERE h.village_code = ? AND h.dissolved_at IS NULL ORDER BY h.code LIMIT 1", (village_officer_scope,)).fetchone()
        first_in_village = con.execute(
            "SELECT id FROM households WHERE village_code = ? AND dissolved_at IS NULL ORDER BY code LIMIT 1",
            (village_officer_scope,)).fetchone()
        con.close()
        check(own is not None, "the demo helper has no household")
        if helped is None and first_in_village:
            # A helper for a household of the village officer's village, through the API (set-up).
            admin = server.token("admin")
            status, body = server.api("POST", f"/api/v1/households/{first_in_village[0]}/helpers", admin,
                                      {"name": "韦代录", "unit": "县林业局", "phone": "13900001234"})
            check(status in (200, 201), f"assigning a helper answered {status} {body}")
            helped = first_in_village
        photo = os.path.join(server.work, "走访照片.jpg")
        with open(photo, "wb") as f:
            f.write(bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(4096))
        not_photo = os.path.join(server.work, "说明.jpg")
        with open(not_photo, "wb") as f:
            f.write("这不是照片".encode("utf-8"))
        today = china_today()

        if own:
            household = own[0]
            login(phone, server.base, "helper")
            phone.get(f"{server.base}/households/{household}")
            phone.find_element(By.ID, "new-visit").click()
            WebDriverWait(phone, 20).until(lambda d: "/visits/new" in d.current_url)
            check(not phone.find_elements(By.NAME, "helperId"), "the helper is asked whom they record for")
            width = phone.execute_script("return document.documentElement.scrollWidth")
            check(width <= 400, f"the visit form is wider than the phone: {width}px")
            shot(phone, "visits-01-form-phone.png")

            # Bad first: tomorrow, and a file that is no photo.
            fill(phone, {"visitedOn": "", "met": "户主本人", "done": "宣传雨露计划和技能培训政策"})
            phone.execute_script("document.getElementsByName('visitedOn')[0].value = arguments[0]",
                                 (today.fromordinal(today.toordinal() + 1)).isoformat())
            phone.find_element(By.ID, "files").send_keys(not_photo)
            button = phone.find_element(By.CSS_SELECTOR, "#visit-form button[type=submit]")
            button.click()
            WebDriverWait(phone, 20).until(gone(button))
            text = phone.find_element(By.TAG_NAME, "main").text
            check("不是JPG、PNG照片或PDF扫描件" in text, f"a file that is no photo was taken: {text[:300]!r}")
            check(phone.find_element(By.NAME, "met").get_attribute("value") == "户主本人", "what was typed was lost")
            shot(phone, "visits-02-refused.png")

            phone.execute_script("document.getElementsByName('visitedOn')[0].value = arguments[0]",
                                 (today.fromordinal(today.toordinal() + 1)).isoformat())
            phone.find_element(By.ID, "files").send_keys(photo)
            button = phone.find_element(By.CSS_SELECTOR, "#visit-form button[type=submit]")
            button.click()
            WebDriverWait(phone, 20).until(gone(button))
            check("走访日期不能晚于今天" in phone.find_element(By.TAG_NAME, "main").text, "a visit tomorrow was taken")

            phone.execute_script("document.getElementsByName('visitedOn')[0].value = arguments[0]", today.isoformat())
            fill(phone, {"income": "务工收入稳定", "needs": "想参加电工培训", "nextStep": "下月帮助报名培训"})
            phone.find_element(By.ID, "files").send_keys(photo)
            button = phone.find_element(By.CSS_SELECTOR, "#visit-form button[type=submit]")
            button.click()
            WebDriverWait(phone, 20).until(gone(button))
            check(f"/households/{household}" in phone.current_url, f"after saving: {phone.current_url}")
            visits = phone.find_element(By.ID, "visits").text if phone.find_elements(By.ID, "visits") else ""
            page = phone.find_element(By.TAG_NAME, "main").text
            check("宣传雨露计划和技能培训政策" in page and "照片" in page, f"the visit is not on the household page: {visits!r}")
            phone.execute_script("document.getElementById('visits-heading').scrollIntoView()")
            shot(phone, "visits-03-saved-phone.png")

        # The village officer records one for a helper without an account (代录).
        check(helped is not None, "no household of the village officer's village has a helper")
        if helped:
            login(phone, server.base, "village")
            phone.get(f"{server.base}/households/{helped[0]}/visits/new")
            select = Select(phone.find_element(By.NAME, "helperId"))
            check(len(select.options) >= 2, "no helper to record for")
            select.select_by_index(1)
            fill(phone, {"met": "户主妻子", "done": "了解家庭收入，宣传医保政策"})
            button = phone.find_element(By.CSS_SELECTOR, "#visit-form button[type=submit]")
            button.click()
            WebDriverWait(phone, 20).until(gone(button))
            check("代录" in phone.find_element(By.TAG_NAME, "main").text, "the visit recorded on a helper's behalf is not marked 代录")
            shot(phone, "visits-04-on-behalf.png")

        desk = chromium()
        try:
            login(desk, server.base, "admin")
            desk.get(server.base + "/helper-visits")
            months = desk.find_elements(By.ID, "helper-months")
            check(bool(months) and "韦代录" in months[0].text, "the per-helper summary is missing the helper visited")
            check("尚未走访的监测户" in desk.find_element(By.TAG_NAME, "main").text, "the not-visited list is missing")
            shot(desk, "visits-05-summary.png")
        finally:
            desk.quit()
    finally:
        phone.quit()
        server.stop()
    check.finish("visits", server, "screenshots/visits-*.png")


if __name__ == "__main__":
    main()
