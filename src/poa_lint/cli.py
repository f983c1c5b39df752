"""The command line: the only place that touches files, stdout/stderr and exit codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from poa_lint import __version__
from poa_lint.config import FAIL_ON, PATHS, Config, ConfigError, find_config, load_config
from poa_lint.finding import Severity
from poa_lint.i18n import LANGS

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
LANG_OPTION = click.option("--lang", type=click.Choice(LANGS),
                           help="Language of messages and reports: en, zh (简体中文) or both (Chinese "
                                "under English) [default: config `lang`, else en].")


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM: unwind (ending --jobs workers on the way) and exit 128 + 15."""
    sys.exit(128 + signum)


class DefaultGroup(click.Group):
    """A group whose default command is `check`: `poa-lint draft.txt` = `poa-lint check draft.txt`.

    Exit codes: 0 clean, 1 findings, 2 bad input or usage, 3 internal error (one line; the
    traceback with --debug), 130 interrupted (Ctrl-C)."""

    def main(self, args: list[str] | None = None, prog_name: str | None = None,  # type: ignore[override]
             complete_var: str | None = None, standalone_mode: bool = True, **extra: object) -> None:
        import signal

        args = list(sys.argv[1:] if args is None else args)
        debug = "--debug" in args
        args = [a for a in args if a != "--debug"]
        import threading

        if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _terminated)
        try:
            code = super().main(args, prog_name or "poa-lint", complete_var, standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.ClickException as exc:
            exc.show()
            code = exc.exit_code
        except (KeyboardInterrupt, click.exceptions.Abort):
            click.echo("poa-lint: interrupted", err=True)
            code = EXIT_INTERRUPTED
        except SystemExit:
            raise
        except BrokenPipeError:     # `poa-lint ... | head`: the reader left; nothing to report
            code = EXIT_OK
        except Exception as exc:  # noqa: BLE001  (a bug in poa-lint: one line, exit 3)
            if debug:
                import traceback

                traceback.print_exc()
            first = (str(exc).splitlines() or [""])[0][:300]
            click.echo(f"poa-lint: internal error: {type(exc).__name__}: {first} (this is a bug in "
                       f"poa-lint; run again with --debug for the traceback)", err=True)
            code = EXIT_INTERNAL
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


class JobsType(click.ParamType):
    """--jobs: a number of worker processes (1 or more), or "auto"."""

    name = "N|auto"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        if isinstance(value, int) or str(value).strip().lower() == "auto":
            return value if isinstance(value, int) else "auto"
        try:
            number = int(str(value))
        except ValueError:
            number = 0
        if number < 1:
            self.fail(f"{value!r} is neither a number of processes (1 or more) nor auto", param, ctx)
        return number


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    items = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return items or None


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="poa-lint")
def main() -> None:
    """Check a Plan of Action (Amazon appeal letter) before you send it.

    \b
    poa-lint draft.txt                        check one draft (the default command)
    poa-lint drafts/ --format json            every .txt/.md/.docx below a folder, as JSON
    poa-lint drafts/ --format concise         one line per finding
    poa-lint rules                            list the rules
    poa-lint explain blame.outside-party      why a rule exists, with examples

    \b
    Exit codes: 0 no findings at --fail-on, 1 findings, 2 bad input (each file is
    still checked), 3 internal error (--debug shows the traceback), 130 interrupted.
    """


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", default="text", show_default=True,
              type=click.Choice(["text", "concise", "json", "sarif", "github", "html"]),
              help="Output format (concise: one line per finding; html: one self-contained page, "
              "redirect it to a file).")
@click.option("--sort", default="severity", show_default=True, type=click.Choice(["severity", "part", "line"]),
              help="Order of the text report: errors first, by part of the letter, or as in the file.")
@click.option("--statistics", is_flag=True,
              help="Print how many findings each rule produced instead of the findings (text or json).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Config file (default: poa-lint.toml, .poa-lint.toml or pyproject.toml found upward).")
@click.option("--select", multiple=True, help="Only these rules or packs (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules or packs (comma-separated).")
@click.option("--model", help="spaCy model to load (default: en_core_web_sm, then its PyPI re-upload).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--path", "appeal_path", type=click.Choice(PATHS),
              help="acknowledge: a plan of action (default); error: deactivated in error, evidence-based appeal.")
@click.option("--color", "color", type=click.Choice(["always", "never", "auto"]), default="auto",
              show_default=True, help="Colour the text output; auto: only on a terminal and when "
              "NO_COLOR is not set.")
@click.option("--no-color", "no_color", is_flag=True, hidden=True, help="Same as --color never.")
@click.option("--notice", "notice_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Amazon's notice (pasted text): check the draft covers its ASINs, orders and asks.")
@click.option("--reason", help="Suspension reason: performance, inauthentic, ip, condition, "
              "related-accounts, review-manipulation, restricted-products, safety, drop-shipping "
              "(default: from the notice).")
@click.option("--grammar", "grammar", help="Grammar engines besides the built-in pack, comma-separated: "
              "harper, languagetool, none [default: languagetool when configured or installed "
              "locally, else none].")
@click.option("--languagetool", "languagetool", metavar="URL|FOLDER|local|public",
              help="LanguageTool: a server URL (http://localhost:8081), the folder of a local "
              "install, local (Java; an install found on this machine, else a one-time download) or "
              "public (sends the letter to languagetool.org). An install found on this machine "
              "is used without this option.")
@click.option("--exclude", "exclude", multiple=True, metavar="GLOB",
              help="Leave out matching files or folders (comma-separated; adds to `exclude` in the config).")
@click.option("--allow-remote", is_flag=True, help="Allow a config file's LanguageTool server on "
              "another machine (the letter is sent there; also POA_LINT_ALLOW_REMOTE=1).")
@click.option("--stats", "show_stats", is_flag=True, help="Also print reading statistics per file.")
@click.option("-j", "--jobs", type=JobsType(), default="auto", show_default=True,
              help="Worker processes for big batches (used from 8 letters per worker on); auto: "
              "one per core the machine's load leaves free.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds one letter may take; a letter over it gets an error (exit 2) and the "
              "others are still checked (0: no limit).")
@click.option("-q", "--quiet", is_flag=True,
              help="Errors only: hide warnings, info, notices and the summary table (implies --fail-on error).")
@LANG_OPTION
def check(paths: tuple[str, ...], fmt: str, config_path: Path | None, select: tuple[str, ...],
          ignore: tuple[str, ...], model: str | None, fail_on: str | None, appeal_path: str | None,
          color: str, notice_path: Path | None = None, reason: str | None = None,
          grammar: str | None = None, languagetool: str | None = None, allow_remote: bool = False,
          show_stats: bool = False, jobs: int | str = "auto", time_limit: float = 60.0,
          quiet: bool = False, exclude: tuple[str, ...] = (), sort: str = "severity",
          statistics: bool = False, no_color: bool = False, lang: str | None = None) -> None:
    """Check drafts (files, folders of .txt/.md/.docx, or - for stdin)."""
    from poa_lint.runner import run_check

    if statistics and fmt not in ("text", "json"):
        raise click.UsageError("--statistics works with --format text or json")
    if not paths:
        raise click.UsageError("no input: give draft files, folders, or - to read stdin")
    overrides = {"select": _split(select), "ignore": _split(ignore), "model": model,
                 "fail_on": fail_on, "path": appeal_path, "notice": notice_path, "reason": reason,
                 "grammar": _engines(grammar, languagetool), "languagetool": languagetool,
                 "remote_ok": True if allow_remote or languagetool else None, "lang": lang}
    if quiet and fail_on is None:
        overrides["fail_on"] = "error"
    from poa_lint.progressbar import ProgressBar

    bar = ProgressBar(sys.stderr, enabled=sys.stderr.isatty() and not quiet)
    try:
        report, fail_levels, internal = run_check(list(paths), config_path, overrides, jobs=jobs,
                                                  progress=bar, notify=_progress_line,
                                                  exclude=_split(exclude) or (),
                                                  seconds=time_limit or None)
    finally:
        bar.close()
    from poa_lint.formatters import FORMATTERS, errors_only

    exit_code = _exit_code(report, fail_levels, internal)
    notices = [n for n in report.notices if not quiet or "internal error" in n]
    if quiet:
        report = errors_only(report)

    human = fmt in ("text", "concise")
    out_color = human and use_color("never" if no_color else color, sys.stdout)
    err_color = human and use_color("never" if no_color else color, sys.stderr)
    for notice in notices:
        click.echo(click.style(f"poa-lint: {notice}", fg="yellow") if err_color else f"poa-lint: {notice}",
                   err=True, color=err_color)
    for file in report.files:
        if file.error:
            line = f"poa-lint: {file.path}: {file.error}"
            click.echo(click.style(line, fg="red", bold=True) if err_color else line, err=True, color=err_color)
    if statistics:
        from poa_lint.formatters import rule_counts

        render = rule_counts.render_json if fmt == "json" else rule_counts.render
        click.echo(render(report), nl=False)
        sys.exit(exit_code)
    if human:
        width = _width(sys.stdout)
        table = {"table": True} if fmt == "text" and len(report.files) > 1 and not quiet else {}
        output = FORMATTERS[fmt](report, color=out_color, sort=sort, width=width, **table)
    else:
        output = FORMATTERS[fmt](report)
    click.echo(output, nl=False, color=out_color)
    if show_stats and fmt == "text":
        from poa_lint.formatters import stats as stats_view

        click.echo(stats_view.render(report), nl=False)
    sys.exit(exit_code)


def _progress_line(message: str) -> None:
    """A grammar engine's progress (a LanguageTool download or start-up), shown as it happens."""
    click.echo(f"poa-lint: {message}", err=True)


def _width(stream: Any) -> int:
    """Columns to fit excerpts to: $COLUMNS, else the terminal's width, else 100 (pipes, CI logs)."""
    try:
        return max(40, int(os.environ["COLUMNS"]))
    except (KeyError, ValueError):
        pass
    try:
        if stream.isatty():
            return max(40, os.get_terminal_size(stream.fileno()).columns)
    except (AttributeError, OSError, ValueError):
        pass
    return 100


def use_color(choice: str, stream: Any) -> bool:
    """--color always|never|auto; auto colours a terminal unless NO_COLOR is set (no-color.org),
    or a pipe when FORCE_COLOR is set."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"


def _engines(grammar: str | None, languagetool: str | None) -> tuple[str, ...] | None:
    """--grammar as a tuple of engine names (validated); None keeps the config's choice."""
    from poa_lint.grammar import parse_names

    try:
        return parse_names(grammar)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--grammar") from None


def _exit_code(report, fail_levels: dict[str, str], internal: bool) -> int:
    if internal:
        return EXIT_INTERNAL
    if any(f.error for f in report.files):
        return EXIT_USAGE
    for file in report.files:
        level = fail_levels.get(file.path, "warning")
        if level != "never" and any(f.severity.rank >= Severity(level).rank for f in file.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _catalogue_or_exit(config_path: Path | None, lang: str | None = None):
    """The catalogue of the nearest config and the Texts to show it in."""
    from poa_lint.catalogue import PackError, load_catalogue
    from poa_lint.i18n import Texts

    try:
        config = load_config(config_path or find_config(Path.cwd()))
        return load_catalogue(config.rule_packs), Texts(lang or config.lang or "en", config.rule_packs)
    except (ConfigError, PackError) as exc:
        click.echo(f"poa-lint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.option("--format", "fmt", default="text", type=click.Choice(["text", "json", "markdown"]))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@LANG_OPTION
def rules(fmt: str, config_path: Path | None, lang: str | None = None) -> None:
    """List every rule: id, category, severity and message."""
    from poa_lint.ruledocs import render_rules

    catalogue, texts = _catalogue_or_exit(config_path, lang)
    click.echo(render_rules(catalogue, fmt, texts), nl=False)


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@LANG_OPTION
def explain(rule_id: str, config_path: Path | None, lang: str | None = None) -> None:
    """Explain a rule: why it exists, its sources, its options, and a bad and a good example."""
    from poa_lint.ruledocs import explain_rule

    catalogue, texts = _catalogue_or_exit(config_path, lang)
    rule = catalogue.get(rule_id)
    if rule is None:
        close = [r for r in catalogue.ids if rule_id in r]
        hint = f" (did you mean: {', '.join(close[:5])}?)" if close else ""
        click.echo(f"poa-lint: unknown rule '{rule_id}'{hint}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(explain_rule(rule, texts), nl=False)


@main.command("validate-rules")
@click.argument("directories", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate_rules(directories: tuple[Path, ...]) -> None:
    """Check rule pack folders (for agencies writing their own packs)."""
    from poa_lint.catalogue import PackError, load_catalogue, validate_packs
    from poa_lint.i18n import LocaleError, coverage_problems

    try:
        ours = validate_packs(directories)
        problems, notes = coverage_problems(load_catalogue(directories), directories)
    except (PackError, LocaleError) as exc:
        click.echo(f"poa-lint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for note in notes:
        click.echo(f"poa-lint: note: {note}", err=True)
    for problem in problems:
        click.echo(f"poa-lint: {problem}", err=True)
    if problems:
        sys.exit(EXIT_USAGE)
    click.echo(f"{len(ours)} rules OK in {len(directories)} folder{'s' if len(directories) != 1 else ''}.")


@main.command("notice")
@click.argument("notice_file", type=str)
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]))
def notice_cmd(notice_file: str, fmt: str) -> None:
    """Show what poa-lint understood from Amazon's notice (reason, ASINs, asks, deadline)."""
    from poa_lint.notice.parse import parse_notice
    from poa_lint.notice.show import render_json, render_text
    from poa_lint.reader import InputError, read_source

    try:
        source = read_source(notice_file, "notice")
    except InputError as exc:
        click.echo(f"poa-lint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    shown = "<stdin>" if notice_file == "-" else notice_file
    render = render_json if fmt == "json" else render_text
    click.echo(render(parse_notice(source.text), shown), nl=False)


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but the default exposes the page to other machines.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Config file (rules, severities, model) for the page's checks.")
@click.option("--model", help="spaCy model to load.")
def serve(port: int, host: str, open_browser: bool, config_path: Path | None, model: str | None) -> None:
    """Check letters in a page on this machine: paste a letter, see findings as you type."""
    from poa_lint.serve import run

    sys.exit(run(host, port, open_browser, config_path, model))


@main.command()
def lsp() -> None:
    """Run the language server on stdin/stdout (for editors: VS Code, Neovim, ...)."""
    from poa_lint.lsp import serve

    serve()


if __name__ == "__main__":
    main()
