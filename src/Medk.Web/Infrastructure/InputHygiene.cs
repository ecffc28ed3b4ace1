using System.Globalization;
using System.Text;
using System.Text.Json;
using Medk.Documents.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Medk.Web.Infrastructure;

/// <summary>
/// What every request must look like before any page or endpoint sees it, checked in one place
/// (decision 017): no control characters in any text, query years and page numbers in range, JSON bodies
/// small, shallow and with short lists. A machine sending bad input gets a 400 naming the field; a person
/// pasting text from Word into a form gets the characters quietly cleaned (<see cref="CleanTextBinder"/>).
/// </summary>
public static class InputHygiene
{
    /// <summary>The largest JSON body: the longest roadmap item is a few kilobytes; a whole import travels as a file.</summary>
    public const int MaxJsonBytes = 1024 * 1024;
    public const int MaxJsonDepth = 16;
    /// <summary>The longest list in a request (ids of invited schools, risk factors, points): SQLite takes 32,766 parameters.</summary>
    public const int MaxListLength = 1000;
    public const int MinYear = 1900;
    public const int MaxYear = 2100;
    public const int MaxPage = 100_000;

    /// <summary>Text without the characters XML, PostgreSQL or a reader cannot hold; a vertical tab becomes a line break.</summary>
    public static string Clean(string text) => XmlText.Valid(text);

    public static bool IsClean(string text) => XmlText.IsValid(text);

    /// <summary>The first problem with the query string, if any: (field, message).</summary>
    public static (string Field, string Message)? QueryProblem(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (!IsClean(key))
            {
                return ("", "Имя параметра запроса содержит управляющие символы.");
            }
            foreach (var value in values)
            {
                if (value is not null && !IsClean(value))
                {
                    return (key, $"Параметр «{key}» содержит управляющие символы: уберите их.");
                }
            }
            var text = values.ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (key.Equals("year", StringComparison.OrdinalIgnoreCase)
                && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year is < MinYear or > MaxYear))
            {
                return (key, $"Год должен быть целым числом от {MinYear} до {MaxYear}.");
            }
            if ((key.Equals("page", StringComparison.OrdinalIgnoreCase) || key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
                && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) || page is < 1 or > MaxPage))
            {
                return (key, $"Параметр «{key}» должен быть целым числом от 1 до {MaxPage}.");
            }
        }
        return null;
    }

    /// <summary>The first problem with a JSON body, if any, read once without building objects.</summary>
    public static (string Field, string Message)? JsonProblem(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxJsonDepth + 1 });
        // Per open container: -1 for an object, the count of elements so far for an array.
        var counts = new Stack<int>();
        var field = "";
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    counts.Pop();
                    continue;
                }
                if (token == JsonTokenType.PropertyName)
                {
                    field = reader.GetString()!;
                    if (!IsClean(field))
                    {
                        return ("", "Имя поля JSON содержит управляющие символы.");
                    }
                    continue;
                }
                if (counts.TryPeek(out var count) && count >= 0)
                {
                    counts.Pop();
                    if (count + 1 > MaxListLength)
                    {
                        return (field, $"В списке «{field}» больше {MaxListLength} элементов: разделите запрос на несколько.");
                    }
                    counts.Push(count + 1);
                }
                switch (token)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (counts.Count >= MaxJsonDepth)
                        {
                            return (field, $"JSON вложен глубже {MaxJsonDepth} уровней.");
                        }
                        counts.Push(token == JsonTokenType.StartObject ? -1 : 0);
                        break;
                    case JsonTokenType.String when !IsClean(reader.GetString()!):
                        return (field, $"Поле «{field}» содержит управляющие символы (например, U+0000 или U+000B): уберите их.");
                }
            }
        }
        catch (JsonException e)
        {
            return ("", $"Тело запроса — не корректный JSON (строка {e.LineNumber + 1}, позиция {e.BytePositionInLine + 1}).");
        }
        catch (InvalidOperationException)
        {
            // GetString refuses invalid UTF-8 and unpaired surrogate escapes.
            return (field, "Тело запроса должно быть в кодировке UTF-8, без непарных суррогатов (\\uD800).");
        }
        return null;
    }

    public static IApplicationBuilder UseInputHygiene(this IApplicationBuilder app) => app.UseMiddleware<InputHygieneMiddleware>();

    /// <summary>Form fields of pages and multipart uploads: cleaned, not refused — a person cannot see a vertical tab.</summary>
    public static void AddCleanTextBinding(this MvcOptions options) => options.ModelBinderProviders.Insert(0, new CleanTextBinderProvider());
}

public sealed class InputHygieneMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (InputHygiene.QueryProblem(request.Query) is { } query)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, query.Field, query.Message);
            return;
        }
        if (IsJson(request) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            var tooLarge = $"JSON больше {InputHygiene.MaxJsonBytes / 1024} КБ: разделите запрос или передайте данные файлом.";
            if (request.ContentLength > InputHygiene.MaxJsonBytes)
            {
                await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, "", tooLarge);
                return;
            }
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > InputHygiene.MaxJsonBytes)
                {
                    await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, "", tooLarge);
                    return;
                }
            }
            if (buffer.Length > 0 && InputHygiene.JsonProblem(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } json)
            {
                await RefuseAsync(http, StatusCodes.Status400BadRequest, json.Field, json.Message);
                return;
            }
            buffer.Position = 0;
            request.Body = buffer;
        }
        await next(http);
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type
        && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext http, int status, string field, string message)
    {
        http.Response.StatusCode = status;
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            // Pages: the status code page explains it in Russian.
            return;
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = status == StatusCodes.Status400BadRequest
                ? new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                {
                    Status = status,
                    Title = "Данные не прошли проверку",
                    Detail = message,
                }
                : new ProblemDetails { Status = status, Title = "Слишком большой запрос", Detail = message },
        });
    }
}

/// <summary>Binds every string of a page form the way the default binder does, with control characters cleaned.</summary>
public sealed class CleanTextBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, result);
        var value = result.FirstValue;
        context.Result = ModelBindingResult.Success(
            value is null || (context.ModelMetadata.ConvertEmptyStringToNull && string.IsNullOrWhiteSpace(value))
                ? null
                : InputHygiene.Clean(value));
        return Task.CompletedTask;
    }
}

public sealed class CleanTextBinderProvider : IModelBinderProvider
{
    private static readonly CleanTextBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && context.BindingInfo.BindingSource != BindingSource.Body ? Binder : null;
}
