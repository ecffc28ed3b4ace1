using Medk.Core.Common;
using Medk.Web.Infrastructure;

namespace Medk.Web.Features.Planning.Imports;

/// <summary>
/// The multipart form of an import, read by <see cref="UploadForm.ReadFieldsAsync"/> with the importer's size limit, so that a file that is too large or a malformed form
/// gets the same Russian problem details as every other refusal, instead of the framework's bare 400.
/// </summary>
public sealed record Upload(IFormFile File, int? Year, int? OwnerId, ImportChoice Choice)
{
    private static readonly UploadLimit Limit = new(ImportService.MaxUploadBytes + 1024 * 1024,
        $"Файл больше {ImportService.MaxUploadBytes / 1024 / 1024} МБ: загрузите дорожную карту без вложенных изображений или разделите её.",
        "file", "Отправьте файл формой multipart/form-data в поле file.");

    public static async Task<Upload> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        // Kestrel's own limit (30 MB) is below the importer's; the limit raises it for this request only.
        var form = await UploadForm.ReadFieldsAsync(request, Limit, ct);
        var file = form.Files.GetFile("file") ?? throw new DomainException("Приложите файл дорожной карты (DOCX, XLSX, ODT, ODS, DOC, XLS, RTF, PDF, CSV или текст).", "file");
        return new Upload(file, Number(form, "year"), Number(form, "ownerOrganizationId"),
            ImportChoice.Parse(form.TryGetValue("mode", out var mode) ? mode.ToString() : null, Number(form, "targetRoadmapId")));
    }

    private static int? Number(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? int.TryParse(value, out var n) ? n : throw new DomainException($"Поле {name} должно быть числом.", name)
            : null;
}
