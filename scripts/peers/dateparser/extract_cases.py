#!/usr/bin/env python3
"""Extracts the param(...) cases of dateparser's date-parser, search, freshness and language tests.

Reads a local checkout of dateparser's repository (at the tag of the version compared) with Python's
ast module: no test file is imported or copied. Writes one JSON object per case on stdout:
  kind       written | relative | search
  test       file::function
  line       the param's line
  comment    the nearest comment above it (dateparser groups cases by language there)
  language   the language code the case names, if any (a `shortname` or `languages` argument)
  text       the string to parse or search
  reference  the RELATIVE_BASE the test uses (ISO 8601)
  expected   [[substring or null, ISO 8601 datetime], ...] (search), or one ISO 8601 datetime
  settings   settings besides RELATIVE_BASE that the test applies (polynews has none of them)
  dateparserSettings  every setting the test applies, to run dateparser as its test does
  skipped    why a case could not be extracted (an expected value computed at run time)
Usage: extract_cases.py <dateparser checkout>
"""
import ast
import datetime as dt
import io
import json
import sys
import tokenize
from pathlib import Path

from dateutil.relativedelta import relativedelta

FILES = {
    'tests/test_date_parser.py': 'written',
    'tests/test_languages.py': 'written',
    'tests/test_freshness_date_parser.py': 'relative',
    'tests/test_search.py': 'search',
}
# The reference dateparser's freshness tests freeze "now" at (TestFreshnessDateDataParser.setUp).
FRESHNESS_NOW = dt.datetime(2014, 9, 1, 10, 30)
# Settings that change nothing polynews would have to know: the defaults of how a result is returned.
NEUTRAL_SETTINGS = {'RELATIVE_BASE', 'NORMALIZE', 'TIMEZONE', 'RETURN_AS_TIMEZONE_AWARE'}


class Unsupported(Exception):
    pass


def evaluate(node, env=None):
    """A literal, list, tuple, dict or datetime(...) call, or a name of `env` (the test's parameters), evaluated; anything else is Unsupported."""
    env = env or {}
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.Attribute) and ast.unparse(node) == 'self.now':
        return FRESHNESS_NOW
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        return [evaluate(item, env) for item in node.elts]
    if isinstance(node, ast.Dict):
        return {evaluate(key, env): evaluate(value, env) for key, value in zip(node.keys, node.values)}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -evaluate(node.operand, env)
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func)
        args = [evaluate(arg, env) for arg in node.args]
        kwargs = {keyword.arg: evaluate(keyword.value, env) for keyword in node.keywords}
        if name in ('datetime', 'datetime.datetime'):
            return dt.datetime(*args, **kwargs)
        if name in ('date', 'datetime.date'):
            return dt.date(*args, **kwargs)
        if name in ('time', 'datetime.time'):
            return dt.time(*args, **kwargs)
    raise Unsupported(ast.unparse(node))


def comments_by_line(source):
    comments = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            comments[token.start[0]] = token.string.lstrip('#').strip()
    return comments


def settings_of(function, env):
    """The settings dict a test function passes (given_parser(settings=...) or settings={...}), evaluated with its parameters."""
    for node in ast.walk(function):
        if isinstance(node, ast.keyword) and node.arg == 'settings' and isinstance(node.value, ast.Dict):
            try:
                return evaluate(node.value, env)
            except Unsupported as error:
                return {f'UNREADABLE {error}': True}
    return {}


def iso(value):
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raise Unsupported(repr(value))


def cases_of(path, kind, source):
    tree = ast.parse(source)
    comments = comments_by_line(source)
    for cls in [node for node in tree.body if isinstance(node, ast.ClassDef)]:
        for function in [node for node in cls.body if isinstance(node, ast.FunctionDef)]:
            expand = next((d for d in function.decorator_list if isinstance(d, ast.Call) and ast.unparse(d.func) == 'parameterized.expand'), None)
            if expand is None or not expand.args or not isinstance(expand.args[0], ast.List):
                continue
            names = [arg.arg for arg in function.args.args[1:]]
            for element in expand.args[0].elts:
                if not (isinstance(element, ast.Call) and ast.unparse(element.func) == 'param'):
                    continue
                comment = next((comments[line] for line in range(element.lineno - 1, max(element.lineno - 40, 0), -1) if line in comments), None)
                case = {'kind': kind, 'test': f'{path}::{function.name}', 'line': element.lineno, 'comment': comment}
                try:
                    values = dict(zip(names, [evaluate(arg) for arg in element.args]))
                    values.update({keyword.arg: evaluate(keyword.value) for keyword in element.keywords})
                    yield from read_case(case, kind, values, settings_of(function, values))
                except (Unsupported, TypeError, ValueError) as error:
                    yield {**case, 'skipped': f'not a literal: {error}'}


def read_case(case, kind, values, function_settings):
    settings = {**function_settings, **(values.get('settings') or {})}
    reference = settings.get('RELATIVE_BASE')
    extra = sorted(key for key in settings if key not in NEUTRAL_SETTINGS)
    base = {**case, 'settings': extra, 'dateparserSettings': {key: ({'$datetime': iso(value)} if isinstance(value, dt.date) else value) for key, value in settings.items()}}
    if kind == 'search':
        text = values.get('text', values.get('string'))
        expected = values.get('expected')
        if not isinstance(text, str) or (expected is not None and not isinstance(expected, list)):
            return
        language = values.get('shortname') or (values.get('languages') or [None])[0]
        pairs = [[item[0], iso(item[1])] for item in expected or []]
        yield {**base, 'language': language, 'text': text, 'reference': iso(reference) if reference else None, 'expected': pairs}
        return
    text = values.get('date_string', values.get('datetime_string'))
    if not isinstance(text, str):
        return
    language = values.get('shortname') or values.get('language') or (values.get('languages') or [None])[0]
    if kind == 'relative':
        now = reference or FRESHNESS_NOW
        if 'ago' in values and isinstance(values['ago'], dict):
            expected = now - relativedelta(**values['ago'])
        elif 'in_future' in values and isinstance(values['in_future'], dict):
            expected = now + relativedelta(**values['in_future'])
        elif isinstance(values.get('date'), dt.date) and isinstance(values.get('time'), dt.time):
            expected = dt.datetime.combine(values['date'], values['time'])
        else:
            return
        yield {**base, 'language': language, 'text': text, 'reference': iso(now), 'expected': iso(expected)}
        return
    expected = values.get('expected')
    if not isinstance(expected, dt.datetime):
        return
    yield {**base, 'language': language, 'text': text, 'reference': iso(reference) if reference else None, 'expected': iso(expected)}


def main():
    root = Path(sys.argv[1])
    for path, kind in FILES.items():
        source = (root / path).read_text(encoding='utf8')
        for case in cases_of(path, kind, source):
            print(json.dumps(case, ensure_ascii=False))


if __name__ == '__main__':
    main()
