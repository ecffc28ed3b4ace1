namespace Medk.Documents.Reading;

/// <summary>
/// An OOXML on/off property (w:tblHeader, w:vanish, w:b…) as writers really spell it: the standard allows
/// «true», «1», «on», «false», «0», «off», and an element without a value means «on». LibreOffice writes
/// «true»; Word writes nothing or «0». Anything else is read as «on», as Word does with an element present.
/// </summary>
internal static class OnOff
{
    public static bool IsOn(string? value) =>
        value is null || value.Trim().ToLowerInvariant() is not ("false" or "0" or "off" or "none");
}
