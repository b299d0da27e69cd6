using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// axe-core (npm, copied into the test output by the build) runs on every page any browser test opens: an init script
/// loads it into each document and runs it once the page has loaded, with the WCAG 2.0, 2.1 and 2.2 A and AA rules, and
/// reports the result back to the test. Init scripts and exposed functions go through the DevTools protocol, so the
/// portal's strict Content Security Policy stays as it is (it would refuse a script tag).
/// </summary>
/// <remarks>
/// <see cref="PortalSession"/> attaches it to every browser context, waits for the current page's check before a
/// screenshot or a navigation it starts, and fails the test on the first violation with the rule, its help text and the
/// elements. The distinct pages checked (by path, ids normalised) are written to TestResults/axe-pages.txt.
/// </remarks>
public sealed partial class AccessibilityChecks
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const string ReportFunction = "aoPortalAxeReport";
    private const string ShouldCheckFunction = "aoPortalAxeShouldCheck";

    private static readonly Lazy<string> InitScript = new(BuildInitScript);
    private static readonly object PagesGate = new();
    private static readonly SortedSet<string> Pages = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Structures = new();
    private static bool pagesCleared;

    private readonly List<string> violations = [];

    /// <summary>Every page checked in this test run, each on a line: path with ids as {id}.</summary>
    public static string PagesFile { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "axe-pages.txt");

    public static int PagesChecked
    {
        get { lock (PagesGate) return Pages.Count; }
    }

    public IReadOnlyList<string> Violations
    {
        get { lock (violations) return violations.ToList(); }
    }

    public static async Task<AccessibilityChecks> AttachAsync(IBrowserContext context)
    {
        var checks = new AccessibilityChecks();
        await context.ExposeFunctionAsync<string>(ReportFunction, checks.Record);
        await context.ExposeFunctionAsync<string, bool>(ShouldCheckFunction, structure => Structures.TryAdd(structure, true));
        await context.AddInitScriptAsync(InitScript.Value);
        return checks;
    }

    /// <summary>Waits until the page's own axe run has finished and reported (it starts at the load event).</summary>
    public static async Task WaitForPageAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => !window.aoPortalAxeState || window.aoPortalAxeState === 'reported'", null, new() { Timeout = 20_000 });
        }
        catch (System.TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("() => String(window.aoPortalAxeState)");
            Assert.Fail($"axe-core's check of {page.Url} did not finish within 20 s (state: {state}).");
        }
        catch (PlaywrightException)
        {
            // The page navigated away meanwhile (its document is gone): the next page has its own run.
        }
    }

    /// <summary>Fails with every violation seen so far: rule, impact, help text, and each element's selector and HTML.</summary>
    public void AssertNoViolations()
    {
        var found = Violations;
        if (found.Count == 0) return;
        Assert.Fail($"axe-core ({string.Join(", ", Tags)}) found {found.Count} accessibility violation(s):\n" + string.Join("\n", found));
    }

    /// <summary>A path with its ids replaced, so /candidates/3f…/plan and another candidate's plan count as one page.</summary>
    public static string NormalisePath(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        path = GuidSegment().Replace(path, "{id}");
        return NumberSegment().Replace(path, "/{n}");
    }

    private void Record(string json)
    {
        using var report = JsonDocument.Parse(json);
        var root = report.RootElement;
        var url = root.GetProperty("url").GetString() ?? "";
        if (!url.StartsWith("http", StringComparison.Ordinal)) return;
        RecordPage(NormalisePath(url));

        if (root.TryGetProperty("error", out var error))
        {
            lock (violations) violations.Add($"  axe-core did not run on {url}: {error.GetString()}");
            return;
        }

        foreach (var violation in root.GetProperty("violations").EnumerateArray())
        {
            var text = new StringBuilder()
                .Append("  on ").Append(url).Append(" (").Append(root.GetProperty("title").GetString()).Append(")\n")
                .Append("    rule ").Append(violation.GetProperty("id").GetString())
                .Append(" [").Append(violation.GetProperty("impact").ToString()).Append("]: ")
                .Append(violation.GetProperty("help").GetString()).Append(" (").Append(violation.GetProperty("helpUrl").GetString()).Append(")\n");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                var target = string.Join(" ", node.GetProperty("target").EnumerateArray().Select(t => t.ToString()));
                text.Append("      element ").Append(target).Append(": ").Append(node.GetProperty("html").GetString()).Append('\n');
                var summary = node.GetProperty("failureSummary").GetString();
                if (!string.IsNullOrWhiteSpace(summary)) text.Append("        ").Append(Regex.Replace(summary, @"\s*\n\s*", " / ")).Append('\n');
            }

            lock (violations) violations.Add(text.ToString().TrimEnd());
        }
    }

    private static void RecordPage(string path)
    {
        lock (PagesGate)
        {
            // Cleared once per test run (collections run in parallel, each with its own sessions), like the screenshots.
            if (!pagesCleared)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(PagesFile)!);
                File.Delete(PagesFile);
                pagesCleared = true;
            }

            if (!Pages.Add(path)) return;
            File.WriteAllText(PagesFile,
                $"{Pages.Count} distinct pages checked by axe-core ({string.Join(", ", Tags)}), ids normalised:\n" + string.Join("\n", Pages) + "\n");
        }
    }

    private static string BuildInitScript()
    {
        var axePath = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        if (!File.Exists(axePath))
        {
            throw new InvalidOperationException(
                $"{axePath} is missing: the test project's build copies it from node_modules/axe-core (npm ci in tests/AoPortal.EndToEnd.Tests).");
        }

        var options = JsonSerializer.Serialize(new { runOnly = new { type = "tag", values = Tags }, resultTypes = new[] { "violations" } });
        return $$"""
            (() => {
              if (window.top !== window || !location.protocol.startsWith('http')) return;
              {{File.ReadAllText(axePath)}}
              const axe = window.axe;
              window.aoPortalAxeState = 'waiting for load';
              // A page whose markup has the same structure as one already checked in this run (the same elements, classes,
              // ids and attributes, ids and numbers aside; only the text differs) gives the same result: it is counted but
              // not checked again, which keeps a long journey's many similar pages (ten "Judge" forms) quick.
              const structure = () => {
                const parts = [location.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}')];
                for (const element of document.querySelectorAll('*')) {
                  let part = element.tagName;
                  for (const attribute of element.attributes) {
                    if (attribute.name === 'value' || attribute.name === 'nonce') continue;
                    part += ' ' + attribute.name + '=' + attribute.value.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}').replace(/[0-9]+/g, '#');
                  }
                  parts.push(part);
                }
                let hash = 5381;
                const text = parts.join('\n');
                for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
                return parts[0] + ' ' + parts.length + ' ' + hash.toString(16) + ' ' + text.length;
              };
              window.addEventListener('load', async () => {
                if (!(await window.{{ShouldCheckFunction}}(structure()))) {
                  await window.{{ReportFunction}}(JSON.stringify({ url: location.href, title: document.title, violations: [] }));
                  window.aoPortalAxeState = 'reported';
                  return;
                }
                window.aoPortalAxeState = 'running';
                const report = result => {
                  window.aoPortalAxeState = 'reporting';
                  return window.{{ReportFunction}}(JSON.stringify(Object.assign({ url: location.href, title: document.title }, result)));
                };
                axe.run(document, {{options}})
                  .then(r => report({ violations: r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) })) }))
                  .catch(e => report({ error: String(e) }))
                  .then(() => { window.aoPortalAxeState = 'reported'; }, e => { window.aoPortalAxeState = 'report failed: ' + e; });
              }, { once: true });
            })();
            """;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidSegment();

    [GeneratedRegex("/[0-9]+(?=/|$)")]
    private static partial Regex NumberSegment();
}
