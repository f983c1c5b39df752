"""poa-lint reliability table: hostile and absurd input through the real command, plus hypothesis.

    python benchmarks/reliability.py                     # the matrix + 300 hypothesis examples
    python benchmarks/reliability.py --examples 10000    # the opt-in long run
    python benchmarks/reliability.py --write-readme      # also replace the table in README.md

Every case runs `python -m poa_lint` in a fresh process (the Python running this script); wall time
is measured around the process and peak RSS comes from os.wait4 (the process and its reaped
workers). A case "hangs" when it runs past the per-letter budget plus start-up (LIMIT seconds). For
every case the input files are checksummed before and after: poa-lint must never change them.
The hypothesis row runs `poa_lint.lint` in this process on generated letters (the strategies of
tests/test_properties.py) under the same per-letter budget and counts outcomes: checked, over the
budget, exceptions.

Pass: every case has the expected exit code and message, 0 hangs, 0 tracebacks, no exit code
outside 0/1/2/3/130, every input byte-identical afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-m", "poa_lint"]
LIMIT = 180.0          # seconds: the 60 s letter budget, model loading and a loaded machine
ALLOWED = {0, 1, 2, 3, 130, 128 + 15}
MARK_BEGIN, MARK_END = "<!-- reliability:begin -->", "<!-- reliability:end -->"
LETTER = (ROOT / "fixtures" / "corpus" / "07-odr-angry-bad.txt").read_text(encoding="utf-8")


@dataclass
class Row:
    case: str
    expected: str
    result: str
    ok: bool
    seconds: float
    peak_mb: float


def _digest(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _run(args: list[str], cwd: Path, stdin: object = None, env: dict[str, str] | None = None,
         signal_after: tuple[float, int] | None = None) -> tuple[int | None, str, float, float]:
    """(exit code or None for a hang, stderr, seconds, peak MB) of one poa-lint process."""
    started = time.monotonic()
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen([*COMMAND, *args], cwd=cwd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=err_file,
                            env={**os.environ, **(env or {})})
    if signal_after:
        time.sleep(signal_after[0])
        proc.send_signal(signal_after[1])
    code, peak = None, 0.0
    while time.monotonic() - started < LIMIT:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            code = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss / 1024
            break
        time.sleep(0.05)
    if code is None:
        proc.kill()
        proc.wait()
    err_file.seek(0)
    return code, err_file.read().decode("utf-8", "replace"), time.monotonic() - started, peak


def _test_module(name: str):
    """A module of the test suite (tests/ is not a package): its strategies and builders."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"poa_{name}", ROOT / "tests" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _docx(paragraphs: list[str]) -> bytes:
    return _test_module("test_hardening")._docx(paragraphs)


def _zip_bomb(path: Path) -> None:
    """A .docx whose document.xml unzips to 300 MB of spaces (written in chunks: this process
    stays small, since a child's peak RSS starts from its parent's size at fork)."""
    with zipfile.ZipFile(io.BytesIO(_docx(["We are sorry."]))) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename != "word/document.xml":
                out.writestr(item, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with out.open(item.filename, "w", force_zip64=True) as stream:
                stream.write(head + b"<w:body>")
                for _ in range(300):
                    stream.write(b" " * 1_000_000)
                stream.write(tail)


def _rule(kind: str, lines: str) -> str:
    return ("pack: agency\nrules:\n  - id: agency.x\n    kind: " + kind + "\n    category: template\n"
            "    severity: warning\n    message: \"found {match}\"\n    why: an agency rule\n" + lines)


def _build(root: Path) -> list[tuple[str, str, list[str], dict]]:
    """(case, expected, poa-lint arguments, options) with every input file written under root."""
    cases: list[tuple[str, str, list[str], dict]] = []

    def folder(name: str, files: dict[str, bytes | str], config: str | None = None) -> Path:
        d = root / name
        d.mkdir()
        for fname, body in files.items():
            path = d / fname
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
        if config is not None:
            (d / "poa-lint.toml").write_text(config, encoding="utf-8")
        return d

    for name, pack in (("regex ((\\w+\\s?){1,50}){1,50}$ in a pack", _rule("regex", "    regex: ['((\\w+\\s?){1,50}){1,50}$']\n")),
                       ("regex (\\w+\\s?){1,1000}$ in a pack", _rule("regex", "    regex: ['(\\w+\\s?){1,1000}$']\n")),
                       ("Matcher REGEX (a+)+$ in a pack", _rule("pattern", "    patterns: [[{TEXT: {REGEX: '(a+)+$'}}]]\n"))):
        d = folder(f"pack{len(cases)}", {"packs/agency.yml": pack, "d.txt": "a" * 28 + "\n"},
                   'rule-packs = ["packs"]\n')
        cases.append((f"{name}: validate-rules", "exit 2, rule named", ["validate-rules", str(d / "packs")], {"cwd": d}))
        cases.append((f"{name}: lint", "exit 2, rule named", [str(d / "d.txt")], {"cwd": d}))
    d = folder("gt", {"gt.txt": "We are sorry.\n" + ">" * 40_000 + "\n"})
    cases.append(("a line of 40,000 '>'", "exit 0/1, no hang", [str(d / "gt.txt")], {"cwd": d}))
    d = folder("gtmb", {"gt.txt": ">" * 999_000 + "\n"})
    cases.append(("999 KB of '>'", "exit 0/1, no hang", [str(d / "gt.txt")], {"cwd": d}))
    d = folder("prose", {"long.txt": "\n\n".join([LETTER] * 1000)[:990_000]})
    cases.append(("990 KB of letters", "exit 0/1, or 2 over the time limit", [str(d / "long.txt")], {"cwd": d}))
    d = folder("lines", {"lines.txt": "".join(f"Line {i} we shipped late.\n" for i in range(32_000))})
    cases.append(("32,000 short lines, 830 KB", "exit 0/1, or 2 over the time limit", [str(d / "lines.txt")], {"cwd": d}))
    d = folder("docx", {"big.docx": _docx(["We are sorry for the late shipments. " * 300] * 100)})
    _zip_bomb(d / "bomb.docx")
    cases.append((".docx with 1.1 MB of text", "exit 2, too large", [str(d / "big.docx")], {"cwd": d}))
    cases.append((".docx zip bomb (300 MB unzipped)", "exit 2, unzips to", [str(d / "bomb.docx")], {"cwd": d}))
    cases.append(("stdin from /dev/zero", "exit 2, too large", ["-"], {"cwd": root, "stdin": "/dev/zero"}))
    cases.append(("/dev/zero as a file", "exit 2, more than 1 MB", ["/dev/zero"], {"cwd": root}))
    d = folder("jobs", {f"d{i:02}.txt": LETTER * 20 for i in range(24)})
    cases.append(("SIGTERM during --jobs 2", "exit 143, workers gone", ["--jobs", "2", str(d)],
                  {"cwd": d, "signal": (12.0, signal.SIGTERM), "workers": True}))
    cases.append(("SIGINT while reading stdin", "exit 130", ["-"], {"cwd": root, "stdin": "pipe",
                                                                    "signal": (4.0, signal.SIGINT)}))
    d = folder("remote", {"d.txt": LETTER}, 'languagetool = "http://192.0.2.7:8081"\n')
    cases.append(("config sends to http://192.0.2.7", "refused, nothing sent", [str(d / "d.txt")], {"cwd": d}))
    d = folder("evil", {"d.txt": LETTER, "evilmodel.py": "open('ran', 'w').write('x')\n"}, 'model = "evilmodel"\n')
    cases.append(("model = evilmodel (+ evilmodel.py)", "exit 2, not imported", ["d.txt"], {"cwd": d, "absent": d / "ran"}))
    d = folder("swap", {"packs/agency.yml": _rule("swap", "    attr: FOO\n    swap: {\"revert back\": \"reply\"}\n")})
    cases.append(("swap rule with attr: FOO", "exit 2, field attr", ["validate-rules", str(d / "packs")], {"cwd": d}))
    laughs = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    d = folder("laughs", {"packs/agency.yml": _rule("regex", "    regex: ['lol']\n    options:\n" +
                                                    "".join(f"      {ln}\n" for ln in laughs))})
    cases.append(("billion laughs in a 1 KB pack", "exit 2, aliases", ["validate-rules", str(d / "packs")], {"cwd": d}))
    d = folder("enc", {"d.txt": LETTER.encode("ascii", "ignore") + b"\nTotal: 2\xff\xfe\xc3.6%\n"})
    cases.append(("stray bytes in an ASCII draft", "note: encoding guessed", [str(d / "d.txt")], {"cwd": d}))
    d = folder("notice", {"n.txt": b"\x01\x02\x03" * 100 + b"x"})
    cases.append(("binary notice file", "exit 2, not a text notice", ["notice", str(d / "n.txt")], {"cwd": d}))
    d = folder("phr", {"packs/agency.yml": _rule("phrases", "    phrases_file: /dev/zero\n")})
    cases.append(("phrases_file: /dev/zero", "exit 2, not a regular file", ["validate-rules", str(d / "packs")], {"cwd": d}))
    d = folder("zh", {"d.txt": LETTER})
    cases.append(("model blank:zh", "named blank:zh", ["--model", "blank:zh", str(d / "d.txt")], {"cwd": d}))
    return cases


EXPECT = {   # case prefix -> (allowed exit codes, regex stderr must match)
    "regex (": ({2}, r"agency\.x"), "Matcher": ({2}, r"agency\.x"),
    "a line of": ({0, 1}, r""), "999 KB": ({0, 1}, r""), "990 KB": ({0, 1, 2}, r"^$|time limit"), "32,000": ({0, 1, 2}, r"^$|time limit"),
    ".docx with": ({2}, r"too large"), ".docx zip": ({2}, r"unzips to"), "stdin from": ({2}, r"too large \(more than 1 MB"),
    "/dev/zero as": ({2}, r"more than 1 MB"), "SIGTERM": ({143}, r""), "SIGINT": ({130}, r"interrupted"),
    "config sends": ({0, 1}, r"nothing was sent"), "model = evil": ({2}, r"not an installed spaCy pipeline"),
    "swap rule": ({2}, r"field attr"), "billion": ({2}, r"aliases expand"), "stray bytes": ({0, 1}, r"guessed as"),
    "binary notice": ({2}, r"not a text notice"), "phrases_file": ({2}, r"not a regular file"),
    "model blank:zh": ({0, 1}, r"blank:zh"),
}


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _matrix() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cases = _build(root)
        before = _digest(root)
        for case, expected, args, opts in cases:
            stdin = None
            if opts.get("stdin") == "/dev/zero":
                stdin = open("/dev/zero", "rb")  # noqa: SIM115
            elif opts.get("stdin") == "pipe":
                stdin = subprocess.PIPE
            workers: list[int] = []
            if opts.get("workers"):
                code, err, seconds, peak, workers = _with_workers(args, opts)
            else:
                code, err, seconds, peak = _run(args, opts["cwd"], stdin, signal_after=opts.get("signal"))
            if stdin not in (None, subprocess.PIPE):
                stdin.close()
            codes, pattern = next(v for k, v in EXPECT.items() if case.startswith(k))
            alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _state(w)]
            ok = (code in codes and code in ALLOWED and "Traceback" not in err and re.search(pattern, err) is not None
                  and not alive and not (opts.get("absent") and Path(opts["absent"]).exists()))
            first = next((ln for ln in err.splitlines() if pattern and re.search(pattern, ln)),
                         err.strip().splitlines()[0] if err.strip() else "")
            shown = "hang" if code is None else f"exit {code}" + (f", {len(alive)} workers left" if workers and alive else "")
            note = re.sub(r"/tmp/[^ :]*/", "", first)[:70].replace("|", "\\|")
            rows.append(Row(case, expected, f"{shown}: {note}" if note else shown, ok, seconds, peak))
            print(table(rows[-1:]).splitlines()[-1], flush=True)
        rows.append(Row("every input file afterwards", "byte-identical", "identical" if _digest(root) == before
                        else "CHANGED", _digest(root) == before, 0.0, 0.0))
    return rows


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def _with_workers(args: list[str], opts: dict) -> tuple[int | None, str, float, float, list[int]]:
    started = time.monotonic()
    proc = subprocess.Popen([*COMMAND, *args], cwd=opts["cwd"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: list[int] = []
    while time.monotonic() - started < LIMIT and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=LIMIT)   # returns only when no worker holds the pipes
    except subprocess.TimeoutExpired:
        proc.kill()
        return None, "", time.monotonic() - started, 0.0, workers
    time.sleep(1.0)
    return proc.returncode, err.decode("utf-8", "replace"), time.monotonic() - started, 0.0, workers


def _hypothesis(examples: int) -> Row:
    """poa_lint.lint on generated letters under the per-letter budget: outcomes counted."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    import poa_lint
    from poa_lint.budget import DEFAULT_SECONDS, BudgetExceeded, letter_budget

    props = _test_module("test_properties")   # the strategies and the findings check of the suite
    arbitrary, check_findings, controls = props.arbitrary, props.check_findings, props.controls
    letters, no_sentences = props.letters, props.no_sentences

    counts = {"checked": 0, "over budget": 0, "exceptions": 0}
    errors: list[str] = []
    started = time.monotonic()

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(letters, arbitrary, controls, no_sentences))
    def probe(text: str) -> None:
        try:
            with letter_budget(DEFAULT_SECONDS):
                findings = poa_lint.lint(text)
            check_findings(text, findings)
            counts["checked"] += 1
        except BudgetExceeded:
            counts["over budget"] += 1
        except Exception as exc:  # noqa: BLE001
            counts["exceptions"] += 1
            errors.append(f"{type(exc).__name__}: {exc}"[:100])

    poa_lint.lint("warm-up letter.")
    probe()
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(counts.values())
    result = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    return Row(f"hypothesis on lint(): {total:,} generated letters", "0 over budget, 0 exceptions",
               result + (f" ({errors[0]})" if errors else ""),
               counts["over budget"] == 0 and counts["exceptions"] == 0, time.monotonic() - started, peak)


def table(rows: list[Row]) -> str:
    lines = ["| case | expected | result | pass | time (s) | peak memory (MB) |", "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.case} | {r.expected} | {r.result} | {'yes' if r.ok else 'NO'} | "
                     f"{r.seconds:.1f} | {r.peak_mb:.0f} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=300, help="hypothesis examples (10000: the long run)")
    parser.add_argument("--write-readme", action="store_true", help="replace the table in README.md")
    args = parser.parse_args()
    rows = _matrix() + [_hypothesis(args.examples)]
    text = table(rows)
    print(text)
    if args.write_readme:
        readme = ROOT / "README.md"
        body = readme.read_text(encoding="utf-8")
        start, end = body.index(MARK_BEGIN) + len(MARK_BEGIN), body.index(MARK_END)
        readme.write_text(body[:start] + "\n" + text + body[end:], encoding="utf-8")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
