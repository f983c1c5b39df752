"""poa-lint benchmark: one command, one table of ratios against the spaCy floor and peers.

    python benchmarks/run.py                 # 5 runs per measurement (medians), prints the table
    python benchmarks/run.py --runs 3        # quicker
    python benchmarks/run.py --write-readme  # also replace the table in benchmarks/README.md

Everything is measured in this one run, on this machine, with the Python running this script
(poa-lint must be importable from it and its `poa-lint` script must sit next to it). Every
measurement is a separate process so nothing is shared between them; wall time is measured
around the whole process and peak RSS comes from os.wait4 (the process itself, not its children).

Rows (targets from issue 6):
  cold start        `poa-lint letter.txt` / a process that imports spaCy, loads the same model
                    (same components) and parses the same text            target <= 1.3
  batch             letters/s of `poa-lint dir/` over 200 letters / letters/s of a process that
                    loads the model and runs raw nlp.pipe over the same texts   target >= 0.8
                    (plus the same ratio in-process, start-up excluded, and --jobs if it exists)
  instant commands  --help, rules, explain: wall time, and whether spaCy was imported  <= 0.2 s
  editor latency    `poa-lint lsp`: didChange -> publishDiagnostics, 1,500-word letter,
                    p50/p95                                                  target p95 <= 150 ms
  memory            peak RSS of a single-letter run and of the 200-letter batch   <= 400 MB
  peers             proselint (separate venv: --proselint or $POA_BENCH_PROSELINT), Harper
                    (harper-py) time added per letter, LanguageTool ($POA_BENCH_LANGUAGETOOL=url)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LETTERS = HERE / "letters"
CORPUS = ROOT / "fixtures" / "corpus"
SIZES = (300, 800, 2000)
LSP_SIZE = 1500
BATCH = 200
PY = sys.executable
BIN = Path(PY).parent
POA = str(BIN / "poa-lint") if (BIN / "poa-lint").exists() else shutil.which("poa-lint") or "poa-lint"
README = HERE / "README.md"
BEGIN, END = "<!-- table:begin -->", "<!-- table:end -->"


# --------------------------------------------------------------------------- process timing

@dataclass
class Run:
    wall: float
    rss_mb: float
    code: int
    out: str
    err: str


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None, timeout: float = 900) -> Run:
    """Run a process to the end; wall time and its own peak RSS (os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd,
                                env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_maxrss / 1024, proc.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


@dataclass
class Stat:
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")


def repeat(cmd: list[str], runs: int, **kw) -> tuple[Stat, Stat, Run]:
    """Median wall time and peak RSS over `runs` runs (after one untimed warm-up for the disk cache)."""
    last = run(cmd, **kw)
    walls, rss = Stat(), Stat()
    for _ in range(runs):
        last = run(cmd, **kw)
        walls.values.append(last.wall)
        rss.values.append(last.rss_mb)
    return walls, rss, last


def interleaved(commands: dict[str, list[str]], runs: int, **kw) -> dict[str, tuple[Stat, Stat, Run]]:
    """Like repeat() for several commands, alternating them run by run, so that a change in the
    machine's load during the benchmark hits every command alike (the ratios stay fair)."""
    out: dict[str, tuple[Stat, Stat, Run]] = {}
    for name, cmd in commands.items():  # one untimed warm-up each
        out[name] = (Stat(), Stat(), run(cmd, **kw))
    for i in range(runs):
        names = list(commands) if i % 2 == 0 else list(reversed(commands))
        for name in names:
            last = run(commands[name], **kw)
            walls, rss, _ = out[name]
            walls.values.append(last.wall)
            rss.values.append(last.rss_mb)
            out[name] = (walls, rss, last)
    return out


def python(code: str, *args: str, **kw) -> Run:
    return run([PY, "-c", code, *args], **kw)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# --------------------------------------------------------------------------- helper programs

INFO = r"""
import json, sys
import spacy
from poa_lint.catalogue import load_catalogue
from poa_lint.nlp import load_pipeline
cat = load_catalogue()
need_ner = any("ner" in r.needs for r in cat.rules)
p = load_pipeline(None, need_ner=need_ner)
try:
    from poa_lint.lsp.server import DEBOUNCE_SECONDS as debounce
except Exception:
    debounce = None
import poa_lint
print(json.dumps({"model": p.name, "need_ner": need_ner, "pipes": p.nlp.pipe_names,
                  "spacy": spacy.__version__, "rules": len(cat.rules), "first_rule": cat.rules[0].id,
                  "poa_lint": poa_lint.__version__, "debounce": debounce}))
"""

FLOOR = r"""
import sys
import spacy
nlp = spacy.load(sys.argv[1], exclude=[] if sys.argv[2] == "1" else ["ner"])
paths = sys.argv[3:]
if len(paths) == 1:
    nlp(open(paths[0], encoding="utf-8").read())
else:
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for doc in nlp.pipe(texts):
        pass
"""

# In-process batch: raw nlp.pipe vs Linter.lint_many on the same texts, start-up excluded.
INPROC = r"""
import json, sys, time
from pathlib import Path
from poa_lint.config import Config
from poa_lint.factory import build_linter
folder, runs = Path(sys.argv[1]), int(sys.argv[2])
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
linter = build_linter(Config(grammar=("none",)))
pipeline = linter.pipeline
list(linter.lint_many([("w", t) for t in texts[:4]]))
raw, ours = [], []
for _ in range(runs):
    t = time.perf_counter(); list(pipeline.nlp.pipe(texts)); raw.append(time.perf_counter() - t)
    t = time.perf_counter(); list(linter.lint_many([(str(i), x) for i, x in enumerate(texts)]))
    ours.append(time.perf_counter() - t)
single, parse = {}, {}
for size in sys.argv[3:]:
    text = Path(size).read_text(encoding="utf-8")
    times, spacy_times = [], []
    for _ in range(max(runs * 4, 10)):
        t = time.perf_counter(); linter.lint(text); times.append(time.perf_counter() - t)
        t = time.perf_counter(); pipeline.nlp(text); spacy_times.append(time.perf_counter() - t)
    single[Path(size).stem] = times
    parse[Path(size).stem] = spacy_times
print(json.dumps({"raw": raw, "ours": ours, "single": single, "parse": parse}))
"""

HARPER = r"""
import json, sys, time
t = time.perf_counter()
try:
    from poa_lint.grammar.harper import HarperEngine
    from poa_lint.grammar.base import protected_for
    engine = HarperEngine()
    check = lambda text: engine.check(text, protected_for(text))
    how = "poa_lint.grammar.harper.HarperEngine"
except Exception as exc:
    import harper
    linter = harper.Linter(harper.Dialect.AMERICAN)
    check = lambda text: linter.lint(text, language="plaintext")
    how = "harper.Linter (raw; our wrapper failed: %s)" % exc
init = time.perf_counter() - t
out = {"init": init, "how": how, "sizes": {}}
runs = int(sys.argv[1])
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8").read()
    t = time.perf_counter(); check(text); first = time.perf_counter() - t
    warm = []
    for _ in range(runs):
        t = time.perf_counter(); check(text); warm.append(time.perf_counter() - t)
    out["sizes"][path] = {"first": first, "warm": warm}
print(json.dumps(out))
"""

LANGUAGETOOL = r"""
import json, sys, time
from poa_lint.grammar.languagetool import LanguageToolEngine
from poa_lint.grammar.base import protected_for
url, runs = sys.argv[1], int(sys.argv[2])
t = time.perf_counter(); engine = LanguageToolEngine(url); init = time.perf_counter() - t
out = {"init": init, "sizes": {}}
for path in sys.argv[3:]:
    text = open(path, encoding="utf-8").read()
    warm = []
    for _ in range(runs + 1):
        t = time.perf_counter(); engine.check(text, protected_for(text)); warm.append(time.perf_counter() - t)
    out["sizes"][path] = {"warm": warm[1:]}
print(json.dumps(out))
"""

NO_SPACY = r"""
import atexit, sys
def report():
    sys.stderr.write("\nSPACY-IMPORTED=%s\n" % ("spacy" in sys.modules))
atexit.register(report)
from poa_lint.cli import main
sys.argv = ["poa-lint", *sys.argv[1:]]
main()
"""


# --------------------------------------------------------------------------- the language server

class LspClient:
    """A minimal LSP client over the server's stdin/stdout (Content-Length framed JSON-RPC)."""

    def __init__(self, cmd: list[str], cwd: Path) -> None:
        self.errfile = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.errfile, cwd=cwd)
        self.messages: queue.Queue = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = json.loads(stream.read(length or 0))
            self.messages.put((time.perf_counter(), body))

    def send(self, message: dict) -> float:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()
        return time.perf_counter()

    def request(self, method: str, params: dict, timeout: float = 120) -> dict:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m, timeout)[1]

    def notify(self, method: str, params: dict) -> float:
        return self.send({"method": method, "params": params})

    def wait(self, match, timeout: float = 120) -> tuple[float, dict]:
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("language server did not answer in time")
            item = self.messages.get(timeout=left)
            if item is None:
                self.errfile.seek(0)
                raise RuntimeError("language server exited: "
                                   + self.errfile.read().decode("utf-8", "replace")[-400:])
            stamp, message = item
            if "method" in message and "id" in message:  # a request from the server: answer null
                self.send({"id": message["id"], "result": None})
                continue
            if match(message):
                return stamp, message

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def lsp_latency(letter: Path, edits: int, work: Path, config: str | None = None) -> dict:
    """didOpen, then `edits` full-text didChange notifications, each waiting for its diagnostics.
    `config`: the text of a poa-lint.toml next to the letter (None: defaults)."""
    doc = work / ("lsp-configured" if config else "lsp") / letter.name
    doc.parent.mkdir(exist_ok=True)
    if config:
        (doc.parent / "poa-lint.toml").write_text(config, encoding="utf-8")
    text = letter.read_text(encoding="utf-8")
    doc.write_text(text, encoding="utf-8")
    uri = doc.as_uri()
    client = LspClient([POA, "lsp"], cwd=doc.parent)
    try:
        started = time.perf_counter()
        client.request("initialize", {"processId": os.getpid(), "rootUri": doc.parent.as_uri(),
                                      "capabilities": {}})
        client.notify("initialized", {})

        def published(version):
            return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                              and m["params"]["uri"] == uri
                              and m["params"].get("version") in (version, None))
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
        stamp, message = client.wait(published(1), timeout=300)
        first = stamp - started
        count = len(message["params"]["diagnostics"])
        latencies = []
        words = text.split(" ")
        for i in range(edits):
            version = i + 2
            where = (i * 37) % max(1, len(words) - 1) + 1
            words.insert(where, "really")  # a typed word somewhere in the letter
            sent = client.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": " ".join(words)}]})
            stamp, _ = client.wait(published(version), timeout=60)
            latencies.append(stamp - sent)
            time.sleep(0.05)
        return {"first": first, "latencies": latencies, "diagnostics": count}
    finally:
        client.close()


# --------------------------------------------------------------------------- the benchmark

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines()
                      if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def make_batch(work: Path) -> Path:
    folder = work / "batch"
    folder.mkdir()
    corpus = sorted(CORPUS.glob("*.txt"))
    for i in range(BATCH):
        src = corpus[i % len(corpus)]
        (folder / f"{i:03d}-{src.name}").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def verdict(ok: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "—"}[ok]


# --------------------------------------------------------------------------- the measurements

@dataclass
class Bench:
    """One benchmark run: its settings, the letters copied to a scratch folder, and the rows."""

    args: argparse.Namespace
    info: dict
    work: Path
    runs: int
    batch_runs: int
    local: dict[int, Path]                 # letters by size, in a folder without a config file
    words: dict[int, int]
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # measurement, value, target, verdict
    notes: list[str] = field(default_factory=list)
    single_rss: float = 0.0                # largest peak RSS of the single-letter runs
    cold: dict[int, float] = field(default_factory=dict)  # --grammar none wall time by size
    measured: dict | None = None           # the in-process run (INPROC), when it worked
    batch_rss: float = 0.0
    floor_rss: float = 0.0

    @property
    def ner(self) -> str:
        return "1" if self.info["need_ner"] else "0"

    def row(self, name: str, value: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append((name, value, target, verdict(ok)))
        print(f"  {name}: {value}" + (f"  [{target}: {verdict(ok)}]" if target else ""), flush=True)

    def exited(self, what: str, last: Run) -> None:
        """A note when a poa-lint run ended with neither 0 nor 1."""
        if last.code not in (0, 1):
            tail = last.err.strip().splitlines()[-1] if last.err.strip() else ""
            self.notes.append(f"{what} exited {last.code}: {tail}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of each 200-letter batch")
    parser.add_argument("--lsp-edits", type=int, default=20, help="didChange notifications to time")
    parser.add_argument("--proselint", default=os.environ.get("POA_BENCH_PROSELINT"),
                        help="proselint executable (in its own venv; default: $POA_BENCH_PROSELINT, "
                             "then PATH)")
    parser.add_argument("--languagetool", default=os.environ.get("POA_BENCH_LANGUAGETOOL"),
                        help="LanguageTool server URL to time (default: $POA_BENCH_LANGUAGETOOL)")
    parser.add_argument("--write-readme", action="store_true", help="write the table into README.md")
    return parser.parse_args()


def cold_start(b: Bench) -> None:
    print("cold start", flush=True)
    for size in SIZES:
        got = interleaved({
            "default": [POA, "--no-color", str(b.local[size])],
            "no-grammar": [POA, "--no-color", "--grammar", "none", str(b.local[size])],
            "floor": [PY, "-c", FLOOR, b.info["model"], b.ner, str(b.local[size])],
        }, b.runs)
        floor = got["floor"][0].median
        b.cold[size] = got["no-grammar"][0].median
        for name, label in (("default", "default engines (Harper off)"), ("no-grammar", "--grammar none")):
            walls, rss, last = got[name]
            if name == "default":
                b.single_rss = max(b.single_rss, rss.median)
            b.exited(f"`poa-lint {label} letter-{size}.txt`", last)
            ratio = walls.median / floor
            b.row(f"cold start, {b.words[size]} words, {label}: poa-lint {ms(walls.median)} / floor "
                  f"{ms(floor)}", f"**{ratio:.2f}×**", "≤ 1.3", ratio <= 1.3)


def batch(b: Bench) -> None:
    print("batch", flush=True)
    folder = make_batch(b.work)
    files = [str(p) for p in sorted(folder.glob("*.txt"))]
    commands = {
        "default": [POA, "--no-color", "--format", "json", str(folder)],
        "no-grammar": [POA, "--no-color", "--format", "json", "--grammar", "none", str(folder)],
        "floor": [PY, "-c", FLOOR, b.info["model"], b.ner, *files],
    }
    if "--jobs" in run([POA, "check", "--help"]).out:
        for jobs in sorted({2, os.cpu_count() or 1} - {1}):
            commands[f"jobs{jobs}"] = [POA, "--no-color", "--format", "json", "--jobs", str(jobs), str(folder)]
    got = interleaved(commands, b.batch_runs)
    floor = got["floor"][0]
    b.floor_rss, b.batch_rss = got["floor"][1].median, got["default"][1].median
    for name, label in (("default", "default engines (Harper off)"), ("no-grammar", "--grammar none")):
        walls, _, last = got[name]
        b.exited(f"batch run ({label})", last)
        ratio = floor.median / walls.median
        b.row(f"batch, {BATCH} letters, whole process, {label}: poa-lint {BATCH / walls.median:.1f} "
              f"letters/s / nlp.pipe {BATCH / floor.median:.1f} letters/s", f"**{ratio:.2f}×**", "≥ 0.8",
              ratio >= 0.8)
    for name in [n for n in commands if n.startswith("jobs")]:
        walls, rss_jobs, _ = got[name]
        ratio = floor.median / walls.median
        b.row(f"batch --jobs {name[4:]} (default engines): {BATCH / walls.median:.1f} letters/s, "
              f"{got['default'][0].median / walls.median:.2f}× --jobs 1; main process peak RSS "
              f"{rss_jobs.median:.0f} MB", f"{ratio:.2f}× nlp.pipe", "≥ 0.8", ratio >= 0.8)
    if not any(n.startswith("jobs") for n in commands):
        b.row("batch --jobs N", "not measured: `poa-lint check` has no --jobs option yet")
    in_process(b, folder)


def in_process(b: Bench, folder: Path) -> None:
    """The batch and single letters inside one process, start-up excluded (INPROC)."""
    inproc = python(INPROC, str(folder), str(b.batch_runs), *(str(b.local[s]) for s in (*SIZES, LSP_SIZE)))
    if inproc.code != 0:
        b.notes.append(f"in-process batch failed: {inproc.err.strip()[-300:]}")
        return
    b.measured = json.loads(inproc.out.strip().splitlines()[-1])
    raw, lin = statistics.median(b.measured["raw"]), statistics.median(b.measured["ours"])
    b.row(f"batch, {BATCH} letters, in-process (start-up excluded), --grammar none: "
          f"Linter.lint_many {BATCH / lin:.1f} letters/s / nlp.pipe {BATCH / raw:.1f} letters/s",
          f"**{raw / lin:.2f}×**", "≥ 0.8", raw / lin >= 0.8)


def instant_commands(b: Bench) -> None:
    print("instant commands", flush=True)
    for argv in (["--help"], ["rules"], ["explain", b.info["first_rule"]]):
        wall, _, last = repeat([POA, *argv], b.runs)
        imported = "SPACY-IMPORTED=True" in python(NO_SPACY, *argv).err
        ok = wall.median <= 0.2 and not imported and last.code == 0
        b.row(f"`poa-lint {' '.join(argv)}` wall" + (" — **imports spaCy**" if imported else
                                                     ", spaCy not imported"),
              ms(wall.median), "≤ 0.2 s, no spaCy", ok)


def editor_latency(b: Bench) -> None:
    print("editor latency", flush=True)
    if "lsp" not in run([POA, "--help"]).out:
        b.row("LSP didChange → publishDiagnostics", "**not measured: no LSP yet** "
              "(`poa-lint lsp` does not exist; benchmarks/run.py lsp_latency() is ready)",
              "p95 ≤ 150 ms", None)
        return
    debounce = b.info.get("debounce")
    for label, config in (("default engines (Harper off)", None), ("grammar = none", 'grammar = ["none"]\n')):
        try:
            lsp = lsp_latency(LETTERS / f"letter-{LSP_SIZE}.txt", b.args.lsp_edits, b.work, config)
        except Exception as exc:  # noqa: BLE001 - reported in the table
            b.row(f"LSP didChange → publishDiagnostics, {label}", f"not measured: {str(exc)[:200]}",
                  "p95 ≤ 150 ms", None)
            continue
        p50, p95 = percentile(lsp["latencies"], 0.5), percentile(lsp["latencies"], 0.95)
        b.row(f"LSP didChange → publishDiagnostics, {b.words[LSP_SIZE]} words, {label}, "
              f"{len(lsp['latencies'])} edits, p50 / p95"
              + (f" (includes the server's {debounce * 1000:.0f} ms debounce)" if debounce else ""),
              f"{ms(p50)} / **{ms(p95)}**", "p95 ≤ 150 ms", p95 <= 0.150)
        if debounce:
            b.row(f"… the same minus the {debounce * 1000:.0f} ms debounce (time spent linting "
                  f"and publishing), p50 / p95",
                  f"{ms(p50 - debounce)} / {ms(p95 - debounce)}", "p95 ≤ 150 ms", p95 - debounce <= 0.150)
        b.row(f"LSP didOpen → first diagnostics, {label} (includes loading the model)", ms(lsp["first"]))
    if b.measured:
        key = f"letter-{LSP_SIZE}"
        lint_times, parse_times = b.measured["single"][key], b.measured["parse"][key]
        b.row(f"Linter.lint alone (warm, in-process, --grammar none), {b.words[LSP_SIZE]} words, p50 / p95; "
              f"of which spaCy's parse alone p50 {ms(percentile(parse_times, 0.5))}",
              f"{ms(percentile(lint_times, 0.5))} / {ms(percentile(lint_times, 0.95))}")


def memory(b: Bench) -> None:
    print("memory", flush=True)
    b.row(f"peak RSS, single letter (largest of the {', '.join(map(str, SIZES))}-word runs)",
          f"{b.single_rss:.0f} MB", "≤ 400 MB", b.single_rss <= 400)
    b.row(f"peak RSS, {BATCH}-letter batch", f"{b.batch_rss:.0f} MB (raw nlp.pipe process: "
          f"{b.floor_rss:.0f} MB)", "≤ 400 MB", b.batch_rss <= 400)


def peers(b: Bench) -> None:
    print("peers", flush=True)
    proselint = b.args.proselint or shutil.which("proselint")
    if proselint:
        for size in SIZES:
            wall, rss, _ = repeat([proselint, "check", str(b.local[size])], b.runs)
            warm = statistics.median(b.measured["single"][f"letter-{size}"]) if b.measured else None
            b.row(f"proselint 0.16 (whole process), {b.words[size]} words; poa-lint --grammar none: "
                  f"process {ms(b.cold[size])}" + (f", warm in-process lint {ms(warm)}" if warm is not None else ""),
                  f"{ms(wall.median)}, {rss.median:.0f} MB")
    else:
        b.row("proselint", "not measured: give --proselint PATH (install it in its own venv)")
    harper = python(HARPER, str(b.runs), *(str(b.local[s]) for s in SIZES))
    if harper.code == 0:
        data = json.loads(harper.out.strip().splitlines()[-1])
        b.row("Harper: one-time set-up per process (" + data["how"] + ")", ms(data["init"]))
        for size in SIZES:
            timed = data["sizes"][str(b.local[size])]
            b.row(f"Harper adds per letter, {b.words[size]} words (warm; first call {ms(timed['first'])})",
                  ms(statistics.median(timed["warm"])))
    else:
        b.row("Harper", f"not measured: {harper.err.strip().splitlines()[-1] if harper.err.strip() else ''}")
    if not b.args.languagetool:
        b.row("LanguageTool", "not measured: no LanguageTool server or jar on this machine "
              "(set POA_BENCH_LANGUAGETOOL=http://host:port)")
        return
    lt = python(LANGUAGETOOL, b.args.languagetool, str(b.runs), *(str(b.local[s]) for s in SIZES))
    if lt.code != 0:
        b.row("LanguageTool", f"not measured: {lt.err.strip()[-200:]}")
        return
    data = json.loads(lt.out.strip().splitlines()[-1])
    for size in SIZES:
        b.row(f"LanguageTool adds per letter, {b.words[size]} words ({b.args.languagetool})",
              ms(statistics.median(data["sizes"][str(b.local[size])]["warm"])))


def table(b: Bench, load_start: float) -> str:
    """The Markdown table with its header line (machine, versions, load) and the run's notes."""
    rows = ["| Measurement | Value | Target | |", "|---|---|---|---|"]
    rows += [f"| {a} | {v} | {t} | {d} |" for a, v, t, d in b.rows]
    info = b.info
    header = (f"Machine: {machine()}.  \npoa-lint {info['poa_lint']}, spaCy {info['spacy']}, model "
              f"`{info['model']}` (pipes: {', '.join(info['pipes'])}), {info['rules']} rules; "
              f"medians of {b.runs} runs ({b.batch_runs} for the 200-letter batches); "
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average at start / end "
              f"{load_start:.1f} / {os.getloadavg()[0]:.1f} (other work shares this machine).")
    notes = ["", "Notes from this run:", *[f"* {n}" for n in b.notes]] if b.notes else []
    return "\n".join([header, "", *rows, *notes])


def write_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8") if README.exists() else f"{BEGIN}\n{END}\n"
    before, _, rest = readme.partition(BEGIN)
    _, _, after = rest.partition(END)
    README.write_text(f"{before}{BEGIN}\n{text}\n{END}{after}", encoding="utf-8")
    print(f"\nwrote {README.relative_to(ROOT)}")


def main() -> int:
    args = parse_args()
    load_start = os.getloadavg()[0]
    info_run = python(INFO)
    if info_run.code:
        print(info_run.err, file=sys.stderr)
        return 2
    info = json.loads(info_run.out.strip().splitlines()[-1])
    runs, batch_runs = max(1, args.runs), max(1, args.batch_runs)
    print(f"machine: {machine()}\npoa-lint {info['poa_lint']}, spaCy {info['spacy']}, model "
          f"{info['model']} (pipes: {', '.join(info['pipes'])}), {info['rules']} rules; {runs} runs "
          f"per measurement (medians)", flush=True)
    letters = {size: LETTERS / f"letter-{size}.txt" for size in (*SIZES, LSP_SIZE)}
    words = {size: len(path.read_text(encoding="utf-8").split()) for size, path in letters.items()}
    with tempfile.TemporaryDirectory(prefix="poa-bench-") as tmp:
        work = Path(tmp)
        for path in letters.values():   # a folder without a config file: poa-lint's defaults apply
            shutil.copy(path, work / path.name)
        bench = Bench(args, info, work, runs, batch_runs,
                      {size: work / path.name for size, path in letters.items()}, words)
        for measure in (cold_start, batch, instant_commands, editor_latency, memory, peers):
            measure(bench)
    text = table(bench, load_start)
    print("\n" + text)
    if args.write_readme:
        write_readme(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
