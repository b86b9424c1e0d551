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
SUBMIT = "form button[type=submit]"  # the form's own button (the language switch is not)
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


def phone(  # type: ignore[no-untyped-def]
    language: str = "en-US", width: int = 390, *, text_size: int = 16, dark: bool = False
):
    """A phone's browser: `width` CSS pixels wide (160: a 320 px phone zoomed to 200%),
    its text size (`text_size`: the browser's default font size) and theme (`dark`)."""
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
    options.add_experimental_option(
        "prefs",
        {"intl.accept_languages": language, "webkit.webprefs.default_font_size": text_size},
    )
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
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    if dark:
        scheme = [{"name": "prefers-color-scheme", "value": "dark"}]
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": scheme})
    return driver


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
        driver.find_element(By.CSS_SELECTOR, SUBMIT).click()
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
        driver.find_element(By.ID, "first_name").send_keys("Rosa")
        driver.find_element(By.CSS_SELECTOR, "input[name=first_time][value=yes]").click()
        driver.find_element(By.XPATH, "//nav//button[.='English']").click()
        WebDriverWait(driver, 10).until(
            lambda d: d.execute_script("return document.documentElement.lang") == "en"
        )
        assert driver.find_element(By.TAG_NAME, "h1").text == "Sign in"
        # what was typed goes with the switch; the required phone left blank stops nothing
        assert driver.find_element(By.ID, "first_name").get_attribute("value") == "Rosa"
        assert driver.find_element(
            By.CSS_SELECTOR, "input[name=first_time][value=yes]"
        ).is_selected()
        assert not driver.find_elements(By.CLASS_NAME, "errorbox")
    finally:
        driver.quit()


def test_the_enter_key_sends_the_form_not_the_language_switch(
    served: tuple[str, str, Path],
) -> None:
    """The switch is a button of the form, above it: Enter in a field presses the form's
    first button, which must be the one that signs in."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    url, _, _ = served
    driver = phone()
    try:
        driver.get(url)
        driver.find_element(By.ID, "first_name").send_keys("Rosa", Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: "/done/" in d.current_url)
        assert driver.find_element(By.TAG_NAME, "h1").text == "You are signed in"
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
    for link in driver.find_elements(By.CSS_SELECTOR, "a, nav button"):
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
        driver.find_element(By.CSS_SELECTOR, SUBMIT).click()
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
        driver.find_element(By.CSS_SELECTOR, SUBMIT).click()
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


def _sign_in(driver, first_name: str = "Rosa") -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.ID, "first_name").send_keys(first_name)
    driver.find_element(By.CSS_SELECTOR, SUBMIT).click()
    WebDriverWait(driver, 10).until(lambda d: "/done/" in d.current_url)


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = open_db(db)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def test_back_then_sign_in_again_is_one_sign_in_and_taking_it_back_leaves_nothing(
    served: tuple[str, str, Path],
) -> None:
    """Back after signing in, then Sign in again, made a second sign-in whose cookie
    replaced the first's: taking it back left the first, out of the phone's reach. The
    phone's cookie now comes with the sign-in itself, which is the first one again."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, _, db = served
    driver = phone()
    try:
        driver.get(url)
        _sign_in(driver, "Twice")
        first = driver.current_url
        driver.back()
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "first_name"))
        field = driver.find_element(By.ID, "first_name")
        field.clear()
        _sign_in(driver, "Twice")
        assert driver.current_url == first
        assert len(_rows(db, "SELECT id FROM signins")) == 1
        driver.find_element(By.PARTIAL_LINK_TEXT, "Take back").click()
        driver.find_element(By.CSS_SELECTOR, "button.danger").click()
        WebDriverWait(driver, 10).until(lambda d: "taken back" in d.page_source)
    finally:
        driver.quit()
    assert _rows(db, "SELECT id FROM signins") == []
    assert _rows(db, "SELECT id FROM people") == []


# What the page measures: anything wider than the screen, or cut inside its own box
OVERFLOW = """
const cut = [...document.querySelectorAll('h1, h2, p, label, legend, button, a, b')]
  .filter(e => !e.classList.contains('default') && e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).display !== 'inline')
  .map(e => e.tagName + ': ' + e.innerText.slice(0, 20));
return [document.documentElement.scrollWidth - window.innerWidth, cut];
"""
SIZE = "return parseFloat(getComputedStyle(arguments[0]).fontSize)"


def test_zoomed_in_to_160_px_nothing_is_cut_and_the_phrase_keeps_its_size(
    served: tuple[str, str, Path],
) -> None:
    """A 320 px phone zoomed to 200% is 160 px wide: the phrase shrank to 9 px (it went
    with the screen's width), "Regístrate" and the button's text were cut."""
    from selenium.webdriver.common.by import By

    url, phrase, _ = served
    driver = phone("es-MX", width=160)
    try:
        driver.get(url)
        words = driver.find_element(By.CSS_SELECTOR, ".phrase b")
        body = driver.find_element(By.TAG_NAME, "body")
        assert words.text.replace("\n", "") == phrase
        assert driver.execute_script(SIZE, words) >= driver.execute_script(SIZE, body)
        # a page wider than the screen would have widened it (the phone zooming out)
        assert driver.execute_script("return window.innerWidth") == 160
        assert driver.execute_script(OVERFLOW) == [0, []]
        _sign_in(driver)
        assert driver.execute_script(OVERFLOW) == [0, []]
    finally:
        driver.quit()


def test_a_long_name_without_spaces_does_not_scroll_the_page_sideways(
    served: tuple[str, str, Path],
) -> None:
    url, _, _ = served
    driver = phone()
    try:
        driver.get(url)
        _sign_in(driver, "B" * 200)
        assert driver.execute_script(OVERFLOW) == [0, []]
    finally:
        driver.quit()


def test_sizes_follow_the_browsers_text_size_and_fields_are_thumb_sized(
    served: tuple[str, str, Path],
) -> None:
    """The page's text was 18 px whatever size the phone's reader chose (the notes and
    fields followed it); the text fields were 42.8 px tall."""
    from selenium.webdriver.common.by import By

    url, _, _ = served
    for text_size, body_px in ((16, 18), (24, 27)):
        driver = phone(text_size=text_size)
        try:
            driver.get(url)
            body = driver.find_element(By.TAG_NAME, "body")
            assert driver.execute_script(SIZE, body) == body_px
            for field in driver.find_elements(By.CSS_SELECTOR, "input[type=text], input[type=tel]"):
                assert field.rect["height"] >= TAP
        finally:
            driver.quit()


# Text against what is behind it, and the edges of fields and choices against the page
CONTRAST = """
const rgb = c => { const m = c.match(/[\\d.]+/g).map(Number);
  return m.length > 3 ? m : [...m, 1]; };
const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const ratio = (a, b) => { const x = lum(a), y = lum(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const behind = e => { for (; e; e = e.parentElement) {
  const c = rgb(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; }
  return [255, 255, 255, 1]; };
const low = [];
for (const e of document.querySelectorAll('body *')) {
  if (e.classList.contains('default')) continue;
  const style = getComputedStyle(e);
  const field = ['INPUT', 'SELECT'].includes(e.tagName)
    && !['checkbox', 'radio', 'hidden'].includes(e.type);
  const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if ((text || field) && ratio(rgb(style.color), behind(e)) < 4.5)
    low.push('text ' + e.tagName + ' ' + e.className + ': '
      + (e.innerText || e.value).slice(0, 20));
  if ((field || e.classList.contains('choice'))
      && ratio(rgb(style.borderTopColor), behind(e.parentElement)) < 3)
    low.push('border ' + e.tagName + ' ' + e.className);
}
return [lum(behind(document.body)), low];
"""


def test_text_and_edges_stand_out_in_light_and_dark(served: tuple[str, str, Path]) -> None:
    """The Yes/No choices' edges were 1.97:1 on white; a phone set to dark got the light
    page. Text is 4.5:1 or more against what is behind it, and the edges of fields and
    choices 3:1 against the page, in either theme: the form, with a mistake, and the
    confirmation."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, _, _ = served
    for dark in (False, True):
        driver = phone(dark=dark)
        try:
            driver.get(url)
            driver.find_element(By.ID, "first_name").send_keys("Rosa")
            driver.find_element(By.ID, "email").send_keys("not-an-email")
            driver.execute_script("document.forms[0].noValidate = true")
            driver.find_element(By.CSS_SELECTOR, SUBMIT).click()
            WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CLASS_NAME, "errorbox"))
            page, low = driver.execute_script(CONTRAST)
            assert (page < 0.05) is dark  # the page's own background follows the theme
            assert low == [], low
            driver.find_element(By.ID, "email").clear()
            _sign_in(driver, "")
            assert driver.execute_script(CONTRAST)[1] == []
        finally:
            driver.quit()
