using Medk.Core;
using System.Globalization;
using System.Text.Json;
using Medk.Core.Platform.Audit;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Medk.Data.Audit;

/// <summary>
/// Writes a journal line for every row a save adds, changes or deletes, in the same transaction as the change
/// (decision 026). Keys made by the database are known only after the rows are written, so the save runs in a
/// transaction (the caller's, or one opened here): the rows are written, then their journal lines, then it commits —
/// a change is never kept without its line, nor a line without its change. Changing or deleting a line is refused.
/// </summary>
public sealed class AuditInterceptor : SaveChangesInterceptor
{
    /// <summary>One instance for every context: it keeps no state of its own (a save's pending lines live on its context).</summary>
    public static AuditInterceptor Instance { get; } = new();

    private AuditInterceptor()
    {
    }

    internal sealed record Captured(EntityEntry Entry, Type Type, AuditAction Action, Dictionary<string, object?> Before, List<string> Changed, Dictionary<string, object?>? Deleted);

    internal sealed class Pending(List<Captured> rows, IDbContextTransaction? ownTransaction)
    {
        public List<Captured> Rows { get; } = rows;
        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is MedkDbContext db)
        {
            Begin(db, () => db.Database.BeginTransaction());
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MedkDbContext db)
        {
            var rows = Capture(db);
            if (rows is not null)
            {
                var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                db.PendingAudit = new Pending(rows, own);
            }
        }
        return result;
    }

    // The synchronous save is used by nothing in Medk but Identity's rare paths; it writes its lines the same way,
    // waiting on the asynchronous path (ASP.NET Core has no synchronization context to deadlock on).
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is MedkDbContext db)
        {
            FinishAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MedkDbContext db)
        {
            await FinishAsync(db, cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is MedkDbContext db)
        {
            Abandon(db);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MedkDbContext db)
        {
            Abandon(db);
        }
        return Task.CompletedTask;
    }

    private static void Begin(MedkDbContext db, Func<IDbContextTransaction> begin)
    {
        var rows = Capture(db);
        if (rows is not null)
        {
            db.PendingAudit = new Pending(rows, db.Database.CurrentTransaction is null ? begin() : null);
        }
    }

    /// <summary>The rows this save writes, with their values before; null when there is nothing to journal.</summary>
    private static List<Captured>? Capture(MedkDbContext db)
    {
        if (db.WritingAudit)
        {
            return null;
        }
        var rows = new List<Captured>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var type = entry.Metadata.ClrType;
            if (type == typeof(AuditEntry))
            {
                if (entry.State != EntityState.Added)
                {
                    throw new AuditAppendOnlyException();
                }
                continue;
            }
            if (!AuditRules.Journals(type))
            {
                continue;
            }
            var before = new Dictionary<string, object?>();
            var changed = new List<string>();
            Dictionary<string, object?>? deleted = null;
            switch (entry.State)
            {
                case EntityState.Modified:
                    foreach (var property in entry.Properties)
                    {
                        if (property.IsModified && AuditRules.Journals(property.Metadata) && !Equals(property.OriginalValue, property.CurrentValue))
                        {
                            changed.Add(property.Metadata.Name);
                            before[property.Metadata.Name] = property.OriginalValue;
                        }
                    }
                    if (changed.Count == 0)
                    {
                        continue;
                    }
                    rows.Add(new Captured(entry, type, AuditAction.Modified, before, changed, null));
                    break;
                case EntityState.Deleted:
                    deleted = entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
                    foreach (var property in entry.Properties.Where(p => AuditRules.Journals(p.Metadata)))
                    {
                        changed.Add(property.Metadata.Name);
                        before[property.Metadata.Name] = property.OriginalValue;
                    }
                    rows.Add(new Captured(entry, type, AuditAction.Deleted, before, changed, deleted));
                    break;
                default:
                    changed.AddRange(entry.Properties.Where(p => AuditRules.Journals(p.Metadata)).Select(p => p.Metadata.Name));
                    rows.Add(new Captured(entry, type, AuditAction.Created, before, changed, null));
                    break;
            }
        }
        return rows.Count == 0 ? null : rows;
    }

    private static async Task FinishAsync(MedkDbContext db, CancellationToken ct)
    {
        if (db.PendingAudit is not { } pending)
        {
            return;
        }
        db.PendingAudit = null;
        try
        {
            var who = db.Audit;
            var name = who.UserName ??= who.UserId is { } userId
                ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? AuditContext.SystemName
                : AuditContext.SystemName;
            var territory = new AuditTerritory(db);
            var now = DateTimeOffset.UtcNow;
            var lines = new List<AuditEntry>(pending.Rows.Count);
            foreach (var row in pending.Rows)
            {
                // After the write the row holds the keys the database made; a deleted row is read as it was.
                var values = row.Deleted ?? row.Entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
                var key = string.Join(",", row.Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(values.GetValueOrDefault(p.Name))));
                var changes = new Dictionary<string, object?>();
                foreach (var name2 in row.Changed)
                {
                    var property = row.Entry.Metadata.FindProperty(name2)!;
                    var secret = AuditRules.IsSecret(property);
                    object? Show(object? v) => secret ? (v is null ? null : AuditRules.Masked) : Value(v);
                    changes[name2] = row.Action switch
                    {
                        AuditAction.Created => new Change(null, Show(values.GetValueOrDefault(name2))),
                        AuditAction.Deleted => new Change(Show(row.Before[name2]), null),
                        _ => new Change(Show(row.Before[name2]), Show(values.GetValueOrDefault(name2))),
                    };
                }
                var path = await territory.PathAsync(row.Type, values, ct);
                lines.Add(new AuditEntry(now, who.UserId, name, who.Channel, who.Ip, row.Type.Name, key, row.Action,
                    JsonSerializer.Serialize(changes, Json), path, null));
            }
            db.WritingAudit = true;
            db.Set<AuditEntry>().AddRange(lines);
            await db.SaveChangesAsync(ct);
            if (pending.OwnTransaction is { } own)
            {
                await own.CommitAsync(ct);
            }
        }
        catch
        {
            if (pending.OwnTransaction is { } own)
            {
                await own.RollbackAsync(CancellationToken.None);
            }
            throw;
        }
        finally
        {
            db.WritingAudit = false;
            if (pending.OwnTransaction is { } own)
            {
                await own.DisposeAsync();
            }
        }
    }

    private static void Abandon(MedkDbContext db)
    {
        if (db.WritingAudit || db.PendingAudit is not { } pending)
        {
            return;
        }
        db.PendingAudit = null;
        if (pending.OwnTransaction is { } own)
        {
            own.Rollback();
            own.Dispose();
        }
    }

    private sealed record Change(object? Before, object? After);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Values as the journal keeps them: scalars as JSON scalars, dates in ISO form, enums in Russian words, lists as lists.</summary>
    private static object? Value(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or Guid => value,
        DateTimeOffset d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => Glossary.Word(e) ?? e.ToString(), // the journal is read by people: in their words
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Value).ToList(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Text(object? value) => Convert.ToString(Value(value), CultureInfo.InvariantCulture) ?? "";
}
