using Medk.Core.Common;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>The order that approves a roadmap: «Приказ № 102-1 от 04.03.2022», signed by И.А. Магон.</summary>
public sealed record ApprovalDocument
{
    public const int KindMaxLength = 50;
    public const int NumberMaxLength = 50;
    public const int SignatoryMaxLength = 200;

    public ApprovalDocument(string kind, string? number, DateOnly? date, string? signatory)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? "Приказ" : kind.Trim();
        Number = Clean(number);
        Date = date;
        Signatory = Clean(signatory);
        if (Kind.Length > KindMaxLength || Number?.Length > NumberMaxLength || Signatory?.Length > SignatoryMaxLength)
        {
            throw new DomainException("Реквизиты утверждающего документа слишком длинные.", "approval");
        }
    }

    public string Kind { get; init; }
    public string? Number { get; init; }
    public DateOnly? Date { get; init; }
    public string? Signatory { get; init; }

    /// <summary>«Приказ № 102-1 от 04.03.2022».</summary>
    public override string ToString()
    {
        var text = Kind;
        if (Number is not null)
        {
            text += " № " + Number;
        }
        if (Date is { } d)
        {
            text += " от " + d.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        }
        return text;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
