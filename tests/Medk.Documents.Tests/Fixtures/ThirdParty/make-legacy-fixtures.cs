#:project ../../../../src/Medk.Documents/Medk.Documents.csproj
// Writes each seed order (src/Medk.Data/Demo/Seeds) as an HTML page with a bordered table, exactly as the
// importer's text reader sees it (preamble paragraphs, then the rows and cells); make-legacy-fixtures.sh then
// has LibreOffice turn those pages into DOC, RTF, PDF and XLS. Not part of the test project (Compile Remove).
// Usage: dotnet run make-legacy-fixtures.cs -- <seeds folder> <output folder>
using System.Net;
using System.Text;
using Medk.Documents.Reading;

var (seeds, output) = (args[0], args[1]);
Directory.CreateDirectory(output);
foreach (var path in Directory.GetFiles(seeds, "*.txt").Order())
{
    var document = TextTableReader.Read(TextDecoder.Decode(File.ReadAllBytes(path)))
        ?? throw new InvalidOperationException(path + ": no table");
    var name = Path.GetFileNameWithoutExtension(path);
    File.WriteAllText(Path.Combine(output, name + ".html"), Html(document, withPreamble: true), Encoding.UTF8);
    // The DOC has no repeated header row: LibreOffice writes it to DOCX as <w:tblHeader w:val="true"/>, which the
    // DOCX reader of main refuses until the attribute fix of issue 9 lands; the PDF and RTF keep it.
    File.WriteAllText(Path.Combine(output, name + ".doc.html"), Html(document, withPreamble: true, repeatHeader: false), Encoding.UTF8);
    // The same order with a table drawn without any lines: the PDF reader finds its columns by the header.
    File.WriteAllText(Path.Combine(output, name + ".unruled.html"), Html(document, withPreamble: true, border: 0), Encoding.UTF8);
    // Calc puts the preamble lines in column A above the table; the sheet fixture is the table alone.
    File.WriteAllText(Path.Combine(output, name + ".table.html"), Html(document, withPreamble: false), Encoding.UTF8);
}

static string Html(RawDocument document, bool withPreamble, bool repeatHeader = true, int border = 1)
{
    var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Приказ</title>"
        // Some seed rows have cells shifted one or two columns right; at 7 pt the widest table still fits A4.
        + "<style>td, th { font-size: 7pt; }</style></head><body>\n");
    foreach (var block in document.Blocks)
    {
        switch (block)
        {
            case ParagraphBlock p when withPreamble && p.Text.Trim().Length > 0:
                sb.Append("<p>").Append(Escape(p.Text.Trim())).Append("</p>\n");
                break;
            case TableBlock t:
                // Trailing tabs in the seeds make empty columns that would push the table off the page.
                var width = t.Rows.Max(r => r.Cells.Count - r.Cells.Reverse().TakeWhile(c => c.IsEmpty).Count());
                sb.Append($"<table border=\"{border}\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
                for (var r = 0; r < t.Rows.Count; r++)
                {
                    var row = t.Rows[r];
                    // The first row is the header: in <thead> Writer repeats it on every page.
                    sb.Append(r == 0 && repeatHeader ? "<thead><tr>" : "<tr>");
                    // A line of a text seed without cells is the end of a cell cut by a page break (seed 003):
                    // in a table it is a row of its own with the text under the action column (the second).
                    var cells = row.IsLoose ? ["", row[0]] : row.Cells.Select(c => c.Text).ToList();
                    for (var c = 0; c < width; c++)
                    {
                        var text = c < cells.Count ? cells[c] : "";
                        sb.Append(r == 0 ? "<th>" : "<td>").Append(Escape(text)).Append(r == 0 ? "</th>" : "</td>");
                    }
                    sb.Append(r == 0 && repeatHeader ? "</tr></thead>\n<tbody>\n" : "</tr>\n");
                }
                sb.Append(repeatHeader ? "</tbody></table>\n" : "</table>\n");
                break;
        }
    }
    return sb.Append("</body></html>\n").ToString();
}

static string Escape(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>");
