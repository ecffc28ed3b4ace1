using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>
/// A real OpenID provider for the single sign-on tests: OpenIddict's server on Kestrel, on a loopback port of its own,
/// with discovery, keys, the authorization code flow with PKCE and one client (Medk). Its authorize endpoint has no UI:
/// it signs in the person named by <c>login_hint</c>, as a person would choose themself at a real provider.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "medk";
    public const string ClientSecret = "medk-test-secret";

    public sealed record Person(string Subject, string Email, string Name);

    private readonly ConcurrentDictionary<string, Person> _people = new();
    private readonly WebApplication _app;

    private OpenIdProvider(WebApplication app) => _app = app;

    /// <summary>The provider's address (its issuer), e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Who signs in when the provider is asked with <paramref name="hint"/> as login_hint.</summary>
    public void Add(string hint, Person person) => _people[hint] = person;

    public static async Task<OpenIdProvider> StartAsync(string redirectUri)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.Email, Scopes.Profile);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // No database: the one client is checked by the handlers below, codes are self-contained tokens.
            o.EnableDegradedMode();
            o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            o.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(ctx =>
            {
                if (ctx.ClientId != ClientId)
                {
                    ctx.Reject(Errors.InvalidClient, "unknown client");
                }
                else if (ctx.RedirectUri != redirectUri)
                {
                    ctx.Reject(Errors.InvalidRequest, "unknown redirect_uri");
                }
                return default;
            }));
            o.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(h => h.UseInlineHandler(ctx =>
            {
                if (ctx.ClientId != ClientId || ctx.ClientSecret != ClientSecret)
                {
                    ctx.Reject(Errors.InvalidClient, "unknown client or wrong secret");
                }
                return default;
            }));
        });
        builder.Services.AddAuthentication();
        var app = builder.Build();
        var provider = new OpenIdProvider(app);
        app.UseAuthentication();
        app.MapGet("/connect/authorize", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            if (request.LoginHint is null || !provider._people.TryGetValue(request.LoginHint, out var person))
            {
                return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, person.Subject).SetClaim(Claims.Email, person.Email).SetClaim(Claims.Name, person.Name);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        provider.Address = app.Urls.Single().TrimEnd('/');
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
