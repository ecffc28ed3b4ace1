using Medk.Core.Common;

namespace Medk.Web.Features.Planning.Imports;

/// <summary>
/// The multipart form of an import, read by hand so that a file that is too large or a malformed form
/// gets the same Russian problem details as every other refusal, instead of the framework's bare 400.
/// </summary>
public sealed record Upload(IFormFile File, int? Year, int? OwnerId)
{
    private const long Limit = ImportService.MaxUploadBytes + 1024 * 1024;

    public static async Task<Upload> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var tooLarge = new DomainException($"Файл больше {ImportService.MaxUploadBytes / 1024 / 1024} МБ: загрузите дорожную карту без вложенных изображений или разделите её.", "file");
        if (request.ContentLength > Limit)
        {
            throw tooLarge;
        }
        // Kestrel's own limit (30 MB) is below the importer's; raise it for this request only.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Limit;
        }
        if (!request.HasFormContentType)
        {
            throw new DomainException("Отправьте файл формой multipart/form-data в поле file.", "file");
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = Limit }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            throw e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException
                ? tooLarge
                : new DomainException("Форму с файлом не удалось прочитать: повторите загрузку.", "file");
        }
        var file = form.Files.GetFile("file") ?? throw new DomainException("Приложите файл дорожной карты (DOCX, XLSX, CSV или текст).", "file");
        return new Upload(file, Number(form, "year"), Number(form, "ownerOrganizationId"));
    }

    private static int? Number(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? int.TryParse(value, out var n) ? n : throw new DomainException($"Поле {name} должно быть числом.", name)
            : null;
}
