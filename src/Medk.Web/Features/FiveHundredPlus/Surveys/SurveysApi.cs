using Medk.Web.Features.FiveHundredPlus.Risks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Surveys;

public static class SurveysApi
{
    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cycles/{id:int}/surveys").WithTags("Анкетирование");

        group.MapGet("/", async Task<Ok<SurveysView>> (int id, SurveyService surveys, CancellationToken ct) => TypedResults.Ok(await surveys.GetAsync(id, ct)))
            .WithSummary("Опросы цикла: участие школ моей территории по группам, доли по школам и муниципалитетам")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async Task<Created<SurveyRoundView>> (int id, NewRoundInput input, SurveyService surveys, CancellationToken ct) =>
            {
                var round = await surveys.AddRoundAsync(id, input, ct);
                return TypedResults.Created($"/api/cycles/{id}/surveys", round);
            })
            .WithSummary("Назначить опрос (name — по умолчанию «Первый опрос» и т. д., from, to)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{roundId:int}/participation", async Task<Ok<SurveyRoundView>> (int id, int roundId, ParticipationInput input, SurveyService surveys, CancellationToken ct) =>
                TypedResults.Ok(await surveys.RecordAsync(id, roundId, input, ct)))
            .WithSummary("Внести участие: entries = [{schoolId, group, expected, actual}]; всё или ничего")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{roundId:int}/import", async Task<Results<Ok<ImportOutcome>, ValidationProblem>> (int id, int roundId, IFormFile file, SurveyService surveys, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var outcome = await surveys.ImportAsync(id, roundId, stream, file.FileName, ct);
                return outcome.Succeeded
                    ? TypedResults.Ok(outcome)
                    : TypedResults.ValidationProblem(outcome.Errors, detail: "Файл не загружен: исправьте строки с ошибками и загрузите его снова.", title: "Данные не прошли проверку");
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Загрузить участие из XLSX/CSV (школа, группа, ожидалось, приняли участие). Всё или ничего: ошибки по строкам")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
