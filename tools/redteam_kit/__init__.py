"""The red-team harness: correct answers, single-error mutants of them, and what the verifier catches.

Used by `tools/redteam.py` (the command) and `tests/verify/test_redteam.py` (the floors).
"""
