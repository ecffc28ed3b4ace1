namespace Medk.Documents;

/// <summary>
/// A report made of titled tables (the analytical report of a cycle): what authorities paste into their own
/// reports. Numbers are given as text already formatted for people («87,5 %»).
/// </summary>
public sealed record TableReport(string Title, IReadOnlyList<string> Lines, IReadOnlyList<TableSection> Sections);

public sealed record TableSection(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);
