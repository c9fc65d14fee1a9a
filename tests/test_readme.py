"""The README's opening commands are what CI runs (.ci/run reads them from the README)."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _opening_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```sh\n(.*?)^```$", text, re.S | re.M)
    assert block, "the README opens with no ```sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_an_install_and_scan_command_and_a_test_command():
    scan, tests = _opening_commands()
    assert scan.startswith("python3 -m venv .venv") and "claimcheck scan corpus/" in scan
    assert tests.startswith("python3 -m venv .venv") and "pytest" in tests
    # no pip upgrade: the commands must work with the pip that venv ships
    assert "--upgrade pip" not in scan + tests


def test_ci_runs_exactly_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    extracted = subprocess.run(
        ["bash", "-c", re.search(r"mapfile -t commands < <\((.*)\)$", ci, re.M).group(1)],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
    assert extracted == _opening_commands()
    assert "pip install" not in ci.replace("README", "")  # CI installs nothing the README does not
