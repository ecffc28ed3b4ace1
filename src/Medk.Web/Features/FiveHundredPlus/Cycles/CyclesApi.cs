using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Cycles;

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
        group.MapGet("/{id:int}/analytics", async Task<Ok<AnalyticalReport>> (int id, int? organizationId, AnalyticalReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await reports.BuildAsync(id, organizationId, ct)))
            .WithSummary("Аналитический отчёт цикла по территории (регион или муниципалитет): цифры, посчитанные по записям")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/analytics/file", async (int id, int? organizationId, string? format, AnalyticalReportService reports, CancellationToken ct) =>
            {
                var report = AnalyticalReportService.ToDocument(await reports.BuildAsync(id, organizationId, ct));
                var name = Infrastructure.FileNames.Safe(report.Title, 120);
                return format?.ToLowerInvariant() switch
                {
                    "docx" => TypedResults.File(Documents.Writing.TableReportWriter.ToDocx(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
                    "xlsx" or null or "" => TypedResults.File(Documents.Writing.TableReportWriter.ToXlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
                    _ => throw new Core.Common.DomainException("Формат: xlsx или docx.", "format"),
                };
            })
            .WithSummary("Аналитический отчёт цикла файлом: format = xlsx (по умолчанию) или docx")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
