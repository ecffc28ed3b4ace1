using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Cycles;

public static class CyclesApi
{
    public static RouteGroupBuilder MapCyclesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cycles").WithTags("Циклы проекта «500+»");

        group.MapGet("/", async (CycleService cycles, CancellationToken ct) => TypedResults.Ok(await cycles.ListAsync(ct)))
            .WithSummary("Циклы (проектные годы) регионов, видимые пользователю");
        group.MapGet("/{id:int}", async Task<Ok<CycleView>> (int id, CycleService cycles, CancellationToken ct) => TypedResults.Ok(await cycles.GetAsync(id, ct)))
            .WithSummary("Цикл: этапы, факторы риска, школы-участники моей территории")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async Task<Created<CycleView>> (NewCycleInput input, CycleService cycles, CancellationToken ct) =>
            {
                var cycle = await cycles.CreateAsync(input, ct);
                return TypedResults.Created($"/api/cycles/{cycle.Id}", cycle);
            })
            .WithSummary("Создать цикл региона со стандартным календарём этапов и списком факторов риска")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:int}/stages", async Task<Ok<CycleView>> (int id, StageInput input, CycleService cycles, CancellationToken ct) =>
                TypedResults.Ok(await cycles.SetStageAsync(id, input, ct)))
            .WithSummary("Задать сроки этапа").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/factors", async Task<Ok<CycleView>> (int id, FactorInput input, CycleService cycles, CancellationToken ct) =>
                TypedResults.Ok(await cycles.AddFactorAsync(id, input, ct)))
            .WithSummary("Добавить фактор риска в справочник цикла").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/participants", async Task<Ok<CycleView>> (int id, ParticipantInput input, CycleService cycles, CancellationToken ct) =>
                TypedResults.Ok(await cycles.AddParticipantAsync(id, input, ct)))
            .WithSummary("Включить школу в проект (ШНОР и/или ШНСУ, год вступления)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapDelete("/{id:int}/participants/{schoolId:int}", async Task<Ok<CycleView>> (int id, int schoolId, CycleService cycles, CancellationToken ct) =>
                TypedResults.Ok(await cycles.RemoveParticipantAsync(id, schoolId, ct)))
            .WithSummary("Исключить школу из цикла").ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
