using Medk.Core.Platform.Audit;

namespace Medk.Data.Audit;

/// <summary>
/// Who acts in this unit of work, through what and from where: set once per web request by the audit middleware
/// (page or API, the signed-in account, the client's address), by the command line (the operating-system user), and
/// left as «Система» for background jobs. Every save of the <see cref="Persistence.MedkDbContext"/> of the same scope
/// writes its journal lines with it (<see cref="AuditInterceptor"/>).
/// </summary>
public sealed class AuditContext
{
    public const string SystemName = "Система";

    public AuditChannel Channel { get; private set; } = AuditChannel.System;
    public Guid? UserId { get; private set; }
    public string? Ip { get; private set; }

    /// <summary>The display name when known without the database (the command line's); else read from the account once.</summary>
    public string? UserName { get; internal set; }

    public void Set(AuditChannel channel, Guid? userId, string? userName, string? ip)
    {
        Channel = channel;
        UserId = userId;
        UserName = userName;
        Ip = ip;
    }

    /// <summary>The command line: no account, the operating-system user as the name.</summary>
    public void ForCommandLine() => Set(AuditChannel.Cli, null, $"Командная строка ({Environment.UserName})", null);
}
