using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Medk.Documents.Writing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Medk.Documents;

/// <summary>
/// Writes a status report (отчёт о ходе исполнения) in the table form authorities exchange: a heading with the
/// counts, then № | Мероприятие | Срок | Ответственный | Контрольные даты и статус | Результат | Подтверждающие
/// документы | Подтверждение, section rows spanning the table in bold. Word: landscape, the header row repeated on
/// every page. Excel: the header row frozen and printed on every page; a territory report gets a summary sheet and
/// a sheet per roadmap.
/// </summary>
public static class StatusReportWriter
{
    public const string Caption = "Отчёт о ходе исполнения";

    private static readonly (string Caption, int Weight, double ExcelWidth)[] Columns =
    [
        ("№", 5, 7),
        ("Мероприятие", 24, 42),
        ("Срок", 10, 16),
        ("Ответственный", 12, 20),
        ("Контрольные даты и статус", 14, 26),
        ("Результат", 18, 36),
        ("Подтверждающие документы", 13, 24),
        ("Подтверждение", 13, 24),
    ];

    private static readonly (string Caption, int Weight, double ExcelWidth)[] OverviewColumns =
    [
        ("№", 4, 6),
        ("Организация", 24, 36),
        ("Дорожная карта", 36, 60),
        ("Контрольных точек", 8, 12),
        ("Выполнено", 8, 12),
        ("Просрочено", 8, 12),
        ("На проверке", 8, 12),
        ("Исполнение, %", 8, 13),
    ];

    public static byte[] ToXlsx(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        Xlsx.Write(report, stream);
        return stream.ToArray();
    }

    public static byte[] ToDocx(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        Docx.Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>The heading of the whole report: caption, title, then labelled lines, the counts and the notes.</summary>
    private static List<(string Text, bool Emphasis)> ReportHeading(StatusReport report)
    {
        var lines = new List<(string, bool)> { (Caption, true), (report.Title, true) };
        if (!string.IsNullOrWhiteSpace(report.Owner))
        {
            lines.Add(((report.Scope == StatusReportScope.Territory ? "Территория: " : "Организация: ") + report.Owner.Trim(), false));
        }
        if (PeriodText(report.PeriodStart, report.PeriodEnd) is { } period)
        {
            lines.Add(("Период: " + period, false));
        }
        if (!string.IsNullOrWhiteSpace(report.Approval))
        {
            lines.Add(("Утверждающий документ: " + report.Approval.Trim(), false));
        }
        lines.Add((AsOfLine(report.AsOf), false));
        lines.Add((report.Summary.Line(), false));
        lines.AddRange(report.Notes.Select(n => (n, false)));
        return lines;
    }

    /// <summary>A roadmap's heading in a territory report: «Организация. Название», period and approval, its counts.</summary>
    private static List<(string Text, bool Emphasis)> SectionHeading(StatusReportSection section, DateOnly? asOf = null)
    {
        var lines = new List<(string, bool)>();
        var title = string.Join(". ", new[] { section.OwnerName, section.Title }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()));
        if (title.Length > 0)
        {
            lines.Add((title, true));
        }
        var details = new List<string>();
        if (PeriodText(section.PeriodStart, section.PeriodEnd) is { } period)
        {
            details.Add("Период: " + period);
        }
        if (!string.IsNullOrWhiteSpace(section.Approval))
        {
            details.Add("утверждающий документ: " + section.Approval.Trim());
        }
        if (details.Count > 0)
        {
            lines.Add((string.Join("; ", details), false));
        }
        if (asOf is { } date)
        {
            lines.Add((AsOfLine(date), false));
        }
        if (section.Summary is { } summary)
        {
            lines.Add((summary.Line(), false));
        }
        return lines;
    }

    private static string AsOfLine(DateOnly asOf) => "Состояние на " + asOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«2022 год», «2021–2022 годы», or the exact dates when the period is not whole years.</summary>
    internal static string? PeriodText(DateOnly? start, DateOnly? end)
    {
        if (start is not { } s || end is not { } e)
        {
            return null;
        }
        if (s is { Month: 1, Day: 1 } && e is { Month: 12, Day: 31 })
        {
            return s.Year == e.Year ? $"{s.Year} год" : $"{s.Year}–{e.Year} годы";
        }
        return string.Create(CultureInfo.InvariantCulture, $"с {s:dd.MM.yyyy} по {e:dd.MM.yyyy}");
    }

    private static string SectionText(StatusReportRow row) =>
        row.Number is { Length: > 0 } number ? $"{number.TrimEnd('.')}. {row.Text}" : row.Text;

    private static string[] Cells(StatusReportRow row) =>
    [
        row.Number ?? "", row.Text, row.DeadlineText ?? "", row.Responsible ?? "", row.CheckpointsText ?? "",
        row.ResultText ?? "", row.EvidenceText ?? "", row.ConfirmationText ?? "",
    ];

    private static string[] OverviewCells(int index, StatusReportSection section)
    {
        var summary = section.Summary ?? StatusSummary.Empty;
        return
        [
            (index + 1).ToString(CultureInfo.InvariantCulture), section.OwnerName ?? "", section.Title ?? "",
            summary.Total.ToString(CultureInfo.InvariantCulture), summary.Done.ToString(CultureInfo.InvariantCulture),
            summary.Overdue.ToString(CultureInfo.InvariantCulture), summary.UnderReview.ToString(CultureInfo.InvariantCulture),
            StatusSummary.Percent(summary.CompletionPercent),
        ];
    }

    /// <summary>
    /// Report texts come from people: line breaks are made uniform and characters XML cannot carry (control codes
    /// pasted from other programs, broken surrogates) are dropped, or the package would not open.
    /// </summary>
    internal static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                builder.Append(c).Append(normalized[++i]);
            }
            else if (c is '\n' or '\t' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static class Xlsx
    {
        // An Excel cell holds at most 32 767 characters.
        private const int MaxCellText = 32_000;
        private const string RoadmapSheet = Caption;
        private const string OverviewSheet = "Сводка";

        // Cell formats of the stylesheet below, by index.
        private const uint BodyStyle = 1;
        private const uint HeaderStyle = 2;
        private const uint SectionStyle = 3;
        private const uint TitleStyle = 4;
        private const uint LineStyle = 5;
        private const uint FirstIndentStyle = 6; // 6, 7, 8: one to three steps
        private const uint NumberStyle = 9;
        private const uint PercentStyle = 10;
        private const int IndentSteps = 3;

        public static void Write(StatusReport report, Stream output)
        {
            using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheets = new S.Sheets();
            var printTitles = new S.DefinedNames();
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            void AddSheet(string wantedName, S.Worksheet worksheet, uint headerRow)
            {
                var name = SheetNames.Unique(wantedName, taken);
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = worksheet;
                var index = (uint)sheets.ChildElements.Count;
                sheets.Append(new S.Sheet { Name = name, SheetId = index + 1, Id = workbookPart.GetIdOfPart(part) });
                printTitles.Append(new S.DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!${headerRow}:${headerRow}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = index,
                });
            }

            if (report.Scope == StatusReportScope.Territory)
            {
                var overview = new SheetBuilder(OverviewColumns);
                overview.Heading(ReportHeading(report));
                var header = overview.Header();
                for (var i = 0; i < report.Sections.Count; i++)
                {
                    overview.OverviewRow(i, report.Sections[i]);
                }
                AddSheet(OverviewSheet, overview.Build(header), header);
                for (var i = 0; i < report.Sections.Count; i++)
                {
                    var section = report.Sections[i];
                    var sheet = new SheetBuilder(Columns);
                    sheet.Heading([(Caption, true), .. SectionHeading(section, report.AsOf)]);
                    var sectionHeader = sheet.Header();
                    sheet.Rows(section.Rows);
                    AddSheet(section.OwnerName ?? section.Title ?? $"Лист {i + 2}", sheet.Build(sectionHeader), sectionHeader);
                }
            }
            else
            {
                var sheet = new SheetBuilder(Columns);
                sheet.Heading(ReportHeading(report));
                var header = sheet.Header();
                sheet.Rows(report.Sections.SelectMany(s => s.Rows));
                AddSheet(RoadmapSheet, sheet.Build(header), header);
            }
            workbookPart.Workbook = new S.Workbook(sheets, printTitles);
        }

        private sealed class SheetBuilder((string Caption, int Weight, double ExcelWidth)[] columns)
        {
            private readonly S.SheetData _data = new();
            private readonly S.MergeCells _merges = new();
            private readonly string _lastColumn = SheetParts.ColumnName(columns.Length - 1);
            private readonly double _totalWidth = columns.Sum(c => c.ExcelWidth);
            private uint _row;

            /// <summary>Heading lines merged across the table; merged cells do not grow with their text, so the height is set.</summary>
            public void Heading(IEnumerable<(string Text, bool Emphasis)> lines)
            {
                foreach (var (text, emphasis) in lines)
                {
                    _row++;
                    var clean = Clip(text);
                    var row = new S.Row(SheetParts.TextCell("A", _row, clean, emphasis ? TitleStyle : LineStyle)) { RowIndex = _row };
                    var lineCount = clean.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(l.Length * (emphasis ? 1.25 : 1.1) / _totalWidth)));
                    if (lineCount > 1 || emphasis)
                    {
                        row.Height = lineCount * (emphasis ? 16.5 : 13.5);
                        row.CustomHeight = true;
                    }
                    _data.Append(row);
                    Merge();
                }
            }

            public uint Header()
            {
                _row++;
                _data.Append(new S.Row(columns.Select((c, i) => SheetParts.TextCell(SheetParts.ColumnName(i), _row, c.Caption, HeaderStyle))) { RowIndex = _row });
                return _row;
            }

            public void Rows(IEnumerable<StatusReportRow> rows)
            {
                foreach (var row in rows)
                {
                    _row++;
                    if (row.IsSection)
                    {
                        var cells = new List<S.Cell> { SheetParts.TextCell("A", _row, Clip(SectionText(row)), SectionStyle) };
                        cells.AddRange(Enumerable.Range(1, columns.Length - 1).Select(i => new S.Cell
                        {
                            CellReference = SheetParts.ColumnName(i) + _row.ToString(CultureInfo.InvariantCulture),
                            StyleIndex = SectionStyle,
                        }));
                        _data.Append(new S.Row(cells) { RowIndex = _row });
                        Merge();
                        continue;
                    }
                    var texts = Cells(row);
                    var indent = FirstIndentStyle + (uint)Math.Min(row.Depth, IndentSteps) - 1;
                    _data.Append(new S.Row(texts.Select((t, i) =>
                        SheetParts.TextCell(SheetParts.ColumnName(i), _row, Clip(t), i == 1 && row.Depth > 0 ? indent : BodyStyle))) { RowIndex = _row });
                }
            }

            /// <summary>Counts as numbers, so that the summary sheet can be sorted and added up.</summary>
            public void OverviewRow(int index, StatusReportSection section)
            {
                _row++;
                var summary = section.Summary ?? StatusSummary.Empty;
                var row = new S.Row { RowIndex = _row };
                row.Append(
                    Number(0, index + 1, NumberStyle),
                    SheetParts.TextCell("B", _row, Clip(section.OwnerName ?? ""), BodyStyle),
                    SheetParts.TextCell("C", _row, Clip(section.Title ?? ""), BodyStyle),
                    Number(3, summary.Total, NumberStyle),
                    Number(4, summary.Done, NumberStyle),
                    Number(5, summary.Overdue, NumberStyle),
                    Number(6, summary.UnderReview, NumberStyle));
                row.Append(summary.CompletionPercent is { } percent
                    ? Number(7, percent, PercentStyle)
                    : SheetParts.TextCell("H", _row, "—", NumberStyle));
                _data.Append(row);
            }

            private S.Cell Number(int column, decimal value, uint style) => new()
            {
                CellReference = SheetParts.ColumnName(column) + _row.ToString(CultureInfo.InvariantCulture),
                CellValue = new S.CellValue(value),
                DataType = S.CellValues.Number,
                StyleIndex = style,
            };

            public S.Worksheet Build(uint headerRow)
            {
                var worksheet = new S.Worksheet(
                    new S.SheetViews(new S.SheetView(
                        new S.Pane
                        {
                            VerticalSplit = headerRow,
                            TopLeftCell = "A" + (headerRow + 1).ToString(CultureInfo.InvariantCulture),
                            ActivePane = S.PaneValues.BottomLeft,
                            State = S.PaneStateValues.Frozen,
                        },
                        new S.Selection { Pane = S.PaneValues.BottomLeft })
                    { WorkbookViewId = 0 }),
                    new S.Columns(columns.Select((c, i) => new S.Column
                    {
                        Min = (uint)i + 1,
                        Max = (uint)i + 1,
                        Width = c.ExcelWidth,
                        CustomWidth = true,
                    })),
                    _data);
                if (_merges.HasChildren)
                {
                    worksheet.Append(_merges);
                }
                worksheet.Append(
                    new S.PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                    new S.PageSetup { Orientation = S.OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
                return worksheet;
            }

            private void Merge()
            {
                if (columns.Length > 1)
                {
                    _merges.Append(new S.MergeCell { Reference = $"A{_row}:{_lastColumn}{_row}" });
                }
            }

            private static string Clip(string text)
            {
                var clean = Clean(text);
                return clean.Length <= MaxCellText ? clean : clean[..MaxCellText] + "…";
            }
        }

        private static S.Stylesheet Stylesheet()
        {
            static S.Font Font(bool bold, double size) => bold
                ? new S.Font(new S.Bold(), new S.FontSize { Val = size }, new S.FontName { Val = "Times New Roman" }, new S.FontFamilyNumbering { Val = 1 })
                : new S.Font(new S.FontSize { Val = size }, new S.FontName { Val = "Times New Roman" }, new S.FontFamilyNumbering { Val = 1 });
            var fonts = new S.Fonts(Font(false, 10), Font(true, 10), Font(true, 12));
            var fills = new S.Fills(
                new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }),
                new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 }),
                new S.Fill(new S.PatternFill(new S.ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = S.PatternValues.Solid }),
                new S.Fill(new S.PatternFill(new S.ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = S.PatternValues.Solid }));
            var borders = new S.Borders(
                new S.Border(new S.LeftBorder(), new S.RightBorder(), new S.TopBorder(), new S.BottomBorder(), new S.DiagonalBorder()),
                new S.Border(
                    new S.LeftBorder { Style = S.BorderStyleValues.Thin },
                    new S.RightBorder { Style = S.BorderStyleValues.Thin },
                    new S.TopBorder { Style = S.BorderStyleValues.Thin },
                    new S.BottomBorder { Style = S.BorderStyleValues.Thin },
                    new S.DiagonalBorder()));
            S.CellFormat Format(uint font, uint fill, uint border, S.HorizontalAlignmentValues horizontal, uint indent = 0, uint numberFormat = 0) => new(
                new S.Alignment
                {
                    WrapText = true,
                    Vertical = S.VerticalAlignmentValues.Top,
                    Horizontal = horizontal,
                    Indent = indent > 0 ? (UInt32Value)indent : null,
                })
            {
                FontId = font,
                FillId = fill,
                BorderId = border,
                NumberFormatId = numberFormat,
                ApplyFont = true,
                ApplyFill = fill > 0,
                ApplyBorder = border > 0,
                ApplyAlignment = true,
                ApplyNumberFormat = numberFormat > 0,
            };
            var header = Format(1, 2, 1, S.HorizontalAlignmentValues.Center);
            header.Alignment!.Vertical = S.VerticalAlignmentValues.Center;
            var formats = new S.CellFormats(
                new S.CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                Format(0, 0, 1, S.HorizontalAlignmentValues.Left),
                header,
                Format(1, 3, 1, S.HorizontalAlignmentValues.Left),
                Format(2, 0, 0, S.HorizontalAlignmentValues.Center),
                Format(0, 0, 0, S.HorizontalAlignmentValues.Left),
                Format(0, 0, 1, S.HorizontalAlignmentValues.Left, indent: 1),
                Format(0, 0, 1, S.HorizontalAlignmentValues.Left, indent: 2),
                Format(0, 0, 1, S.HorizontalAlignmentValues.Left, indent: 3),
                Format(0, 0, 1, S.HorizontalAlignmentValues.Right),
                Format(0, 0, 1, S.HorizontalAlignmentValues.Right, numberFormat: 164));
            return new S.Stylesheet(
                new S.NumberingFormats(new S.NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }),
                fonts, fills, borders, new S.CellStyleFormats(new S.CellFormat()), formats);
        }
    }

    private static class Docx
    {
        private const string SectionShade = "F2F2F2";
        private const string HeaderShade = "E7E6E6";
        private const int IndentStep = 170;

        public static void Write(StatusReport report, Stream output)
        {
            using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            WordParts.AddStyles(main, fontHalfPoints: 20);
            var body = new W.Body();
            var heading = ReportHeading(report);
            for (var i = 0; i < heading.Count; i++)
            {
                // The caption and the title are centred like an order's; the details below them read as a list.
                body.Append(Paragraph(heading[i].Text, heading[i].Emphasis, center: i < 2));
            }
            body.Append(new W.Paragraph());
            if (report.Scope == StatusReportScope.Territory)
            {
                body.Append(Table(OverviewColumns, report.Sections.Select((s, i) => (IsSection: false, Depth: 0, Cells: OverviewCells(i, s)))));
                foreach (var section in report.Sections)
                {
                    body.Append(new W.Paragraph());
                    foreach (var (text, emphasis) in SectionHeading(section))
                    {
                        body.Append(Paragraph(text, emphasis, center: false, keepWithNext: true));
                    }
                    body.Append(ItemTable(section.Rows));
                }
            }
            else
            {
                body.Append(ItemTable(report.Sections.SelectMany(s => s.Rows)));
            }
            body.Append(new W.Paragraph());
            body.Append(WordParts.LandscapePage());
            main.Document = new W.Document(body);
        }

        private static W.Table ItemTable(IEnumerable<StatusReportRow> rows) =>
            Table(Columns, rows.Select(r => (r.IsSection, r.Depth, Cells: r.IsSection ? [SectionText(r)] : Cells(r))));

        private static W.Table Table((string Caption, int Weight, double ExcelWidth)[] columns, IEnumerable<(bool IsSection, int Depth, string[] Cells)> rows)
        {
            var total = columns.Sum(c => c.Weight);
            var widths = columns.Select(c => WordParts.UsableWidth * c.Weight / total).ToList();
            var table = WordParts.GridTable(widths);
            // Repeated on every page, and never torn from the first row below it.
            var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader(), new W.CantSplit()));
            for (var i = 0; i < columns.Length; i++)
            {
                header.Append(WordParts.Cell(columns[i].Caption, widths[i], bold: true, shade: HeaderShade, center: true));
            }
            table.Append(header);
            foreach (var (isSection, depth, cells) in rows)
            {
                var row = new W.TableRow();
                if (isSection)
                {
                    row.Append(WordParts.Cell(Clean(cells[0]), widths.Sum(), bold: true, shade: SectionShade, span: columns.Length));
                }
                else
                {
                    for (var i = 0; i < columns.Length; i++)
                    {
                        row.Append(WordParts.Cell(Clean(cells[i]), widths[i], indent: i == 1 ? Math.Min(depth, 3) * IndentStep : 0));
                    }
                }
                table.Append(row);
            }
            return table;
        }

        private static W.Paragraph Paragraph(string text, bool bold, bool center, bool keepWithNext = false)
        {
            var properties = new W.ParagraphProperties();
            if (keepWithNext)
            {
                properties.Append(new W.KeepNext());
            }
            properties.Append(new W.Justification { Val = center ? W.JustificationValues.Center : W.JustificationValues.Left });
            var paragraph = new W.Paragraph(properties);
            var clean = Clean(text);
            if (clean.Length > 0)
            {
                paragraph.Append(WordParts.Run(clean.Replace('\n', ' '), bold));
            }
            return paragraph;
        }
    }
}

/// <summary>
/// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, no apostrophe at either end, not «History»,
/// unique regardless of case. Names of organizations break all of them.
/// </summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    public static string Unique(string wanted, ISet<string> taken)
    {
        var clean = new string(XmlText.Valid(wanted).Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? ' ' : c).ToArray());
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
        if (clean.Length == 0 || clean.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            clean = "Лист";
        }
        var name = Cut(clean, MaxLength);
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Cut(clean, MaxLength - suffix.Length) + suffix;
        }
        return name;
    }

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        // Never keep half of a surrogate pair: Excel refuses the name.
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end].TrimEnd(' ', '\'');
    }
}
