using Medk.Documents;
using Medk.Web.Features.Roadmaps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Imports;

public sealed record ImportResultView(RoadmapView Roadmap, IReadOnlyList<ImportWarning> Warnings);

public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Импорт дорожных карт")
            // Bearer tokens and SameSite cookies: a cross-site page cannot post here with the user's session.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttributeLike(ImportService.MaxUploadBytes + 1024 * 1024));

        group.MapPost("/dry-run", (IFormFile file, int? year) =>
            {
                using var stream = file.OpenReadStream();
                var imported = ImportService.Read(stream, file.FileName, file.Length, year);
                return Results.Text(ImportJson.Serialize(imported), "application/json; charset=utf-8");
            })
            .WithSummary("Прочитать документ (DOCX, XLSX, CSV, текст) без сохранения: JSON того же вида, что у medk import --dry-run --format json")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();

        group.MapPost("/", async Task<Created<ImportResultView>> (IFormFile file, int? year, int? ownerOrganizationId,
                ImportService imports, RoadmapService roadmaps, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var (id, imported) = await imports.ImportAsync(stream, file.FileName, file.Length, year, ownerOrganizationId, ct);
                return TypedResults.Created($"/api/roadmaps/{id}", new ImportResultView(await roadmaps.GetAsync(id, ct), imported.Warnings));
            })
            .WithSummary("Импортировать документ как новую дорожную карту (черновик). Владелец: ownerOrganizationId или распознанный по приказу.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return api;
    }
}

/// <summary>Lets an upload endpoint take files up to the importer's limit (Kestrel's default is 30 MB).</summary>
internal sealed class RequestSizeLimitAttributeLike(long bytes) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata, Microsoft.AspNetCore.Http.Metadata.IFormOptionsMetadata
{
    public long? MaxRequestBodySize => bytes;
    public bool? BufferBody => null;
    public int? MemoryBufferThreshold => null;
    public long? BufferBodyLengthLimit => null;
    public int? ValueCountLimit => null;
    public int? KeyLengthLimit => null;
    public int? ValueLengthLimit => null;
    public int? MultipartBoundaryLengthLimit => null;
    public int? MultipartHeadersCountLimit => null;
    public int? MultipartHeadersLengthLimit => null;
    public long? MultipartBodyLengthLimit => bytes;
}
