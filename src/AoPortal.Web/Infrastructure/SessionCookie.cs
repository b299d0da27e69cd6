using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure over HTTPS; ends after 30 minutes idle or 12 hours after
/// signing in, whichever is first. Signed-in people without the role for a page get a 403 page, not a redirect.
/// </summary>
public static class SessionCookie
{
    public const string Name = "aoportal.session";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);
    private const string SignedInAtKey = "aoportal.signed-in-at";

    public static IServiceCollection AddPortalSessionCookie(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider, IOptions<SecurityStampValidatorOptions>>((o, clock, stampOptions) =>
        {
            o.Cookie.Name = Name;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnSigningIn = context =>
            {
                // Kept through sliding renewals and password changes, so the 12 hours count from the first sign-in.
                context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToString("O"));
                return Task.CompletedTask;
            };
            var validateSecurityStamp = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (IsPastAbsoluteTimeout(context.Properties, clock))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                // Identity's validator is built from the request's services (sign-in and user managers, the user store and
                // a database context) on every request, only to find most of the time that the stamp is not yet due a
                // check: a few per cent of a light page's processor time. The same test first, without building it.
                if (IsStampCheckDue(context.Properties, clock, stampOptions.Value.ValidationInterval)) await validateSecurityStamp(context);
            };
        });
        return services;
    }

    /// <summary>As <see cref="SecurityStampValidator{TUser}"/> decides: when the cookie was issued longer ago than the interval.</summary>
    private static bool IsStampCheckDue(AuthenticationProperties properties, TimeProvider clock, TimeSpan interval) =>
        properties.IssuedUtc is not { } issued || clock.GetUtcNow() - issued > interval;

    private static bool IsPastAbsoluteTimeout(AuthenticationProperties properties, TimeProvider clock) =>
        !properties.Items.TryGetValue(SignedInAtKey, out var value)
        || !DateTimeOffset.TryParse(value, out var signedInAt)
        || clock.GetUtcNow() - signedInAt > AbsoluteTimeout;
}
