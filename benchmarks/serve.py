"""Benchmarks of `poa-lint serve`: keystroke to updated findings in a real browser, and API
throughput against in-process lint() with the same components.

    python benchmarks/serve.py [--letter benchmarks/letters/letter-800.txt] [--keys 60] [--requests 100]

Needs Debian's chromium and chromium-driver for the keystroke figure (skipped without them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def start_server() -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "poa_lint", "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return process, process.stdout.readline().strip()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def keystrokes(url: str, letter: str, keys: int) -> list[float]:
    """Latency (ms) from each typed key to the findings that include it, as the page records it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.get(url)
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")
        driver.execute_script("const el = document.getElementById('letter'); el.value = arguments[0];"
                              "el.dispatchEvent(new Event('input'));", letter)
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.body.dataset.state") == "done")
        driver.execute_script("window.poaLatencies = [];")
        field = driver.find_element("id", "letter")
        for n in range(keys):           # one key at a time, each after the last findings arrived
            seq = driver.execute_script("return Number(document.body.dataset.seq)")
            field.send_keys("x" if n % 5 else " ")
            WebDriverWait(driver, 60).until(lambda d: d.execute_script(
                "return document.body.dataset.state === 'done' && Number(document.body.dataset.seq) > arguments[0]",
                seq))
        return list(driver.execute_script("return window.poaLatencies"))
    finally:
        driver.quit()


def throughput(base: str, token: str, letter: str, requests: int) -> tuple[float, float]:
    """(letters/s over HTTP, letters/s of in-process lint()) on the same letter, interleaved."""
    import httpx

    from poa_lint import lint

    lint(letter)                                  # load the same pipeline and rules once
    http_times, local_times = [], []
    with httpx.Client(base_url=base, timeout=120) as client:
        headers = {"Authorization": f"Bearer {token}"}
        client.post("/api/lint", json={"text": letter}, headers=headers)
        for _ in range(requests):
            t = time.perf_counter()
            assert client.post("/api/lint", json={"text": letter}, headers=headers).status_code == 200
            http_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            lint(letter)
            local_times.append(time.perf_counter() - t)
    return 1 / statistics.median(http_times), 1 / statistics.median(local_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letter", type=Path, default=HERE / "letters" / "letter-800.txt")
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    letter = args.letter.read_text(encoding="utf-8")
    process, url = start_server()
    try:
        base, token = url.split("/?token=")
        load = os.getloadavg()[0]
        api, local = throughput(base, token, letter, args.requests)
        print(f"load average at start: {load:.1f}")
        print(f"API throughput: {api:.1f} letters/s over HTTP vs {local:.1f} in-process lint(): "
              f"{api / local:.2f}x ({args.requests} requests, {len(letter.split())} words)")
        if shutil.which("chromium") and shutil.which("chromedriver"):
            latencies = keystrokes(url, letter, args.keys)
            print(f"keystroke to updated findings ({len(latencies)} keys, debounce included): "
                  f"p50 {percentile(latencies, 0.5):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms")
        else:
            print("keystroke latency: skipped (no chromium/chromedriver)")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
