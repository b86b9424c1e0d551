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
from meetingkit.core.signin import _PHRASE_WORDS, FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_server import RateLimit, SignInServer
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInStore

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# The widest phrase the room's screen can show: three of the longest words.
LONGEST_PHRASE = "-".join(sorted(_PHRASE_WORDS, key=len)[-3:])
TAP = 44  # px: the smallest target a thumb hits without care
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
    conn.execute("UPDATE signin_settings SET phrase = ?", [LONGEST_PHRASE])
    conn.commit()
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
        yield server.url(settings.token), LONGEST_PHRASE, db
    finally:
        server.stop()


def phone(language: str = "en-US", width: int = 390):  # type: ignore[no-untyped-def]
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
            "deviceMetrics": {"width": width, "height": 844, "pixelRatio": 2.0},
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
        assert "Thank you, Rosa. Welcome!" in driver.find_element(By.TAG_NAME, "main").text
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


def _tap_targets(driver) -> list[tuple[str, float, float]]:  # type: ignore[no-untyped-def]
    """(what, width, height) of what a thumb taps: a box's or a radio button's whole label,
    and every link."""
    from selenium.webdriver.common.by import By

    targets = []
    for box in driver.find_elements(By.CSS_SELECTOR, "input[type=radio], input[type=checkbox]"):
        label = box.find_element(By.XPATH, "ancestor::label")
        targets.append((f"{box.get_attribute('name')}={box.get_attribute('value')}", label.rect))
    for link in driver.find_elements(By.TAG_NAME, "a"):
        targets.append((link.text, link.rect))
    return [(what, rect["width"], rect["height"]) for what, rect in targets]


def test_every_choice_and_link_is_big_enough_to_tap(served: tuple[str, str, Path]) -> None:
    """Radio buttons were 13 px in labels 26 px tall, "Español" 20 px and "Fix my answers"
    24 px: every one a miss for a thumb. Each is now at least 44 px each way."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, _, _ = served
    driver = phone()
    try:
        driver.get(url)
        on_form = _tap_targets(driver)
        assert {what for what, _, _ in on_form} >= {"first_time=yes", "Español"}
        assert driver.find_element(By.CSS_SELECTOR, "input[type=radio]").rect["height"] >= 20
        driver.find_element(By.ID, "first_name").send_keys("Rosa")
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "/done/" in d.current_url)
        on_done = _tap_targets(driver)
        assert "Fix my answers" in {what for what, _, _ in on_done}
    finally:
        driver.quit()
    small = [t for t in on_form + on_done if min(t[1], t[2]) < TAP]
    assert not small, small


def test_a_field_with_an_error_is_outlined_in_red(served: tuple[str, str, Path]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, _, _ = served
    driver = phone()
    try:
        driver.get(url)
        driver.find_element(By.ID, "first_name").send_keys("Rosa")
        driver.find_element(By.ID, "email").send_keys("not-an-email")
        driver.execute_script("document.querySelector('form').noValidate = true")
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CLASS_NAME, "errorbox"))
        email = driver.find_element(By.ID, "email")
        name = driver.find_element(By.ID, "first_name")
        assert email.get_attribute("aria-invalid") == "true"
        assert email.value_of_css_property("border-top-color") == "rgba(163, 22, 26, 1)"
        assert name.value_of_css_property("border-top-color") != "rgba(163, 22, 26, 1)"
    finally:
        driver.quit()


def test_the_longest_phrase_stays_on_one_line_on_a_320_px_phone(
    served: tuple[str, str, Path],
) -> None:
    """At 320 px "ivy-plum-glade" broke after "plum-"; the widest phrase now keeps to one
    line, inside its box, with no sideways scrolling."""
    from selenium.webdriver.common.by import By

    url, phrase, _ = served
    driver = phone(width=320)
    try:
        driver.get(url)
        assert driver.execute_script("return window.innerWidth") == 320
        words = driver.find_element(By.CSS_SELECTOR, ".phrase b")
        box = driver.find_element(By.CLASS_NAME, "phrase")
        assert words.text == phrase
        assert driver.execute_script("return arguments[0].getClientRects().length", words) == 1
        inside = box.rect["x"] + box.rect["width"] - (words.rect["x"] + words.rect["width"])
        assert inside > 0
        assert driver.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth"
        )
    finally:
        driver.quit()
