using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.FiveHundredPlus.Practices;

public static class PracticesApi
{
    public static RouteGroupBuilder MapPracticesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/practices").WithTags("Банк лучших практик");

        group.MapGet("/", async (string? search, string? topic, int? factorId, int? page, int? pageSize, PracticeService practices, CancellationToken ct) =>
                TypedResults.Ok(await practices.SearchAsync(search, topic, factorId, page, pageSize, ct)))
            .WithSummary("Поиск опубликованных практик по всей стране: текст, тема, фактор риска (по названию), постранично");
        group.MapGet("/mine", async (PracticeService practices, CancellationToken ct) => TypedResults.Ok(await practices.MineAsync(ct)))
            .WithSummary("Мои практики в любом статусе");
        group.MapGet("/moderation", async (int? page, int? pageSize, PracticeService practices, CancellationToken ct) =>
                TypedResults.Ok(await practices.ModerationAsync(page, pageSize, ct)))
            .WithSummary("Практики моей территории, ждущие модерации");
        group.MapGet("/{id:int}", async Task<Ok<PracticeView>> (int id, PracticeService practices, CancellationToken ct) =>
                TypedResults.Ok(await practices.GetAsync(id, ct)))
            .WithSummary("Практика с файлами; неопубликованную видят автор и модераторы")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async Task<Created<PracticeView>> (HttpRequest request, PracticeService practices, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, ct);
                var practice = await practices.SubmitAsync(new NewPractice(form.Text("title"), form.Text("description"), form.Text("topic"),
                    form.Int("factorId"), form.Int("organizationId"), form.Files), ct);
                return TypedResults.Created($"/api/practices/{practice.Id}", practice);
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Предложить практику: поля title, description, topic, factorId, organizationId (необязательно), files")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/publish", async Task<Ok<PracticeView>> (int id, PracticeService practices, CancellationToken ct) =>
                TypedResults.Ok(await practices.PublishAsync(id, ct)))
            .WithSummary("Опубликовать практику (координатор территории автора)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/reject", async Task<Ok<PracticeView>> (int id, RejectInput input, PracticeService practices, CancellationToken ct) =>
                TypedResults.Ok(await practices.RejectAsync(id, input.Comment, ct)))
            .WithSummary("Отклонить практику с комментарием")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
