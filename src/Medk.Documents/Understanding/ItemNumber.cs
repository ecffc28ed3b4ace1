using System.Globalization;
using System.Text.RegularExpressions;

namespace Medk.Documents.Understanding;

/// <summary>Item numbers: «1», «1.1.», «1.1.1»; how they nest and which one may follow which.</summary>
internal static partial class ItemNumber
{
    /// <summary>At most three digits a level, so that a year («2022») is never taken for an item number.</summary>
    public static bool IsNumberLike(string text) => Number().IsMatch(text.Trim());

    /// <summary>The trailing dot or bracket is punctuation, not part of the number: «1.1.», «1.1)» and «1.1» are the same item.</summary>
    public static string Normalize(string text) => text.Trim().TrimEnd('.', ')').Trim();

    public static int[]? Segments(string? text)
    {
        if (text is null || !IsNumberLike(text))
        {
            return null;
        }
        return Normalize(text).Split('.').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>«1. Управление реализацией…»: a number and a heading written in one cell.</summary>
    public static bool TrySplitLeading(string text, out string number, out string rest)
    {
        var match = NumberAndText().Match(text.Trim());
        number = match.Success ? Normalize(match.Groups[1].Value) : "";
        rest = match.Success ? match.Groups[2].Value.Trim() : text;
        return match.Success;
    }

    public static bool IsAncestor(int[] ancestor, int[] descendant) =>
        ancestor.Length < descendant.Length && ancestor.AsSpan().SequenceEqual(descendant.AsSpan(0, ancestor.Length));

    /// <summary>All ones: «1», «1.1», «1.1.1» may open a list.</summary>
    public static bool IsFirst(int[] number) => number.All(n => n == 1);

    /// <summary>
    /// The numbers that may come after <paramref name="previous"/>: its first child (1.1 → 1.1.1), its next
    /// sibling (1.1 → 1.2), or the next sibling of an ancestor, opening its first descendants (1.1.7 → 1.2.1, 1.2.5 → 2.1).
    /// </summary>
    public static bool Follows(int[] previous, int[] next)
    {
        if (IsAncestor(previous, next) && next.Skip(previous.Length).All(n => n == 1))
        {
            return true;
        }
        for (var j = 0; j < previous.Length && j < next.Length; j++)
        {
            if (previous.AsSpan(0, j).SequenceEqual(next.AsSpan(0, j)) && next[j] == previous[j] + 1 && next.Skip(j + 1).All(n => n == 1))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsPlausibleNext(string previous, string next) =>
        Segments(previous) is { } p && Segments(next) is { } n && Follows(p, n);

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3})*[.)]?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(\d{1,3}(?:\.\d{1,3})*[.)]?)\s+(\S.*)$", RegexOptions.Singleline)]
    private static partial Regex NumberAndText();
}
