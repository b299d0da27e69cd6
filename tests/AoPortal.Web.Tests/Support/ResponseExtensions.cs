using System.Net;
using AngleSharp.Dom;

namespace AoPortal.Web.Tests.Support;

public static class ResponseExtensions
{
    /// <summary>The page in a response, after checking its status (200 unless told otherwise).</summary>
    public static async Task<IDocument> ReadPageAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} responded {(int)response.StatusCode}, expected {(int)expected}; Location: {response.Headers.Location}\n{html}");
        return PortalClient.Parse(html);
    }

    /// <summary>
    /// Where a redirect goes: a local path and query ("/sign-in?returnUrl=%2F") when it stays on the portal
    /// (http://localhost in tests), otherwise the whole address, so a redirect to another site never looks local.
    /// </summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} responded {(int)response.StatusCode}, expected a redirect");
        var location = response.Headers.Location!;
        if (!location.IsAbsoluteUri) return location.OriginalString;
        return location.Host == "localhost" && location.Scheme == Uri.UriSchemeHttp ? location.PathAndQuery : location.AbsoluteUri;
    }

    /// <summary>The Set-Cookie header that sets a cookie of this name, if any.</summary>
    public static string? SetCookie(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
}
