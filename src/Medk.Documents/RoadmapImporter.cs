using System.Globalization;
using System.Text.RegularExpressions;
using Medk.Core.Planning.Schedules;
using Medk.Documents.Reading;
using Medk.Documents.Understanding;

namespace Medk.Documents;

/// <summary>
/// Reads a roadmap from a DOCX, XLSX, ODT, ODS, CSV, text or PDF file, and from DOC, XLS and RTF through a converter. The format is told by the content first (a ZIP with
/// a Word or Excel package, old Office, PDF, text) and by the name second. Any problem with the file ends in one
/// <see cref="RoadmapImportException"/> with a message for a person.
/// </summary>
public static partial class RoadmapImporter
{
    public const long MaxFileSize = 50L * 1024 * 1024;

    /// <param name="content">The file; read to the end, not closed.</param>
    /// <param name="fileName">The name as uploaded: its extension helps when the content does not tell.</param>
    /// <param name="year">When given, the roadmap's period is this calendar year whatever the document says.</param>
    /// <param name="options">The converter for DOC, XLS and RTF; without one those are refused with advice.</param>
    public static ImportedRoadmap Import(Stream content, string fileName, int? year = null, RoadmapImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            var bytes = ReadAll(content);
            var document = ReadDocument(bytes, Path.GetExtension(fileName ?? "").ToLowerInvariant(), options ?? RoadmapImportOptions.Default);
            return Understand(document, year);
        }
        catch (RoadmapImportException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Whatever slipped past the readers' own checks is Medk's failure, not the person's file.
            throw RoadmapImportException.ReaderFailed("этот файл", ex);
        }
    }

    private static byte[] ReadAll(Stream content)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileSize)
            {
                throw new RoadmapImportException(Messages.TooLarge);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            throw new RoadmapImportException(Messages.Empty);
        }
        return buffer.ToArray();
    }

    private static RawDocument ReadDocument(byte[] bytes, string extension, RoadmapImportOptions options)
    {
        var span = bytes.AsSpan();
        var claimsWord = extension is ".docx" or ".docm" or ".dotx";
        var claimsExcel = extension is ".xlsx" or ".xlsm" or ".xltx";
        if (span.StartsWith("PK\u0003\u0004"u8) || span.StartsWith("PK\u0005\u0006"u8))
        {
            return PackageReader.Read(bytes, extension);
        }
        if (LegacyDetector.IsOle2(span) || LegacyDetector.IsRtf(span) || PdfTableReader.IsPdf(span))
        {
            return ReadConverted(bytes, options);
        }
        if (claimsWord)
        {
            throw new RoadmapImportException(Messages.NotDocx);
        }
        if (claimsExcel)
        {
            throw new RoadmapImportException(Messages.NotXlsx);
        }
        var text = TextDecoder.Decode(span);
        if (extension == ".csv")
        {
            return CsvTableReader.Read(text);
        }
        // A text that is neither a tabbed table nor CSV-like (a letter, a note) has no roadmap to read.
        return TextTableReader.Read(text)
            ?? (LooksLikeCsv(text) ? CsvTableReader.Read(text) : throw new RoadmapImportException(Messages.NoTable));
    }

    /// <summary>
    /// PDF is read here; DOC, XLS and RTF go through the converter and come back as DOCX or XLSX bytes, read by
    /// the same code as an upload of those (the ZIP checks included), with no converter so nothing loops.
    /// </summary>
    private static RawDocument ReadConverted(byte[] bytes, RoadmapImportOptions options)
    {
        if (PdfTableReader.IsPdf(bytes))
        {
            return PdfTableReader.Read(bytes);
        }
        var format = LegacyDetector.IsRtf(bytes) ? LegacyFormat.Rtf : LegacyDetector.Ole2Kind(bytes) ?? throw new RoadmapImportException(Messages.LegacyOffice);
        var converter = options.LegacyConverter ?? throw new RoadmapImportException(Messages.LibreOfficeMissing(format));
        var converted = converter.Convert(bytes, format);
        return ReadDocument(converted, format == LegacyFormat.Xls ? ".xlsx" : ".docx", RoadmapImportOptions.Default);
    }

    /// <summary>At least two lines of three or more cells split by the same delimiter.</summary>
    private static bool LooksLikeCsv(string text)
    {
        var lines = text.Split('\n');
        return new[] { ';', ',' }.Any(d => lines.Count(l => l.Count(c => c == d) >= 2) >= 2);
    }

    private static ImportedRoadmap Understand(RawDocument document, int? year)
    {
        var table = TableAssembler.Assemble(document);
        var (drafts, treeWarnings) = ItemTreeBuilder.Build(table.Body, table.Layout);
        if (!drafts.Any(d => d.Kind == ImportedItemKind.Item))
        {
            throw new RoadmapImportException(Messages.NoItems);
        }
        var preamble = PreambleParser.Parse(table.Preamble, drafts.SelectMany(d => new[] { d.Title, d.Result, d.Responsible }));
        var warnings = new List<ImportWarning>(table.Warnings);
        DatePeriod period;
        if (year is { } y)
        {
            period = DatePeriod.Year(y);
        }
        else if (preamble.Period is { } found)
        {
            period = found;
        }
        else
        {
            var guessed = YearOfDeadlines(drafts) ?? DateTime.Today.Year;
            period = DatePeriod.Year(guessed);
            warnings.Add(new ImportWarning(null, $"Период дорожной карты не указан в документе: принят {guessed} год."));
        }

        var rowWarnings = new List<ImportWarning>(treeWarnings);
        var items = new List<ImportedItem>(drafts.Count);
        foreach (var draft in drafts)
        {
            var isItem = draft.Kind == ImportedItemKind.Item;
            var schedule = isItem ? ScheduleParser.Parse(draft.Deadline, period) : new Schedule("", ScheduleKind.Unknown, []);
            if (isItem && draft.Deadline.Length == 0)
            {
                rowWarnings.Add(new ImportWarning(draft.SourceRow, "У пункта не указан срок."));
            }
            else if (isItem && schedule.Warning is { } problem)
            {
                rowWarnings.Add(new ImportWarning(draft.SourceRow, $"Срок «{CellText.OneLine(draft.Deadline)}»: {problem}"));
            }
            items.Add(new ImportedItem
            {
                Number = string.IsNullOrEmpty(draft.Number) ? null : draft.Number,
                Kind = draft.Kind,
                Depth = draft.Depth,
                Title = draft.Title,
                Responsible = ResponsibleSplitter.Split(draft.Responsible),
                ResponsibleText = NullIfEmpty(draft.Responsible),
                Result = NullIfEmpty(draft.Result),
                Levels = LevelsParser.Parse(draft.Levels),
                DeadlineText = NullIfEmpty(draft.Deadline),
                Schedule = schedule,
                SourceRow = draft.SourceRow,
            });
        }
        warnings.AddRange(rowWarnings.OrderBy(w => w.Row));
        return new ImportedRoadmap
        {
            Title = preamble.Title,
            Owner = preamble.Owner,
            Approval = preamble.Approval,
            Period = period,
            Columns = table.Columns,
            Items = items,
            Warnings = warnings,
        };
    }

    /// <summary>Without a period in the text, the year most deadlines name is the roadmap's year.</summary>
    private static int? YearOfDeadlines(IEnumerable<DraftItem> drafts) =>
        drafts.SelectMany(d => YearInText().Matches(d.Deadline))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefault();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"(?<!\d)(20\d\d)(?!\d)")]
    private static partial Regex YearInText();
}
