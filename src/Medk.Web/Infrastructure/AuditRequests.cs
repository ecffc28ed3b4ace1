using System.Security.Claims;
using Medk.Core.Platform.Audit;
using Medk.Data.Audit;

namespace Medk.Web.Infrastructure;

/// <summary>
/// The journal's view of a request (decision 026): who acts (the signed-in account), through what (a page, or the API
/// under /api) and from where (the client's address), set before anything saves; and, after the answer, a line for
/// access refused — 401 and 403, and the 404 of an object the user does not see (marked by <see cref="MarkRefused"/>).
/// </summary>
public static class AuditRequests
{
    private const string RefusedKey = "medk.audit.refused";
    private const string RecordedKey = "medk.audit.recorded";

    /// <summary>Called where a hidden object's 404 is answered: the journal records it as refused access.</summary>
    public static void MarkRefused(HttpContext http, string reason) => http.Items[RefusedKey] = reason;

    /// <summary>
    /// First in the pipeline, so that it sees the final answer, also one written by the exception handler: records
    /// refused access with whoever <see cref="UseAuditContext"/> found inside.
    /// </summary>
    public static WebApplication UseAuditRefusals(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            await next();
            var api = http.Request.Path.StartsWithSegments("/api");
            var status = http.Response.StatusCode;
            var refused = status == StatusCodes.Status403Forbidden
                || (status == StatusCodes.Status401Unauthorized && api)
                || (status == StatusCodes.Status404NotFound && http.Items.ContainsKey(RefusedKey));
            if (refused && !http.Items.ContainsKey(RecordedKey))
            {
                http.Items[RecordedKey] = true;
                var audit = http.RequestServices.GetRequiredService<AuditContext>();
                if (audit.Channel == AuditChannel.System)
                {
                    // Refused before the context was set (an unauthenticated API call): the channel is still known.
                    audit.Set(api ? AuditChannel.Api : AuditChannel.Page, null, null, http.Connection.RemoteIpAddress?.ToString());
                }
                var reason = http.Items[RefusedKey] as string;
                var detail = $"{http.Request.Method} {PathOf(http)} — {status}{(reason is null ? "" : ": " + reason)}";
                await http.RequestServices.GetRequiredService<AuditJournal>()
                    .RecordAsync(AuditAction.AccessRefused, audit, audit.UserId, null, detail, CancellationToken.None);
            }
        });
        return app;
    }

    /// <summary>After authentication: the account, the channel and the address of the request, before anything saves.</summary>
    public static WebApplication UseAuditContext(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var audit = http.RequestServices.GetRequiredService<AuditContext>();
            var userId = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
            audit.Set(http.Request.Path.StartsWithSegments("/api") ? AuditChannel.Api : AuditChannel.Page, userId, null,
                http.Connection.RemoteIpAddress?.ToString());
            await next();
        });
        return app;
    }

    /// <summary>The address asked for, without the query; a secret calendar address is not written down.</summary>
    private static string PathOf(HttpContext http)
    {
        var path = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? http.Request.Path.Value ?? "";
        return path.StartsWith("/api/calendar/", StringComparison.OrdinalIgnoreCase) ? "/api/calendar/…" : path;
    }
}
