// Lighthouse over a list of pages, on the mobile and the desktop profiles, in one browser.
//
// Reads from its standard input {"chrome": path, "flags": [...], "urls": [...],
// "categories": [...]} and writes to its standard output, for each page and profile, the
// score of each category and the audits that cost it points. Used by
// tests/production/test_demo_served.py; runs Debian's Chromium, never a downloaded one.

import { text } from "node:stream/consumers";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const PROFILES = { mobile: undefined, desktop: desktopConfig };

function failingAudits(result, category) {
  return result.categories[category].auditRefs
    .filter((reference) => reference.weight > 0)
    .map((reference) => result.audits[reference.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score }));
}

const request = JSON.parse(await text(process.stdin));
const chrome = await chromeLauncher.launch({
  chromePath: request.chrome,
  chromeFlags: request.flags,
});
const results = [];
try {
  for (const url of request.urls) {
    for (const [profile, config] of Object.entries(PROFILES)) {
      const { lhr } = await lighthouse(
        url,
        { port: chrome.port, onlyCategories: request.categories, logLevel: "error" },
        config,
      );
      results.push({
        url,
        profile,
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
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
