"""Shared set-up for the browser tests: a Fangpin server on a small demo county, and headless Chromium."""
import datetime
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, "screenshots")


def china_today():
    """Today as the server counts it: the calendar day in China (UTC+8), whatever the machine's time zone."""
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()


def versioned_record(method, path):
    """The record an update path changes (GET-able), or None."""
    parts = path.split("?")[0].strip("/").split("/")
    if len(parts) == 4 and parts[:2] == ["api", "v1"] and parts[2] in ("households", "members") and method in ("PATCH", "DELETE"):
        return "/" + "/".join(parts)
    if len(parts) == 5 and parts[:3] == ["api", "v1", "cases"] and parts[4] == "transitions" and method == "POST":
        return "/" + "/".join(parts[:4])
    return None


class Server:
    def __init__(self, port, households=400, today=None):
        """`today` (a date) starts the server on that day (FANGPIN_TODAY): a test lets days pass by restarting it."""
        self.port = port
        self.households = households
        self.base = f"http://127.0.0.1:{port}"
        binary = os.path.join(ROOT, ".build", "debug", "fangpin")
        if not os.path.exists(binary):
            subprocess.run(["swift", "build", "--product", "fangpin"], cwd=ROOT, check=True)
        self.work = tempfile.mkdtemp()
        self.log_path = os.path.join(self.work, "server.log")
        self.start(today)

    def start(self, today=None):
        binary = os.path.join(ROOT, ".build", "debug", "fangpin")
        env = dict(os.environ, FANGPIN_DEMO_HOUSEHOLDS=str(self.households))
        env.pop("DATABASE_URL", None)
        env.pop("FANGPIN_TODAY", None)
        if today is not None:
            env["FANGPIN_TODAY"] = today.isoformat()
        log = open(self.log_path, "a")
        self.proc = subprocess.Popen([binary, "serve", "--demo", "--db", os.path.join(self.work, "demo.sqlite"),
                                      "--hostname", "127.0.0.1", "--port", str(self.port)],
                                     cwd=self.work, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.wait()

    def travel(self, today=None):
        """Restarts the server on another day (None: the machine's). Sessions and data are in the database and stay."""
        self.proc.terminate()
        self.proc.wait(timeout=20)
        self.start(today)

    def wait(self, timeout=300):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"server exited early with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except Exception:
                time.sleep(1)
        raise SystemExit("server did not start")

    def stop(self):
        """Stops the server, then runs `fangpin check` on what the test left: whatever was clicked, the registry and
        the procedure must still agree and the audit chain must hold (exit 1 with the violations otherwise)."""
        self.proc.terminate()
        self.proc.wait(timeout=20)
        binary = os.path.join(ROOT, ".build", "debug", "fangpin")
        check = subprocess.run([binary, "check", "--db", os.path.join(self.work, "demo.sqlite")], cwd=self.work,
                               capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"})
        print("fangpin check: " + (check.stdout.strip().splitlines() or ["(no output)"])[-1])
        if check.returncode != 0:
            print(check.stdout[-3000:], check.stderr[-2000:])
            raise SystemExit("fangpin check found violations after the browser test")

    def log_tail(self):
        return open(self.log_path).read()[-3000:]

    def api(self, method, path, token=None, body=None):
        """JSON API call; returns (status, parsed body). An update of a versioned record (household, member, case step)
        that names no version is sent as a client that has just read the record sends it: with the version it read."""
        record = versioned_record(method, path)
        if record and isinstance(body, dict) and "version" not in body:
            status, current = self.api("GET", record, token)
            if status == 200 and "version" in current:
                body = dict(body, version=current["version"])
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                text = r.read().decode()
                return r.status, (json.loads(text) if text else {})
        except urllib.error.HTTPError as e:
            text = e.read().decode()
            return e.code, (json.loads(text) if text else {})

    def token(self, username, password="Demo2026"):
        status, body = self.api("POST", "/api/v1/auth/login", body={"username": username, "password": password})
        assert status == 200, body
        return body["token"]


def id_number(serial, birth="19800101", region="450224", male=True):
    """A valid 18-digit ID number (GB 11643 check digit); the serial's last digit is odd for men, even for women."""
    body = f"{region}{birth}{serial % 100:02d}{(serial % 5) * 2 + (1 if male else 0)}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    return body + check


def chromium(width=1280, height=900):
    opts = Options()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}", "--lang=zh-CN"]:
        opts.add_argument(a)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
    if width < 500:
        # Chromium keeps a window at least 500 px wide: a phone's screen is emulated instead.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    driver.implicitly_wait(5)
    return driver


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name))


def gone(element):
    """A wait condition: the element left the page (the next page replaced it). Chromium sometimes reports a node
    that left mid-navigation as an inspector error instead of a stale element; both mean the same here."""
    def check(_driver):
        try:
            element.is_enabled()
            return False
        except Exception:
            return True
    return check


def login(driver, base, username, password="Demo2026"):
    """Signs in on a fresh cookie jar and waits for the page after the form."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    button = driver.find_element(By.CSS_SELECTOR, "form button[type=submit]")
    button.click()
    WebDriverWait(driver, 20).until(gone(button))


class Checks:
    """Collects failed expectations of a browser test and reports them at the end (exit 1 with the server log)."""

    def __init__(self):
        self.failures = []

    def __call__(self, ok, message):
        if not ok:
            self.failures.append(message)
            print("  FAIL:", message)

    def finish(self, name, server, shots):
        if self.failures:
            print(f"browser {name} test FAILED:")
            for f in self.failures:
                print(" -", f)
            print(server.log_tail())
            raise SystemExit(1)
        print(f"browser {name} test: 1 passed, 0 failed (screenshots in {shots})")


def fetch(driver, url):
    """GETs a URL with the browser's session (a download the page links to): (status, content type, bytes)."""
    import urllib.error
    import urllib.request
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    req = urllib.request.Request(url, headers={"Cookie": cookies})
    try:
        with urllib.request.urlopen(req, timeout=120) as res:
            return res.status, res.headers.get("Content-Type", ""), res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()
