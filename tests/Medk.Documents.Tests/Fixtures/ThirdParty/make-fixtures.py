#!/usr/bin/env python3
"""Makes the third-party fixtures of this folder from the seed orders with LibreOffice (soffice) in headless
mode. Run from anywhere: python3 make-fixtures.py. Needs soffice on PATH; tests only read the files it wrote.
What each file is and how it was made: README.md."""
import csv
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import seedtable

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'src', 'Medk.Data', 'Demo', 'Seeds'))
ONLY = sys.argv[1:]
NAMES = ['000-sretensky-2022', '001-pervouralsk-2022', '002-kalmykia-2022', '003-bauntovsky-2021-2022', '004-yaroslavl-2021']
TAG = re.compile(r'<\s*/?\s*[a-zA-Z][^>]*>')


def table_of(name):
    """Preamble lines and rows of a seed; a loose line (a cut cell, seed 003) joins the action cell of the row above."""
    preamble, rows = seedtable.read(os.path.join(SEEDS, name + '.txt'))
    joined = []
    for row in rows:
        if len(row) == 1 and joined:
            joined[-1][1] = (joined[-1][1] + ' ' + row[0].strip()).strip()
        else:
            joined.append(list(row))
    return preamble, joined


def inline(text):
    """A preamble line: «**…**» is bold in the seeds."""
    parts = text.split('**')
    return ''.join(('<b>%s</b>' if i % 2 else '%s') % html.escape(p) for i, p in enumerate(parts))


def cell_html(text):
    """HTML already in a seed cell (lists of seed 000, paragraphs of seed 002) is kept as HTML; lines become paragraphs."""
    if TAG.search(text):
        return text
    lines = [l for l in text.split('\n')]
    return ''.join('<p>%s</p>' % html.escape(l.strip()) for l in lines) or '<p></p>'


def to_html(name):
    preamble, rows = table_of(name)
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>' % name]
    for line in preamble:
        out.append('<p>%s</p>' % inline(line.strip()) if line.strip() else '<p></p>')
    width = max(len(r) for r in rows)
    out.append('<table border="1" cellspacing="0" cellpadding="2">')
    for i, row in enumerate(rows):
        cells = row + [''] * (width - len(row))
        tag = 'th' if i == 0 else 'td'
        if i == 0:
            out.append('<thead>')
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, cell_html(c), tag) for c in cells) + '</tr>')
        if i == 0:
            out.append('</thead><tbody>')
    out.append('</tbody></table></body></html>')
    return '\n'.join(out)


def to_csv(name):
    """Preamble lines in column A, then the table: every column imported as text (format 2), as a person pastes an order into Calc."""
    preamble, rows = table_of(name)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter='\t', quotechar='"', lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    for line in preamble:
        writer.writerow([line.replace('**', '').strip()])
    for row in rows:
        writer.writerow([TAG.sub(' ', c).strip() if TAG.search(c) else c.strip() for c in row])
    return buffer.getvalue()


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xml="http://www.w3.org/XML/1998/namespace"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="." text:display-levels="1"/>
  <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>
  <text:list-level-style-number text:level="3" style:num-format="1" style:num-suffix="" text:display-levels="3"/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
"""


def fodt(name, number_cell=None, changes=None, text_cell=None):
    """A flat ODT of a seed written by hand: the source LibreOffice opens to write DOCX with its own numbering
    and tracked changes. number_cell(row index, text) and text_cell(row index, column, text) return cell XML;
    changes is the XML of text:tracked-changes."""
    preamble, rows = table_of(name)
    out = [FODT_HEAD]
    if changes:
        out.append(changes)
    for line in preamble:
        out.append('<text:p>%s</text:p>' % html.escape(line.replace('**', '').strip()))
    width = max(len(r) for r in rows)
    out.append('<table:table table:name="Roadmap"><table:table-column table:number-columns-repeated="%d"/>' % width)
    for i, row in enumerate(rows):
        cells = row + [''] * (width - len(row))
        out.append('<table:table-header-rows>' if i == 0 else '')
        out.append('<table:table-row>')
        for c, text in enumerate(cells):
            plain = TAG.sub(' ', text).strip() if TAG.search(text) else text.strip()
            if c == 0 and i > 0 and number_cell:
                inner = number_cell(i, plain)
            elif text_cell:
                inner = text_cell(i, c, plain)
            else:
                inner = ''.join('<text:p>%s</text:p>' % html.escape(l.strip()) for l in plain.split('\n'))
            out.append('<table:table-cell office:value-type="string">%s</table:table-cell>' % inner)
        out.append('</table:table-row>')
        out.append('</table:table-header-rows>' if i == 0 else '')
    out.append('</table:table></office:text></office:body></office:document>')
    return ''.join(out)


def numbered_cell(state):
    """The № cell as an item of one list continued through the table, nested as deep as the number has parts;
    Writer draws the number (1., 1.1., 1.1.1) from the list style, the cell has no digits of its own."""
    def cell(i, text):
        if not seedtable.is_number(text):
            return '<text:p/>'
        depth = len(seedtable.segments(text))
        first = not state
        state.append(text)
        attributes = ' xml:id="list1"' if first else ' text:continue-list="list1"'
        xml = '<text:p/>'
        for _ in range(depth - 1):
            xml = '<text:list><text:list-item>%s</text:list-item></text:list>' % xml
        return '<text:list text:style-name="L1"%s><text:list-item>%s</text:list-item></text:list>' % (attributes, xml)
    return cell


CHANGES = """<text:tracked-changes text:track-changes="true">
 <text:changed-region xml:id="ct1" text:id="ct1"><text:insertion><office:change-info><dc:creator>Проверяющий</dc:creator><dc:date>2022-02-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
 <text:changed-region xml:id="ct2" text:id="ct2"><text:deletion><office:change-info><dc:creator>Проверяющий</dc:creator><dc:date>2022-02-01T10:05:00</dc:date></office:change-info><text:p>Устаревшая формулировка, удалённая при согласовании. </text:p></text:deletion></text:changed-region>
</text:tracked-changes>"""


def tracked_cell(row_index):
    """In the action cell of one row, a deletion at the start and the last three words as an insertion."""
    def cell(i, c, text):
        if i != row_index or c != 1:
            return ''.join('<text:p>%s</text:p>' % html.escape(l.strip()) for l in text.split('\n'))
        words = text.split(' ')
        head, tail = ' '.join(words[:-3]) + ' ', ' '.join(words[-3:])
        return ('<text:p><text:change text:change-id="ct2"/>%s<text:change-start text:change-id="ct1"/>%s'
                '<text:change-end text:change-id="ct1"/></text:p>') % (html.escape(head), html.escape(tail))
    return cell


W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
WORD_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0419001F"/>
%s
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5E6F7A8B"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0419000F"/>
%s
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def word_levels(texts, formats):
    return ''.join('<w:lvl w:ilvl="%d" w:tplc="04190011"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>'
                   % (i, formats[i], texts[i], 720 + 360 * i) for i in range(9))


def number_levels(rows):
    """The № column's list levels as Word writes them: for each depth, the label of the seed's first number of that
    depth (1 → «%1», 1.1. → «%1.%2.», 1.1.1 → «%1.%2.%3»); unused levels keep the defaults."""
    texts, formats = ['%1.', '%2.', '%3.'] + ['%%%d.' % (i + 1) for i in range(3, 9)], ['decimal', 'lowerLetter', 'lowerRoman'] * 3
    seen = set()
    for row in rows[1:]:
        number = row[0].strip() if row else ''
        if seedtable.is_number(number) and len(seedtable.segments(number)) not in seen:
            depth = len(seedtable.segments(number))
            seen.add(depth)
            texts[depth - 1] = '.'.join('%%%d' % (k + 1) for k in range(depth)) + ('.' if number.endswith('.') else '')
            formats[depth - 1] = 'decimal'
    return texts, formats


def word_docx(name, path):
    """A DOCX written the way Word writes one (hand-made XML, no Office program): the order's own points and
    the № column numbered automatically. The preamble's list (numId 2: «1.», «2.1.») is multilevel; the table's
    № column is a list of its own (numId 3 restarts numId 1's abstract numbering at 1, as Word's «Restart at 1»
    does) whose cells hold no digits; the table is cut in two at a row split by a page break, both parts with
    the header marked to repeat (w:tblHeader with no value, as Word writes it), the numbering going on."""
    preamble, rows = table_of(name)

    def para(text, num=None, level=0, style=None):
        ppr = ''
        if style or num:
            ppr = '<w:pPr>%s%s</w:pPr>' % ('<w:pStyle w:val="%s"/>' % style if style else '',
                                           '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (level, num) if num else '')
        run = '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(text) if text else ''
        return '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">%s%s</w:p>' % (ppr, run)

    body = []
    for line in preamble:
        line = line.replace('**', '').strip()
        match = re.match(r'^(\d+(?:\.\d+)*)\.\s+(.*)$', line)
        if match:
            body.append(para(match.group(2), num=2, level=match.group(1).count('.'), style='a3'))
        else:
            body.append(para(line))
    width = max(len(r) for r in rows)
    header, data = rows[0], rows[1:]
    cut = next((i for i, r in enumerate(data) if r[0] == '' and i > 0), None)
    previous = []

    def table(part):
        out = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
               '<w:tblGrid>%s</w:tblGrid>' % ('<w:gridCol w:w="1800"/>' * width)]
        out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>' % ''.join(
            '<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>%s</w:tc>' % ''.join(para(l.strip()) for l in c.split('\n'))
            for c in header + [''] * (width - len(header))))
        for row in part:
            cells = row + [''] * (width - len(row))
            # A number the list would not draw (a typo such as «331» after «30») stays typed, as a person leaves it.
            automatic = seedtable.is_number(cells[0]) and (seedtable.plausible_next(previous[-1], cells[0]) if previous else all(n == 1 for n in seedtable.segments(cells[0])))
            if automatic:
                previous.append(cells[0])
                level = len(seedtable.segments(cells[0])) - 1
                number = '<w:tc>%s</w:tc>' % para('', num=3, level=level, style='a3')
            else:
                number = '<w:tc>%s</w:tc>' % ''.join(para(l.strip()) for l in TAG.sub(' ', cells[0]).split('\n'))
            out.append('<w:tr>%s%s</w:tr>' % (number, ''.join('<w:tc>%s</w:tc>' % ''.join(para(l.strip()) for l in TAG.sub(' ', c).split('\n')) for c in cells[1:])))
        out.append('</w:tbl>')
        return ''.join(out)

    if cut is None:
        body.append(table(data))
    else:
        body.append(table(data[:cut]))
        body.append(para(''))
        body.append(table(data[cut:]))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>') % (W, ''.join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="%s">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:uiPriority w:val="34"/>'
              '<w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style></w:styles>') % W
    numbering = WORD_NUMBERING % (W, word_levels(['%1.', '%1.%2.', '%1.%2.%3.'] + ['%%%d.' % (i + 1) for i in range(3, 9)], ['decimal'] * 9),
                                  word_levels(*number_levels(rows)))
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    parts = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>' % rel,
        'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/><Relationship Id="rId2" Type="%s/numbering" Target="numbering.xml"/></Relationships>' % (rel, rel),
        'word/document.xml': document,
        'word/styles.xml': styles,
        'word/numbering.xml': numbering,
    }
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)


def soffice(source, target_format, infilter, out_dir):
    subprocess.run(['soffice', '--headless', '--norestore', '--infilter=' + infilter, '--convert-to', target_format,
                    '--outdir', out_dir, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def main():
    work = tempfile.mkdtemp(prefix='medk-fixtures-')
    try:
        for name in [n for n in NAMES if not ONLY or n[:3] in ONLY]:
            short = 'seed-' + name[:3]
            html_path = os.path.join(work, short + '.html')
            with open(html_path, 'w', encoding='utf-8') as f:
                f.write(to_html(name))
            soffice(html_path, 'docx:MS Word 2007 XML', 'HTML (StarWriter)', HERE)
            soffice(html_path, 'odt:writer8', 'HTML (StarWriter)', HERE)
            csv_path = os.path.join(work, short + '.csv')
            with open(csv_path, 'w', encoding='utf-8') as f:
                f.write(to_csv(name))
            columns = '/'.join('%d/2' % c for c in range(1, 9))
            soffice(csv_path, 'ods:calc8', 'Text - txt - csv (StarCalc):9,34,76,1,' + columns, HERE)
            if name.startswith('000'):
                numbered = os.path.join(work, 'seed-000-numbered-libreoffice.fodt')
                with open(numbered, 'w', encoding='utf-8') as f:
                    f.write(fodt(name, number_cell=numbered_cell([])))
                soffice(numbered, 'docx:MS Word 2007 XML', 'OpenDocument Text Flat XML', HERE)
                soffice(numbered, 'odt:writer8', 'OpenDocument Text Flat XML', HERE)
                soffice(csv_path, 'xlsx:Calc MS Excel 2007 XML', 'Text - txt - csv (StarCalc):9,34,76,1,' + columns, work)
                shutil.copy(os.path.join(work, short + '.xlsx'), os.path.join(HERE, 'seed-000-preamble.xlsx'))
            if name.startswith('002'):
                tracked = os.path.join(work, 'seed-002-tracked-changes.fodt')
                with open(tracked, 'w', encoding='utf-8') as f:
                    f.write(fodt(name, changes=CHANGES, text_cell=tracked_cell(3)))
                soffice(tracked, 'docx:MS Word 2007 XML', 'OpenDocument Text Flat XML', HERE)
            word_docx(name, os.path.join(HERE, short + '-word-numbering.docx'))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
