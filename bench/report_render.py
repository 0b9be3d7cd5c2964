"""How long the report of ../shared/wild takes to render in headless Chromium (target: under 2 s).

    python bench/report_render.py [FOLDER]

Writes the report (with its views) to a temporary folder, opens it in Chromium through selenium and
reads the page's own navigation timing: from the start of navigation to the end of the load event (and
the first contentful paint, where headless Chromium reports one). Also opens one view and reports the same.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from policyparse.report import write_report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "wild"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        started = time.perf_counter()
        done = write_report([str(folder)], out)
        print(f"report of {done.documents} documents ({done.failures} failed, {done.views} views) written in "
              f"{time.perf_counter() - started:.1f} s, {out.stat().st_size / 1e3:.0f} kB")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or shutil.which("google-chrome")
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            for name, url in (("report", out.as_uri()), ("a view", (out.parent / "report_views" / "00000.html").as_uri())):
                times = []
                for _ in range(3):
                    driver.get(url)
                    times.append(driver.execute_script(
                        "var t = performance.getEntriesByType('navigation')[0];"
                        "var p = performance.getEntriesByName('first-contentful-paint')[0];"
                        "return [t.loadEventEnd, p ? p.startTime : null];"))
                load = min(t[0] for t in times) / 1000
                paints = [t[1] / 1000 for t in times if t[1] is not None]
                paint = f"{min(paints):.2f} s" if paints else "not reported (headless)"
                print(f"{name}: load event ends at {load:.2f} s, first contentful paint {paint} (best of 3)")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
