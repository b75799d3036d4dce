"""Shared pytest set-up: headless Chromium for dash[testing]'s browser tests."""

from __future__ import annotations


def pytest_setup_options():
    """Selenium options for dash_duo: Debian's chromium, headless, no sandbox (run pytest with --headless)."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    return options
