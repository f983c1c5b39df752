"""Entry point for `python -m poa_lint`."""

from poa_lint.cli import main

if __name__ == "__main__":
    main()
