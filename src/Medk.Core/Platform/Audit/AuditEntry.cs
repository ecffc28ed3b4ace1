using Medk.Core.Common;

namespace Medk.Core.Platform.Audit;

/// <summary>Through what a change came: a page, the API, the command line, or Medk itself (background jobs, start-up).</summary>
public enum AuditChannel
{
    Page,
    Api,
    Cli,
    System,
}

/// <summary>What happened: a row created, changed or deleted, or a security event of an account.</summary>
public enum AuditAction
{
    Created,
    Modified,
    Deleted,
    SignedIn,
    SignInFailed,
    SignedOut,
    AccessRefused,
}

/// <summary>
/// One line of the audit journal (OWASP ASVS V16): who, when, through what and from where, did what to which object,
/// with the values before and after. Written in the same transaction as the change it describes and never changed or
/// deleted by Medk afterwards (decision 026): the class has no method that alters it, the save refuses to, and the
/// database rejects UPDATE and DELETE on its table.
/// </summary>
public class AuditEntry
{
    public const int UserNameMaxLength = 200;
    public const int IpMaxLength = 45;
    public const int EntityTypeMaxLength = 100;
    public const int EntityKeyMaxLength = 100;
    public const int PathMaxLength = 400;
    public const int DetailMaxLength = 1000;
    public const int SearchTextMaxLength = 2000;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, Guid? userId, string userName, AuditChannel channel, string? ip,
        string entityType, string entityKey, AuditAction action, string? changes, string? organizationPath, string? detail)
    {
        At = at;
        UserId = userId;
        UserName = Cut(userName, UserNameMaxLength);
        Channel = channel;
        Ip = ip is null ? null : Cut(ip, IpMaxLength);
        EntityType = Cut(entityType, EntityTypeMaxLength);
        EntityKey = Cut(entityKey, EntityKeyMaxLength);
        Action = action;
        Changes = changes;
        OrganizationPath = organizationPath is null ? null : Cut(organizationPath, PathMaxLength);
        Detail = detail is null ? null : Cut(detail, DetailMaxLength);
        SearchText = Cut(Common.SearchText.Normalize(userName, entityKey, detail, changes), SearchTextMaxLength);
    }

    public long Id { get; private set; }

    /// <summary>When, in UTC.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The account that acted; none for the command line, background jobs and failed sign-ins of unknown addresses.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The name as it was then (an account renamed later keeps its old lines).</summary>
    public string UserName { get; private set; } = "";

    public AuditChannel Channel { get; private set; }
    public string? Ip { get; private set; }

    /// <summary>The kind of object in the code's words (<c>Roadmap</c>, <c>RoadmapItem</c>…); the pages show it in Russian.</summary>
    public string EntityType { get; private set; } = "";

    /// <summary>The object's key as text (composite keys joined by commas); empty for account events.</summary>
    public string EntityKey { get; private set; } = "";

    public AuditAction Action { get; private set; }

    /// <summary>The changed properties as a JSON object: name → {"before": …, "after": …}; secrets masked, file bytes left out.</summary>
    public string? Changes { get; private set; }

    /// <summary>The materialized path of the organization the object belongs to: coordinators read the lines of their territory.</summary>
    public string? OrganizationPath { get; private set; }

    /// <summary>For account events: the address tried, the page refused, the reason.</summary>
    public string? Detail { get; private set; }

    /// <summary>Folded text of the line for the journal's search (decision 008).</summary>
    public string SearchText { get; private set; } = "";

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
