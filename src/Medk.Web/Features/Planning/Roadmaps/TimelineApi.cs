using Medk.Core.Common;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Planning.Roadmaps;

public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/roadmaps").WithTags("Дорожные карты");

        group.MapGet("/{id:int}/timeline", async Task<Ok<TimelineView>> (int id, string? status, string? responsible, int? section,
                RoadmapService service, CancellationToken ct) =>
            {
                // Parsed here rather than bound as an enum, so that a wrong status is a Russian message, not a bare 400.
                if (!TimelineFilter.TryParseStatus(status, out var parsed))
                {
                    throw new DomainException(
                        $"Неизвестный статус контрольной точки «{status}»: допустимы {string.Join(", ", Enum.GetNames<Medk.Core.Monitoring.CheckpointStatus>())}.",
                        "status");
                }
                var roadmap = await service.GetAsync(id, ct);
                var items = await service.ItemsAsync(id, ct);
                return TypedResults.Ok(RoadmapTimeline.Build(roadmap, items, new TimelineFilter(parsed, responsible, section)));
            })
            .WithSummary("Пункты на шкале периода для диаграммы Ганта и календаря: start–end — охват пункта, checkpoints — контрольные точки со статусом; " +
                "фильтры: status (статус точки), responsible (часть названия ответственного), section (раздел верхнего уровня)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        return api;
    }
}
