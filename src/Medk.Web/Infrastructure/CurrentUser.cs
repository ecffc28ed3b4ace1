using System.Security.Claims;
using Medk.Core.Platform.Access;
using Medk.Data.Accounts;

namespace Medk.Web.Infrastructure;

/// <summary>
/// The signed-in user of this request and their access scope, loaded once per request from the
/// database (never from the cookie: a role taken away takes effect on the next request).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, UserAdministration users)
{
    private AccessScope? _scope;
    private string? _fullName;

    public Guid? Id => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid RequiredId => Id ?? throw new InvalidOperationException("This code runs only for signed-in users.");

    /// <summary>The user's full name, as decisions and histories record it; read once per request.</summary>
    public async Task<string> FullNameAsync(CancellationToken ct = default) =>
        _fullName ??= await users.FullNameAsync(RequiredId, ct);

    public async Task<AccessScope> ScopeAsync(CancellationToken ct = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }
        _scope = Id is { } id ? await users.LoadScopeAsync(id, ct) : AccessScope.None;
        return _scope;
    }
}
