"""Measurement harnesses and training commands (not shipped in the poa_lint wheel)."""
