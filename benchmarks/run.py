"""poa-lint benchmark: one command, one table of ratios against the spaCy floor and peers.

    python benchmarks/run.py                 # 5 runs per measurement (medians), prints the table
    python benchmarks/run.py --runs 3        # quicker
    python benchmarks/run.py --write-readme  # also replace the table in benchmarks/README.md

Everything is measured in this one run, on this machine, with the Python running this script
(poa-lint must be importable from it and its `poa-lint` script must sit next to it). Every
measurement is a separate process so nothing is shared between them; wall time is measured
around the whole process and peak RSS comes from os.wait4 (the process itself, not its children).

Rows (targets from issues 6 and 13):
  cold start        `poa-lint letter.txt` / a process that imports spaCy, loads the same model
                    (same components) and parses the same text            target <= 1.15
  batch             letters/s of `poa-lint --jobs 1 dir/` over 200 letters / letters/s of a process
                    that loads the model and runs nlp.pipe over the same texts with the batch size
                    that is fastest for it (measured first; spaCy's default of 1,000 reported too
                    when it differs)                                         target >= 0.9
                    (plus the same ratio in-process, start-up excluded, and --jobs 2 / auto)
  scaling           1k, 5k, 20k, 100k words: time and peak RSS / the floor's  target 100k <= 1.3,
                    RSS within 10% at every size
  instant commands  --help, rules, explain: wall time, and whether spaCy was imported  <= 0.2 s
  editor latency    `poa-lint lsp`: didChange -> publishDiagnostics, 1,500-word letter,
                    p50/p95                                                  target p95 <= 150 ms
  memory            peak RSS of single-letter runs and of the 200-letter batch / the floor's,
                    target within 10%, and <= 400 MB
  peers             proselint (separate venv: --proselint or $POA_BENCH_PROSELINT), Harper
                    (harper-py) time added per letter, LanguageTool ($POA_BENCH_LANGUAGETOOL=url)

With `--baseline PYTHON` (the Python of another poa-lint install, e.g. the main branch in its own
venv) every poa-lint command is also run with that install, interleaved with the others, and each
row shows the baseline's value beside this one's: a before/after in one run, against one floor.
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
SCALING = (1000, 5000, 20000, 100000)
BATCH_SIZES = (1, 4, 8, 16, 32, 64, 256, 1000)   # nlp.pipe batch sizes tried for the fair floor
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
    cpu: float = 0.0       # user + system seconds (the process and the children it waited for)


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
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   usage.ru_utime + usage.ru_stime)


@dataclass
class Stat:
    values: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)   # CPU seconds of the same runs (wall-time Stats)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def cpu_median(self) -> float:
        """Less sensitive than wall time to other work on a shared machine."""
        return statistics.median(self.cpu) if self.cpu else float("nan")


def repeat(cmd: list[str], runs: int, **kw) -> tuple[Stat, Stat, Run]:
    """Median wall time and peak RSS over `runs` runs (after one untimed warm-up for the disk cache)."""
    last = run(cmd, **kw)
    walls, rss = Stat(), Stat()
    for _ in range(runs):
        last = run(cmd, **kw)
        walls.values.append(last.wall)
        walls.cpu.append(last.cpu)
        rss.values.append(last.rss_mb)
    return walls, rss, last


def interleaved(commands: dict[str, list[str]], runs: int, warm_up: bool = True,
                **kw) -> dict[str, tuple[Stat, Stat, Run]]:
    """Like repeat() for several commands, alternating them run by run, so that a change in the
    machine's load during the benchmark hits every command alike (the ratios stay fair)."""
    out: dict[str, tuple[Stat, Stat, Run]] = {}
    for name, cmd in commands.items():  # one untimed warm-up each
        out[name] = (Stat(), Stat(), run(cmd, **kw) if warm_up else Run(0, 0, 0, "", ""))
    for i in range(runs):
        names = list(commands) if i % 2 == 0 else list(reversed(commands))
        for name in names:
            last = run(commands[name], **kw)
            walls, rss, _ = out[name]
            walls.values.append(last.wall)
            walls.cpu.append(last.cpu)
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

# The floor: spaCy alone with the components poa-lint loads (argv: model, NER 0/1, nlp.pipe batch
# size or "default", paths).
FLOOR = r"""
import sys
import spacy
nlp = spacy.load(sys.argv[1], exclude=[] if sys.argv[2] == "1" else ["ner"])
paths = sys.argv[4:]
if len(paths) == 1:
    text = open(paths[0], encoding="utf-8").read()
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    nlp(text)
else:
    texts = [open(p, encoding="utf-8").read() for p in paths]
    kw = {} if sys.argv[3] == "default" else {"batch_size": int(sys.argv[3])}
    for doc in nlp.pipe(texts, **kw):
        pass
"""

# nlp.pipe's speed by batch size (argv: model, NER 0/1, rounds, sizes "1,8,...", paths), interleaved.
CALIBRATE = r"""
import json, sys, time
import spacy
nlp = spacy.load(sys.argv[1], exclude=[] if sys.argv[2] == "1" else ["ner"])
rounds, sizes = int(sys.argv[3]), [int(s) for s in sys.argv[4].split(",")]
texts = [open(p, encoding="utf-8").read() for p in sys.argv[5:]]
for doc in nlp.pipe(texts[:8]):
    pass
times = {s: [] for s in sizes}
for r in range(rounds):
    for size in (sizes if r % 2 == 0 else sizes[::-1]):
        t = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=size):
            pass
        times[size].append(time.perf_counter() - t)
print(json.dumps(times))
"""

# In-process batch: raw nlp.pipe vs Linter.lint_many on the same texts, start-up excluded.
INPROC = r"""
import json, sys, time
from pathlib import Path
from poa_lint.config import Config
from poa_lint.factory import build_linter
folder, runs, fair = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
linter = build_linter(Config(grammar=("none",)))
pipeline = linter.pipeline
list(linter.lint_many([("w", t) for t in texts[:4]]))
raw, ours = [], []
for _ in range(runs):
    t = time.perf_counter(); list(pipeline.nlp.pipe(texts, batch_size=fair)); raw.append(time.perf_counter() - t)
    t = time.perf_counter(); list(linter.lint_many([(str(i), x) for i, x in enumerate(texts)]))
    ours.append(time.perf_counter() - t)
single, parse = {}, {}
for size in sys.argv[4:]:
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

# Byte-compile the installed package, as pip does when it installs a wheel (an editable install
# under PYTHONDONTWRITEBYTECODE would otherwise compile every module in every process).
BYTECODE = r"""
import compileall, os, poa_lint
compileall.compile_dir(os.path.dirname(poa_lint.__file__), quiet=1)
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


def lsp_latency(letter: Path, edits: int, work: Path, config: str | None = None, poa: str = POA) -> dict:
    """didOpen, then `edits` full-text didChange notifications, each waiting for its diagnostics.
    `config`: the text of a poa-lint.toml next to the letter (None: defaults)."""
    doc = work / ("lsp-configured" if config else "lsp") / letter.name
    doc.parent.mkdir(exist_ok=True)
    if config:
        (doc.parent / "poa-lint.toml").write_text(config, encoding="utf-8")
    text = letter.read_text(encoding="utf-8")
    doc.write_text(text, encoding="utf-8")
    uri = doc.as_uri()
    client = LspClient([poa, "lsp"], cwd=doc.parent)
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
    single_rss: dict[int, tuple[float, float]] = field(default_factory=dict)  # size: (poa-lint, floor) MB
    cold: dict[int, float] = field(default_factory=dict)  # poa-lint wall time by size
    measured: dict | None = None           # the in-process run (INPROC), when it worked
    batch_rss: tuple[float, float, float] = (0.0, 0.0, 0.0)  # poa-lint, fair floor, default floor MB
    fair_batch: int = 8                    # the nlp.pipe batch size fastest for the floor (measured)

    @property
    def ner(self) -> str:
        return "1" if self.info["need_ner"] else "0"

    @property
    def base(self) -> str | None:
        """The baseline install's poa-lint script (--baseline), or None."""
        if not self.args.baseline:
            return None
        script = Path(self.args.baseline).parent / "poa-lint"
        return str(script) if script.exists() else None

    def floor(self, paths: list[str], batch_size: str = "default") -> list[str]:
        return [PY, "-c", FLOOR, self.info["model"], self.ner, batch_size, *paths]

    def was(self, value: str) -> str:
        """' (before: value)' when a baseline ran, else ''."""
        return f" (before: {value})" if self.base else ""

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
    parser.add_argument("--baseline", metavar="PYTHON",
                        help="the Python of another poa-lint install to compare with (before/after)")
    parser.add_argument("--only", default=",".join(MEASURES),
                        help=f"comma-separated measurements to run (default: all of {','.join(MEASURES)})")
    return parser.parse_args()


def _before(got: dict, floor: str, slower_is_higher: bool) -> str:
    """The base build's ratio against the same floor (wall and CPU), as the row's "was" text: base
    time / floor time for a cost (cold start), floor / base for a throughput (batch); "" without a base."""
    if "base" not in got:
        return ""
    base, ref = got["base"][0], got[floor][0]
    if slower_is_higher:
        return f"{base.median / ref.median:.2f}×, CPU {base.cpu_median / ref.cpu_median:.2f}×"
    return f"{ref.median / base.median:.2f}×, CPU {ref.cpu_median / base.cpu_median:.2f}×"


def cold_start(b: Bench) -> None:
    print("cold start", flush=True)
    for size in SIZES:
        commands = {"poa": [POA, "--no-color", str(b.local[size])], "floor": b.floor([str(b.local[size])])}
        if b.base:
            commands["base"] = [b.base, "--no-color", str(b.local[size])]
        got = interleaved(commands, b.runs)
        floor = got["floor"][0].median
        walls, rss, last = got["poa"]
        b.cold[size] = walls.median
        b.single_rss[size] = (rss.median, got["floor"][1].median)
        b.exited(f"`poa-lint letter-{size}.txt`", last)
        ratio, cpu = walls.median / floor, walls.cpu_median / got["floor"][0].cpu_median
        before = _before(got, "floor", slower_is_higher=True)
        b.row(f"cold start, {b.words[size]} words: poa-lint {ms(walls.median)} / floor {ms(floor)} "
              f"(CPU {ms(walls.cpu_median)} / {ms(got['floor'][0].cpu_median)})",
              f"**{ratio:.2f}×**, CPU {cpu:.2f}×" + b.was(before), "≤ 1.15", ratio <= 1.15)


def fair_batch_size(b: Bench, files: list[str]) -> int:
    """The nlp.pipe batch size fastest for the floor on these letters (measured in one process,
    sizes interleaved; two rounds over the distinct corpus letters)."""
    distinct = files[:len(list(CORPUS.glob("*.txt")))]
    got = python(CALIBRATE, b.info["model"], b.ner, "2", ",".join(map(str, BATCH_SIZES)), *distinct)
    if got.code != 0:
        b.notes.append(f"batch-size calibration failed ({got.err.strip()[-200:]}); floor uses 8")
        return 8
    times = {int(k): statistics.median(v) for k, v in json.loads(got.out.strip().splitlines()[-1]).items()}
    best = min(times, key=times.get)
    b.notes.append("nlp.pipe batch size for the floor, seconds for the distinct corpus letters by "
                   "size: " + ", ".join(f"{k}: {v:.2f}" for k, v in sorted(times.items()))
                   + f"; fastest {best}")
    return best


def batch(b: Bench) -> None:
    print("batch", flush=True)
    folder = make_batch(b.work)
    files = [str(p) for p in sorted(folder.glob("*.txt"))]
    b.fair_batch = fair_batch_size(b, files)
    json_run = [POA, "--no-color", "--format", "json"]
    commands = {
        "jobs1": [*json_run, "--jobs", "1", str(folder)],
        "fair": b.floor(files, str(b.fair_batch)),
    }
    if b.fair_batch != 1000:
        commands["default-floor"] = b.floor(files)
    if b.base:
        commands["base"] = [b.base, "--no-color", "--format", "json", "--jobs", "1", str(folder)]
    commands["auto"] = [*json_run, str(folder)]
    if (os.cpu_count() or 1) > 1:
        commands["jobs2"] = [*json_run, "--jobs", "2", str(folder)]
    got = interleaved(commands, b.batch_runs, warm_up=False)
    fair = got["fair"][0].median
    default_floor = got["default-floor"] if "default-floor" in got else got["fair"]
    b.batch_rss = (got["jobs1"][1].median, got["fair"][1].median, default_floor[1].median)
    walls, _, last = got["jobs1"]
    b.exited("batch run (--jobs 1)", last)
    ratio = fair / walls.median
    cpu = got["fair"][0].cpu_median / walls.cpu_median
    before = _before(got, "fair", slower_is_higher=False)
    b.row(f"batch, {BATCH} letters, whole process, --jobs 1: poa-lint {BATCH / walls.median:.1f} letters/s / "
          f"fair floor (nlp.pipe, batch_size={b.fair_batch}) {BATCH / fair:.1f} letters/s",
          f"**{ratio:.2f}×**, CPU {cpu:.2f}×" + b.was(before), "≥ 0.9", ratio >= 0.9)
    if "default-floor" in got:
        spacy_default = default_floor[0].median
        b.row(f"… against spaCy's default floor (nlp.pipe, batch_size=1000): {BATCH / spacy_default:.1f} "
              f"letters/s, peak RSS {default_floor[1].median:.0f} MB",
              f"{spacy_default / walls.median:.2f}×", "", None)
    for name, label in (("auto", "default (--jobs auto)"), ("jobs2", "--jobs 2")):
        if name in got:
            w = got[name][0].median
            b.row(f"batch, {label}: {BATCH / w:.1f} letters/s, {walls.median / w:.2f}× --jobs 1; main "
                  f"process peak RSS {got[name][1].median:.0f} MB", f"{fair / w:.2f}× fair floor")
    in_process(b, folder)


def in_process(b: Bench, folder: Path) -> None:
    """The batch and single letters inside one process, start-up excluded (INPROC)."""
    inproc = python(INPROC, str(folder), str(b.batch_runs), str(b.fair_batch),
                    *(str(b.local[s]) for s in (*SIZES, LSP_SIZE)))
    if inproc.code != 0:
        b.notes.append(f"in-process batch failed: {inproc.err.strip()[-300:]}")
        return
    b.measured = json.loads(inproc.out.strip().splitlines()[-1])
    raw, lin = statistics.median(b.measured["raw"]), statistics.median(b.measured["ours"])
    b.row(f"batch, {BATCH} letters, in-process (start-up excluded), --grammar none: "
          f"Linter.lint_many {BATCH / lin:.1f} letters/s / nlp.pipe (batch_size={b.fair_batch}) "
          f"{BATCH / raw:.1f} letters/s", f"**{raw / lin:.2f}×**", "≥ 0.9", raw / lin >= 0.9)


def scaling(b: Bench) -> None:
    """Time and peak RSS against the floor from 1,000 to 100,000 words (built in memory)."""
    print("scaling", flush=True)
    sys.path.insert(0, str(HERE))
    from make_letters import long_letter

    for size in SCALING:
        path = b.work / f"long-{size}.txt"
        text = long_letter(size)
        path.write_text(text, encoding="utf-8")
        commands = {"poa": [POA, "--no-color", "--format", "json", str(path)], "floor": b.floor([str(path)])}
        if b.base:
            commands["base"] = [b.base, "--no-color", "--format", "json", str(path)]
        got = interleaved(commands, b.runs if size < 100000 else max(1, min(b.runs, 3)), warm_up=size < 20000)
        (walls, rss, last), (fwalls, frss, _) = got["poa"], got["floor"]
        b.exited(f"`poa-lint` on {size} words", last)
        ratio, mem = walls.median / fwalls.median, rss.median / frss.median
        cpu = walls.cpu_median / fwalls.cpu_median
        before = ""
        if b.base:
            bw, brss, _ = got["base"]
            before = (f"{bw.median / fwalls.median:.2f}× time, CPU {bw.cpu_median / fwalls.cpu_median:.2f}×, "
                      f"{brss.median / frss.median:.2f}× RSS")
        b.row(f"scaling, {len(text.split())} words: poa-lint {ms(walls.median)}, {rss.median:.0f} MB / floor "
              f"{ms(fwalls.median)}, {frss.median:.0f} MB",
              f"**{ratio:.2f}×** time, CPU {cpu:.2f}×, **{mem:.2f}×** RSS" + b.was(before),
              "≤ 1.3 time, ≤ 1.1 RSS" if size == 100000 else "≤ 1.1 RSS",
              (ratio <= 1.3 if size == 100000 else True) and mem <= 1.1)


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
        b.row("LSP didChange → publishDiagnostics", "**not measured: no LSP yet**", "p95 ≤ 150 ms", None)
        return
    debounce = b.info.get("debounce")
    servers = {"poa": POA, **({"base": b.base} if b.base else {})}
    got: dict[str, dict] = {}
    for name, script in servers.items():   # the same edits, one server after the other
        try:
            got[name] = lsp_latency(LETTERS / f"letter-{LSP_SIZE}.txt", b.args.lsp_edits, b.work, None, script)
        except Exception as exc:  # noqa: BLE001 - reported in the table
            b.notes.append(f"LSP ({name}) not measured: {str(exc)[:200]}")
    if "poa" not in got:
        b.row("LSP didChange → publishDiagnostics", "not measured (see the notes)", "p95 ≤ 150 ms", None)
        return

    def p(name: str, q: float) -> float:
        return percentile(got[name]["latencies"], q)

    before = f"{ms(p('base', 0.5))} / {ms(p('base', 0.95))}" if "base" in got else ""
    p50, p95 = p("poa", 0.5), p("poa", 0.95)
    b.row(f"LSP didChange → publishDiagnostics, {b.words[LSP_SIZE]} words, {len(got['poa']['latencies'])} "
          f"edits, p50 / p95" + (f" (includes the server's {debounce * 1000:.0f} ms debounce)" if debounce else ""),
          f"{ms(p50)} / **{ms(p95)}**" + b.was(before), "p95 ≤ 150 ms", p95 <= 0.150)
    if debounce:
        b.row(f"… the same minus the {debounce * 1000:.0f} ms debounce (time spent linting and publishing), "
              f"p50 / p95", f"{ms(p50 - debounce)} / {ms(p95 - debounce)}")
    b.row("LSP didOpen → first diagnostics (includes loading the model)", ms(got["poa"]["first"]))
    if b.measured:
        key = f"letter-{LSP_SIZE}"
        lint_times, parse_times = b.measured["single"][key], b.measured["parse"][key]
        b.row(f"Linter.lint alone (warm, in-process, --grammar none), {b.words[LSP_SIZE]} words, p50 / p95; "
              f"of which spaCy's parse alone p50 {ms(percentile(parse_times, 0.5))}",
              f"{ms(percentile(lint_times, 0.5))} / {ms(percentile(lint_times, 0.95))}")


def memory(b: Bench) -> None:
    print("memory", flush=True)
    if b.single_rss:
        worst = max(b.single_rss, key=lambda k: b.single_rss[k][0] / b.single_rss[k][1])
        ours, floor = b.single_rss[worst]
        b.row(f"peak RSS, single letter (worst ratio of the {', '.join(map(str, SIZES))}-word runs: "
              f"{worst} words)", f"{ours:.0f} MB / floor {floor:.0f} MB = **{ours / floor:.2f}×**",
              "≤ 1.1, ≤ 400 MB", ours / floor <= 1.1 and ours <= 400)
    ours, fair, default = b.batch_rss
    if ours:
        b.row(f"peak RSS, {BATCH}-letter batch, --jobs 1",
              f"{ours:.0f} MB / fair floor {fair:.0f} MB = **{ours / fair:.2f}×** (spaCy's default "
              f"batch of 1,000: {default:.0f} MB)", "≤ 1.1, ≤ 400 MB", ours / fair <= 1.1 and ours <= 400)


def peers(b: Bench) -> None:
    print("peers", flush=True)
    proselint = b.args.proselint or shutil.which("proselint")
    if proselint:
        for size in SIZES:
            wall, rss, _ = repeat([proselint, "check", str(b.local[size])], b.runs)
            warm = statistics.median(b.measured["single"][f"letter-{size}"]) if b.measured else None
            b.row(f"proselint 0.16 (whole process), {b.words[size]} words; poa-lint: "
                  + (f"process {ms(b.cold[size])}" if size in b.cold else "")
                  + (f", warm in-process lint {ms(warm)}" if warm is not None else ""),
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


MEASURES = {"cold": cold_start, "batch": batch, "scaling": scaling, "instant": instant_commands,
            "editor": editor_latency, "memory": memory, "peers": peers}


def main() -> int:
    args = parse_args()
    load_start = os.getloadavg()[0]
    info_run = python(INFO)
    if info_run.code:
        print(info_run.err, file=sys.stderr)
        return 2
    info = json.loads(info_run.out.strip().splitlines()[-1])
    for interpreter in (PY, *([args.baseline] if args.baseline else [])):
        run([interpreter, "-c", BYTECODE])
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
        for name in args.only.split(","):
            MEASURES[name.strip()](bench)
    text = table(bench, load_start)
    print("\n" + text)
    if args.write_readme:
        write_readme(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
