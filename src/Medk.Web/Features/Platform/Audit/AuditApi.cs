using Medk.Core.Platform.Audit;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Platform.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async Task<Ok<AuditPage>> (DateOnly? from, DateOnly? to, string? user, string? kind, AuditAction? action,
                    string? text, string? key, long? before, int? size, AuditService audit, CancellationToken ct) =>
                TypedResults.Ok(await audit.SearchAsync(new AuditFilter(from, to, user, kind, action, text, key, before, size), ct)))
            .WithTags("Журнал аудита")
            .WithSummary("Журнал аудита: изменения объектов, входы и отказы в доступе")
            .WithDescription(
                "Строки журнала, новые первыми (администратору — все, координатору — своей территории). Фильтры: from/to — даты (UTC) " +
                "включительно; user — id пользователя или часть имени; kind — вид объекта (Roadmap, RoadmapItem…); key — ключ объекта; " +
                "action — Created, Modified, Deleted, SignedIn, SignInFailed, SignedOut, AccessRefused; text — поиск по тексту. " +
                "Постранично по курсору: передайте next из ответа в before. size — до 200.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        return api;
    }
}
