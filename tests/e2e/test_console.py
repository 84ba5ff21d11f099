"""The web console in headless Chromium against the real stack.

Debian's ``chromium`` is driven by Playwright for Python through ``executable_path`` (the
wheel carries its driver; no browser is downloaded). Each flow saves full-page screenshots
to ``$MEDSTREAM_TEST_ARTIFACTS/screenshots`` (default ``artifacts/screenshots``).
"""

import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.e2e.test_alerts import make_alert, publish_alerts, wait_for_alerts
from tests.harness import USERS, wait_for_status
from tests.stack import Stack

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(os.environ.get("MEDSTREAM_TEST_ARTIFACTS", "artifacts")) / "screenshots"
REPORT_FORM = {
    "Age, years": "67",
    "Height, cm": "178",
    "Weight, kg": "92",
    "Complaints": "shortness of breath\nchest pain",
    "History": "hypertension",
    "Medications": "lisinopril",
    "Systolic BP, mmHg": "190",
    "Diastolic BP, mmHg": "120",
    "Heart rate, /min": "118",
    "Temperature, °C": "39.8",
    "Respiratory rate, /min": "28",
    "SpO₂, %": "88",
    "Laboratory results": "glucose 14.2 mmol/L",
}
# Answers travel through Kafka and three services: allow for a slow shared CI machine.
expect.set_options(timeout=30_000)


def _install_chromium() -> None:
    if shutil.which("apt-get") is None:
        pytest.skip("Debian's chromium is missing and apt-get is not available to install it")
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            pytest.skip("Debian's chromium is missing and installing it needs root (no sudo)")
        prefix = ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*prefix, "apt-get", "install", "-y", "--no-install-recommends", "chromium"]
    if subprocess.run(install, env=env, capture_output=True, timeout=900).returncode != 0:
        subprocess.run([*prefix, "apt-get", "update"], env=env, capture_output=True, timeout=600)
        result = subprocess.run(install, env=env, capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            pytest.skip(f"apt-get could not install chromium: {result.stderr[-500:]}")


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        _install_chromium()
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium: Path, stack: Stack) -> Iterator[Browser]:
    """Module-scoped and after ``stack``: Playwright's event loop must be gone before the
    stack's teardown and before any async test in another module runs."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Browser, stack: Stack) -> Iterator[Page]:
    """A fresh browser context (no key, no language saved) that must raise no page error."""
    context = browser.new_context(
        base_url=stack.gateway_url, viewport={"width": 1280, "height": 900}, locale="en-US"
    )
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    # Failed requests are logged too (the refused key, the blocked stream): not page faults.
    page.on(
        "console",
        lambda message: (
            problems.append(f"console: {message.text}")
            if message.type == "error" and not message.text.startswith("Failed to load resource")
            else None
        ),
    )
    try:
        yield page
    finally:
        context.close()
    assert not problems, problems


def shot(page: Page, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def sign_in(page: Page, user: str = "alice") -> None:
    response = page.goto("/")
    assert response is not None
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "img-src 'self' blob:" in csp
    page.get_by_label("API key", exact=True).fill(USERS[user])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Ask a question")).to_be_visible()


def ask(page: Page, question: str, *, label: str = "Your question", button: str = "Ask") -> str:
    page.get_by_label(label, exact=True).fill(question)
    page.get_by_role("button", name=button, exact=True).click()
    expect(page).to_have_url(re.compile(r"#/session/[0-9a-f]+$"))
    return page.url.rsplit("/", 1)[1]


def expect_completed(page: Page, rows: int | None = None) -> None:
    expect(page.locator("#status-live")).to_have_text(re.compile("Completed|Готово"))
    expect(page.locator("#answer-text")).not_to_be_empty()
    table_rows = page.locator("#result-table tbody tr")
    if rows is None:
        expect(table_rows.first).to_be_visible()
    else:
        expect(table_rows).to_have_count(rows)


def test_sign_in_refuses_a_wrong_key_and_signs_out(page: Page) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_label("API key", exact=True).fill("not-a-key-at-all")
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("alert")).to_have_text(re.compile("API key was refused"))
    expect(page.get_by_label("API key")).to_have_attribute("aria-invalid", "true")
    shot(page, "00-sign-in-refused")

    sign_in(page)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert page.evaluate("sessionStorage.length") == 0


def test_ask_clarify_answer_and_chart(page: Page, alice: httpx.Client) -> None:
    sign_in(page)
    session_id = ask(page, "Saint Petersburg 2025")

    clarification = page.get_by_role("form", name="A question for you")
    expect(clarification).to_be_visible()
    expect(page.locator("#status-live")).to_have_text("Status: Waiting for your answer")
    expect(page.locator(".mode[data-mode='live']")).to_be_visible()
    option = page.get_by_role("group", name="Pick an answer").get_by_role("button").first
    expect(option).to_contain_text("Saint Petersburg")
    shot(page, "01-clarification")

    option.click()

    expect_completed(page)
    expect(clarification).to_have_count(0)
    page.get_by_text("SQL that was run").click()
    expect(page.locator("#result-sql")).to_contain_text("Saint Petersburg")
    expect(page.locator("#result-sql")).to_contain_text("SELECT")
    charts = wait_for_status(alice, session_id, {"completed"})["result"]["charts"]
    for chart in charts:
        image = page.locator(f"img[data-chart-id='{chart['id']}']")
        expect(image).to_be_visible()
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
        assert (image.get_attribute("src") or "").startswith("blob:")
    shot(page, "02-answer")


def test_free_text_answer_when_the_event_stream_is_unavailable(page: Page) -> None:
    page.route("**/events?*", lambda route: route.abort())
    sign_in(page)
    ask(page, "Kazan 2025")

    heading = page.get_by_role("heading", name="A question for you")
    expect(heading).to_be_focused()  # keyboard and screen-reader users land on the question
    expect(page.locator(".mode[data-mode='polling']")).to_be_visible()
    page.keyboard.press("Tab")
    first_option = page.get_by_role("group", name="Pick an answer").get_by_role("button").first
    expect(first_option).to_be_focused()
    answer = page.get_by_label("Or write your own answer", exact=True)
    answer.fill("top 5 diagnoses")
    answer.press("Enter")

    expect_completed(page, rows=5)
    shot(page, "03-answer-by-polling")


def test_report_form_validates_then_shows_the_report(page: Page) -> None:
    sign_in(page)
    page.get_by_role("navigation").get_by_role("link", name="Report").click()
    page.get_by_role("button", name="Request report").click()

    summary = page.get_by_role("alert").filter(has_text="Please correct the highlighted fields")
    expect(summary).to_contain_text("Age, years")
    expect(page.get_by_label("Age, years")).to_have_attribute("aria-invalid", "true")

    form = page.get_by_role("form", name="Request a medical report")
    for label, value in REPORT_FORM.items():
        form.get_by_label(label, exact=True).fill(value)
    form.get_by_label("Sex", exact=True).select_option("M")
    expect(summary).to_have_count(1)
    shot(page, "04-report-form")
    page.get_by_role("button", name="Request report").click()

    expect(page).to_have_url(re.compile(r"#/report/[0-9a-f-]+$"))
    red_flags = page.get_by_role("region", name="Red flags")
    expect(red_flags.get_by_role("listitem").first).to_be_visible()
    expect(page.locator("table.findings")).to_contain_text("out of range")
    expect(page.locator(".disclaimer")).to_contain_text("clinician")
    shot(page, "05-report")


def test_history_lists_past_questions_and_opens_one(page: Page, alice: httpx.Client) -> None:
    question = "How many visits were there in Novosibirsk in 2023?"
    session_id = alice.post("/api/v1/queries", json={"question": question}).json()["session_id"]
    wait_for_status(alice, session_id, {"completed"})
    sign_in(page)
    page.get_by_role("navigation").get_by_role("link", name="History").click()

    past = page.get_by_role("region", name="Past questions")
    link = past.get_by_role("link").filter(has_text=question).first
    expect(link).to_be_visible()
    expect(link).to_contain_text("Completed")
    shot(page, "06-history")

    page.get_by_label("Status", exact=True).select_option("waiting_feedback")
    expect(past.get_by_role("link").filter(has_text=question)).to_have_count(0)
    page.get_by_label("Status", exact=True).select_option("")
    past.get_by_role("link").filter(has_text=question).first.click()

    expect(page).to_have_url(re.compile(f"#/session/{session_id}$"))
    expect(page.get_by_role("heading", name=question)).to_be_visible()
    expect(page.locator("#answer-text")).not_to_be_empty()


def test_russian_interface(page: Page) -> None:
    sign_in(page)
    page.get_by_role("button", name="Русский").click()

    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", name="Задайте вопрос")).to_be_visible()
    expect(page.get_by_role("navigation").get_by_role("link", name="История")).to_be_visible()
    toggle = page.locator("#lang-toggle")
    expect(toggle).to_have_text("English")
    expect(toggle).to_have_attribute("lang", "en")

    ask(page, "Топ-5 диагнозов в Москве за 2024 год", label="Ваш вопрос", button="Спросить")
    expect_completed(page, rows=5)
    expect(page.get_by_role("heading", name="Ответ")).to_be_visible()
    shot(page, "07-russian")

    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_examples_come_from_the_served_warehouses_catalog(page: Page, alice: httpx.Client) -> None:
    catalog = alice.get("/api/v1/catalog").json()
    busiest, year = catalog["cities"][0], catalog["last_date"][:4]
    sign_in(page)

    chips = page.locator("#examples button")
    expect(chips).to_have_count(3)
    expect(chips.first).to_have_text(f"Top-5 diagnoses in {busiest['name_en']} in {year}")
    page.get_by_role("button", name="Русский").click()
    expect(chips.first).to_have_text(f"{busiest['name_ru']}, {year}: топ-5 диагнозов")

    chips.first.click()
    page.get_by_role("button", name="Спросить", exact=True).click()
    expect_completed(page, rows=5)
    page.get_by_role("button", name="English").click()


def test_alerts_view_lists_alerts_with_their_chart_and_filters(
    page: Page, stack: Stack, alice: httpx.Client
) -> None:
    city = f"Tver-{uuid.uuid4().hex[:6]}"
    flu = make_alert(city, "influenza_ari", date(2026, 3, 2), observed=140)
    covid = make_alert(city, "covid", date(2026, 2, 1), observed=12, expected=9, threshold=21)
    publish_alerts(stack, flu, covid)
    wait_for_alerts(alice, city, 2)
    sign_in(page)

    page.get_by_role("navigation").get_by_role("link", name="Alerts").click()

    expect(page).to_have_url(re.compile(r"#/alerts$"))
    expect(page.get_by_role("heading", name="Surveillance alerts")).to_be_focused()
    page.get_by_label("City", exact=True).select_option(city)
    rows = page.locator("#alerts-table tbody tr")
    expect(rows).to_have_count(2)
    first = rows.first  # the newest window first
    expect(first).to_contain_text("Influenza and ARI")
    expect(first).to_contain_text(re.compile(r"Mar 2\s*–\s*8, 2026"))  # window_end exclusive
    expect(first).to_contain_text("7-day window")
    expect(first).to_contain_text("140")
    expect(first).to_contain_text("80.5")
    expect(first).to_contain_text("120.25")
    expect(first).to_contain_text("ears-c2")
    chart = first.get_by_role("img", name="Observed 140, expected 80.5, threshold 120.25")
    expect(chart).to_be_visible()
    assert chart.locator(".bar-above").count() == 1  # above its threshold: drawn in red
    assert rows.nth(1).locator(".bar-above").count() == 0
    expect(page.locator("#alerts-summary")).to_contain_text("Open: the window ends within")
    shot(page, "08-alerts")

    page.get_by_label("Group", exact=True).select_option("covid")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("COVID-19")
    page.get_by_label("Group", exact=True).select_option("")
    listed = alice.get("/api/v1/alerts", params={"city": city}).json()["items"]
    page.get_by_label("Show", exact=True).select_option("open")
    expect(rows).to_have_count(sum(item["status"] == "open" for item in listed))

    page.get_by_role("button", name="Русский").click()
    expect(page.get_by_role("heading", name="Эпидемиологические сигналы")).to_be_visible()
    page.get_by_label("Показать", exact=True).select_option("")
    expect(rows.first).to_contain_text("Грипп и ОРВИ")
    expect(page.locator("#alerts-table thead")).to_contain_text("Наблюдалось")
    shot(page, "09-alerts-russian")
    page.get_by_role("button", name="English").click()
