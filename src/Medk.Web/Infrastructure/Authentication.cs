using System.Security.Claims;
using System.Text.Encodings.Web;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Medk.Web.Infrastructure;

public static class Authentication
{
    public const string ApiTokenScheme = "ApiToken";
    private const string SmartScheme = "CookieOrToken";

    /// <summary>
    /// Cookies for people, bearer tokens for scripts; one policy scheme picks by the Authorization header.
    /// Cookies are protected by keys kept in the database, so any app instance reads any cookie.
    /// </summary>
    public static IServiceCollection AddMedkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName("Medk").PersistKeysToDbContext<MedkDbContext>();
        new IdentityBuilder(typeof(MedkUser), services).AddSignInManager();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenScheme, null)
            .AddMedkSingleSignOn(configuration)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.Cookie.Name = "medk.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, including HTTPS ended at a trusted proxy (X-Forwarded-Proto, WebSecurity).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // Server-side sessions (decision 024): the cookie names a session row; logout ends it, a password change
            // (new security stamp) or a block ends the others. Checked on every request, in one query.
            o.Events.OnSigningIn = async ctx =>
            {
                var identity = (ClaimsIdentity)ctx.Principal!.Identity!;
                var userId = Guid.Parse(identity.FindFirst(ClaimTypes.NameIdentifier)!.Value);
                // A refresh (after a password change) keeps the session it refreshes.
                var session = SessionOf(ctx.HttpContext.User) is { } current && UserOf(ctx.HttpContext.User) == userId
                    ? current
                    : await ctx.HttpContext.RequestServices.GetRequiredService<SessionService>().StartAsync(userId, ctx.HttpContext.RequestAborted);
                identity.AddClaim(new Claim(SessionClaim, session.ToString()));
            };
            o.Events.OnValidatePrincipal = async ctx =>
            {
                var principal = ctx.Principal!;
                var stampType = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
                var live = SessionOf(principal) is { } session && UserOf(principal) is { } userId
                    && await ctx.HttpContext.RequestServices.GetRequiredService<SessionService>()
                        .IsLiveAsync(session, userId, principal.FindFirst(stampType)?.Value, ctx.HttpContext.RequestAborted);
                if (!live)
                {
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
            // The API answers with status codes, never with a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            // A forbidden page is a 403 with a short explanation (status code pages), not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        return services;
    }

    public const string SessionClaim = "medk:session";

    public static Guid? SessionOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(SessionClaim)?.Value, out var id) ? id : null;

    private static Guid? UserOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    private static Task ApiAware(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Authenticates "Authorization: Bearer medk_..." with a personal API token.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<MedkUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var userId = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (userId is null)
        {
            return AuthenticateResult.Fail("Токен неизвестен, отозван или истёк.");
        }
        var user = await users.FindByIdAsync(userId.Value.ToString());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Учётная запись недоступна.");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, user.Email ?? "")],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
