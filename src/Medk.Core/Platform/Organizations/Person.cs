using Medk.Core.Common;

namespace Medk.Core.Platform.Organizations;

/// <summary>
/// A person named in roadmaps (a coordinator, a curator, a director), who may or may not have an
/// account. Documents name people by initials and surname («О.А. Ефимова»), so the short form is kept.
/// </summary>
public class Person
{
    public const int NameMaxLength = 200;

    private Person()
    {
    }

    public Person(int organizationId, string fullName, string? position = null)
    {
        OrganizationId = organizationId;
        Rename(fullName);
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string FullName { get; private set; } = "";

    /// <summary>«Ефимова О.А.»: surname and initials, the way documents name people.</summary>
    public string ShortName { get; private set; } = "";
    public string? Position { get; private set; }
    public Guid? UserId { get; private set; }
    public string SearchText { get; private set; } = "";

    public void Rename(string fullName)
    {
        fullName = fullName.Trim();
        if (fullName.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Укажите ФИО (не длиннее 200 символов).");
        }
        FullName = fullName;
        ShortName = PersonName.Short(fullName);
        SearchText = Common.SearchText.Normalize(FullName, ShortName);
    }

    public void LinkUser(Guid? userId) => UserId = userId;
}

/// <summary>Names of people as documents write them.</summary>
public static class PersonName
{
    /// <summary>«Ефимова Ольга Александровна» → «Ефимова О.А.»; an already short name is kept.</summary>
    public static string Short(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Skip(1).Any(p => p.EndsWith('.')))
        {
            return fullName.Trim();
        }
        return parts[0] + " " + string.Concat(parts.Skip(1).Take(2).Select(p => char.ToUpperInvariant(p[0]) + "."));
    }
}
