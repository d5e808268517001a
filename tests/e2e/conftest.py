"""A real headless Chromium for the browser tests, started once per test session."""

import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
]


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    chromedriver = shutil.which("chromedriver")
    if not (chromium and chromedriver):
        raise RuntimeError("The browser tests need chromium and chromedriver: run bin/install-browser.")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def csp_violations(browser) -> list[str]:
    """The Content-Security-Policy violations Chromium logged to the console since the last call."""
    return [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]


@pytest.fixture(autouse=True)
def no_csp_violations(browser):
    """Every browser test also checks that its pages broke no rule of the Content-Security-Policy."""
    csp_violations(browser)
    yield
    assert csp_violations(browser) == []


@pytest.fixture(autouse=True)
def test_settings(settings, tmp_path):
    """Uploads go to a temporary folder; a fast password hasher keeps logins quick."""
    settings.MEDIA_ROOT = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def wait(browser):
    return WebDriverWait(browser, 15)


@pytest.fixture
def log_in(browser, live_server, wait):
    """Log in through the real login form; the browser's cookies are cleared first."""

    def log_in(username, password):
        browser.delete_all_cookies()
        browser.get(live_server.url + "/accounts/login/")
        browser.find_element(By.ID, "id_username").send_keys(username)
        browser.find_element(By.ID, "id_password").send_keys(password)
        browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".who")))

    return log_in
