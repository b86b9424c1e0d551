"""A phone signs in: headless Chromium (Debian's), phone-sized, on the QR code's URL."""

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.clock import WallAnchoredClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_server import RateLimit, SignInServer
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInStore

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)),
    reason="needs Debian's chromium and chromium-driver (scripts/bootstrap installs them)",
)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, Path]]:
    db = database_path(tmp_path / "data")
    conn = open_db(db)
    meeting = MeetingStore(conn).create(
        Meeting("Safe Staffing Working Group — November", dt.date(2026, 11, 21), dt.time(18, 30))
    )
    store = SignInStore(conn)
    settings = store.settings(meeting.key)
    store.save_settings(
        replace(
            settings,
            form=FormSettings(
                ("first_name", "last_name", "phone", "email", "first_time", "profession")
            ),
        )
    )
    conn.close()
    server = SignInServer(
        db,
        meeting.key,
        WallAnchoredClock(),
        host="127.0.0.1",
        port=0,
        limit=RateLimit(per_minute=0),
    )
    server.start()
    try:
        yield server.url(settings.token), settings.phrase, db
    finally:
        server.stop()


def phone(language: str = "en-US"):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_AVOID_STATS"] = "true"  # selenium-manager: no telemetry, no downloads
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=390,844",
        f"--lang={language}",
    ):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    # A phone's screen (headless windows cannot be narrower than 500 px).
    options.add_experimental_option(
        "mobileEmulation",
        {
            "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0},
            "userAgent": "Mozilla/5.0 (Linux; Android 13; Pixel 6a) AppleWebKit/537.36 "
            "(KHTML, like "
            "Gecko) Chrome/120.0 Mobile Safari/537.36",
        },
    )
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def test_a_phone_signs_in_from_the_qr_url(served: tuple[str, str, Path], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, phrase, db = served
    driver = phone()
    try:
        driver.get(url)
        assert phrase in driver.find_element(By.CLASS_NAME, "phrase").text
        assert driver.execute_script("return window.innerWidth") <= 420
        assert not driver.find_element(By.NAME, "consent_contact_text").is_selected()
        driver.find_element(By.ID, "first_name").send_keys("Rosa")
        driver.find_element(By.ID, "phone").send_keys("(312) 555-0104")
        driver.find_element(By.ID, "profession").send_keys("RN, float pool")
        driver.find_element(By.CSS_SELECTOR, "input[name=first_time][value=yes]").click()
        driver.find_element(By.NAME, "consent_contact_text").click()
        driver.save_screenshot(str(tmp_path / "form.png"))
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "/done/" in d.current_url)
        heading = driver.find_element(By.TAG_NAME, "h1").text
        assert heading == "You are signed in"
        assert "Thank you, Rosa" in driver.page_source
        driver.save_screenshot(str(tmp_path / "done.png"))
        shots = os.environ.get("MEETINGKIT_SHOTS")  # to look at them: set a folder
        if shots:
            for name in ("form.png", "done.png"):
                shutil.copy(tmp_path / name, Path(shots) / f"signin-{name}")
    finally:
        driver.quit()
    conn = open_db(db)
    rows = conn.execute(
        "SELECT p.first_name, p.profession, s.first_time, c.key FROM signins s"
        " JOIN people p ON p.id = s.person_id"
        " JOIN consents c ON c.signin_id = s.id"
    ).fetchall()
    conn.close()
    assert [tuple(r) for r in rows] == [("Rosa", "RN, float pool", 1, "contact_text")]


def test_a_spanish_phone_gets_the_form_in_spanish(served: tuple[str, str, Path]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, _, _ = served
    driver = phone("es-MX")
    try:
        driver.get(url)
        assert driver.find_element(By.TAG_NAME, "h1").text == "Regístrate"
        driver.find_element(By.LINK_TEXT, "English").click()
        WebDriverWait(driver, 10).until(lambda d: "lang=en" in d.current_url)
        assert driver.find_element(By.TAG_NAME, "h1").text == "Sign in"
    finally:
        driver.quit()
