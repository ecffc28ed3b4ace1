using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Medk.Web.Infrastructure;

/// <summary>
/// What the browser is told and what is refused before a request reaches a feature (decision 024): forwarded
/// headers from trusted proxies only, security headers and the content security policy, same-origin cookie writes
/// to the API, and the login rate limits.
/// </summary>
public static class WebSecurity
{
    public const string LoginPolicy = "login";

    /// <summary>Pages: no inline script at all; style attributes only (computed widths and colours), no style elements.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>The API reference (Scalar) starts from an inline module script and styles itself inline; it shows no user data.</summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public static IServiceCollection AddMedkSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = TrustedProxies(configuration);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies is not null)
            {
                // Replaces the default (loopback only): the proxies named in Medk:TrustedProxies, and no others.
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                foreach (var network in proxies)
                {
                    o.KnownIPNetworks.Add(network);
                }
            }
        });

        var limits = LoginLimits.From(configuration);
        services.AddSingleton(limits);
        services.AddSingleton<LoginThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                // A sliding window names no moment; within a minute the oldest attempts have slid out of it.
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The body comes from the status-code pages: the Error page (Russian) or problem details for /api.
                return ValueTask.CompletedTask;
            };
            // Per client address, every login attempt counts; reading the page is free.
            o.AddPolicy(LoginPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(http), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    /// <summary>Before everything: the scheme and client address a trusted proxy reports become the request's own.</summary>
    public static WebApplication UseMedkForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            http.Response.OnStarting(() =>
            {
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs") ? ApiReferencePolicy : PagePolicy;
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    /// <summary>
    /// A write to the API authenticated by the cookie must come from Medk's own pages: a browser says where a request
    /// comes from (Sec-Fetch-Site, or Origin in older browsers), and a cross-site form or fetch is refused with 403.
    /// A request with neither header is not a browser's and is refused too: scripts use a bearer token, which no
    /// other site can make a browser send.
    /// </summary>
    public static WebApplication UseSameOriginApiWrites(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (!request.Path.StartsWithSegments("/api")
                || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
                || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || IsSameOrigin(request))
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Запрос с другого сайта отклонён",
                    Detail = "Изменять данные через API с входом по cookie можно только со страниц самого Medk. " +
                             "Скрипты передают API-токен в заголовке Authorization: Bearer.",
                },
            });
        });
        return app;
    }

    internal static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            // "none": typed into the address bar or a bookmark; never a cross-site page.
            return site is "same-origin" or "none";
        }
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "?";

    /// <summary>Medk:TrustedProxies: addresses or networks (10.0.0.0/8), as a list or separated by commas; null keeps loopback.</summary>
    internal static List<System.Net.IPNetwork>? TrustedProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection("Medk:TrustedProxies");
        var entries = section.GetChildren().Select(c => c.Value ?? "").ToList();
        if (entries.Count == 0 && section.Value is { Length: > 0 } joined)
        {
            entries = joined.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        if (entries.Count == 0)
        {
            return null;
        }
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new InvalidOperationException($"Medk:TrustedProxies: «{entry}» — не IP-адрес и не сеть вида 10.0.0.0/8.");
            }
        }
        return networks;
    }
}

/// <summary>Login attempts allowed: Medk:Login:AttemptsPerAddressPerMinute, Medk:Login:AttemptsPerAccountPer15Minutes.</summary>
public sealed record LoginLimits(int PerAddressPerMinute, int PerAccountPer15Minutes)
{
    public static LoginLimits From(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue<int?>("Medk:Login:AttemptsPerAddressPerMinute") ?? 20),
        Math.Max(1, configuration.GetValue<int?>("Medk:Login:AttemptsPerAccountPer15Minutes") ?? 10));
}
