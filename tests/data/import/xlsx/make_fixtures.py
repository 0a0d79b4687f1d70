#!/usr/bin/python3
"""Writes the .xlsx fixtures of tests/data/import/xlsx (run it from anywhere; the output is checked in).

Two writers, on purpose:
  * Book below writes SpreadsheetML part by part in the shapes Excel and Salesforce write (shared strings,
    a styles part with date and currency number formats, cached formula values, error cells, inline and
    rich-text strings, merged cells, hidden sheets, the 1904 date system). openpyxl cannot write cached
    formula values, error cells or inline strings, which are exactly the cells a reader gets wrong.
  * openpyxl (Debian python3-openpyxl; only needed to regenerate) writes the HubSpot export, so one
    fixture comes from the library pandas and many exporters use (absolute part names, its own styles).

Also: `make_fixtures.py --real CSV_DIR OUT_DIR` converts CSV exports to workbooks the way Excel opens
them (numbers as numbers, dates as serials with a date format, TRUE/FALSE as booleans), keeping what
Excel would lose (leading zeros, more than 15 digits) as text. The real-data test runs it on
../shared/data/real (python3 only; no openpyxl needed), and the benchmark uses `--bench ROWS OUT`.

Everything is deterministic: fixed zip timestamps, fixed document properties.
"""
import csv
import datetime as dt
import io
import os
import re
import struct
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def col_letter(index):  # 0 -> A
    s = ''
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def serial(value, date1904=False):
    """Excel's serial for a date or datetime (1900 system counts the phantom 1900-02-29)."""
    if isinstance(value, dt.datetime):
        day = serial(value.date(), date1904)
        secs = value.hour * 3600 + value.minute * 60 + value.second
        return day + secs / 86400
    if date1904:
        return (value - dt.date(1904, 1, 1)).days
    n = (value - dt.date(1899, 12, 31)).days
    return n + 1 if n >= 60 else n


def number_text(x):
    if isinstance(x, str):
        return x
    if isinstance(x, int):
        return str(x)
    return repr(x)  # shortest round trip, as Excel writes doubles (up to 17 digits)


class Book:
    """A workbook written part by part. Cells: a str (shared string), or a tuple:
    ('n', text_or_number, fmt) number with a number format code (None = General),
    ('d', date_or_datetime, fmt) a serial with a date format, ('b', 0|1), ('e', '#N/A'),
    ('inline', text), ('rich', [run, ...]), ('f', formula, result_type, cached, fmt) a formula with its
    cached value (result_type 'n', 'str', 'b', 'e'), ('styled-empty', fmt) an empty cell with a style,
    ('shared', index) a raw shared-string index."""

    def __init__(self, date1904=False):
        self.date1904 = date1904
        self.sheets = []  # (name, state, rows, merges, extra)
        self.strings = []
        self.string_index = {}
        self.formats = []  # custom format codes, ids from 164
        self.xfs = [0]  # numFmtId per cellXfs entry; 0 = General

    def sheet(self, name, rows, state=None, merges=(), omit_refs=False):
        self.sheets.append((name, state, rows, list(merges), omit_refs))

    def sst(self, text):
        if text not in self.string_index:
            self.string_index[text] = len(self.strings)
            self.strings.append(text)
        return self.string_index[text]

    def xf(self, fmt):
        builtin = {None: 0, 'General': 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9,
                   '0.00%': 10, 'm/d/yyyy': 14, 'd-mmm-yy': 15, 'h:mm': 20, 'h:mm:ss': 21,
                   'm/d/yyyy h:mm': 22, '@': 49}
        if fmt in builtin:
            fid = builtin[fmt]
        else:
            if fmt not in self.formats:
                self.formats.append(fmt)
            fid = 164 + self.formats.index(fmt)
        if fid == 0:
            return 0
        if fid not in self.xfs:
            self.xfs.append(fid)
        return self.xfs.index(fid)

    def cell_xml(self, ref, cell):
        r = '' if ref is None else f' r="{ref}"'
        if cell is None:
            return ''
        if isinstance(cell, str):
            return f'<c{r} t="s"><v>{self.sst(cell)}</v></c>'
        kind = cell[0]
        if kind == 'n':
            s = self.xf(cell[2]) if len(cell) > 2 else 0
            style = f' s="{s}"' if s else ''
            return f'<c{r}{style}><v>{number_text(cell[1])}</v></c>'
        if kind == 'd':
            s = self.xf(cell[2])
            return f'<c{r} s="{s}"><v>{number_text(serial(cell[1], self.date1904))}</v></c>'
        if kind == 'serial':  # a raw serial number with a date format
            s = self.xf(cell[2])
            return f'<c{r} s="{s}"><v>{cell[1]}</v></c>'
        if kind == 'b':
            return f'<c{r} t="b"><v>{cell[1]}</v></c>'
        if kind == 'e':
            return f'<c{r} t="e"><v>{escape(cell[1])}</v></c>'
        if kind == 'inline':
            return f'<c{r} t="inlineStr"><is><t xml:space="preserve">{escape(cell[1])}</t></is></c>'
        if kind == 'rich':
            self.strings.append(('rich', cell[1]))
            return f'<c{r} t="s"><v>{len(self.strings) - 1}</v></c>'
        if kind == 'shared':
            return f'<c{r} t="s"><v>{cell[1]}</v></c>'
        if kind == 'f':
            _, formula, rtype, cached, fmt = cell
            s = self.xf(fmt)
            style = f' s="{s}"' if s else ''
            t = '' if rtype == 'n' else f' t="{rtype}"'
            return f'<c{r}{style}{t}><f>{escape(formula)}</f><v>{escape(number_text(cached))}</v></c>'
        if kind == 'styled-empty':
            return f'<c{r} s="{self.xf(cell[1])}"/>'
        raise ValueError(kind)

    def sheet_xml(self, rows, merges, omit_refs):
        out = [HEAD, f'<worksheet {NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                     '<sheetFormatPr defaultRowHeight="15"/><sheetData>']
        for rnum in sorted(rows):
            cells = rows[rnum]
            out.append(f'<row r="{rnum}">' if not omit_refs else '<row>')
            for cnum, cell in enumerate(cells):
                if cell is None:
                    if omit_refs:  # without references a cell's place is its position: keep the gap
                        out.append('<c/>')
                    continue
                out.append(self.cell_xml(None if omit_refs else f'{col_letter(cnum)}{rnum}', cell))
            out.append('</row>')
        out.append('</sheetData>')
        if merges:
            out.append(f'<mergeCells count="{len(merges)}">')
            out.extend(f'<mergeCell ref="{m}"/>' for m in merges)
            out.append('</mergeCells>')
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                   '</worksheet>')
        return ''.join(out)

    def save(self, path):
        sheet_parts = [self.sheet_xml(rows, merges, omit) for (_, _, rows, merges, omit) in self.sheets]
        parts = {}
        n = len(self.sheets)
        parts['[Content_Types].xml'] = HEAD + (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>' +
            ''.join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n)) +
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        parts['_rels/.rels'] = HEAD + (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        sheets = ''.join(
            f'<sheet name="{escape(name)}" sheetId="{i + 1}"' + (f' state="{state}"' if state else '') +
            f' r:id="rId{i + 1}"/>' for i, (name, state, _, _, _) in enumerate(self.sheets))
        pr = '<workbookPr date1904="1"/>' if self.date1904 else '<workbookPr defaultThemeVersion="164011"/>'
        parts['xl/workbook.xml'] = HEAD + (
            f'<workbook {NS}>{pr}<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" '
            f'windowHeight="12300"/></bookViews><sheets>{sheets}</sheets><calcPr calcId="191029"/></workbook>')
        rels = ''.join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
        rels += (f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 f'relationships/styles" Target="styles.xml"/><Relationship Id="rId{n + 2}" Type="http://'
                 f'schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                 f'Target="sharedStrings.xml"/>')
        parts['xl/_rels/workbook.xml.rels'] = HEAD + (
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            '</Relationships>')
        numfmts = ''.join(f'<numFmt numFmtId="{164 + i}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
                          for i, code in enumerate(self.formats))
        xfs = ''.join(f'<xf numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0"' +
                      (' applyNumberFormat="1"' if fid else '') + '/>' for fid in self.xfs)
        parts['xl/styles.xml'] = HEAD + (
            f'<styleSheet {NS}>' + (f'<numFmts count="{len(self.formats)}">{numfmts}</numFmts>' if numfmts else '')
            + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
            'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
            '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            f'borderId="0"/></cellStyleXfs><cellXfs count="{len(self.xfs)}">{xfs}</cellXfs><cellStyles '
            'count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
        sis = []
        for s in self.strings:
            if isinstance(s, tuple):  # rich text: runs, plus a phonetic run that is not part of the text
                runs = ''.join(f'<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">{escape(t)}</t></r>'
                               for t in s[1])
                sis.append(f'<si>{runs}<rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/></si>')
            else:
                space = ' xml:space="preserve"' if s != s.strip() else ''
                sis.append(f'<si><t{space}>{escape(s)}</t></si>')
        parts['xl/sharedStrings.xml'] = HEAD + (
            f'<sst {NS.split(" xmlns:r")[0]} count="{len(sis)}" uniqueCount="{len(sis)}">{"".join(sis)}</sst>')
        for i, xml in enumerate(sheet_parts):
            parts[f'xl/worksheets/sheet{i + 1}.xml'] = xml
        write_zip(path, parts)


def write_zip(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode('utf-8') if isinstance(text, str) else text)


def repack(path):
    """openpyxl stamps the zip entries with the time of day: give them a fixed one."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    write_zip(path, parts)


# ---------------------------------------------------------------------------------------------------------
# Salesforce: a report exported as "Formatted Report" to Excel: title, "Filtered By:" lines, a blank row,
# the header, the rows, a Grand Totals row and the confidentiality footer.
SF_HEADER = ['Opportunity ID', 'Opportunity Name', 'Account ID', 'Stage', 'Amount', 'Probability (%)',
             'Close Date', 'Created Date', 'Lead Source', 'Opportunity Owner', 'Forecast Category']
CURRENCY = '"$"#,##0.00'


def salesforce_report(bad_close_date=False):
    rows = {
        1: ['Opportunity Pipeline'],
        2: ['Filtered By:'],
        3: ['    Close Date equals FY2024'],
        4: ['    Opportunity Status equals Any'],
        6: SF_HEADER,
    }
    data = [
        ['006R1', 'Acme expansion', '001X', 'Closed Won', ('n', 25000, CURRENCY), ('n', 100),
         ('d', dt.date(2024, 3, 31), 'm/d/yyyy'), ('d', dt.date(2024, 1, 10), 'm/d/yyyy'), 'Web',
         'Sam Seller', 'Closed'],
        ['006R2', 'บริษัท สยามเทค จำกัด – ขยายสาขา', '001Y', 'Negotiation/Review', ('n', 7500.5, CURRENCY),
         ('n', 90), ('d', dt.date(2024, 4, 30), 'm/d/yyyy'), ('d', dt.date(2024, 2, 1), 'm/d/yyyy'),
         'Trade Show', 'Olu Owner', 'Commit'],
        ['006R3', 'Gamma', None, 'Closed Lost', ('n', 0, CURRENCY), ('n', 0),
         ('d', dt.date(2024, 2, 28), 'm/d/yyyy'), ('d', dt.date(2024, 1, 20), 'm/d/yyyy'), None, 'Olu Owner',
         'Omitted'],
        ['006R4', 'Delta renewal', '001X', 'Prospecting', ('n', '1234.5', CURRENCY), ('n', 10),
         ('d', dt.date(2024, 6, 15), 'm/d/yyyy'), ('d', dt.date(2024, 3, 1), 'm/d/yyyy'), 'Partner Referral',
         'Sam Seller', 'Pipeline'],
        # Excel's float noise in a money cell computed by a formula: 0.1 + 0.2
        ['006R5', 'Epsilon add-on', '001Z', 'Closed Won', ('f', 'SUM(0.1,0.2)*1000', 'n', 300.00000000000006,
                                                          CURRENCY), ('n', 100),
         ('d', dt.date(2024, 5, 31), 'm/d/yyyy'), ('d', dt.date(2024, 4, 2), 'm/d/yyyy'), 'Web',
         'Olu Owner', 'Closed'],
    ]
    if bad_close_date:
        data[2][6] = 'TBD'  # row 9, column G
    for i, r in enumerate(data):
        rows[7 + i] = r
    last = 6 + len(data)
    rows[last + 2] = [f'Grand Totals ({len(data)} records)', None, None, None,
                      ('f', f'SUBTOTAL(9,E7:E{last})', 'n', 34035.0, CURRENCY)]
    rows[last + 4] = ['Confidential Information - Do Not Distribute']
    rows[last + 5] = ['Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.']
    book = Book()
    book.sheet('Report', rows, merges=['A1:K1'])
    return book


def hubspot_deals(path):
    try:
        import openpyxl  # only to regenerate this one fixture
    except ImportError:
        print(f'openpyxl is not installed (apt install python3-openpyxl): {os.path.basename(path)} kept as is')
        return
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'All deals'
    ws.append(['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Create Date', 'Close Date',
               'Deal owner', 'Forecast category'])
    rows = [
        (17432587811, 'Acme renewal', 'Sales Pipeline', 'closedwon', 12000.5, dt.datetime(2024, 1, 15, 9, 30),
         dt.datetime(2024, 2, 28, 17, 0), 'Sam Seller', 'Closed won'),
        (17432587812, 'บริษัท ไทยซอฟต์ จำกัด', 'Sales Pipeline', 'qualifiedtobuy', 5000,
         dt.datetime(2024, 1, 20, 14, 5, 9), dt.datetime(2024, 3, 31, 0, 0), 'Olu Owner', 'Pipeline'),
        (17432587813, 'Gamma', 'Sales Pipeline', 'closedlost', 800, dt.datetime(2024, 2, 2, 8, 0),
         dt.datetime(2024, 2, 15, 12, 0), 'Sam Seller', 'Not forecasted'),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=2):
        row[5].number_format = 'yyyy-mm-dd hh:mm:ss'
        row[6].number_format = 'yyyy-mm-dd hh:mm:ss'
        row[0].number_format = '0'
    fixed = dt.datetime(2024, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)
    repack(path)


def cells_book():
    """One row per kind of cell: column A names the case, column B holds the cell."""
    cases = [
        ('shared string', 'Acme'),
        ('inline string', ('inline', 'Inline Co')),
        ('rich text', ('rich', ['Bold', ' and plain'])),
        ('thai', 'บริษัท สยามเทค จำกัด'),
        ('boolean true', ('b', 1)),
        ('boolean false', ('b', 0)),
        ('error na', ('e', '#N/A')),
        ('error ref', ('e', '#REF!')),
        ('formula number', ('f', 'A1*2', 'n', 42, None)),
        ('formula string', ('f', 'CONCAT("a","b")', 'str', 'ab', None)),
        ('formula bool', ('f', 'TRUE()', 'b', 1, None)),
        ('formula error', ('f', 'VLOOKUP(1,A:A,2,0)', 'e', '#N/A', None)),
        ('integer', ('n', '123000')),
        ('big integer', ('n', '123456789012')),
        ('decimal', ('n', '1234.5')),
        ('currency', ('n', '1234.5', CURRENCY)),
        ('currency whole', ('n', '25000', '#,##0.00')),
        ('float noise', ('n', '300.00000000000006', CURRENCY)),
        ('exponent', ('n', '1.23E+5')),
        ('small exponent', ('n', '1.5E-3')),
        ('negative', ('n', '-42.75', '#,##0.00;[Red]-#,##0.00')),
        ('percent', ('n', '0.25', '0%')),
        ('date builtin', ('serial', '45383', 'm/d/yyyy')),
        ('date custom', ('serial', '45383', 'yyyy-mm-dd')),
        ('date time', ('serial', '45383.75', 'm/d/yyyy h:mm')),
        ('date time seconds', ('serial', '45383.5000115741', 'yyyy-mm-dd hh:mm:ss')),
        ('time only', ('serial', '0.75', 'h:mm')),
        ('leap bug day 59', ('serial', '59', 'yyyy-mm-dd')),
        ('leap bug day 60', ('serial', '60', 'yyyy-mm-dd')),
        ('leap bug day 61', ('serial', '61', 'yyyy-mm-dd')),
        ('date text format', ('serial', '45383', '[$-409]mmmm d, yyyy;@')),
        ('quoted d not date', ('n', '7', '0" days"')),
        ('text format number', ('n', '12', '@')),
        ('empty styled', ('styled-empty', 'm/d/yyyy')),
        ('merged', 'Merged value'),
        ('merged below', None),
    ]
    rows = {1: ['case', 'value']}
    for i, (name, cell) in enumerate(cases):
        rows[2 + i] = [name, cell]
    merged_row = 2 + [c[0] for c in cases].index('merged')
    # a styled, empty cell far to the right and empty styled rows below: trailing columns/rows to ignore
    rows[2] = rows[2] + [None] * 5 + [('styled-empty', '#,##0.00')]
    last = 1 + len(cases)
    rows[last + 1] = [None, ('styled-empty', '#,##0.00')]
    rows[last + 2] = [None, None, ('styled-empty', '#,##0.00')]
    book = Book()
    book.sheet('Cells', rows, merges=[f'B{merged_row}:B{merged_row + 1}'])
    return book


def date1904_book():
    book = Book(date1904=True)
    book.sheet('Dates', {1: ['case', 'value'],
                         2: ['zero', ('serial', '0', 'yyyy-mm-dd')],
                         3: ['day 1', ('serial', '1', 'yyyy-mm-dd')],
                         4: ['2024-04-01', ('d', dt.date(2024, 4, 1), 'm/d/yyyy')],
                         5: ['with time', ('serial', '43921.25', 'yyyy-mm-dd hh:mm')]})
    return book


def sheets_book():
    book = Book()
    book.sheet('Notes', {1: ['Read me first'], 2: ['Hidden notes sheet']}, state='hidden')
    book.sheet('Empty', {})
    book.sheet('Deals', {1: ['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Create Date',
                             'Close Date'],
                         2: [('n', 301), 'Omega', 'Sales Pipeline', 'closedwon', ('n', 100),
                             ('d', dt.date(2024, 1, 2), 'yyyy-mm-dd'), ('d', dt.date(2024, 1, 30), 'yyyy-mm-dd')]})
    book.sheet('Leads', {1: ['Email', 'First Name'], 2: ['a@example.com', 'Ann'], 3: ['b@example.com', 'Bo']})
    return book


def no_refs_book():
    """Cells and rows without r attributes (some streaming writers leave them out)."""
    book = Book()
    book.sheet('Sheet1', {1: ['a', 'b', 'c'], 2: ['1', None, '3'], 3: ['x', 'y', 'z']}, omit_refs=True)
    return book


def cfb(streams):
    """A minimal Compound File (the container of Excel 97-2003 files and of encrypted OOXML), version 3,
    512-byte sectors, every stream in regular sectors (each padded to 4096 bytes)."""
    sector = 512
    data_sectors = []
    entries = [('Root Entry', 5, b'')]
    for name, payload in streams:
        payload = payload + b'\0' * (-len(payload) % sector)
        if len(payload) < 4096:
            payload += b'\0' * (4096 - len(payload))
        entries.append((name, 2, payload))
    # layout: sector 0 = FAT, sector 1 = directory, then streams
    next_sector = 2
    starts = []
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # FAT sector, end of directory chain
    for name, kind, payload in entries[1:]:
        count = len(payload) // sector
        starts.append(next_sector)
        for i in range(count):
            fat.append(next_sector + i + 1 if i + 1 < count else 0xFFFFFFFE)
        next_sector += count
        data_sectors.append(payload)
    fat += [0xFFFFFFFF] * (sector // 4 - len(fat))
    directory = b''
    for i, (name, kind, payload) in enumerate(entries):
        encoded = (name + '\0').encode('utf-16-le')
        child = 1 if i == 0 else 0xFFFFFFFF
        right = i + 1 if 0 < i < len(entries) - 1 else 0xFFFFFFFF
        start = 0xFFFFFFFE if i == 0 else starts[i - 1]
        size = 0 if i == 0 else len(payload)
        directory += (encoded.ljust(64, b'\0') + struct.pack('<HBB', len(encoded), kind, 1) +
                      struct.pack('<III', 0xFFFFFFFF, right, child) + b'\0' * 16 + struct.pack('<I', 0) +
                      b'\0' * 16 + struct.pack('<IQ', start, size))
    directory = directory.ljust(sector, b'\0')
    header = (b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 16 + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) +
              b'\0' * 6 + struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0))
    difat = struct.pack('<I', 0) + b'\xFF' * (436 - 4)
    header = header + difat
    assert len(header) == 512, len(header)
    return header + struct.pack(f'<{sector // 4}I', *fat) + directory + b''.join(data_sectors)


def broken_files():
    # a CSV that someone renamed to .xlsx
    with open(os.path.join(HERE, 'renamed-csv.xlsx'), 'w', encoding='utf-8', newline='') as f:
        f.write('Record ID,Deal Name,Amount\r\n1,Acme,100\r\n')
    # a zip archive that is not a workbook
    write_zip(os.path.join(HERE, 'not-a-workbook.xlsx'), {'readme.txt': 'Quarterly pictures\n',
                                                          'photos/q1.txt': 'not a photo\n'})
    # a workbook cut off in transfer: the first 60% of the Salesforce report
    with open(os.path.join(HERE, 'salesforce-opportunities-report.xlsx'), 'rb') as f:
        whole = f.read()
    with open(os.path.join(HERE, 'truncated.xlsx'), 'wb') as f:
        f.write(whole[:len(whole) * 6 // 10])
    # a password-protected workbook: Excel writes a Compound File holding EncryptionInfo (here the agile
    # header, version 4.4) and EncryptedPackage (the encrypted zip, 8-byte size first)
    info = struct.pack('<HHI', 4, 4, 0x40) + (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.'
        'microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" '
        'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>').encode()
    package = struct.pack('<Q', 9000) + bytes((i * 37 + 11) % 256 for i in range(9008))
    with open(os.path.join(HERE, 'password-protected.xlsx'), 'wb') as f:
        f.write(cfb([('EncryptionInfo', info), ('EncryptedPackage', package)]))
    # an Excel 97-2003 workbook saved with the .xls name
    with open(os.path.join(HERE, 'legacy-97-2003.xls'), 'wb') as f:
        f.write(cfb([('Workbook', b'\x09\x08\x10\x00\x00\x06\x05\x00' + b'\0' * 600)]))
    # a workbook whose sheet part is missing from the archive
    with zipfile.ZipFile(os.path.join(HERE, 'cells.xlsx')) as z:
        parts = {n: z.read(n) for n in z.namelist() if n != 'xl/worksheets/sheet1.xml'}
    write_zip(os.path.join(HERE, 'missing-sheet-part.xlsx'), parts)


# ---------------------------------------------------------------------------------------------------------
# CSV -> workbook, as Excel opens a CSV (US locale), without what Excel would lose.
NUMBER = re.compile(r'^-?(0|[1-9]\d{0,14})(\.\d+)?$')
ISO_DATE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')
US_DATE = re.compile(r'^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$')
US_DATETIME = re.compile(r'^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}) (\d{1,2}):(\d{2}) ([AP]M)$')


def excel_year(y):
    y = int(y)
    if y < 100:
        return 2000 + y if y < 30 else 1900 + y
    return y


def convert_cell(text):
    if text == '':
        return None
    if text in ('TRUE', 'FALSE'):
        return ('b', 1 if text == 'TRUE' else 0)
    if NUMBER.match(text) and len(text.replace('-', '').replace('.', '')) <= 15:
        return ('n', text)
    m = ISO_DATE.match(text)
    if m:
        return ('d', dt.date(int(m[1]), int(m[2]), int(m[3])), 'yyyy-mm-dd')
    m = US_DATE.match(text)
    if m:
        return ('d', dt.date(excel_year(m[3]), int(m[1]), int(m[2])), 'm/d/yy')
    m = US_DATETIME.match(text)
    if m:
        hour = int(m[4]) % 12 + (12 if m[6] == 'PM' else 0)
        return ('d', dt.datetime(excel_year(m[3]), int(m[1]), int(m[2]), hour, int(m[5])), 'm/d/yy h:mm AM/PM')
    return text


def csv_to_book(csv_path, sheet_name):
    with open(csv_path, encoding='utf-8-sig', newline='') as f:
        records = list(csv.reader(f))
    rows = {}
    for i, rec in enumerate(records):
        rows[i + 1] = [rec[0] if i == 0 else convert_cell(rec[0])] if not rec else \
            ([c for c in rec] if i == 0 else [convert_cell(c) for c in rec])
    book = Book()
    book.sheet(sheet_name[:31], rows)
    return book


def convert_real(src, out):
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if name.endswith('.csv'):
            csv_to_book(os.path.join(src, name), name[:-4]).save(os.path.join(out, name[:-4] + '.xlsx'))


def bench_book(rows, out_xlsx, out_csv):
    """The same contacts as a workbook and as a CSV: HubSpot contacts export columns."""
    header = ['Record ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'Job Title', 'Lifecycle Stage',
              'Lead Status', 'Original Source', 'Create Date', 'Became a Lead Date',
              'Became a Marketing Qualified Lead Date', 'Contact owner']
    stages = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer']
    sources = ['Organic Search', 'Paid Search', 'Email Marketing', 'Social Media', 'Referrals']
    sheet_rows = {1: header}
    base = dt.datetime(2023, 1, 1, 9, 0)
    with open(out_csv, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        for i in range(rows):
            created = base + dt.timedelta(minutes=37 * i)
            lead = created + dt.timedelta(days=1)
            mql = created + dt.timedelta(days=3)
            rec = [str(100000 + i), f'First{i % 997}', f'Last{i % 1009}', f'person{i}@example{i % 50}.com',
                   f'Company {i % 2000}', ['VP Marketing', 'Sales Manager', 'CTO', 'Analyst'][i % 4],
                   stages[i % 6], 'Open', sources[i % 5]]
            w.writerow(rec + [d.strftime('%Y-%m-%d %H:%M:%S') for d in (created, lead, mql)] + [f'Owner {i % 12}'])
            sheet_rows[i + 2] = [('n', rec[0])] + rec[1:] + [('d', d, 'yyyy-mm-dd hh:mm:ss')
                                                             for d in (created, lead, mql)] + [f'Owner {i % 12}']
    book = Book()
    book.sheet('Contacts', sheet_rows)
    book.save(out_xlsx)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == '--real':
        convert_real(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) == 5 and sys.argv[1] == '--bench':
        bench_book(int(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    salesforce_report().save(os.path.join(HERE, 'salesforce-opportunities-report.xlsx'))
    salesforce_report(bad_close_date=True).save(os.path.join(HERE, 'salesforce-opportunities-bad-date.xlsx'))
    hubspot_deals(os.path.join(HERE, 'hubspot-deals.xlsx'))
    cells_book().save(os.path.join(HERE, 'cells.xlsx'))
    date1904_book().save(os.path.join(HERE, 'date1904.xlsx'))
    sheets_book().save(os.path.join(HERE, 'sheets.xlsx'))
    no_refs_book().save(os.path.join(HERE, 'no-cell-references.xlsx'))
    broken_files()


if __name__ == '__main__':
    main()
