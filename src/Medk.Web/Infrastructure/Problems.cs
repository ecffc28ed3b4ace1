using Medk.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Infrastructure;

/// <summary>
/// One translation of failures into answers: a broken rule is 400 naming the field, a conflicting
/// edit is 409, anything else 500 without internals. Pages catch the same exceptions themselves to
/// show the message in the form; this handler covers the API and whatever slips through.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public const string ConflictMessage =
        "Этот объект только что изменил другой пользователь. Обновите страницу, проверьте его изменения и повторите правку.";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails problem = exception switch
        {
            DomainException d => Validation(d),
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Не найдено", Detail = n.Message },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Доступ запрещён", Detail = f.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Конфликт изменений",
                Detail = ConflictMessage,
            },
            DbUpdateException u when UniqueViolation.Is(u) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Запись уже существует",
                Detail = UniqueViolation.Message,
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = "Некорректный запрос",
                Detail = "Запрос не удалось разобрать: проверьте формат JSON и типы полей.",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Внутренняя ошибка",
                Detail = "Что-то пошло не так на сервере. Ошибка записана в журнал; повторите действие позже.",
            },
        };
        if (exception is NotFoundException or ForbiddenException)
        {
            AuditRequests.MarkRefused(http, exception.Message);
        }
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            log.LogError(exception, "Unhandled exception for {Path}", http.Request.Path);
        }
        http.Response.StatusCode = problem.Status!.Value;
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            // A person in a browser gets a page, not JSON.
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"<!doctype html><html lang=\"ru\"><meta charset=\"utf-8\"><title>{problem.Title}</title>" +
                $"<body style=\"font-family:sans-serif;margin:3rem\"><h1>{problem.Title}</h1><p>{problem.Detail}</p>" +
                "<p><a href=\"/\">На главную</a></p></body></html>", ct);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    public static ValidationProblemDetails Validation(DomainException e) => new(new Dictionary<string, string[]>
    {
        [e.Field ?? ""] = [e.Message],
    })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Данные не прошли проверку",
        Detail = e.Message,
    };
}
