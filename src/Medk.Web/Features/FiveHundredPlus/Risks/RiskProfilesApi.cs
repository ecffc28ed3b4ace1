using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Risks;

public static class RiskProfilesApi
{
    public static RouteGroupBuilder MapRiskProfilesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cycles/{id:int}/risk-profiles").WithTags("Рисковые профили школ (РПШ)");

        group.MapGet("/", async Task<Ok<HeatMapView>> (int id, int? municipalityId, RiskProfileService risks, CancellationToken ct) =>
                TypedResults.Ok(await risks.HeatMapAsync(id, municipalityId, ct)))
            .WithSummary("Тепловая карта: уровни рисков школ моей территории по факторам и итоги по каждому фактору")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{schoolId:int}", async Task<Ok<RiskProfileView>> (int id, int schoolId, RiskProfileService risks, CancellationToken ct) =>
                TypedResults.Ok(await risks.GetAsync(id, schoolId, ct)))
            .WithSummary("Рисковый профиль школы").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{schoolId:int}", async Task<Ok<RiskProfileView>> (int id, int schoolId, RiskLevelsInput input, RiskProfileService risks, CancellationToken ct) =>
                TypedResults.Ok(await risks.SetLevelsAsync(id, schoolId, input, ct)))
            .WithSummary("Внести уровни рисков: levels = [{factorId, level: High|Medium|Low|None}]")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{schoolId:int}/activate", async Task<Ok<RiskProfileView>> (int id, int schoolId, ActivationInput input, RiskProfileService risks, CancellationToken ct) =>
                TypedResults.Ok(await risks.ActivateAsync(id, schoolId, input, ct)))
            .WithSummary("Активизировать рисковые направления (factorIds); остальные снимаются")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{schoolId:int}/verify", async Task<Ok<RiskProfileView>> (int id, int schoolId, RiskProfileService risks, CancellationToken ct) =>
                TypedResults.Ok(await risks.VerifyAsync(id, schoolId, reopen: false, ct)))
            .WithSummary("Отметить профиль проверенным (куратор школы или муниципальный координатор)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{schoolId:int}/reopen", async Task<Ok<RiskProfileView>> (int id, int schoolId, RiskProfileService risks, CancellationToken ct) =>
                TypedResults.Ok(await risks.VerifyAsync(id, schoolId, reopen: true, ct)))
            .WithSummary("Открыть проверенный профиль для правки").ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/import", async Task<Results<Ok<ImportOutcome>, ValidationProblem>> (int id, IFormFile file, RiskProfileService risks, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var outcome = await risks.ImportAsync(id, stream, file.FileName, ct);
                return outcome.Succeeded
                    ? TypedResults.Ok(outcome)
                    : TypedResults.ValidationProblem(outcome.Errors, detail: "Файл не загружен: исправьте строки с ошибками и загрузите его снова.", title: "Данные не прошли проверку");
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Загрузить уровни рисков из XLSX/CSV (столбцы: школа, затем факторы). Всё или ничего: ошибки по строкам")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
