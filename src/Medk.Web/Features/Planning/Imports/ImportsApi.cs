using Medk.Core.Common;
using Medk.Documents;
using Medk.Web.Features.Planning.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Planning.Imports;

public sealed record ImportResultView(RoadmapView Roadmap, IReadOnlyList<ImportWarning> Warnings);

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

        group.MapPost("/", async Task<Created<ImportResultView>> (HttpRequest request, ImportService imports, RoadmapService roadmaps, CancellationToken ct) =>
            {
                var upload = await Upload.ReadAsync(request, ct);
                await using var stream = upload.File.OpenReadStream();
                var (id, imported) = await imports.ImportAsync(stream, upload.File.FileName, upload.File.Length, upload.Year, upload.OwnerId, ct);
                return TypedResults.Created($"/api/roadmaps/{id}", new ImportResultView(await roadmaps.GetAsync(id, ct), imported.Warnings));
            })
            .WithSummary("Импортировать документ как новую дорожную карту (черновик). Поля формы: file, year, ownerOrganizationId (иначе владелец распознаётся по приказу).")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        return api;
    }
}
