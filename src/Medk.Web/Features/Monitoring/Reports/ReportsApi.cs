using System.Globalization;
using Medk.Core.Common;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Monitoring.Reports;

public sealed record DecisionInput(string? Comment);

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var checkpoints = api.MapGroup("/checkpoints").WithTags("Контрольные точки и отчёты");

        checkpoints.MapGet("/{id:int}", async Task<Ok<CheckpointView>> (int id, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await reports.GetAsync(id, ct)))
            .WithSummary("Контрольная точка: срок, статус (просрочено — по дате), отчёт с файлами и историей решений")
            .ProducesProblem(StatusCodes.Status404NotFound);

        checkpoints.MapPost("/{id:int}/report", async Task<Ok<CheckpointView>> (int id, HttpRequest request, ReportService reports, CancellationToken ct) =>
            {
                var form = await EvidenceForm.ReadAsync(request, ct);
                await reports.SaveDraftAsync(id, form.Text, form.IndicatorValue, form.Files, ct);
                return TypedResults.Ok(await reports.GetAsync(id, ct));
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Сохранить черновик отчёта: поля формы text, indicatorValue, files (подтверждающие документы)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        checkpoints.MapDelete("/{id:int}/report/files/{fileId:int}", async Task<Ok<CheckpointView>> (int id, int fileId, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await ViewAfter(id, reports.RemoveFileAsync(id, fileId, ct), reports, ct)))
            .WithSummary("Убрать файл из черновика отчёта");

        checkpoints.MapPost("/{id:int}/report/submit", async Task<Ok<CheckpointView>> (int id, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await ViewAfter(id, reports.SubmitAsync(id, ct), reports, ct)))
            .WithSummary("Отправить отчёт на проверку")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        checkpoints.MapPost("/{id:int}/report/confirm", async Task<Ok<CheckpointView>> (int id, DecisionInput input, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await ViewAfter(id, reports.DecideAsync(id, confirm: true, input.Comment, ct), reports, ct)))
            .WithSummary("Подтвердить отчёт (куратор школы или координатор вышестоящего уровня)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        checkpoints.MapPost("/{id:int}/report/return", async Task<Ok<CheckpointView>> (int id, DecisionInput input, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await ViewAfter(id, reports.DecideAsync(id, confirm: false, input.Comment, ct), reports, ct)))
            .WithSummary("Вернуть отчёт на доработку с комментарием")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        checkpoints.MapPost("/{id:int}/cancel", async Task<Ok<CheckpointView>> (int id, DecisionInput input, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await ViewAfter(id, reports.CancelOrReopenAsync(id, cancel: true, input.Comment, ct), reports, ct)))
            .WithSummary("Отменить контрольную точку с указанием причины (comment)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        checkpoints.MapPost("/{id:int}/reopen", async Task<Ok<CheckpointView>> (int id, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await ViewAfter(id, reports.CancelOrReopenAsync(id, cancel: false, null, ct), reports, ct)))
            .WithSummary("Вернуть отменённую контрольную точку в план")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        api.MapGet("/reports/waiting", async (int? page, int? pageSize, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await reports.WaitingForMeAsync(page, pageSize, ct)))
            .WithTags("Контрольные точки и отчёты")
            .WithSummary("Отчёты, ждущие моего подтверждения");

        api.MapGet("/dashboard/attention", async (int? take, ReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await reports.AttentionAsync(Math.Clamp(take ?? 20, 1, 200), ct)))
            .WithTags("Контрольные точки и отчёты")
            .WithSummary("Просроченные контрольные точки и точки ближайшей недели на моей территории (с числами)");

        return api;
    }

    /// <summary>The API answers a command with the checkpoint as it now is, built once after the command's one transaction.</summary>
    private static async Task<CheckpointView> ViewAfter(int id, Task<ReportOutcome> command, ReportService reports, CancellationToken ct)
    {
        await command;
        return await reports.GetAsync(id, ct);
    }
}

/// <summary>The multipart form of a report: text, indicator value and files (read by <see cref="UploadForm"/>).</summary>
public sealed record EvidenceForm(string? Text, decimal? IndicatorValue, IReadOnlyList<NewEvidence> Files)
{
    public static async Task<EvidenceForm> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var form = await UploadForm.ReadAsync(request, ct);
        decimal? value = null;
        if (form.Text("indicatorValue") is { } raw)
        {
            value = decimal.TryParse(raw.Trim().Replace(',', '.').TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new DomainException("Значение показателя должно быть числом, например 90 или 87,5.", "indicatorValue");
        }
        return new EvidenceForm(form.Fields["text"].ToString(), value, form.Files);
    }
}
