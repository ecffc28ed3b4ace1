using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.Monitoring.Reviews;
using Medk.Web.Features.Monitoring.Reports;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Concepts;

public sealed record ReviewConceptInput(ReviewVerdict Verdict, string? Comment);

public static class ConceptsApi
{
    public static RouteGroupBuilder MapConceptsApi(this RouteGroupBuilder api)
    {
        var tag = "Концептуальные документы и итоги этапов";
        api.MapGet("/cycles/{id:int}/concepts", async (int id, ConceptService concepts, CancellationToken ct) => TypedResults.Ok(await concepts.TableAsync(id, ct)))
            .WithTags(tag).WithSummary("Состояние каждой школы цикла моей территории: документы (статус, экспертиза) и итоги этапов мониторинга")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/cycles/{id:int}/concepts", async Task<Created<ConceptView>> (int id, HttpRequest request, ConceptService concepts, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, ct);
                var created = await concepts.CreateAsync(id, form.Int("schoolId") ?? throw new DomainException("Укажите школу.", "schoolId"),
                    Enum.TryParse<ConceptKind>(form.Text("kind"), out var kind) ? kind : throw new DomainException("Вид документа: DevelopmentConcept, MidTermProgram, AntiRiskProgram или SchoolRoadmap.", "kind"),
                    form.Int("riskFactorId"), form.Text("title") ?? "", form.Int("roadmapId"), form.Files, ct);
                return TypedResults.Created($"/api/concepts/{created.Id}", created);
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithTags(tag)
            .WithSummary("Добавить документ школы: поля schoolId, kind, riskFactorId (для антирисковой программы), title, roadmapId, files")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPut("/cycles/{id:int}/outcomes", async Task<NoContent> (int id, OutcomeInput input, ConceptService concepts, CancellationToken ct) =>
            {
                await concepts.RecordOutcomeAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .WithTags(tag).WithSummary("Итог этапа мониторинга по школе: позитивные изменения подтверждены (true) или нет")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        var group = api.MapGroup("/concepts").WithTags(tag);
        group.MapGet("/{id:int}", async Task<Ok<ConceptView>> (int id, ConceptService concepts, CancellationToken ct) => TypedResults.Ok(await concepts.GetAsync(id, ct)))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:int}/submit", async Task<Ok<ConceptView>> (int id, ConceptService concepts, CancellationToken ct) => TypedResults.Ok(await concepts.SubmitAsync(id, ct)))
            .WithSummary("Отправить документ куратору").ProducesValidationProblem();
        group.MapPost("/{id:int}/confirm", async Task<Ok<ConceptView>> (int id, DecisionInput input, ConceptService concepts, CancellationToken ct) =>
                TypedResults.Ok(await concepts.DecideAsync(id, true, input.Comment, ct)))
            .WithSummary("Подтвердить документ (куратор школы или координатор выше)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/return", async Task<Ok<ConceptView>> (int id, DecisionInput input, ConceptService concepts, CancellationToken ct) =>
                TypedResults.Ok(await concepts.DecideAsync(id, false, input.Comment, ct)))
            .WithSummary("Вернуть документ на доработку с комментарием").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/review", async Task<Ok<ConceptView>> (int id, ReviewConceptInput input, ConceptService concepts, CancellationToken ct) =>
                TypedResults.Ok(await concepts.ReviewAsync(id, input.Verdict, input.Comment, ct)))
            .WithSummary("Содержательная экспертиза подтверждённого документа (эксперт территории)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
