"""Browser test of uploads through the pages, at real sizes: department lists of 10 KB, 1 MB and 20 MB go through the
import form (each gets its import page, the big ones finish in the background), case documents of 10 KB and 9 MB
are attached on the case page, and an 11 MB document is refused with a clear message. Screenshots under
screenshots/uploads-*.png."""
import os
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from harness import Checks, Server, chromium, gone, login, shot

PORT = int(os.environ.get("FANGPIN_UPLOADS_PORT", "8093"))
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_number(i):
    """A valid resident ID number of nobody in the demo county (region 110106), unique for each i."""
    days = i % 20000
    seq = (i // 20000) * 2 + 1
    t = time.gmtime(-631152000 + days * 86400)  # from 1950-01-01
    body = f"110106{t.tm_year:04d}{t.tm_mon:02d}{t.tm_mday:02d}{seq % 1000:03d}"
    return body + CHECK[sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11]


def medical_list(path, size):
    header = "身份证号码,姓名,结算年度,医疗总费用（元）,个人自付（元）\r\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        written, i = len(header.encode()), 0
        while written < size:
            line = f"{id_number(i)},外县人员,2026,30000,25000\r\n"
            f.write(line)
            written += len(line.encode())
            i += 1
    return i


def png(path, size):
    with open(path, "wb") as f:
        f.write(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        f.write(b"\x00" * (size - 8))


def main():
    server = Server(PORT)
    driver = chromium()
    check = Checks()
    try:
        admin = server.token("admin")
        login(driver, server.base, "admin")
        # 1. Department lists through the import form.
        for name, size in [("10KB", 10 * 1024), ("1MB", 1024 * 1024), ("20MB", 20 * 1024 * 1024)]:
            path = os.path.join(server.work, f"医疗费用-{name}.csv")
            rows = medical_list(path, size)
            driver.get(server.base + "/imports")
            Select(driver.find_element(By.ID, "listType")).select_by_value("medical.bills")
            driver.find_element(By.ID, "file").send_keys(path)
            button = driver.find_element(By.CSS_SELECTOR, "#import-form button[type=submit]")
            button.click()
            WebDriverWait(driver, 300).until(gone(button))
            check("表单已过期" not in driver.page_source, f"{name} list refused as a stale form")
            url = driver.current_url
            check("/imports/" in url, f"{name} list: no import page ({url}): {driver.find_element(By.TAG_NAME, 'main').text[:200]!r}")
            if "/imports/" not in url:
                continue
            import_id = url.split("/imports/")[1].split("?")[0]
            deadline = time.time() + 600
            state = None
            while time.time() < deadline:
                status, body = server.api("GET", f"/api/v1/imports/{import_id}", admin)
                check(status == 200, f"{name}: progress answered {status}")
                state = body.get("state")
                if state != "processing":
                    break
                time.sleep(1)
            check(state == "done", f"{name} list ended {state}")
            check(body.get("totalRows") == rows or body.get("total") == rows or str(rows) in str(body),
                  f"{name} list: {rows} rows sent, import says {body}")
            driver.get(url)
            shot(driver, f"uploads-list-{name}.png")

        # 1b. A department uploads its own list on the page (the education bureau, a 1 MB dropout list).
        path = os.path.join(server.work, "辍学名单-1MB.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("身份证号码,姓名,学校,状态,发现日期\r\n")
            i = 0
            while f.tell() < 1024 * 1024:
                f.write(f"{id_number(100000 + i)},外县学生,长安镇中心校,辍学,2026-09-15\r\n")
                i += 1
        login(driver, server.base, "department")
        driver.get(server.base + "/imports")
        Select(driver.find_element(By.ID, "listType")).select_by_value("edu.dropout")
        driver.find_element(By.ID, "file").send_keys(path)
        button = driver.find_element(By.CSS_SELECTOR, "#import-form button[type=submit]")
        button.click()
        WebDriverWait(driver, 300).until(gone(button))
        check("表单已过期" not in driver.page_source and "/imports/" in driver.current_url,
              f"the department's own list was refused: {driver.find_element(By.TAG_NAME, 'main').text[:200]!r}")
        shot(driver, "uploads-department-list.png")
        login(driver, server.base, "admin")

        # 2. Documents on a case page.
        status, inbox = server.api("GET", "/api/v1/inbox", admin)
        case_ids = [i.get("caseId") or i.get("id") for i in inbox.get("items", []) if (i.get("caseId") or i.get("id"))]
        check(bool(case_ids), f"no case to attach documents to: {inbox}")
        if case_ids:
            case_id = case_ids[0]
            for name, size, ok in [("10KB", 10 * 1024, True), ("9MB", 9 * 1024 * 1024, True), ("11MB", 11 * 1024 * 1024, False)]:
                path = os.path.join(server.work, f"photo-{name}.png")
                png(path, size)
                driver.get(f"{server.base}/cases/{case_id}")
                forms = driver.find_elements(By.ID, "upload-form")
                check(bool(forms), "the case page has no upload form")
                if not forms:
                    break
                driver.find_element(By.ID, "doc-title").send_keys(f"入户照片{name}")
                driver.find_element(By.ID, "doc-file").send_keys(path)
                button = driver.find_element(By.CSS_SELECTOR, "#upload-form button[type=submit]")
                button.click()
                WebDriverWait(driver, 120).until(gone(button))
                text = driver.find_element(By.TAG_NAME, "main").text
                if ok:
                    check(f"已上传材料：入户照片{name}" in text, f"{name} document not attached: {text[:300]!r}")
                else:
                    errors = driver.find_elements(By.ID, "upload-error")
                    check(bool(errors) and "文件过大" in errors[0].text, f"{name} document not refused clearly: {text[:300]!r}")
                    shot(driver, "uploads-document-too-large.png")
            shot(driver, "uploads-documents.png")
    finally:
        driver.quit()
        server.stop()
    check.finish("uploads", server, "screenshots/uploads-*.png")


if __name__ == "__main__":
    main()
