using Medk.Core.Common;
using Medk.Documents;
using Medk.Web.Features.Planning.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Planning.Imports;

/// <param name="Updated">The document corrected an existing roadmap (decision 020) instead of creating one.</param>
/// <param name="RevisionNumber">The number of that correction; null when nothing changed or a roadmap was created.</param>
/// <param name="Changes">What the correction recorded, one line each, in Russian.</param>
public sealed record ImportResultView(RoadmapView Roadmap, IReadOnlyList<ImportWarning> Warnings, bool Updated = false, int? RevisionNumber = null, IReadOnlyList<string>? Changes = null);

public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Импорт дорожных карт")
            // Bearer tokens and SameSite cookies: a cross-site page cannot post here with the user's session.
            .DisableAntiforgery();

        group.MapPost("/dry-run", async (HttpRequest request, RoadmapImportOptions readers, ILogger<ImportService> log, CancellationToken ct) =>
            {
                var upload = await Upload.ReadAsync(request, ct);
                await using var stream = upload.File.OpenReadStream();
                var imported = ImportService.Read(stream, upload.File.FileName, upload.File.Length, upload.Year, readers, log);
                return Results.Text(ImportJson.Serialize(imported), "application/json; charset=utf-8");
            })
            .WithSummary("Прочитать документ (DOCX, XLSX, ODT, ODS, CSV, текст, PDF; DOC, XLS, RTF через LibreOffice) без сохранения: JSON того же вида, что у medk import --dry-run --format json. Поля формы: file, year.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();

        group.MapPost("/preview", async Task<Ok<ImportPreviewView>> (HttpRequest request, ImportService imports, CancellationToken ct) =>
            {
                var upload = await Upload.ReadAsync(request, ct);
                await using var stream = upload.File.OpenReadStream();
                return TypedResults.Ok(await imports.PreviewDocumentAsync(stream, upload.File.FileName, upload.File.Length, upload.Year, upload.OwnerId, upload.Choice, ct));
            })
            .WithSummary("Показать, куда пойдёт документ, ничего не сохраняя: дорожная карта того же владельца и приказа (или выбранная) и что документ в ней изменит — добавленные, исключённые и изменённые пункты. Поля формы: file, year, ownerOrganizationId, mode (auto, new, update), targetRoadmapId.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Results<Created<ImportResultView>, Ok<ImportResultView>>> (HttpRequest request, ImportService imports, RoadmapService roadmaps, CancellationToken ct) =>
            {
                var upload = await Upload.ReadAsync(request, ct);
                await using var stream = upload.File.OpenReadStream();
                var (outcome, imported) = await imports.ImportAsync(stream, upload.File.FileName, upload.File.Length, upload.Year, upload.OwnerId, upload.Choice, ct);
                var view = new ImportResultView(await roadmaps.GetAsync(outcome.RoadmapId, ct), imported.Warnings, outcome.Updated, outcome.RevisionNumber, outcome.Changes);
                return outcome.Updated ? TypedResults.Ok(view) : TypedResults.Created($"/api/roadmaps/{outcome.RoadmapId}", view);
            })
            .WithSummary("Импортировать документ. Если у владельца уже есть дорожная карта того же приказа (или указана targetRoadmapId), она обновляется нумерованной корректировкой (200): пункты с отчётами сохраняются; иначе создаётся новая (201, черновик). Поля формы: file, year, ownerOrganizationId (иначе владелец распознаётся по приказу), mode (auto — по умолчанию, new — всегда новая, update — только обновить), targetRoadmapId.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        return api;
    }
}
