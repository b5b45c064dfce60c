import subprocess
import sys


def test_outreach_command_lists_its_subcommands():
    out = subprocess.run([sys.executable, "-m", "outreach", "--help"], capture_output=True, text=True, check=True)
    for word in ("roster", "feeds", "fetch", "match", "db"):
        assert word in out.stdout
