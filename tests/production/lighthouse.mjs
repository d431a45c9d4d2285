// Lighthouse over a list of pages, on one profile (mobile or desktop), in one browser.
//
// Reads from its standard input {"chrome": path, "flags": [...], "urls": [...],
// "categories": [...], "profile": "mobile" | "desktop"} and writes to its standard output,
// for each page, the score of each category and the audits that cost it points. Used by
// tests/production/test_demo_served.py, which runs one of these a profile so that the
// two can run side by side; runs Debian's Chromium, never a downloaded one.

import { text } from "node:stream/consumers";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const PROFILES = { mobile: undefined, desktop: desktopConfig };

// Less waiting than Lighthouse's defaults, which are made for distant, throttled sites: the
// page comes from loopback, fully rendered by the server, and a quarter of a second without
// requests or scripts is enough to call it loaded (the defaults wait a second at each of
// four steps). The categories judged (accessibility, best practices, SEO) look at the loaded
// page, not at how fast it loaded.
const SETTINGS = {
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
  // Each run opens a new tab already blank: no need to load about:blank first.
  skipAboutBlank: true,
  // A picture of the whole page for Lighthouse's HTML report, which the test never makes.
  disableFullPageScreenshot: true,
};

function failingAudits(result, category) {
  return result.categories[category].auditRefs
    .filter((reference) => reference.weight > 0)
    .map((reference) => result.audits[reference.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score }));
}

const request = JSON.parse(await text(process.stdin));
if (!(request.profile in PROFILES)) {
  throw new Error(`unknown profile ${request.profile}: ${Object.keys(PROFILES).join(", ")}`);
}
const chrome = await chromeLauncher.launch({
  chromePath: request.chrome,
  chromeFlags: request.flags,
});
const results = [];
try {
  for (const url of request.urls) {
    const { lhr } = await lighthouse(
      url,
      {
        port: chrome.port,
        onlyCategories: request.categories,
        logLevel: "error",
        ...SETTINGS,
      },
      PROFILES[request.profile],
    );
    results.push({
      url,
      profile: request.profile,
      error: lhr.runtimeError ? lhr.runtimeError.message : null,
      warnings: lhr.runWarnings,
      scores: Object.fromEntries(
        request.categories.map((category) => [category, lhr.categories[category].score]),
      ),
      failing: Object.fromEntries(
        request.categories.map((category) => [category, failingAudits(lhr, category)]),
      ),
    });
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
