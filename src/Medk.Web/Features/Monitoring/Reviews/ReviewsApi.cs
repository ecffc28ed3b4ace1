using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Monitoring.Reviews;

public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviewsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reviews").WithTags("Экспертиза");

        group.MapGet("/experts", async (int organizationId, ReviewService reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.ExpertsForAsync(organizationId, ct)))
            .WithSummary("Эксперты, чья территория включает организацию");

        group.MapGet("/samples", async (ReviewService reviews, CancellationToken ct) => TypedResults.Ok(await reviews.SamplesAsync(ct)))
            .WithSummary("Выборки экспертизы на моей территории с ходом проверки");

        group.MapPost("/samples", async Task<Created<SampleRow>> (NewSampleInput input, ReviewService reviews, CancellationToken ct) =>
            {
                var sample = await reviews.CreateSampleAsync(input, ct);
                return TypedResults.Created($"/api/reviews/samples/{sample.Id}", sample);
            })
            .WithSummary("Сформировать выборку подтверждённых отчётов этапа (percent или count) и распределить её между экспертами; зерно жеребьёвки записывается")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        group.MapGet("/samples/{id:int}/assignments", async (int id, ReviewService reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.AssignmentsAsync(id, ct)))
            .WithSummary("Отчёты выборки и их проверка")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/mine", async (ReviewService reviews, CancellationToken ct) => TypedResults.Ok(await reviews.AssignmentsAsync(null, ct)))
            .WithSummary("Мои экспертизы: только назначенные мне");

        group.MapGet("/assignments/{id:int}", async Task<Ok<AssignmentView>> (int id, ReviewService reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.GetAsync(id, ct)))
            .WithSummary("Экспертиза отчёта: чек-лист и ответ эксперта")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/assignments/{id:int}", async Task<Ok<AssignmentView>> (int id, ReviewInput input, ReviewService reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.CompleteAsync(id, input, ct)))
            .WithSummary("Завершить экспертизу: баллы по каждому пункту чек-листа, вердикт Confirmed или NotConfirmed, комментарий")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapGet("/roadmaps/{id:int}/score", async (int id, ReviewService reviews, CancellationToken ct) =>
                await reviews.LatestScoreAsync(id, ct) is { } score ? Results.Ok(score) : Results.NoContent())
            .WithTags("Экспертиза")
            .WithSummary("Последняя оценка дорожной карты в баллах и её цветовая зона");

        api.MapPost("/roadmaps/{id:int}/score", async Task<Ok<ScoreView>> (int id, ScoreInput input, ReviewService reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.ScoreAsync(id, input, ct)))
            .WithTags("Экспертиза")
            .WithSummary("Оценить дорожную карту в баллах (эксперт территории или вышестоящий координатор)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        return api;
    }
}
