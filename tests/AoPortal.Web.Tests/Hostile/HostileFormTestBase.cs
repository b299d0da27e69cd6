using AoPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// What the hostile form tests share: a portal of their own (so the before-and-after fingerprints see only their own
/// requests), signed-in clients for the demo accounts, a foreign candidate whose id is forged into forms, and the run.
/// </summary>
public abstract class HostileFormTestBase(PortalFactory portal, ITestOutputHelper output)
{
    protected PortalFactory Portal { get; } = portal;

    protected ITestOutputHelper Output { get; } = output;

    private readonly Dictionary<string, PortalClient> _clients = [];
    private Guid? _foreignId;

    protected async Task<PortalClient> ClientAsync(string email, string password = DemoAccounts.Password)
    {
        if (_clients.TryGetValue(email, out var client)) return client;
        client = await Portal.SignedInAsync(email, password);
        _clients[email] = client;
        return client;
    }

    protected Task<PortalClient> CandidateClientAsync(ReviewCandidate candidate) => ClientAsync(candidate.Email, TestAccounts.Password);

    /// <summary>Attacks the form with the whole corpus and asserts nothing went wrong.</summary>
    protected async Task AttackAsync(HostileForm form)
    {
        _foreignId ??= (await ReviewCandidates.CreateAsync(Portal)).Id;
        var started = DateTime.UtcNow;
        var harness = new HostileFormHarness(Portal, Output, _foreignId.Value);
        await harness.RunAsync(form);
        var total = HostileInputLog.Write();
        Output.WriteLine($"{form.Name}: {harness.Outcomes.Count} hostile inputs in {(DateTime.UtcNow - started).TotalSeconds:F1} s " +
                         $"({harness.Outcomes.Count(o => o.Result.StartsWith("stored", StringComparison.Ordinal))} stored and shown encoded, the rest refused); {total} so far in this run");
        harness.AssertNoFailures();
    }

    protected static FormTarget Target(PortalClient client, string pageUrl, string action, IEnumerable<KeyValuePair<string, string>>? valid = null,
        params (PortalClient Client, string Url)[] displays) =>
        new(client, pageUrl, $"form[action='{action}']", valid ?? [], displays);

    protected static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    protected static IEnumerable<KeyValuePair<string, string>> DateField(string name, DateOnly date) =>
        [F($"{name}.Day", date.Day.ToString()), F($"{name}.Month", date.Month.ToString()), F($"{name}.Year", date.Year.ToString())];
}
