using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AoPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// Posts every hostile value of <see cref="HostileCorpus"/> into every field of a form through the real endpoint, with the
/// page's own antiforgery token, and checks each response:
/// <list type="bullet">
/// <item>never a 5xx;</item>
/// <item>when the database or the document store did not change, the response is an error page or a GOV.UK error summary
/// (a 200 without one is reported as a silent no-op), and nothing else changed;</item>
/// <item>when something was stored, it was a free-text, date or number value (a forged choice or hidden field is never
/// stored), and the pages that show it (the redirect target and the form's display pages) show it HTML-encoded;</item>
/// <item>every page seen has no inline script, no event-handler attribute, no frame and no javascript: or data: link.</item>
/// </list>
/// Failures are collected, so one run lists every problem of a form.
/// </summary>
public sealed class HostileFormHarness(PortalFactory portal, ITestOutputHelper output, Guid foreignId)
{
    private static readonly string[] Payloads =
    [
        "<script>alert", "<img src=x", "<svg/onload", "<iframe", "onfocus=\"alert", "onmouseover='alert", "<b>bold</b>", "</textarea></title><script>",
    ];

    public sealed record Outcome(string Form, string Field, HostileValue Value, int Status, string Result);

    private readonly IReadOnlyList<HostileValue> _choices = HostileCorpus.Choices(foreignId);
    private readonly IReadOnlyList<HostileValue> _hidden = HostileCorpus.Hidden(foreignId);

    public List<Outcome> Outcomes { get; } = [];

    public List<string> Failures { get; } = [];

    public async Task RunAsync(HostileForm form)
    {
        await using var watch = new PortalWatch(portal);
        var target = await form.Arrange();
        var page = await target.Client.GetPageAsync(target.PageUrl);
        var fields = Discover(page, target.FormSelector, form.Skip);
        Assert.True(fields.Count > 0, $"{form.Name}: no fields found in {target.FormSelector} on {target.PageUrl}");
        var state = await PortalState.TakeAsync(portal);
        await watch.ChangedAsync();
        var fresh = false;
        foreach (var field in fields)
        {
            var values = ValuesFor(field, form).ToList();
            var forgedField = field.Kind is HostileKind.Choice or HostileKind.Hidden;
            Dictionary<string, int>? forgedBefore = null;
            foreach (var value in values)
            {
                if (fresh)
                {
                    target = await form.Arrange();
                    page = await target.Client.GetPageAsync(target.PageUrl);
                    state = await PortalState.TakeAsync(portal);
                    await watch.ChangedAsync();
                    forgedBefore = null;
                    fresh = false;
                }

                // A forged value must not reach the database: count where each one already is, to compare after a success.
                if (forgedField) forgedBefore ??= await PortalState.OccurrencesAsync(portal, [.. values.Select(v => v.Value).Where(v => v.Length > 0)]);
                var posted = target.Valid.Where(v => !field.Names.Contains(v.Key)).Concat(Attack(field, value)).ToList();
                using var response = await target.Client.PostFormAsync(page, target.FormSelector, posted);
                var status = (int)response.StatusCode;
                var html = await response.Content.ReadAsStringAsync();
                var after = await watch.ChangedAsync() ? await PortalState.TakeAsync(portal) : state;
                var changes = ReferenceEquals(after, state) ? "" : after.DifferencesFrom(state);
                var where = $"{form.Name} / {field.Label} / {value}";
                if (status >= 500) Fail(where, $"responded {status}");
                CheckPage(where, "response", html, value);

                string result;
                if (changes.Length == 0)
                {
                    result = status switch
                    {
                        200 when PortalClient.Parse(html).QuerySelector(".govuk-error-summary") is { } summary => "refused: " + FirstError(summary),
                        200 => "no change, no error summary",
                        302 => "no change, redirected to " + response.Headers.Location,
                        _ => $"refused with {status}",
                    };
                    if (result == "no change, no error summary") Fail(where, "a 200 with neither a change nor an error summary");
                }
                else
                {
                    result = "stored";
                    if (forgedField && value.Value.Length > 0)
                    {
                        var now = await PortalState.OccurrencesAsync(portal, [value.Value]);
                        if (now[value.Value] > forgedBefore![value.Value])
                            Fail(where, $"the forged {field.Kind.ToString().ToLowerInvariant()} value was stored: {changes}");
                        else
                            result = "stored, forged value ignored";
                        forgedBefore = null;
                    }

                    if (response.StatusCode == HttpStatusCode.Redirect)
                        await CheckDisplayAsync(where, target.Client, response.Headers.Location!.OriginalString, value);
                    foreach (var (client, url) in target.Displays) await CheckDisplayAsync(where, client, url, value);
                    if (form.SuccessUsesUpTheSubject) fresh = true;
                    else page = await target.Client.GetPageAsync(target.PageUrl);
                }

                state = after;
                Outcomes.Add(new Outcome(form.Name, field.Label, value, status, result));
                HostileInputLog.Count(form.Name);
            }
        }

        var folder = Path.Combine(Path.GetDirectoryName(HostileInputLog.FilePath)!, "hostile-outcomes");
        Directory.CreateDirectory(folder);
        await File.WriteAllLinesAsync(Path.Combine(folder, string.Concat(form.Name.Split(Path.GetInvalidFileNameChars())) + ".txt"),
            Outcomes.Where(o => o.Form == form.Name).Select(o => $"{o.Field}\t{o.Value}\t{o.Status}\t{o.Result}"));
        foreach (var group in Outcomes.Where(o => o.Form == form.Name).GroupBy(o => o.Field))
            output.WriteLine($"{form.Name} / {group.Key}: {group.Count()} values, {group.Count(o => o.Result.StartsWith("stored", StringComparison.Ordinal))} stored " +
                             $"[{string.Join(", ", group.Where(o => o.Result.StartsWith("stored", StringComparison.Ordinal)).Select(o => o.Value.Name))}]");
    }

    /// <summary>Asserts nothing failed, listing every failure.</summary>
    public void AssertNoFailures() =>
        Assert.True(Failures.Count == 0, $"{Failures.Count} hostile inputs went wrong:\n{string.Join("\n", Failures.Take(60))}");

    private void Fail(string where, string what) => Failures.Add($"{where}: {what}");

    private async Task CheckDisplayAsync(string where, PortalClient client, string url, HostileValue value)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500) Fail(where, $"GET {url} responded {(int)response.StatusCode}");
        CheckPage(where, url, html, value);
    }

    /// <summary>The value never appears unencoded, and the page has nothing that would run script.</summary>
    private void CheckPage(string where, string page, string html, HostileValue value)
    {
        if (value.HasMarkup && html.Contains(value.Value, StringComparison.Ordinal)) Fail(where, $"{page} shows the value unencoded");
        foreach (var payload in Payloads.Where(p => value.Value.Contains(p, StringComparison.Ordinal) || (value.Month?.Contains(p, StringComparison.Ordinal) ?? false)))
            if (html.Contains(payload, StringComparison.Ordinal)) Fail(where, $"{page} holds the raw markup {payload}");
        foreach (var problem in Unsafe(PortalClient.Parse(html))) Fail(where, $"{page}: {problem}");
    }

    /// <summary>What on a page could run script or pull in another site.</summary>
    public static IEnumerable<string> Unsafe(IDocument document)
    {
        foreach (var element in document.All)
        {
            if (element.LocalName == "script" && !element.HasAttribute("src")) yield return "an inline script";
            if (element.LocalName is "iframe" or "frame" or "object" or "embed") yield return $"a <{element.LocalName}>";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"an event handler {attribute.Name} on <{element.LocalName}>";
                if (attribute.Name is "href" or "src" or "action" or "formaction"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                    || attribute.Name is "href" or "src" && attribute.Value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                    yield return $"a {attribute.Name}=\"{attribute.Value[..Math.Min(40, attribute.Value.Length)]}\" on <{element.LocalName}>";
            }
        }
    }

    private static string FirstError(IElement summary) =>
        summary.QuerySelector(".govuk-error-summary__body li")?.TextContent.Trim() is { Length: > 0 } first
            ? first[..Math.Min(first.Length, 120)]
            : "(an error summary without messages)";

    private IEnumerable<HostileValue> ValuesFor(FieldTarget field, HostileForm form) => field.Kind switch
    {
        HostileKind.Text => form.SuccessUsesUpTheSubject ? HostileCorpus.Core : HostileCorpus.Text,
        HostileKind.Date => HostileCorpus.Dates,
        HostileKind.Number => HostileCorpus.Numbers,
        HostileKind.Choice => _choices,
        _ => _hidden,
    };

    private static IEnumerable<KeyValuePair<string, string>> Attack(FieldTarget field, HostileValue value) =>
        field.Kind == HostileKind.Date
            ? [new(field.Names[0], value.Value), new(field.Names[1], value.Month ?? ""), new(field.Names[2], value.Year ?? "")]
            : [new(field.Names[0], value.Value)];

    /// <summary>A field to attack: its name (three, for a date), and the kind of values that fit it.</summary>
    public sealed record FieldTarget(string Label, HostileKind Kind, string[] Names);

    /// <summary>The fields of the form, classified by what the page shows: date inputs, numeric boxes, free text, choices, hidden state.</summary>
    public static List<FieldTarget> Discover(IDocument page, string formSelector, Func<string, bool> skip)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"The page has no form matching {formSelector}");
        var elements = form.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Where(e => e is not IHtmlInputElement { Type: "submit" or "button" or "file" or "image" or "reset" })
            .ToList();
        var fields = new List<FieldTarget>();
        foreach (var group in elements.GroupBy(e => e.GetAttribute("name")!))
        {
            var name = group.Key;
            if (name == "__RequestVerificationToken" || skip(name)) continue;
            // A create form's one-time submission id is the browser's to choose (OncePerSubmission): any new value is
            // legitimate and is stored; repeats of the same one are DoubleSubmissionTests' subject.
            if (name.EndsWith(".SubmissionId", StringComparison.Ordinal)) continue;
            if (name.EndsWith(".Month", StringComparison.Ordinal) || name.EndsWith(".Year", StringComparison.Ordinal))
            {
                var prefix = name[..name.LastIndexOf('.')];
                if (elements.Any(e => e.GetAttribute("name") == prefix + ".Day")) continue;
            }

            if (name.EndsWith(".Day", StringComparison.Ordinal))
            {
                var prefix = name[..^".Day".Length];
                fields.Add(new FieldTarget(prefix, HostileKind.Date, [name, prefix + ".Month", prefix + ".Year"]));
                continue;
            }

            var kind = group.Any(e => e is IHtmlSelectElement || e is IHtmlInputElement { Type: "checkbox" or "radio" })
                ? HostileKind.Choice
                : group.All(e => e is IHtmlInputElement { Type: "hidden" })
                    ? HostileKind.Hidden
                    : group.Any(e => e.GetAttribute("inputmode") is "numeric" or "decimal" || e is IHtmlInputElement { Type: "number" })
                        ? HostileKind.Number
                        : HostileKind.Text;
            fields.Add(new FieldTarget(name, kind, [name]));
        }

        return fields;
    }
}
