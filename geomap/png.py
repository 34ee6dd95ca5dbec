"""A PNG of the map, rendered by a real headless browser (Playwright driving Chromium)."""
from __future__ import annotations

from pathlib import Path

from .errors import RenderError
from .render import render_html


def find_chromium() -> str | None:
    """Debian's chromium (or $GEOMAP_CHROMIUM), if installed."""
    import os
    import shutil

    for candidate in (os.environ.get("GEOMAP_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def static_page(fc: dict, tiles: str = "openstreetmap", article: str | None = None,
                heading: str | None = None) -> str:
    """The page a PNG is taken of: the map, labels, caption, legend and locator; no buttons, layer box,
    timeline or article panel (they mean nothing on paper)."""
    return render_html(fc, tiles=tiles, static=True, controls=False, article=article, heading=heading)


def render_png(fc: dict, width: int = 1200, height: int = 800, tiles: str = "openstreetmap",
               timeout_s: float = 20.0, article: str | None = None, heading: str | None = None) -> bytes:
    """A PNG of the map, rendered by a real headless browser, legend included.

    Needs Playwright (``pip install 'geomap[png]'``) and a Chromium browser
    (Debian: ``apt-get install chromium``); a clear error names what is missing.
    """
    import tempfile

    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise RenderError("PNG export needs Playwright: pip install 'geomap[png]'") from None
    browser_path = find_chromium()
    if browser_path is None:
        raise RenderError("PNG export needs a Chromium browser: apt-get install chromium "
                          "(or set GEOMAP_CHROMIUM to its path)")
    if not (100 <= width <= 8000 and 100 <= height <= 8000):
        raise RenderError("PNG width and height must be between 100 and 8000 pixels")
    page_html = static_page(fc, tiles=tiles, article=article, heading=heading)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "map.html"
        page_path.write_text(page_html, encoding="utf-8")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=browser_path, args=[
                    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars"])
                try:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(page_path.as_uri(), timeout=timeout_s * 1000)
                    page.wait_for_selector(".folium-map", timeout=timeout_s * 1000)
                    try:  # tiles, when they can load; offline the outlines show instead
                        page.wait_for_load_state("networkidle", timeout=timeout_s * 1000)
                    except PlaywrightError:
                        pass
                    return page.screenshot(type="png")
                finally:
                    browser.close()
        except PlaywrightError as exc:
            raise RenderError(f"the browser could not render the map: {str(exc).splitlines()[0]}") from None
