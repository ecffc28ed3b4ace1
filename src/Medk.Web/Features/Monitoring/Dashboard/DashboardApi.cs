using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Monitoring.Dashboard;

public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", async Task<Ok<DashboardView>> (int? organizationId, int? year, DashboardService dashboard, CancellationToken ct) =>
                TypedResults.Ok(await dashboard.BuildAsync(organizationId, year, ct)))
            .WithTags("Мониторинг")
            .WithSummary("Показатели территории за год: выполнение контрольных точек по статусам, по подведомственным организациям и дорожным картам, по месяцам, показатели пунктов")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
