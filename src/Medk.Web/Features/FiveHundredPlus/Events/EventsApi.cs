using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Events;

public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Мероприятия и посещаемость");

        group.MapGet("/", async (int? year, int? page, int? pageSize, EventService events, CancellationToken ct) =>
                TypedResults.Ok(await events.ListAsync(year, page, pageSize, ct)))
            .WithSummary("Вебинары, семинары, ВКС и консультации, видимые мне");
        group.MapGet("/{id:int}", async Task<Ok<EventView>> (int id, EventService events, CancellationToken ct) =>
                TypedResults.Ok(await events.GetAsync(id, ct)))
            .WithSummary("Мероприятие: даты по расписанию, приглашённые, отметки посещаемости, доля участия")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async Task<Created<EventView>> (NewEventInput input, EventService events, CancellationToken ct) =>
            {
                var ev = await events.CreateAsync(input, ct);
                return TypedResults.Created($"/api/events/{ev.Id}", ev);
            })
            .WithSummary("Запланировать мероприятие: title, kind, organizerId, year, schedule («еженедельно, пятница, 15.00»), invited (id школ и муниципалитетов)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:int}/attendance", async Task<Ok<EventView>> (int id, List<AttendanceInput> marks, EventService events, CancellationToken ct) =>
                TypedResults.Ok(await events.RecordAsync(id, marks, ct)))
            .WithSummary("Отметить посещаемость: список {date, organizationId, present}")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
