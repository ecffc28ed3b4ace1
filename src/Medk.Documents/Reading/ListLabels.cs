using System.Globalization;
using System.Text;

namespace Medk.Documents.Reading;

/// <summary>How list numbers are drawn, shared by Word's numbering (<see cref="DocxNumbering"/>) and OpenDocument's lists.</summary>
internal static class ListLabels
{
    /// <summary>A number in one of Word's formats; the rare ones (Japanese counting, ordinals in words) as digits.</summary>
    public static string Digits(int value, string format) => format switch
    {
        "none" => "",
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "lowerLetter" => Letters(value, "abcdefghijklmnopqrstuvwxyz"),
        "russianUpper" => Letters(value, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
        "russianLower" => Letters(value, "абвгдежзиклмнопрстуфхцчшщэюя"),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letters repeat after the alphabet: a…z, aa…zz.</summary>
    private static string Letters(int value, string alphabet)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        var letter = alphabet[(value - 1) % alphabet.Length];
        return new string(letter, (value - 1) / alphabet.Length + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        (int Value, string Text)[] steps = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (step, text) in steps)
        {
            while (value >= step)
            {
                sb.Append(text);
                value -= step;
            }
        }
        return sb.ToString();
    }

}
