using Medk.Data.Accounts;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Platform.Tokens;

public sealed record TokenView(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record NewTokenInput(string Name, DateTimeOffset? ExpiresAt);

/// <summary>The token itself is returned once, here, and never again.</summary>
public sealed record CreatedTokenView(TokenView Token, string Secret);

public static class TokensApi
{
    public static TokenView View(ApiToken t) => new(t.Id, t.Name, t.DisplayPrefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);

    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tokens").WithTags("API-токены");

        group.MapGet("/", async (CurrentUser current, ApiTokenService tokens, CancellationToken ct) =>
                TypedResults.Ok((await tokens.ListAsync(current.RequiredId, ct)).Select(View).ToList()))
            .WithSummary("Мои токены");

        group.MapPost("/", async Task<Created<CreatedTokenView>> (NewTokenInput input, CurrentUser current, ApiTokenService tokens, CancellationToken ct) =>
            {
                var created = await tokens.CreateAsync(current.RequiredId, input.Name ?? "", input.ExpiresAt, ct);
                return TypedResults.Created($"/api/tokens/{created.Token.Id}", new CreatedTokenView(View(created.Token), created.Secret));
            })
            .WithSummary("Создать токен: он показывается один раз")
            .ProducesValidationProblem();

        group.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, CurrentUser current, ApiTokenService tokens, CancellationToken ct) =>
                await tokens.RevokeAsync(current.RequiredId, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Отозвать свой токен");

        return api;
    }
}
