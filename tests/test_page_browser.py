"""The page in a real browser: Debian's headless Chromium, driven by Selenium, against real gunicorn.

Set QUOTES_SCREENSHOT_DIR to keep the screenshots (the README's picture comes from here); by
default they go to a temporary folder.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.servers import ROOT, Gunicorn

ARTICLE_FILE = ROOT / "examples" / "article.txt"
# Emoji (one code point, two UTF-16 units) and combining accents before and inside the quotes: the
# page must mark the same code points the service counted.
UNICODE_ARTICLE = ("😀🎉 Zoë Ó Briain (e\u0301) spoke 👍 on Monday.\n\n"
                   "“We will not wait 🙅 for Brussels,” said Zoë Ó Briain, the re\u0301gion's minister. "
                   "“The 🌍 is watching.”\n\n"
                   "Her deputy, Tomás Ruiz, said that the plan would cost “ten million 💶” over two years.\n")


def browser_paths() -> tuple[str, str]:
    """Chromium and its driver from Debian's packages, or fail saying how to install them."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not (Path(chromium).exists() and Path(driver).exists()):
        pytest.fail("Chromium is not installed; run scripts/ensure-debian-packages.sh chromium=chromium "
                    "chromedriver=chromium-driver (make test does)")
    return chromium, driver


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One gunicorn worker over the shipped weights."""
    with Gunicorn(tmp_path_factory.mktemp("page") / "gunicorn.log", workers=1, torch_threads=1) as instance:
        yield instance.wait_ready()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium, with nothing that reaches out to the network on its own."""
    chromium, driver_path = browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
                 "--window-size=1280,1000"):
        options.add_argument(flag)
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for drivers online
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where screenshots go."""
    folder = os.environ.get("QUOTES_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


def submit(browser, server, text: str | None = None, file: Path | None = None) -> dict:
    """Open the page, put the article in (typed into the form, or through the file input), submit it,
    and return the answer the page shows as raw JSON."""
    browser.get(server.url + "/")
    if file is not None:
        browser.find_element(By.ID, "article-file").send_keys(str(file))
        WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "article-text").get_property("value"))
    else:
        # ChromeDriver cannot type characters outside the BMP (emoji), so the value is set as a paste would.
        browser.execute_script("arguments[0].value = arguments[1];", browser.find_element(By.ID, "article-text"), text)
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 60).until(lambda b: b.find_element(By.ID, "raw-json").get_attribute("textContent"))
    return __import__("json").loads(browser.find_element(By.ID, "raw-json").get_attribute("textContent"))


def marked(browser, role: str) -> dict[int, str]:
    """Text marked per quote index for one role (content, speaker or cue), pieces joined in order."""
    pieces = browser.execute_script(
        "return Array.from(document.querySelectorAll('#article mark[data-' + arguments[0] + ']'),"
        " m => [Number(m.dataset[arguments[0]]), m.textContent]);", role)
    joined: dict[int, str] = {}
    for index, text in pieces:
        joined[index] = joined.get(index, "") + text
    return joined


def expected_content(quote: dict) -> str:
    """The quote's content as the page must mark it: its fragments, in order, without what lies between."""
    return "".join(fragment["text"] for fragment in quote["fragments"])


def test_article_file_is_marked_exactly(browser, server, screenshots):
    body = submit(browser, server, file=ARTICLE_FILE)
    text = ARTICLE_FILE.read_text(encoding="utf-8")
    direct = requests.post(server.url + "/attribute", json={"text": text}, timeout=60).json()
    assert body["quotes"] == direct["quotes"] and body["quotes"], "the page shows what the API answers"
    assert marked(browser, "content") == {i: expected_content(q) for i, q in enumerate(body["quotes"])}
    assert marked(browser, "cue") == {i: q["cue"]["text"] for i, q in enumerate(body["quotes"]) if q["cue"]}
    speakers = browser.find_elements(By.CSS_SELECTOR, "#speakers button")
    assert {(b.get_attribute("data-speaker"), b.find_element(By.CLASS_NAME, "count").text) for b in speakers} == \
        {(g["id"], str(g["quotes"])) for g in body["speakers"]}
    shown = max(range(len(body["quotes"])), key=lambda i: (body["quotes"][i]["type"] == "direct",
                                                            len(body["quotes"][i]["fragments"])))
    browser.find_element(By.CSS_SELECTOR, f'#article mark[data-content="{shown}"]').click()
    browser.set_window_size(1280, 1500)  # tall enough for the article, the speakers and the selected quote
    try:
        browser.save_screenshot(str(screenshots / "page.png"))
    finally:
        browser.set_window_size(1280, 1000)
    assert (screenshots / "page.png").stat().st_size > 10_000


def test_emoji_and_combining_marks_are_marked_on_the_right_characters(browser, server, screenshots):
    body = submit(browser, server, text=UNICODE_ARTICLE)
    assert any("🙅" in q["text"] for q in body["quotes"]), body["quotes"]
    for index, quote in enumerate(body["quotes"]):
        assert UNICODE_ARTICLE[quote["start"]:quote["end"]] == quote["text"]
    assert marked(browser, "content") == {i: expected_content(q) for i, q in enumerate(body["quotes"])}
    assert marked(browser, "speaker") == {i: q["speaker"]["text"] for i, q in enumerate(body["quotes"])
                                          if q["speaker"]}
    browser.save_screenshot(str(screenshots / "page-unicode.png"))


def test_filters_narrow_the_marks_without_asking_again(browser, server):
    body = submit(browser, server, file=ARTICLE_FILE)
    posts = sum(1 for e in server.access_entries() if e["route"] == "/attribute")
    browser.find_element(By.CSS_SELECTOR, 'input[name="type"][value="direct"]').click()
    assert set(marked(browser, "content")) == {i for i, q in enumerate(body["quotes"]) if q["type"] != "direct"}
    browser.find_element(By.CSS_SELECTOR, 'input[name="type"][value="direct"]').click()
    floor = sorted(q["confidence"] for q in body["quotes"])[len(body["quotes"]) // 2]
    slider = browser.find_element(By.ID, "min-confidence")
    # A range input moves in steps of 0.05; set it as a drag would, then fire the input event.
    step_floor = round(int(floor * 20) / 20, 2)
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', "
                           "{bubbles: true}));", slider, str(step_floor))
    assert set(marked(browser, "content")) == {i for i, q in enumerate(body["quotes"]) if q["confidence"] >= step_floor}
    assert browser.find_element(By.ID, "min-confidence-value").text == f"{step_floor:.2f}"
    assert sum(1 for e in server.access_entries() if e["route"] == "/attribute") == posts


def test_keyboard_selects_a_quote_and_shows_its_speaker(browser, server):
    body = submit(browser, server, file=ARTICLE_FILE)
    first = browser.find_element(By.CSS_SELECTOR, '#article mark[tabindex="0"]')
    index = int(first.get_attribute("data-quote"))
    first.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("data-quote") == str(index), "focus stays on the quote"
    details = browser.find_element(By.ID, "details").text
    quote = body["quotes"][index]
    assert quote["speaker"]["name"] in details and f"{quote['confidence']:.2f}" in details
    assert f"{quote['speaker']['confidence']:.2f}" in details


def test_page_reflows_at_400_percent_zoom(browser, server):
    submit(browser, server, file=ARTICLE_FILE)
    browser.set_window_size(320 + 16, 800)  # a 1280-pixel window at 400% is 320 CSS pixels wide
    try:
        overflow = browser.execute_script("return document.documentElement.scrollWidth - "
                                          "document.documentElement.clientWidth;")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 320 CSS pixels"
    finally:
        browser.set_window_size(1280, 1000)


NESTED = ("Anchor Lucy Brennan interviewed Health Minister Tomasz Wolny on Sunday.\n\n"
          "BRENNAN: What did the nurses tell you?\n\n"
          "WOLNY: Their union leader, Anna Bell, told me that the night rota was unsafe. I listened to her.\n")


def test_a_quote_reported_inside_another_is_marked_and_selected_as_itself(browser, server):
    body = submit(browser, server, text=NESTED)
    inside = [(i, q) for i, q in enumerate(body["quotes"])
              if any(o is not q and o["start"] <= q["start"] and q["end"] <= o["end"] for o in body["quotes"])]
    assert inside, "the service returned no quote inside another: nothing to check"
    content = marked(browser, "content")
    for index, quote in inside:
        assert content[index] == expected_content(quote)
        browser.find_element(By.CSS_SELECTOR, f'#article mark[data-content="{index}"]').click()
        assert quote["speaker"]["name"] in browser.find_element(By.ID, "details").text
