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
    /// Submits a form on a page as a browser would: every field with the value the page gave it (hidden fields, the
    /// antiforgery token among them, text boxes, checked boxes, selected options), except those named in
    /// <paramref name="fields"/>, which are posted with the values given. A name given twice posts twice (checkbox groups).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(IDocument page, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"The page has no form matching {formSelector}:\n{page.DocumentElement.OuterHtml}");
        var given = fields.ToList();
        var values = CurrentValues(form)
            .Where(v => given.All(f => f.Key != v.Key))
            .Concat(given)
            .ToList();
        var action = form.GetAttribute("action");
        if (string.IsNullOrEmpty(action)) throw new InvalidOperationException($"The form {formSelector} has no action");
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The name and value pairs a browser would submit for the form as the page shows it.</summary>
    private static IEnumerable<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked")) yield return new(name, input.GetAttribute("value") ?? "on");
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.GetAttribute("value") ?? "");
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.HasAttribute("selected")) ?? select.Options.FirstOrDefault();
                    if (option is not null) yield return new(name, option.GetAttribute("value") ?? option.TextContent);
                    break;
                case IHtmlTextAreaElement textArea:
                    yield return new(name, textArea.TextContent);
                    break;
            }
        }
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
