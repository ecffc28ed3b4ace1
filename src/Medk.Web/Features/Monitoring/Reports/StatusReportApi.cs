using Medk.Web.Infrastructure;
namespace Medk.Web.Features.Monitoring.Reports;

public static class StatusReportApi
{
    public static RouteGroupBuilder MapStatusReportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/roadmaps/{id:int}/status-report", async (int id, string? format, StatusReportService reports, CancellationToken ct) =>
            {
                var file = await reports.RoadmapFileAsync(id, format, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithTags("Отчёты о ходе исполнения")
            .WithSummary("Отчёт о ходе исполнения дорожной карты на сегодня: format = xlsx (по умолчанию) или docx")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapGet("/organizations/{id:int}/status-report", async (int id, int? year, string? format, StatusReportService reports, CancellationToken ct) =>
            {
                var file = await reports.LevelFileAsync(id, year, format, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithTags("Отчёты о ходе исполнения")
            .WithSummary("Отчёт о ходе исполнения по территории: утверждённые и исполняемые дорожные карты организации и подчинённых ей " +
                "за год (year, по умолчанию текущий), не больше 500; format = xlsx (по листу на карту) или docx")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        return api;
    }
}
