#!/usr/bin/env python3
"""Runs dateparser on extracted cases (JSON lines on stdin) as their tests do, and writes its answers.

Each output line: {"index": n, "found": [[substring or null, ISO 8601 datetime], ...] or null}. The
last line gives the time dateparser spent on all cases, loading its data (coldSeconds) and loaded
(seconds): {"seconds": s, "coldSeconds": c}.
Usage: run_dateparser.py < cases.jsonl
"""
import datetime as dt
import json
import sys
import time

import dateparser
from dateparser.search import search_dates


def settings_of(case):
    settings = {}
    for key, value in (case.get('dateparserSettings') or {}).items():
        settings[key] = dt.datetime.fromisoformat(value['$datetime']) if isinstance(value, dict) and '$datetime' in value else value
    if case.get('reference') and 'RELATIVE_BASE' not in settings:
        settings['RELATIVE_BASE'] = dt.datetime.fromisoformat(case['reference'])
    return settings


def iso(value):
    return value.replace(microsecond=0, tzinfo=None).isoformat()


def answer(case):
    settings = settings_of(case)
    languages = [case['language']] if case.get('language') else None
    try:
        if case['kind'] == 'search':
            found = search_dates(case['text'], languages=languages, settings=settings)
            return [[text, iso(value)] for text, value in found] if found else None
        value = dateparser.parse(case['text'], languages=languages, settings=settings)
        return [[None, iso(value)]] if value else None
    except Exception as error:  # a case dateparser raises on counts as not found
        return None


def main():
    cases = [json.loads(line) for line in sys.stdin if line.strip()]
    # A first pass loads every language's data; the best of three more is the steady state.
    start = time.perf_counter()
    answers = [answer(case) for case in cases]
    cold = time.perf_counter() - start
    seconds = float('inf')
    for _ in range(3):
        start = time.perf_counter()
        answers = [answer(case) for case in cases]
        seconds = min(seconds, time.perf_counter() - start)
    for index, found in enumerate(answers):
        print(json.dumps({'index': index, 'found': found}, ensure_ascii=False))
    print(json.dumps({'seconds': seconds, 'coldSeconds': cold}))


if __name__ == '__main__':
    main()
