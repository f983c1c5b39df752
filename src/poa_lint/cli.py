"""The command line: the only place that touches files, stdout/stderr and exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from poa_lint import __version__
from poa_lint.config import FAIL_ON, PATHS, Config, ConfigError, find_config, load_config
from poa_lint.finding import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class DefaultGroup(click.Group):
    """A group whose default command is `check`: `poa-lint draft.txt` = `poa-lint check draft.txt`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    items = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return items or None


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="poa-lint")
def main() -> None:
    """Check a Plan of Action (Amazon appeal letter) before you send it.

    \b
    poa-lint draft.txt                 check one draft (the default command)
    poa-lint drafts/ --format json     every .txt/.md below a folder, as JSON
    poa-lint rules                     list the rules
    poa-lint explain blame.buyer       why a rule exists, with examples
    """


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", default="text", show_default=True,
              type=click.Choice(["text", "json"]), help="Output format.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Config file (default: poa-lint.toml, .poa-lint.toml or pyproject.toml found upward).")
@click.option("--select", multiple=True, help="Only these rules or packs (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules or packs (comma-separated).")
@click.option("--model", help="spaCy model to load (default: en_core_web_sm, then its PyPI re-upload).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--path", "appeal_path", type=click.Choice(PATHS),
              help="acknowledge: a plan of action (default); error: deactivated in error, evidence-based appeal.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: only on a terminal).")
def check(paths: tuple[str, ...], fmt: str, config_path: Path | None, select: tuple[str, ...],
          ignore: tuple[str, ...], model: str | None, fail_on: str | None, appeal_path: str | None,
          color: bool | None) -> None:
    """Check drafts (files, folders of .txt/.md, or - for stdin)."""
    from poa_lint.runner import run_check

    if not paths:
        raise click.UsageError("no input: give draft files, folders, or - to read stdin")
    overrides = {"select": _split(select), "ignore": _split(ignore), "model": model,
                 "fail_on": fail_on, "path": appeal_path}
    report, fail_levels, internal = run_check(list(paths), config_path, overrides)
    from poa_lint.formatters import FORMATTERS

    use_color = sys.stdout.isatty() if color is None else color
    for notice in report.notices:
        click.echo(click.style(f"poa-lint: {notice}", fg="yellow") if use_color and fmt == "text"
                   else f"poa-lint: {notice}", err=True)
    for file in report.files:
        if file.error:
            click.echo(f"poa-lint: {file.path}: {file.error}", err=True)
    click.echo(FORMATTERS[fmt](report, color=use_color and fmt == "text"), nl=False)
    sys.exit(_exit_code(report, fail_levels, internal))


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


def _catalogue_or_exit(config_path: Path | None):
    from poa_lint.catalogue import PackError, load_catalogue

    try:
        config = load_config(config_path or find_config(Path.cwd()))
        return load_catalogue(config.rule_packs)
    except (ConfigError, PackError) as exc:
        click.echo(f"poa-lint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.option("--format", "fmt", default="text", type=click.Choice(["text", "json", "markdown"]))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
def rules(fmt: str, config_path: Path | None) -> None:
    """List every rule: id, category, severity and message."""
    from poa_lint.ruledocs import render_rules

    click.echo(render_rules(_catalogue_or_exit(config_path), fmt), nl=False)


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
def explain(rule_id: str, config_path: Path | None) -> None:
    """Explain a rule: why it exists, its options, and a bad and a good example."""
    from poa_lint.ruledocs import explain_rule

    catalogue = _catalogue_or_exit(config_path)
    rule = catalogue.get(rule_id)
    if rule is None:
        close = [r for r in catalogue.ids if rule_id in r]
        hint = f" (did you mean: {', '.join(close[:5])}?)" if close else ""
        click.echo(f"poa-lint: unknown rule '{rule_id}'{hint}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(explain_rule(rule), nl=False)


@main.command("validate-rules")
@click.argument("directories", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate_rules(directories: tuple[Path, ...]) -> None:
    """Check rule pack folders (for agencies writing their own packs)."""
    from poa_lint.catalogue import PackError, load_catalogue

    try:
        catalogue = load_catalogue(directories)
        ours = [r for r in catalogue.rules if any(Path(d) in (r.source.parents if r.source else ()) for d in
                                                  map(Path, directories))]
        if any(r.kind == "pattern" for r in ours):
            from poa_lint.kinds import KINDS
            from poa_lint.nlp import Pipeline

            import spacy

            blank = Pipeline(spacy.blank("en"), "blank:en", frozenset({"sentences"}))
            for rule in ours:
                if rule.kind == "pattern":
                    KINDS["pattern"](rule, blank)
    except PackError as exc:
        click.echo(f"poa-lint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"{len(ours)} rules OK in {len(directories)} folder{'s' if len(directories) != 1 else ''}.")


if __name__ == "__main__":
    main()
