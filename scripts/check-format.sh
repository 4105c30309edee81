#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format (Debian's, with the repository's
# .clang-format) would write. `scripts/check-format.sh --fix` rewrites the files instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [[ ${1:-} == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>"${TMPDIR:-/tmp}/check-format.$$"; then
    grep -E '^[^ ].*: (error|warning):' "${TMPDIR:-/tmp}/check-format.$$" | cut -d: -f1 | sort -u |
        sed 's/^/check-format: not formatted: /'
    rm -f "${TMPDIR:-/tmp}/check-format.$$"
    echo "check-format: run scripts/check-format.sh --fix" >&2
    exit 1
fi
rm -f "${TMPDIR:-/tmp}/check-format.$$"
echo "check-format: ${#files[@]} files formatted"
