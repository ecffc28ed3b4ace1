using Medk.Core.Common;

namespace Medk.Core.Platform.Organizations;

/// <summary>
/// A node of the organization tree. <see cref="Path"/> is a materialized path of ids ("/1/5/23/"),
/// so "this node and everything below it" is a prefix match the database answers from an index.
/// </summary>
public class Organization
{
    public const int FullNameMaxLength = 500;
    public const int ShortNameMaxLength = 200;
    public const int AliasMaxLength = 100;
    public const int MaxAliases = 20;
    public const int CodeMaxLength = 20;
    public const int PathMaxLength = 400;

    private Organization()
    {
    }

    public Organization(OrganizationLevel level, OrganizationKind kind, string fullName, string shortName, Organization? parent)
    {
        OrganizationRules.EnsureCanBeChild(level, kind, parent);
        Level = level;
        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
        Rename(fullName, shortName);
    }

    public int Id { get; private set; }
    public int? ParentId { get; private set; }
    public Organization? Parent { get; private set; }

    /// <summary>"/1/5/23/": the ids from the root to this node. Assigned once the id is known.</summary>
    public string Path { get; private set; } = "";
    public OrganizationLevel Level { get; private set; }
    public OrganizationKind Kind { get; private set; }
    public string FullName { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public string[] Aliases { get; private set; } = [];

    /// <summary>ИНН, ОКТМО or another official code.</summary>
    public string? Code { get; private set; }

    /// <summary>Folded names and aliases, for search that works the same on every database.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Optimistic concurrency: raised by the database layer on every save.</summary>
    public int Version { get; private set; }

    public int Depth => Path.Count(c => c == '/') - 1;

    public void Rename(string fullName, string shortName)
    {
        fullName = fullName.Trim();
        shortName = shortName.Trim();
        if (fullName.Length == 0)
        {
            throw new DomainException("Укажите полное наименование организации.", "fullName");
        }
        if (fullName.Length > FullNameMaxLength)
        {
            throw new DomainException($"Полное наименование длиннее {FullNameMaxLength} символов.", "fullName");
        }
        if (shortName.Length > ShortNameMaxLength)
        {
            throw new DomainException($"Краткое наименование длиннее {ShortNameMaxLength} символов.", "shortName");
        }
        FullName = fullName;
        ShortName = shortName.Length == 0 ? fullName : shortName;
        RefreshSearchText();
    }

    public void SetAliases(IEnumerable<string> aliases)
    {
        var list = aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (list.Length > MaxAliases)
        {
            throw new DomainException($"Не больше {MaxAliases} сокращений на организацию.", "aliases");
        }
        if (list.Any(a => a.Length > AliasMaxLength))
        {
            throw new DomainException($"Сокращение длиннее {AliasMaxLength} символов.", "aliases");
        }
        Aliases = list;
        RefreshSearchText();
    }

    public void SetCode(string? code)
    {
        code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        if (code is { Length: > CodeMaxLength })
        {
            throw new DomainException($"Код длиннее {CodeMaxLength} символов.", "code");
        }
        if (code is not null && !code.All(char.IsDigit))
        {
            throw new DomainException("Код (ИНН или ОКТМО) состоит только из цифр.", "code");
        }
        Code = code;
        RefreshSearchText();
    }

    /// <summary>Called once the database gave the node its id.</summary>
    public void AssignPath(string? parentPath)
    {
        if (Id == 0)
        {
            throw new InvalidOperationException("The path is assigned after the organization is saved.");
        }
        Path = OrganizationPath.Child(parentPath, Id);
    }

    /// <summary>True when the name, short name or any alias equals the text (folded).</summary>
    public bool IsNamed(string text)
    {
        var folded = Common.SearchText.Fold(text);
        return Common.SearchText.Fold(FullName) == folded
            || Common.SearchText.Fold(ShortName) == folded
            || Aliases.Any(a => Common.SearchText.Fold(a) == folded);
    }

    private void RefreshSearchText() =>
        SearchText = Common.SearchText.Normalize([FullName, ShortName, .. Aliases, Code]);
}
