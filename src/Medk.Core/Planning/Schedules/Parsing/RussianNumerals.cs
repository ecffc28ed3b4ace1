namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>
/// Cardinal numbers written as words, in any case («двух», «трех», «пяти»): deadlines say
/// «раз в два месяца», indicators say «не менее трех пар». Shared by the schedule and indicator parsers.
/// </summary>
internal static class RussianNumerals
{
    private static readonly Dictionary<string, int> Words = Build();

    /// <summary>A single number word: «двух» → 2, «двадцати» → 20.</summary>
    public static int? Value(string word) => Words.TryGetValue(word, out var value) ? value : null;

    /// <summary>
    /// Reads a number written in words starting at <paramref name="index"/>, including compounds
    /// («двадцать пять»). Returns how many words it took, 0 when there is no number.
    /// </summary>
    public static int Read(IReadOnlyList<string> words, int index, out int value)
    {
        value = 0;
        if (index >= words.Count || Value(words[index]) is not int first)
        {
            return 0;
        }
        value = first;
        var isTens = first >= 20 && first % 10 == 0 && first < 100;
        if (isTens && index + 1 < words.Count && Value(words[index + 1]) is int unit and >= 1 and <= 9)
        {
            value += unit;
            return 2;
        }
        return 1;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int value, params string[] forms)
        {
            foreach (var form in forms)
            {
                map[form] = value;
            }
        }

        Add(1, "один", "одна", "одно", "одного", "одной", "одну", "одному", "одним", "одном");
        Add(2, "два", "две", "двух", "двум", "двумя");
        Add(3, "три", "трех", "трем", "тремя");
        Add(4, "четыре", "четырех", "четырем", "четырьмя");
        Add(5, "пять", "пяти", "пятью");
        Add(6, "шесть", "шести", "шестью");
        Add(7, "семь", "семи", "семью");
        Add(8, "восемь", "восьми", "восемью");
        Add(9, "девять", "девяти", "девятью");
        Add(10, "десять", "десяти", "десятью");
        string[] teens =
        [
            "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
            "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат",
        ];
        for (var i = 0; i < teens.Length; i++)
        {
            Add(11 + i, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        }
        Add(20, "двадцать", "двадцати", "двадцатью");
        Add(30, "тридцать", "тридцати", "тридцатью");
        Add(40, "сорок", "сорока");
        Add(50, "пятьдесят", "пятидесяти");
        Add(60, "шестьдесят", "шестидесяти");
        Add(70, "семьдесят", "семидесяти");
        Add(80, "восемьдесят", "восьмидесяти");
        Add(90, "девяносто", "девяноста");
        Add(100, "сто", "ста");
        return map;
    }
}
