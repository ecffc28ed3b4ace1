using System.Linq.Expressions;
using System.Text.Json;
using Medk.Core.Common;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Audit;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Audit;

/// <summary>What the journal is searched by; every part optional. <c>Before</c> is the keyset cursor: lines older than that one.</summary>
public sealed record AuditFilter(
    DateOnly? From = null, DateOnly? To = null, string? User = null, string? Kind = null, AuditAction? Action = null,
    string? Text = null, string? Key = null, long? Before = null, int? Size = null);

public sealed record AuditChangeView(string Property, string Name, JsonElement? Before, JsonElement? After);

public sealed record AuditEntryView(
    long Id, DateTimeOffset At, Guid? UserId, string UserName, AuditChannel Channel, string ChannelName, string? Ip,
    string EntityType, string KindName, string EntityKey, AuditAction Action, string ActionName, string? OrganizationPath,
    string? Detail, IReadOnlyList<AuditChangeView> Changes)
{
    /// <summary>The person an account line is about, by name (the key of an account is an id nobody reads).</summary>
    public string? EntityName { get; init; }
}

/// <summary>A page of the journal, newest first; <c>Next</c> is the cursor of the following page (null on the last).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, long? Next);

/// <summary>
/// Reads the audit journal (decision 026): an administrator reads every line, a coordinator the lines stored with a
/// path inside their territory; nobody else opens it (403). Lines come newest first, in pages by a keyset cursor, so a
/// journal of millions of lines pages as fast as a short one.
/// </summary>
public sealed class AuditService(MedkDbContext db, CurrentUser current)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        scope.Require(Policies.ReadAuditJournal);
        var query = db.AuditEntries.AsNoTracking();
        if (Policies.AuditTerritories(scope) is { } roots)
        {
            query = query.Where(Within(roots));
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = Guid.TryParse(user, out var userId) ? query.Where(e => e.UserId == userId) : query.Where(e => e.UserName.Contains(user));
        }
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            var kind = filter.Kind.Trim();
            query = query.Where(e => e.EntityType == kind);
        }
        if (!string.IsNullOrWhiteSpace(filter.Key))
        {
            var key = filter.Key.Trim();
            query = query.Where(e => e.EntityKey == key);
        }
        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = SearchText.Fold(filter.Text);
            query = query.Where(e => e.SearchText.Contains(text));
        }
        if (filter.Before is { } before)
        {
            query = query.Where(e => e.Id < before);
        }
        var size = Math.Clamp(filter.Size ?? DefaultSize, 1, MaxSize);
        var rows = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(ct);
        var items = rows.Take(size).Select(View).ToList();
        items = await NamePeopleAsync(items, ct);
        return new AuditPage(items, rows.Count > size ? items[^1].Id : null);
    }

    /// <summary>The history of one object, newest first: the journal filtered by its kind and key (the same territory rules).</summary>
    public Task<AuditPage> HistoryAsync(string kind, string key, long? before, CancellationToken ct) =>
        SearchAsync(new AuditFilter(Kind: kind, Key: key, Before: before, Size: MaxSize), ct);

    /// <summary>Whether the user may open the history of an object of the organization at <paramref name="organizationPath"/> (the link on its page).</summary>
    public async Task<bool> ShowsHistoryOfAsync(string organizationPath, CancellationToken ct) =>
        Policies.ReadAuditOf(await current.ScopeAsync(ct), organizationPath).IsAllowed;

    private static AuditEntryView View(AuditEntry e) => new(
        e.Id, e.At, e.UserId, e.UserName, e.Channel, AuditGlossary.Channel(e.Channel), e.Ip,
        e.EntityType, AuditGlossary.Kind(e.EntityType), e.EntityKey, e.Action, AuditGlossary.Action(e.Action), e.OrganizationPath,
        e.Detail, Changes(e.Changes));

    /// <summary>
    /// People are journaled by their ids (an account's key, a report's author): a reader is shown their names instead,
    /// looked up once per page. An id of nobody known stays an id, which <see cref="AuditValues"/> does not print.
    /// </summary>
    private async Task<List<AuditEntryView>> NamePeopleAsync(List<AuditEntryView> items, CancellationToken ct)
    {
        var ids = items.Select(e => e.EntityKey)
            .Concat(items.SelectMany(e => e.Changes).SelectMany(c => new[] { c.Before, c.After })
                .Where(v => v is { ValueKind: JsonValueKind.String }).Select(v => v!.Value.GetString()!))
            .Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return items;
        }
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.FullName != "" ? u.FullName : u.Email! }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        JsonElement? Named(JsonElement? value) =>
            value is { ValueKind: JsonValueKind.String } v && Guid.TryParse(v.GetString(), out var id) && names.TryGetValue(id, out var name)
                ? JsonSerializer.SerializeToElement(name) : value;
        return items.Select(e => e with
        {
            EntityName = Guid.TryParse(e.EntityKey, out var key) && names.TryGetValue(key, out var person) ? person : null,
            Changes = e.Changes.Select(c => c with { Before = Named(c.Before), After = Named(c.After) }).ToList(),
        }).ToList();
    }

    private static List<AuditChangeView> Changes(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => new AuditChangeView(
            p.Name, AuditGlossary.Property(p.Name),
            p.Value.TryGetProperty("before", out var b) && b.ValueKind != JsonValueKind.Null ? b.Clone() : null,
            p.Value.TryGetProperty("after", out var a) && a.ValueKind != JsonValueKind.Null ? a.Clone() : null)).ToList();
    }

    /// <summary>Lines stored with a path inside any of <paramref name="roots"/>; paths are digits and slashes, inlined for the index.</summary>
    private static Expression<Func<AuditEntry, bool>> Within(IReadOnlyList<string> roots)
    {
        var e = Expression.Parameter(typeof(AuditEntry), "e");
        var path = Expression.Property(e, nameof(AuditEntry.OrganizationPath));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var root in roots)
        {
            body = Expression.OrElse(body, Expression.AndAlso(Expression.NotEqual(path, Expression.Constant(null, typeof(string))),
                Expression.Call(path, startsWith, Expression.Constant(root))));
        }
        return Expression.Lambda<Func<AuditEntry, bool>>(body, e);
    }
}
