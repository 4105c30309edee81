#!/usr/bin/env python3
"""Medians, ratios and the performance targets from the hyperfine JSON that bench/run.sh wrote.

usage: report.py RESULTS_DIR [--markdown]
Reads keyring.json, file.json, peer.json and whoami.json (whichever exist), plus load.txt.
Exit code 0 whether or not the targets hold: this reports, it does not gate.
"""
import json
import statistics
import sys
from pathlib import Path

GROUPS = ["keyring", "file", "peer", "whoami"]


def load(directory):
    groups = {}
    for name in GROUPS:
        path = directory / f"{name}.json"
        if path.exists():
            results = json.loads(path.read_text())["results"]
            groups[name] = {r["command"]: r for r in results}
    return groups


def ms(seconds):
    return seconds * 1000.0


def row(result):
    times = result["times"]
    return (ms(statistics.median(times)), ms(result["mean"]), ms(result["stddev"] or 0.0),
            ms(min(times)), len(times))


def median(groups, group, command):
    result = groups.get(group, {}).get(command)
    return ms(statistics.median(result["times"])) if result else None


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    directory = Path(sys.argv[1])
    markdown = "--markdown" in sys.argv[2:]
    groups = load(directory)
    if not groups:
        sys.exit(f"report.py: no hyperfine JSON in {directory}")

    if markdown:
        print("| group | command | median ms | mean ± σ ms | min ms | runs |")
        print("|---|---|---:|---:|---:|---:|")
    for group, results in groups.items():
        if not markdown:
            print(f"\n[{group}]  {'median':>8} {'mean':>8} {'σ':>6} {'min':>8}  runs")
        for command, result in results.items():
            med, mean, sd, low, n = row(result)
            if markdown:
                print(f"| {group} | {command} | {med:.2f} | {mean:.2f} ± {sd:.2f} | {low:.2f} | {n} |")
            else:
                print(f"  {command:<36} {med:8.2f} {mean:8.2f} {sd:6.2f} {low:8.2f}  {n}")

    checks = []
    token_kr = median(groups, "keyring", "ast token (keyring)")
    secret_tool = median(groups, "keyring", "secret-tool lookup")
    bare_kc = median(groups, "keyring", "keychain_read (bare QtKeychain)")
    if token_kr and secret_tool:
        ratio = token_kr / secret_tool
        checks.append((ratio <= 1.3, f"keyring: ast token / secret-tool lookup = {ratio:.2f}x "
                                     f"({token_kr:.2f} / {secret_tool:.2f} ms; target <= 1.3x)"))
    if token_kr and bare_kc:
        checks.append((None, f"keyring: ast token / bare QtKeychain read = {token_kr / bare_kc:.2f}x "
                             f"({token_kr:.2f} / {bare_kc:.2f} ms)"))
    token_file = median(groups, "file", "ast token (file)")
    print_line = median(groups, "file", "print_line (bare QCoreApplication)")
    cat = median(groups, "file", "cat credentials.json")
    if token_file and print_line:
        gap = token_file - print_line
        checks.append((gap <= 3.0, f"file: ast token - bare QCoreApplication = {gap:+.2f} ms "
                                   f"({token_file:.2f} - {print_line:.2f}; target <= 3 ms)"))
    if token_file and cat:
        checks.append((None, f"file: ast token / cat = {token_file / cat:.2f}x "
                             f"({token_file:.2f} / {cat:.2f} ms)"))
    gh = median(groups, "peer", "gh auth token")
    for label in ("ast token (file)", "ast token (keyring)"):
        ours = median(groups, "peer", label)
        if ours and gh:
            checks.append((ours < gh, f"peer: {label} / gh auth token = {ours / gh:.2f}x "
                                      f"({ours:.2f} / {gh:.2f} ms; target < 1x)"))
    curl = median(groups, "whoami", "curl /v1/me")
    for label in ("ast whoami (file)", "ast whoami (keyring)"):
        ours = median(groups, "whoami", label)
        if ours and curl:
            checks.append((None, f"whoami: {label} / curl = {ours / curl:.2f}x "
                                 f"({ours:.2f} / {curl:.2f} ms)"))

    print()
    for ok, text in checks:
        mark = "info" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{'- ' if markdown else ''}{mark}: {text}")
    load_file = directory / "load.txt"
    if load_file.exists():
        print()
        for line in load_file.read_text().splitlines():
            print(f"{'- ' if markdown else ''}{line}")


if __name__ == "__main__":
    main()
