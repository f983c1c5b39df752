"""The lab: measurement harnesses over poa-lint (not part of the installed package).

Run from the repository root: `python -m lab.eval fixtures/corpus`, `python -m lab.probe`,
`python -m lab.notices fixtures/notices`. Each prints a Markdown table built with `lab.score`.
"""
