"""Helpers to inspect rendered HTML the way a browser would parse it."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
XSS_PAYLOADS_FILE = Path(__file__).parent / "data" / "xss-payloads.txt"
# The forms of ``<time datetime>`` the site writes, as the HTML standard allows them: a year,
# a month, a date, or a date and time with its offset. Seconds take at most three decimals
# (Python's microseconds are refused by the Nu HTML checker).
VALID_DATETIME = re.compile(
    r"\d{4,}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?)?)?"
)


def load_xss_payloads():
    """The hostile strings of the corpus, with their written escapes (``\\x00``) decoded."""
    payloads = []
    for line in XSS_PAYLOADS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            payloads.append(line.encode("ascii", "backslashreplace").decode("unicode_escape"))
    return payloads


def injected_markup(html):
    """List what a hostile string could have turned into: scripts, handlers, script URLs.

    Returns a list of descriptions; an empty list means the page is clean.
    """
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if script.get("type") in DATA_SCRIPT_TYPES:
            # A data block is never run; it is safe as long as it is one valid JSON document
            # (a hostile string that closed it early would leave invalid JSON behind).
            try:
                json.loads(script.string or "")
            except ValueError:
                found.append(f"broken data script: {script}")
        elif "pwned" in script.get_text():
            found.append(f"script: {script}")
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            if attribute.lower().startswith("on"):
                found.append(f"handler {attribute} on <{tag.name}>")
            if attribute in {"href", "src", "action", "formaction"}:
                text = "".join(value) if isinstance(value, list) else value
                if text.replace("\t", "").strip().lower().startswith(("javascript:", "data:")):
                    found.append(f"{attribute}={text!r} on <{tag.name}>")
        if tag.name == "a" and urlsplit(tag.get("href") or "").hostname == "evil.example":
            found.append(f"injected link {tag}")
        if tag.name == "img" and tag.get("src") == "x":
            found.append(f"injected image {tag}")
    return found


def invalid_datetimes(html):
    """The ``datetime`` attributes of ``<time>`` elements that are not valid HTML dates."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        time.get("datetime")
        for time in soup.find_all("time")
        if not VALID_DATETIME.fullmatch(time.get("datetime") or "")
    ]
