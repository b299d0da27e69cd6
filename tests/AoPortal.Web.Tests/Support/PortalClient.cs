using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AoPortal.Web.Tests.Support;

/// <summary>
/// Drives the portal the way a browser without JavaScript does: GET a page, fill in its form (hidden fields,
/// including the antiforgery token, come from the page), POST it, and look at the redirect or the page that comes back.
/// </summary>
public sealed class PortalClient(HttpClient http)
{
    public const string SessionCookieName = "aoportal.session";

    public HttpClient Http { get; } = http;

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>GETs a page and checks its status (200 unless told otherwise).</summary>
    public async Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"GET {url} responded {(int)response.StatusCode} {response.StatusCode}, expected {(int)expected}; Location: {response.Headers.Location}");
        return Parse(html);
    }

    /// <summary>GETs the page holding the form, then submits it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string formSelector, IEnumerable<KeyValuePair<string, string>> fields) =>
        await PostFormAsync(await GetPageAsync(pageUrl), formSelector, fields);

    /// <summary>
    /// Submits a form on a page: its hidden inputs (the antiforgery token among them) as the page has them, unless
    /// <paramref name="fields"/> names them too, then the fields given. A name given twice posts twice (checkbox groups).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(IDocument page, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"The page has no form matching {formSelector}:\n{page.DocumentElement.OuterHtml}");
        var given = fields.ToList();
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => (Name: i.GetAttribute("name"), Value: i.GetAttribute("value") ?? ""))
            .Where(i => i.Name is not null && given.All(f => f.Key != i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(given)
            .ToList();
        var action = form.GetAttribute("action");
        if (string.IsNullOrEmpty(action)) throw new InvalidOperationException($"The form {formSelector} has no action");
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts fields straight to a URL, with no page and so no antiforgery token unless the fields hold one.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(fields));

    /// <summary>Signs in through the sign-in page and returns the response (a redirect when it worked).</summary>
    public Task<HttpResponseMessage> TrySignInAsync(string email, string password) =>
        PostFormAsync("/sign-in", "form[action='/sign-in']", Fields.Of(("Email", email), ("Password", password)));

    /// <summary>Signs in and checks it worked.</summary>
    public async Task SignInAsync(string email, string password = DemoAccounts.Password)
    {
        using var response = await TrySignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in as {email} responded {(int)response.StatusCode}:\n{await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Signs out with the header's sign-out button.</summary>
    public async Task<HttpResponseMessage> SignOutAsync() =>
        await PostFormAsync("/standards", "form[action='/sign-out']", []);

    /// <summary>Follows a redirect with a GET, as a browser would, and returns the page.</summary>
    public async Task<IDocument> FollowAsync(HttpResponseMessage redirect, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect but got {(int)redirect.StatusCode}:\n{await redirect.Content.ReadAsStringAsync()}");
        return await GetPageAsync(redirect.Headers.Location!.OriginalString, expected);
    }
}
