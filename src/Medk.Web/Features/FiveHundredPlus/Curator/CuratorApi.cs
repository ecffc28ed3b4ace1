using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Curators;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Curator;

public static class CuratorApi
{
    public static RouteGroupBuilder MapCuratorApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/curator").WithTags("Работа куратора");

        group.MapGet("/schools", async (int? year, CuratorService curator, CancellationToken ct) => TypedResults.Ok(await curator.SchoolsAsync(year, ct)))
            .WithSummary("Мои школы (куратор): договор, отчёты школы на подтверждении, посещения, мой отчёт за год");

        group.MapGet("/visits", async (int? schoolId, int? page, int? pageSize, CuratorService curator, CancellationToken ct) =>
                TypedResults.Ok(await curator.VisitsAsync(schoolId, page, pageSize, ct)))
            .WithSummary("Посещения школ моей территории");
        group.MapGet("/visits/{id:int}", async Task<Ok<VisitView>> (int id, CuratorService curator, CancellationToken ct) =>
                TypedResults.Ok(await curator.GetVisitAsync(id, ct)))
            .WithSummary("Посещение").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/visits", async Task<Created<VisitView>> (HttpRequest request, CuratorService curator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, ct);
                var visit = await curator.CreateVisitAsync(VisitFrom(form, form.Int("schoolId") ?? throw new DomainException("Укажите школу.", "schoolId")), ct);
                return TypedResults.Created($"/api/curator/visits/{visit.Id}", visit);
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Записать посещение закреплённой школы: schoolId, date, format (InPerson | Online), notes, files")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/visits/{id:int}", async Task<Ok<VisitView>> (int id, HttpRequest request, CuratorService curator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, ct);
                return TypedResults.Ok(await curator.UpdateVisitAsync(id, VisitFrom(form, 0), ct));
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Исправить своё посещение (date, format, notes; новые files добавляются)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapDelete("/visits/{id:int}", async Task<NoContent> (int id, CuratorService curator, CancellationToken ct) =>
            {
                await curator.DeleteVisitAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Удалить своё посещение").ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/reports", async (int? year, int? page, int? pageSize, CuratorService curator, CancellationToken ct) =>
                TypedResults.Ok(await curator.ReportsAsync(year, page, pageSize, ct)))
            .WithSummary("Отправленные отчёты кураторов по школам моей территории и мои отчёты");
        group.MapGet("/reports/{id:int}", async Task<Ok<CuratorReportView>> (int id, CuratorService curator, CancellationToken ct) =>
                TypedResults.Ok(await curator.GetReportAsync(id, ct)))
            .WithSummary("Отчёт куратора").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/schools/{schoolId:int}/report", async Task<Results<Ok<CuratorReportView>, NoContent>> (int schoolId, int? year, CuratorService curator, CancellationToken ct) =>
                await curator.MyReportAsync(schoolId, year, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NoContent())
            .WithSummary("Мой отчёт по школе за год (204, пока не начат)");
        group.MapPost("/schools/{schoolId:int}/report", async Task<Ok<CuratorReportView>> (int schoolId, HttpRequest request, CuratorService curator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, ct);
                return TypedResults.Ok(await curator.SaveReportAsync(schoolId, form.Int("year"), form.Text("text"), form.Files, ct));
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Сохранить черновик отчёта куратора по школе: text, year, files")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/schools/{schoolId:int}/report/submit", async Task<Ok<CuratorReportView>> (int schoolId, int? year, CuratorService curator, CancellationToken ct) =>
                TypedResults.Ok(await curator.SubmitReportAsync(schoolId, year, ct)))
            .WithSummary("Отправить отчёт куратора координатору")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        return api;
    }

    public static VisitInput VisitFrom(UploadForm form, int schoolId)
    {
        VisitFormat? format = form.Text("format") is { } f
            ? Enum.TryParse<VisitFormat>(f.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
                : f.Trim().ToLowerInvariant() switch
                {
                    "очно" => VisitFormat.InPerson,
                    "онлайн" => VisitFormat.Online,
                    _ => throw new DomainException("Формат посещения: очно (InPerson) или онлайн (Online).", "format"),
                }
            : null;
        return new VisitInput(schoolId, form.Date("date"), format, form.Text("notes"), form.Files);
    }
}
