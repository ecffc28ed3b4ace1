using System.Globalization;
using System.Security.Cryptography;
using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;
using Medk.Web.Features.Monitoring.Reports;

namespace Medk.Web.Infrastructure;

/// <summary>
/// A multipart form with fields and files (a report, a concept document, a practice, a visit), read in one
/// place so that pages and API refuse the same things with the same messages.
/// </summary>
public sealed record UploadForm(IFormCollection Fields, IReadOnlyList<NewEvidence> Files)
{
    /// <summary>Reads the form and buffers its files (evidence, concept documents, practices, visits) for checking.</summary>
    public static async Task<UploadForm> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var form = await ReadFieldsAsync(request, null, ct);
        var files = new List<NewEvidence>();
        foreach (var file in form.Files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            files.Add(new NewEvidence(file.FileName, buffer.ToArray()));
        }
        return new UploadForm(form, files);
    }

    /// <summary>
    /// The one place a multipart form is read: a form that is not multipart, too large or malformed becomes a
    /// Russian problem on a field instead of the framework's bare 400. With a <paramref name="limit"/> the request
    /// may be larger than Kestrel's default (an import), and a larger one is refused with the limit's own words.
    /// </summary>
    public static async Task<IFormCollection> ReadFieldsAsync(HttpRequest request, UploadLimit? limit, CancellationToken ct)
    {
        var field = limit?.Field ?? "files";
        if (limit is not null && request.ContentLength > limit.Bytes)
        {
            throw limit.TooLarge();
        }
        if (limit is not null && request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit.Bytes; // for this request only
        }
        if (!request.HasFormContentType)
        {
            throw new DomainException(limit?.NotAForm ?? "Отправьте данные формой multipart/form-data (поля и файлы files).", field);
        }
        try
        {
            return limit is null
                ? await request.ReadFormAsync(ct)
                : await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = limit.Bytes }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            if (limit is not null)
            {
                throw e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException
                    ? limit.TooLarge()
                    : new DomainException("Форму с файлом не удалось прочитать: повторите загрузку.", field);
            }
            throw new DomainException("Форму с файлами не удалось прочитать: возможно, файлы вместе больше 50 МБ.", field);
        }
    }

    public string? Text(string name) => InputHygiene.Clean(Fields[name].ToString()) is { Length: > 0 } s ? s : null;

    public int? Int(string name) => Text(name) is { } s
        ? int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new DomainException("Ожидается число.", name)
        : null;

    /// <summary>Dates as people write them (ДД.ММ.ГГГГ) or as browsers send them (ГГГГ-ММ-ДД).</summary>
    public DateOnly? Date(string name) => Text(name) is { } s
        ? DateOnly.TryParseExact(s.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new DomainException("Дата должна быть в виде ДД.ММ.ГГГГ.", name)
        : null;
}

/// <summary>Stored files are checked by content (<see cref="EvidencePolicy"/>) before anything is saved.</summary>
public sealed record CheckedFile(string FileName, EvidenceKind Kind, byte[] Content, string Sha256)
{
    public static IReadOnlyList<CheckedFile> CheckAll(IReadOnlyList<NewEvidence> files) =>
        files.Select(f => new CheckedFile(f.FileName, EvidencePolicy.Check(f.FileName, f.Content), f.Content,
            Convert.ToHexStringLower(SHA256.HashData(f.Content)))).ToList();
}

/// <summary>How large a form may be, and what to say about one that is larger.</summary>
public sealed record UploadLimit(long Bytes, string TooLargeMessage, string Field, string NotAForm)
{
    public DomainException TooLarge() => new(TooLargeMessage, Field);
}

public sealed record StoredFileView(int Id, string FileName, string Kind, long Size);
