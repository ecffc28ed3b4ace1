using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Medk.Web.Features.FiveHundredPlus;
using Medk.Web.Features.Monitoring;
using Medk.Web.Features.Planning;
using Medk.Web.Features.Platform;
using Scalar.AspNetCore;

namespace Medk.Web.Infrastructure;

public static class WebSetup
{
    public const string DefaultAddress = "http://localhost:5000";

    /// <summary>
    /// Listens on <see cref="DefaultAddress"/> only when nothing else says where: not ASPNETCORE_URLS or DOTNET_URLS, not
    /// `Urls` in configuration or `--urls`, not ASPNETCORE_HTTP_PORTS/HTTPS_PORTS (set by the official container images), not
    /// Kestrel endpoints. A default written in appsettings.json would win over the environment variable (decision 027).
    /// </summary>
    public static WebApplicationBuilder ListenOnDefaultAddressUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultAddress);
        }
        return builder;
    }

    public static IServiceCollection AddMedkWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MedkOptions>(configuration.GetSection("Medk"));
        services.AddMedkSecurity(configuration); // forwarded headers, login rate limits
        // DOC, XLS and RTF are converted by LibreOffice: Documents:LibreOfficePath, or soffice on PATH.
        services.AddSingleton(Medk.Documents.RoadmapImportOptions.WithLibreOffice(
            configuration["Documents:LibreOfficePath"], configuration.GetValue<int?>("Documents:ConversionTimeoutSeconds")));
        // Uploads (roadmaps, evidence) up to the importer's limit; Kestrel's default is 30 MB.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            o.Limits.MaxRequestBodySize = Features.Planning.Imports.ImportService.MaxUploadBytes + 2 * 1024 * 1024);
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Platform/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Error");
                // Pages are grouped by programme in folders; their addresses stay short (/Roadmaps/…, not /Planning/Roadmaps/…).
                o.Conventions.Add(new ProgrammeFolderRoutes());
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<PageExceptionFilter>();
                o.AddCleanTextBinding();
            });
        // Cyrillic is written as is, not as &#x...; entities: pages stay readable and half the size.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Medk API";
            document.Info.Description =
                "Дорожные карты адресной методической помощи школам («500+»). Авторизация: cookie после входа " +
                "или заголовок Authorization: Bearer <токен> (токен создаётся на странице «API-токены» или командой medk token create).";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Each programme registers its own services; see its slice class.</summary>
    public static IServiceCollection AddMedkFeatures(this IServiceCollection services) => services
        .AddPlatform()
        .AddPlanning()
        .AddMonitoring()
        .AddFiveHundredPlus();

    public static WebApplication UseMedkPipeline(this WebApplication app)
    {
        app.UseMedkForwardedHeaders(); // scheme and address from a trusted proxy; security headers on every answer
        app.UseAuditRefusals(); // outermost: sees every final 401/403 and hidden-object 404, for the audit journal
        app.UseExceptionHandler();
        // API answers stay problem details; pages re-execute the Error page, which keeps the layout and the menu.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Response.ContentLength > 0 || http.Response.StatusCode is < 400 or >= 500)
            {
                return;
            }
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = http.Response.StatusCode,
                    Title = StatusTitle(http.Response.StatusCode),
                    Detail = StatusExplanation(http.Response.StatusCode),
                },
            });
        }));
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
        app.UseStaticFiles();
        app.UseSameOriginApiWrites();
        app.UseInputHygiene();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuditContext(); // who, through what and from where, for the audit journal
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapMedkApi(this WebApplication app)
    {
        app.MapGroup("/api").RequireAuthorization()
            .MapPlatformApi()
            .MapPlanningApi()
            .MapMonitoringApi()
            .MapFiveHundredPlusApi();
        app.MapOpenApi().AllowAnonymous();
        // Closed government networks reach no CDN: the bundle is served from the package, fonts are the system's.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Medk API").DisableDefaultFonts()).AllowAnonymous();
        return app;
    }

    public static WebApplication MapMedkPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    internal static string StatusExplanation(int status) => status switch
    {
        403 => "У вашей роли нет прав на это действие. Если это ошибка, обратитесь к координатору своей территории.",
        404 => "Такой страницы нет, или у вас нет к ней доступа.",
        400 => "Запрос не удалось разобрать: проверьте параметры и формат данных.",
        401 => "Войдите в систему или передайте API-токен в заголовке Authorization: Bearer.",
        429 => "Слишком много попыток подряд. Подождите минуту и попробуйте снова.",
        413 => $"Запрос слишком велик: файл должен быть не больше {Features.Planning.Imports.ImportService.MaxUploadBytes / 1024 / 1024} МБ.",
        _ => "",
    };

    internal static string StatusTitle(int status) => status switch
    {
        401 => "Требуется вход",
        403 => "Доступ запрещён",
        404 => "Страница не найдена",
        405 => "Метод не поддерживается",
        400 => "Некорректный запрос",
        413 => "Слишком большой запрос",
        429 => "Слишком много попыток",
        _ => $"Ошибка {status}",
    };
}
