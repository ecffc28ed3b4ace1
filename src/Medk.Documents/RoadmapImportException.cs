namespace Medk.Documents;

/// <summary>
/// The file could not be read as a roadmap. The message is written for a person, in Russian, because the
/// web application and the CLI show it as is; the inner exception keeps the technical cause.
/// </summary>
public sealed class RoadmapImportException : Exception
{
    public RoadmapImportException(string message)
        : base(message)
    {
    }

    public RoadmapImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
