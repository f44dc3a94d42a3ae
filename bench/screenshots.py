"""Screenshots of the main pages, to look at (not a test).

Start the app first (bin/start), then:

    .venv/bin/python bench/screenshots.py http://127.0.0.1:8000 --out screenshots

Takes the timeline (wide and phone width, with and without filters), an
article page, an event page and the login page with Debian's Chromium, and
prints the files written.
"""
import argparse
import re
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = [
    ("timeline", "/", 1280),
    ("timeline-phone", "/", 390),
    ("timeline-filtered", "/?category=missile-launch&date_from=March+2023&date_to=April+2023", 1280),
    ("timeline-filtered-phone", "/?category=missile-launch&date_from=March+2023&date_to=April+2023", 390),
    ("timeline-unreadable-filter", "/?date_from=blorf&actor=north+korea", 1280),
    ("articles", "/articles/", 1280),
    ("login", "/accounts/login/", 1280),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url")
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    base = args.base_url.rstrip("/")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page()
        pages = list(PAGES)
        # The first article and event linked from the timeline, whatever their ids.
        page.goto(base + "/")
        article = page.locator("a[href^='/articles/']").filter(has_text=re.compile(r"\w")).nth(1)
        event = page.locator(".event-title a").first
        pages += [("article", article.get_attribute("href"), 1280), ("event", event.get_attribute("href"), 1280),
                  ("event-phone", event.get_attribute("href"), 390)]
        for name, path, width in pages:
            page.set_viewport_size({"width": width, "height": 1000})
            page.goto(base + path)
            page.wait_for_load_state("networkidle")  # the overview and facets arrive after the list
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=width < 800)
            print(target)
        browser.close()


if __name__ == "__main__":
    main()
