"""`python -m summarizer`."""

from summarizer.cli import run

run()
