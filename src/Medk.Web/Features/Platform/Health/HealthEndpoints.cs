using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Health;

public sealed record HealthView(string Status, string Database, string Provider);

public static class HealthEndpoints
{
    /// <summary>For load balancers and monitoring: 200 when the database answers, 503 when it does not.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (MedkDbContext db, CancellationToken ct) =>
            {
                var provider = db.Database.ProviderName?.Split('.').Last() ?? "unknown";
                bool reachable;
                try
                {
                    reachable = await db.Database.CanConnectAsync(ct);
                }
                catch (Exception)
                {
                    reachable = false;
                }
                return reachable
                    ? Results.Ok(new HealthView("ok", "reachable", provider))
                    : Results.Json(new HealthView("unhealthy", "unreachable", provider), statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous()
            .WithTags("Служебное")
            .WithSummary("Состояние приложения и доступность базы данных");
        return app;
    }
}
