using System.Text;

namespace Medk.Documents.Reading;

/// <summary>
/// Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251 when the bytes are not
/// valid UTF-8. Refuses binary data and text whose letters do not look like Russian in any of those encodings
/// (KOI8-R, CP866, doubly encoded UTF-8), rather than importing gibberish.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(DecodeUtf8(bytes[3..]));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(Encoding.Unicode.GetString(bytes[2..]));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }
        if (LooksBinary(bytes))
        {
            throw new RoadmapImportException(Messages.NotADocument);
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1251.GetString(bytes);
        }
        return Checked(text);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new RoadmapImportException(Messages.WrongEncoding, ex);
        }
    }

    /// <summary>NUL bytes or many control characters: not text in any encoding we accept.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }
        return control > sample.Length / 200 + 1;
    }

    private static string Checked(string text)
    {
        if (!LooksLikeRussian(text))
        {
            throw new RoadmapImportException(Messages.WrongEncoding);
        }
        return text;
    }

    /// <summary>
    /// Russian prose has about 42% vowels among its letters; text decoded with the wrong code page does not
    /// (KOI8-R read as 1251 turns «о» into «П», CP866 turns half the alphabet into symbols, doubly encoded
    /// UTF-8 is mostly «Р» and «С»). Letters outside the Russian alphabet from the same code page are a second sign.
    /// </summary>
    internal static bool LooksLikeRussian(string text)
    {
        int russian = 0, vowels = 0, foreign = 0;
        foreach (var ch in text)
        {
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'а' and <= 'я' or 'ё')
            {
                russian++;
                if ("аеёиоуыэюя".Contains(c))
                {
                    vowels++;
                }
            }
            else if (c is >= '\u0400' and <= '\u04FF' or >= '\u0080' and <= '\u009F' or '¤' or '¦' || "‚„†‡€‰‹›™".Contains(c))
            {
                foreign++;
            }
        }
        if (russian + foreign < 40)
        {
            return true;
        }
        if (foreign > (russian + foreign) / 20)
        {
            return false;
        }
        var share = (double)vowels / russian;
        return share is > 0.3 and < 0.6;
    }
}
