using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Parser;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// Why writes were not served, counted by status and the portal's own error messages, so a run that fails says why
/// rather than only how often.
/// </summary>
public static class Refusals
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public static void Note(HttpResponseMessage response)
    {
        var reason = $"{(int)response.StatusCode} {response.StatusCode}";
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = new HtmlParser().ParseDocument(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            var errors = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim());
            reason += ": " + string.Join("; ", errors);
        }

        Counts.AddOrUpdate(reason, 1, (_, n) => n + 1);
    }

    /// <summary>The reasons noted since the last call, most frequent first, and forgets them.</summary>
    public static IReadOnlyList<string> Take()
    {
        var reasons = Counts.OrderByDescending(c => c.Value).Select(c => $"{c.Value} × {c.Key}").ToList();
        Counts.Clear();
        return reasons;
    }
}
