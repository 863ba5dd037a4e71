"""``python -m minutes``: the same command as ``minutes``."""
from minutes.cli import cli

cli(prog_name="minutes")
