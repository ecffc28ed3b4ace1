using CsvHelper;

namespace Medk.Documents.Reading;

/// <summary>Reads CSV exported by Excel or by hand: the separator («;», «,», tab) is detected by CsvHelper.</summary>
internal static class CsvTableReader
{
    private const int MaxRows = 100_000;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,
        SkipEmptyLines = false,
        TrackLineNumbers = true,
        // Tables under each other have different widths; a bad quote must not stop the import.
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    public static RawDocument Read(string text)
    {
        var rows = new List<RawRow>();
        using var reader = CsvReader.FromText(text, Options);
        while (rows.Count < MaxRows && reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = CellText.FromSource(reader.GetString(i));
            }
            rows.Add(RawRow.FromTexts((int)Math.Min(reader.LineNumber, int.MaxValue), fields));
        }
        return new RawDocument([new TableBlock(rows)]);
    }
}
