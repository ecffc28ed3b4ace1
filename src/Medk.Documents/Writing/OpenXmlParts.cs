using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Medk.Documents.Writing;

/// <summary>Cells built the same way by every workbook Medk writes.</summary>
internal static class SheetParts
{
    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>Inline strings, not the shared-string table: the writers never repeat enough text for it to pay.</summary>
    public static S.Cell TextCell(string column, uint row, string text, uint style) => new()
    {
        CellReference = column + row.ToString(CultureInfo.InvariantCulture),
        DataType = S.CellValues.InlineString,
        InlineString = new S.InlineString(new S.Text(XmlText.Valid(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };
}

/// <summary>The page, fonts and bordered tables every Word document Medk writes shares: A4 landscape, Times New Roman.</summary>
internal static class WordParts
{
    public const int PageWidth = 16838;
    public const int PageHeight = 11906;
    public const int Margin = 1134;

    /// <summary>The width a table may take between the margins, in twentieths of a point.</summary>
    public const int UsableWidth = PageWidth - 2 * Margin;

    public static void AddStyles(MainDocumentPart main, int fontHalfPoints)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new W.Styles(new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new W.FontSize { Val = fontHalfPoints.ToString(CultureInfo.InvariantCulture) },
                new W.Languages { Val = "ru-RU" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }))));
    }

    public static W.SectionProperties LandscapePage() => new(
        new W.PageSize { Width = PageWidth, Height = PageHeight, Orient = W.PageOrientationValues.Landscape },
        new W.PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 709, Footer = 709, Gutter = 0 });

    /// <summary>A full-width table with single black borders and fixed columns of the given widths.</summary>
    public static W.Table GridTable(IReadOnlyList<int> widths)
    {
        var border = new Func<W.BorderType, W.BorderType>(b =>
        {
            b.Val = W.BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
            return b;
        });
        // In the schema's order (width, borders, layout, margins): Word forgives another order, validators do not.
        var table = new W.Table(new W.TableProperties(
            new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableBorders(
                border(new W.TopBorder()), border(new W.LeftBorder()), border(new W.BottomBorder()),
                border(new W.RightBorder()), border(new W.InsideHorizontalBorder()), border(new W.InsideVerticalBorder())),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "30", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 80, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "30", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 80, Type = W.TableWidthValues.Dxa })));
        table.Append(new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    /// <summary>A cell of one paragraph per line of <paramref name="text"/>; <paramref name="indent"/> is in twentieths of a point.</summary>
    public static W.TableCell Cell(string text, int width, bool bold = false, string? shade = null, int span = 1, bool center = false, int indent = 0)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new W.GridSpan { Val = span });
        }
        if (shade is not null)
        {
            properties.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }
        var cell = new W.TableCell(properties);
        // One paragraph per line, so that Word wraps and the importer reads the lines back.
        foreach (var line in text.Length == 0 ? [""] : XmlText.Valid(text).Split('\n'))
        {
            var paragraph = new W.Paragraph();
            if (center || indent > 0)
            {
                var paragraphProperties = new W.ParagraphProperties();
                if (indent > 0)
                {
                    paragraphProperties.Append(new W.Indentation { Left = indent.ToString(CultureInfo.InvariantCulture) });
                }
                if (center)
                {
                    paragraphProperties.Append(new W.Justification { Val = W.JustificationValues.Center });
                }
                paragraph.Append(paragraphProperties);
            }
            if (line.Length > 0)
            {
                paragraph.Append(Run(line, bold));
            }
            cell.Append(paragraph);
        }
        return cell;
    }

    public static W.Run Run(string text, bool bold)
    {
        var run = new W.Run();
        if (bold)
        {
            run.Append(new W.RunProperties(new W.Bold()));
        }
        run.Append(new W.Text(XmlText.Valid(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
