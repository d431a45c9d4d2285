"""Take the README's screenshots of the demo: home, map and a member page, on a desktop
screen and on a phone, in French.

The demo is loaded into a database of its own in a temporary folder and served by Django's
development server on a free port; Debian's Chromium, driven by Playwright, takes each
page's first screen, and Pillow writes it as WebP into ``docs/screenshots/``.

Run ``make screenshots`` (or ``.venv/bin/python scripts/screenshots.py``) after a change a
visitor would see; the images are committed.
"""

import io
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from tests.chromium import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402 - after the path

# Each screen: its name, its viewport in CSS pixels and the pixel density of the device.
SCREENS = [("desktop", 1280, 800, 1), ("phone", 390, 844, 2)]
# The quality of the WebP files: small enough for a README, sharp enough for text.
QUALITY = 72


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(*arguments, environment):
    subprocess.run(  # noqa: S603 - this interpreter, this repository's manage.py
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment, check=True
    )


def wait_for(port, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the development server stopped")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"nothing answered on port {port}")


def pages(origin, page):
    """The addresses to show, read from the demo itself: its home, its map and the first
    member of its directory."""
    page.goto(f"{origin}/fr/")
    map_url = page.locator("a[href*='/relais/']").first.get_attribute("href")
    directory = page.locator("a[href*='/membres/']").first.get_attribute("href")
    page.goto(f"{origin}{directory}")
    member = page.locator(f"main a[href^='{directory}'][href$='/']").first.get_attribute("href")
    return {"home": "/fr/", "map": map_url, "member": member}


def save(png, name):
    picture = Image.open(io.BytesIO(png)).convert("RGB")
    path = OUTPUT / f"{name}.webp"
    picture.save(path, "WEBP", quality=QUALITY, method=6)
    size = path.stat().st_size
    print(f"{path.relative_to(ROOT)}: {picture.width}×{picture.height}, {size} bytes")


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "resacoop.settings.dev",
            "DATABASE_URL": f"sqlite:///{folder}/demo.sqlite3",
            "MEDIA_ROOT": f"{folder}/media",
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            "CACHE_URL": "locmem://screenshots",
        }
        manage("migrate", "--noinput", "-v0", environment=environment)
        manage("load_demo", environment=environment)
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(port, server)
            origin = f"http://127.0.0.1:{port}"
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS
                )
                addresses = pages(origin, browser.new_page())
                for screen, width, height, density in SCREENS:
                    context = browser.new_context(
                        viewport={"width": width, "height": height},
                        device_scale_factor=density,
                        locale="fr-FR",
                        reduced_motion="reduce",
                    )
                    page = context.new_page()
                    for name, path in addresses.items():
                        page.goto(f"{origin}{path}", wait_until="networkidle")
                        save(page.screenshot(), f"{name}-{screen}")
                    context.close()
                browser.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
