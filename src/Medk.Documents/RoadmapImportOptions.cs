using Medk.Documents.Reading;

namespace Medk.Documents;

/// <summary>What the importer may use beyond its own readers.</summary>
public sealed record RoadmapImportOptions
{
    /// <summary>No converter: DOC, XLS and RTF are refused with a message that says how to get them read.</summary>
    public static RoadmapImportOptions Default { get; } = new();

    public ILegacyConverter? LegacyConverter { get; init; }

    /// <summary>
    /// What a server uses: LibreOffice at <paramref name="libreOfficePath"/>, or found on PATH when it is empty
    /// (configuration <c>Documents:LibreOfficePath</c> and <c>Documents:ConversionTimeoutSeconds</c>).
    /// </summary>
    public static RoadmapImportOptions WithLibreOffice(string? libreOfficePath, int? timeoutSeconds = null) => new()
    {
        LegacyConverter = new LibreOfficeConverter(new LibreOfficeOptions
        {
            ExecutablePath = string.IsNullOrWhiteSpace(libreOfficePath) ? null : libreOfficePath,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds is > 0 ? timeoutSeconds.Value : 60),
        }),
    };
}
