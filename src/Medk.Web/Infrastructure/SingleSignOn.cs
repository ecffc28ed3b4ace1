using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Medk.Web.Infrastructure;

/// <summary>How an external identity finds its Medk user (decision 031).</summary>
public enum OidcMatch
{
    /// <summary>By the stored external subject, else by the e-mail claim (the subject is then stored).</summary>
    Email,

    /// <summary>By the stored external subject; the e-mail claim only makes the first link of a user who has none.</summary>
    Subject,
}

/// <summary>The «Oidc» settings: single sign-on through an OpenID Connect provider. Without an authority, none of it exists.</summary>
public sealed class OidcSettings
{
    public const string Section = "Oidc";
    public const string Scheme = "oidc";
    public const string DefaultDisplayName = "Войти через единый вход";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? DisplayName { get; set; }
    public OidcMatch MatchBy { get; set; } = OidcMatch.Email;
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public string ButtonText => string.IsNullOrWhiteSpace(DisplayName) ? DefaultDisplayName : DisplayName.Trim();

    public static OidcSettings From(IConfiguration configuration)
    {
        var settings = new OidcSettings();
        configuration.GetSection(Section).Bind(settings);
        return settings;
    }
}

public static class SingleSignOn
{
    /// <summary>
    /// Adds the OpenID Connect scheme when «Oidc:Authority» is set. The provider's answer lands in Identity's external
    /// cookie; the page /Account/Sso maps it to a Medk user and signs in with the usual application cookie.
    /// </summary>
    public static AuthenticationBuilder AddMedkSingleSignOn(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        var settings = OidcSettings.From(configuration);
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }
        if (string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new InvalidOperationException("Единый вход: задан Oidc:Authority, но не задан Oidc:ClientId.");
        }
        return builder.AddOpenIdConnect(OidcSettings.Scheme, settings.ButtonText, o =>
        {
            o.Authority = settings.Authority!.Trim();
            o.ClientId = settings.ClientId!.Trim();
            o.ClientSecret = string.IsNullOrWhiteSpace(settings.ClientSecret) ? null : settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.SignedOutCallbackPath = "/signout-callback-oidc";
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            // A provider that refuses (or a person who cancels) comes back to the login page with a Russian message.
            o.Events.OnRemoteFailure = ctx =>
            {
                ctx.Response.Redirect("/Account/Sso?handler=Failed");
                ctx.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}
