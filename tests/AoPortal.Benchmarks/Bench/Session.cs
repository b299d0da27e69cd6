using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// One person signed in to the portal, as a browser without JavaScript: cookies kept, redirects not followed, forms
/// read from the page they are on (so the antiforgery token and hidden fields come from the portal itself).
/// </summary>
public sealed class Session : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    private Session(Uri address)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(5),
        };
    }

    public static Session Anonymous(Uri address) => new(address);

    /// <summary>Signs in through the sign-in page; throws unless the portal accepts it.</summary>
    public static async Task<Session> SignInAsync(Uri address, string email, string password)
    {
        var session = new Session(address);
        using var response = await session.TrySignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}");
        return session;
    }

    public async Task<HttpResponseMessage> TrySignInAsync(string email, string password)
    {
        var form = await FormAsync("/sign-in", "form[action='/sign-in']");
        return await PostAsync(form.With(("Email", email), ("Password", password)));
    }

    /// <summary>GETs a page and reads the whole body, as a browser would; the status says whether it was served.</summary>
    public async Task<HttpStatusCode> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>The form on a page, with the values a browser would send as the page stands.</summary>
    public async Task<FilledForm> FormAsync(string pageUrl, string selector)
    {
        using var response = await _http.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}");
        var form = Parser.ParseDocument(html).QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{pageUrl} has no form {selector}");
        return FilledForm.From(form);
    }

    public Task<HttpResponseMessage> PostAsync(FilledForm form, CancellationToken cancellationToken = default) =>
        _http.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields), cancellationToken);

    /// <summary>Posts the form as multipart/form-data with the files given under <paramref name="fileField"/>.</summary>
    public Task<HttpResponseMessage> PostWithFilesAsync(FilledForm form, string fileField, IEnumerable<(string Name, HttpContent Content)> files,
        CancellationToken cancellationToken = default)
    {
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields) multipart.Add(new StringContent(value), name);
        foreach (var (name, content) in files)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(content, fileField, name);
        }

        return _http.PostAsync(form.Action, multipart, cancellationToken);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A form's action and the name and value pairs it would post; <see cref="With"/> gives a copy with some changed.</summary>
public sealed record FilledForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The values given replace every field of that name; a name given twice posts twice (checkbox groups).</summary>
    public FilledForm With(params (string Name, string Value)[] values) =>
        this with
        {
            Fields = Fields.Where(f => values.All(v => v.Name != f.Key))
                .Concat(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))).ToList(),
        };

    public static FilledForm From(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            var value = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio" } box => box.HasAttribute("checked") ? box.GetAttribute("value") ?? "on" : null,
                IHtmlInputElement { Type: "submit" or "button" or "file" or "image" or "reset" } => null,
                IHtmlInputElement input => input.GetAttribute("value") ?? "",
                // The selected option, else the first with a value: a person picks one rather than the "Select…" prompt.
                IHtmlSelectElement select => select.Options.Where(o => o.Value != "").OrderByDescending(o => o.IsSelected).FirstOrDefault()?.Value,
                IHtmlTextAreaElement area => area.TextContent,
                _ => null,
            };
            if (value is not null) fields.Add(new(name, value));
        }

        return new FilledForm(form.GetAttribute("action") ?? throw new InvalidOperationException("A form without an action"), fields);
    }
}
