"""Reads a seed order (src/Medk.Data/Demo/Seeds/*.txt) into preamble lines and table rows, the way
Medk's TextTableReader does (tab-separated rows, or one cell per line for seed 001), so that the same order
can be written as HTML or CSV and opened by LibreOffice. Only for making fixtures; tests never run it."""
import re

NUMBER = re.compile(r'^\d{1,3}(\.\d{1,3})*[.)]?$')


def is_number(text):
    return bool(NUMBER.match(text.strip()))


def segments(text):
    if not is_number(text):
        return None
    return [int(s) for s in text.strip().rstrip('.)').strip().split('.')]


def follows(prev, nxt):
    if len(prev) < len(nxt) and nxt[:len(prev)] == prev and all(n == 1 for n in nxt[len(prev):]):
        return True
    for j in range(min(len(prev), len(nxt))):
        if prev[:j] == nxt[:j] and nxt[j] == prev[j] + 1 and all(n == 1 for n in nxt[j + 1:]):
            return True
    return False


def plausible_next(prev, nxt):
    p, n = segments(prev), segments(nxt)
    return p is not None and n is not None and follows(p, n)


def read(path):
    """(preamble lines, rows); a row is a list of cell texts, a loose line a list of one text."""
    lines = re.split(r'\r\n|\n|\r', open(path, encoding='utf-8-sig').read())
    tabbed = sum(1 for l in lines if l.count('\t') >= 2)
    per_line = sum(1 for l in lines if l.startswith('\t') and l.count('\t') == 1)
    if tabbed >= 2 and tabbed >= per_line:
        return read_tabbed(lines, 2)
    if per_line >= 3:
        return read_cell_per_line(lines)
    return read_tabbed(lines, 1)


def read_tabbed(lines, min_tabs):
    start = next(i for i, l in enumerate(lines) if l.count('\t') >= min_tabs)
    rows = []
    for line in lines[start:]:
        if not line.strip():
            continue
        rows.append(line.split('\t') if '\t' in line else [line])
    return [l.replace('\t', ' ') for l in lines[:start]], rows


def read_cell_per_line(lines):
    start = next(i for i, l in enumerate(lines) if l.startswith('\t'))
    cells = []
    for line in lines[start:]:
        if line.startswith('\t'):
            cells.append(line[1:])
        elif line.strip() and cells:
            cells[-1] += '\n' + line
    width = row_width(cells)
    rows, current = [], []
    for cell in cells:
        opens = len(current) >= width or (len(current) >= 2 and is_number(cell)
                                          and (len(current) >= width - 1 or plausible_next(current[0], cell)))
        if opens:
            rows.append(current)
            current = []
        current.append(cell)
    if current:
        rows.append(current)
    return lines[:start], rows


def row_width(cells):
    header = next((i for i, c in enumerate(cells) if is_number(c)), -1)
    if header >= 2:
        return header
    numbers = [i for i, c in enumerate(cells) if is_number(c)]
    gaps = [b - a for a, b in zip(numbers, numbers[1:]) if b - a >= 2]
    if not gaps:
        return max(len(cells), 1)
    return sorted(set(gaps), key=lambda g: (-gaps.count(g), g))[0]
