"""Browser test of 台账导入: the county admin uploads a 200-household ledger (one sheet, a row per member) with five
wrong rows; the check names exactly those rows and writes nothing; the file put right is checked, confirmed and
imported, and the households are in the registry. Screenshots under screenshots/registry-import-*.png."""
import os
import urllib.parse

from openpyxl import Workbook
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from harness import Checks, Server, chromium, gone, id_number, login, shot

PORT = int(os.environ.get("FANGPIN_REGISTRY_IMPORT_PORT", "8092"))
VILLAGE = "450224100201"
HEADER = ["户编号", "村代码", "户类型", "家庭住址", "姓名", "身份证号码", "与户主关系", "健康状况", "劳动技能"]


def ledger(path, bad, corrected=False):
    """200 households of two members each; with `bad`, five rows are wrong in the ways real files are; `corrected` is
    the villages' survey: GX00001 has moved house, GX00002's daughter is now chronically ill."""
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(HEADER)
    for n in range(200):
        key = f"GX{n:05d}"
        day = f"{1 + n // 28:02d}{1 + n % 28:02d}"  # a birthday per household: the ID numbers are all different
        head = id_number(n, birth="1970" + day, region="450203")
        child = id_number(n, birth="2000" + day, region="450203", male=False)
        ws.append([key, VILLAGE, "一般户", f"长安镇{n}号", f"测试户主{n}", head, "户主", "健康", "普通劳动力"])
        ws.append([key, VILLAGE, "一般户", f"长安镇{n}号", f"测试女儿{n}", child, "之女", "健康", "普通劳动力"])
    if bad:
        # Rows 2 (GX00000), 12 (GX00005), 22 (GX00010), 32 (GX00015) and 42 (GX00020).
        ws.cell(row=2, column=6, value=ws.cell(row=2, column=6).value[:-1] + ("0" if ws.cell(row=2, column=6).value[-1] != "0" else "1"))
        ws.cell(row=12, column=6, value=4.50203197001E+17)
        ws.cell(row=22, column=2, value="450224999999")
        ws.cell(row=32, column=7, value="")
        ws.cell(row=42, column=8, value="很好")
    if corrected:
        ws.cell(row=4, column=4, value="长安镇新街1号")  # GX00001's head
        ws.cell(row=5, column=4, value="长安镇新街1号")
        ws.cell(row=7, column=8, value="长期慢性病")  # GX00002's daughter
    wb.save(path)


def upload(d, base, path):
    d.get(base + "/registry/import")
    d.find_element(By.ID, "file").send_keys(path)
    button = d.find_element(By.CSS_SELECTOR, "#registry-import-form button[type=submit]")
    button.click()
    WebDriverWait(d, 120).until(lambda x: x.find_elements(By.ID, "registry-import-state"))


def confirm(d):
    """Presses the import's confirm button and waits for the page that follows."""
    button = d.find_element(By.CSS_SELECTOR, "#registry-import-commit button[type=submit]")
    button.click()
    WebDriverWait(d, 120).until(gone(button))
    return d.find_element(By.ID, "registry-import-state").text


def main():
    server = Server(PORT)
    d = chromium(1366, 900)
    check = Checks()
    try:
        login(d, server.base, "admin")
        bad_path = os.path.join(server.work, "台账-有误.xlsx")
        good_path = os.path.join(server.work, "台账.xlsx")
        ledger(bad_path, bad=True)
        ledger(good_path, bad=False)

        upload(d, server.base, bad_path)
        state = d.find_element(By.ID, "registry-import-state").text
        check("不能导入" in state, f"a file with wrong rows was not refused: {state!r}")
        wrong = {tr.find_elements(By.TAG_NAME, "td")[2].text for tr in d.find_elements(By.CSS_SELECTOR, "#registry-import-lines tbody tr")
                 if tr.find_elements(By.TAG_NAME, "td")[3].text == "有误"}
        check(wrong == {"GX00000", "GX00005", "GX00010", "GX00015", "GX00020"}, f"the wrong rows named are {sorted(wrong)}")
        text = d.find_element(By.ID, "registry-import-lines").text
        check("存成了数字" in text, "the ID number stored as a number is not explained")
        check(not d.find_elements(By.ID, "registry-import-commit"), "a refused file offers to be imported")
        shot(d, "registry-import-01-refused.png")
        token = server.token("admin")
        status, body = server.api("GET", "/api/v1/households?q=" + urllib.parse.quote("测试户主"), token)
        check(status == 200 and body.get("total", 0) == 0, f"the refused file wrote households: {body.get('total')}")

        upload(d, server.base, good_path)
        state = d.find_element(By.ID, "registry-import-state").text
        check("检查通过" in state, f"the file put right was not accepted: {state!r}")
        summary = d.find_element(By.ID, "registry-import-summary").text
        check("200户" in summary and "400人" in summary, f"the summary does not count 200 households and 400 people: {summary!r}")
        shot(d, "registry-import-02-checked.png")
        state = confirm(d)
        check("已导入" in state, f"confirming did not import: {state!r}")
        shot(d, "registry-import-03-done.png")
        status, body = server.api("GET", "/api/v1/households?q=" + urllib.parse.quote("测试户主"), token)
        check(status == 200 and body.get("total", 0) == 200, f"the imported households are not in the registry: {body.get('total')}")
        # The same file again changes nothing.
        upload(d, server.base, good_path)
        summary = d.find_element(By.ID, "registry-import-summary").text
        check("无变化" in summary and "200户" in summary, f"the same file again is not unchanged: {summary!r}")

        # The villages' survey comes back: each change shown old → new; GX00002's is declined, GX00001's accepted.
        survey_path = os.path.join(server.work, "普查核实.xlsx")
        ledger(survey_path, bad=False, corrected=True)
        upload(d, server.base, survey_path)
        text = d.find_element(By.ID, "registry-import-lines").text
        check("长安镇1号 → 长安镇新街1号" in text, f"the address change is not shown old → new: {text[:300]!r}")
        check("健康状况：健康 → 长期慢性病" in text, f"the health change is not shown: {text[:300]!r}")
        box = d.find_element(By.CSS_SELECTOR, "input[name='accept[]'][value='GX00002']")
        check(box.is_selected(), "an updated household is not accepted by default")
        box.click()
        shot(d, "registry-import-04-survey.png")
        state = confirm(d)
        check("已导入" in state, f"the survey was not imported: {state!r}")
        check("1户" in d.find_element(By.ID, "registry-import-declined").text, "the declined household is not counted")
        shot(d, "registry-import-05-survey-done.png")
        status, body = server.api("GET", "/api/v1/households?per=200&q=" + urllib.parse.quote("测试户主"), token)
        by_head = {h.get("headName"): h.get("id") for h in body.get("items", [])}
        status, first = server.api("GET", f"/api/v1/households/{by_head.get('测试户主1')}", token)
        check(first.get("address") == "长安镇新街1号", f"the accepted change was not written: {first.get('address')!r}")
        status, second = server.api("GET", f"/api/v1/households/{by_head.get('测试户主2')}", token)
        health = [m.get("health") for m in second.get("members", []) if m.get("name") == "测试女儿2"]
        check(len(health) == 1 and "chronic" not in str(health[0]), f"the declined change was written: {health}")
    finally:
        d.quit()
        server.stop()
    check.finish("registry import", server, "screenshots/registry-import-*.png")


if __name__ == "__main__":
    main()
