#!/usr/bin/env python3
"""Fails when a string of ast or astro-tray is not translated in every catalog.

Runs lupdate over the sources into a temporary copy of translations/astro_<lang>.ts (the
catalogs in the source tree are never written), then checks that every message has a finished
translation with the same placeholders (%1, %n, ...) and line breaks as its source. lupdate's
own diagnostics fail the test too: a tr() lupdate cannot place would be filed under a context
the running program never asks for, and would silently stay English.

usage: check-ts.py --lupdate LUPDATE --sources LIST [--option OPT]... TS...
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(re.findall(r'%(?:\d+|n)', text or ''))


def check_catalog(path):
    """Returns (total, problems) for one .ts file."""
    total = 0
    problems = []
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            source = message.findtext('source') or ''
            where = f'{name}: {source!r}'
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'missing', 'vanished', 'obsolete'):
                problems.append(f'{kind}: {where}')
                continue
            forms = translation.findall('numerusform')
            texts = [form.text for form in forms] if forms else [translation.text]
            for text in texts:
                if not text:
                    problems.append(f'empty: {where}')
                elif placeholders(text) != placeholders(source):
                    problems.append(f'placeholders differ: {where} -> {text!r}')
                elif text.count('\n') != source.count('\n'):
                    problems.append(f'line breaks differ: {where} -> {text!r}')
    return total, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--sources', required=True, help='file listing the sources, one a line')
    parser.add_argument('--option', action='append', default=[], help='an lupdate option')
    parser.add_argument('catalogs', nargs='+')
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix='astro-i18n-') as scratch:
        copies = []
        for catalog in args.catalogs:
            copy = os.path.join(scratch, os.path.basename(catalog))
            shutil.copyfile(catalog, copy)
            copies.append(copy)
        run = subprocess.run([args.lupdate, *args.option, '@' + args.sources, '-ts', *copies],
                             capture_output=True, text=True)
        print(run.stdout, end='')
        diagnostics = [line for line in (run.stdout + run.stderr).splitlines()
                       if re.match(r'^\S+:\d+: ', line)]
        if run.returncode != 0:
            print(run.stderr, end='')
            print(f'FAIL: lupdate exited with {run.returncode}')
            return 1

        failed = False
        for line in diagnostics:
            print(f'FAIL: lupdate: {line}')
            failed = True
        for catalog, copy in zip(args.catalogs, copies):
            total, problems = check_catalog(copy)
            name = os.path.basename(catalog)
            print(f'{name}: {total} messages, {len(problems)} not translated or broken')
            for problem in problems:
                print(f'FAIL: {name}: {problem}')
            failed = failed or bool(problems) or total == 0
        if failed:
            print('Run `cmake --build <build dir> --target update_translations`, translate the '
                  'new entries (Qt Linguist or the .ts XML) and mark them finished.')
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
