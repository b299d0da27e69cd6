using AoPortal.Application.Features.Users;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Security;

/// <summary>
/// The authorization matrix (<see cref="AuthorizationMatrix"/>) against the real app: every endpoint it maps has a row, and
/// every person gets from every endpoint what the row says. The requests name records the allowed people really may see
/// (the candidate's own, at the school lead's school, on the assessor's caseload), so an "Allow" proves the way in, not a
/// missing record. POSTs carry a valid antiforgery token (so they reach the action) and an empty form, which every form
/// refuses, so they change nothing; the one action that needs no form, deactivating an account, is made on a spare account.
/// The last check makes sure nothing else changed. The test's output counts the cells and the answers by status.
/// This class has a portal of its own (not <see cref="PortalCollection"/>'s): it posts to every endpoint, including
/// deactivating an account, and other classes' tests should never meet what that leaves behind.
/// </summary>
public sealed partial class AuthorizationMatrixTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Requests that end the session they are made in: each person makes them from a session of their own.</summary>
    private static readonly HashSet<string> EndTheSession = ["POST /sign-out"];

    [Fact]
    public void Every_endpoint_the_app_maps_has_exactly_one_row_in_the_table()
    {
        var mapped = MappedEndpoints(factory);
        var rows = AuthorizationMatrix.Rows.Select(r => r.Key).ToList();

        var problems = mapped.Except(rows).Select(e => $"{e} has no row: add one to AuthorizationMatrix.Rows saying who may use it")
            .Concat(rows.Except(mapped).Select(e => $"{e} is in the table but the app maps no such endpoint"))
            .Concat(rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"{g.Key} has {g.Count()} rows"))
            .ToList();

        Assert.True(problems.Count == 0, $"The authorization matrix and the app's endpoints differ:\n{string.Join("\n", problems)}");
        output.WriteLine($"{mapped.Count} endpoints, each with one row");
    }

    [Fact]
    public async Task Every_person_gets_from_every_endpoint_what_the_table_says()
    {
        var clock = Stopwatch.StartNew();
        var world = await World.CreateAsync(factory);
        var before = await world.AuditIdsAsync();
        var sessions = new Sessions(factory, world);
        var mapped = MappedEndpoints(factory).ToHashSet();
        var rows = AuthorizationMatrix.Rows.Where(r => mapped.Contains(r.Key)).ToList();
        var setUp = clock.Elapsed;

        var mismatches = new List<string>();
        var answers = new Dictionary<string, int>();
        var redirectedPosts = new List<string>();
        var cells = 0;
        var refusedToSignedIn = 0;
        foreach (var person in Enum.GetValues<Person>())
        {
            foreach (var row in rows.OrderBy(r => EndTheSession.Contains(r.Key)))
            {
                var url = world.UrlFor(row);
                var session = EndTheSession.Contains(row.Key)
                    ? await sessions.FreshAsync(person, world.SubjectOf(row.Template))
                    : await sessions.ForAsync(person, world.SubjectOf(row.Template));
                var (actual, response) = await RequestAsync(session, row.Method, url);
                cells++;
                if (actual == Outcome.Forbidden && person != Person.Anonymous) refusedToSignedIn++;
                var expected = row.For(person);
                var answer = $"{row.Method} {actual} {response.Split(' ')[0]}";
                answers[answer] = answers.GetValueOrDefault(answer) + 1;
                // A POST with an empty form that redirects did something, or refused with a banner: listed, to read.
                if (row.Method == "POST" && actual == Outcome.Allow && response.StartsWith("302", StringComparison.Ordinal))
                    redirectedPosts.Add($"{row.Key} as {person}: {response}");
                if (actual != expected)
                    mismatches.Add($"{row.Key,-70} {person,-10} expected {expected,-9} got {actual?.ToString() ?? "error"} ({row.Method} {url} answered {response})");
            }
        }

        output.WriteLine($"{rows.Count} endpoints x {Enum.GetValues<Person>().Length} people = {cells} matrix cells; set-up {setUp.TotalSeconds:0.0} s, all {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("Answers (method, outcome, status): " + string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key} x{a.Value}")));
        output.WriteLine("POSTs with an empty form that redirected:\n  " + string.Join("\n  ", redirectedPosts));
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {cells} cells of the authorization matrix differ from the table (endpoint, person, expected, actual):\n{string.Join("\n", mismatches)}");
        var changed = await world.ChangesSinceAsync(before);
        Assert.True(changed.Count == 0, $"The requests changed records they should have left alone:\n{string.Join("\n", changed)}");
        // Every refusal of a signed-in person is audited, once.
        Assert.Equal(refusedToSignedIn, await world.AuditedSinceAsync(before, SecurityAudit.AccessDenied));
    }

    /// <summary>Each endpoint the app maps, as "METHOD /template" with the parameters' constraints left out; ANY when it takes every method.</summary>
    private static List<string> MappedEndpoints(PortalFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["ANY"])
                .Select(method => $"{method} {Template(e.RoutePattern)}"))
            .Distinct()
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToList();

    private static string Template(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => $"{{{(parameter.IsCatchAll ? "*" : "")}{parameter.Name}{(parameter.IsOptional ? "?" : "")}}}",
            _ => throw new InvalidOperationException($"Unknown route part {part}"),
        }))));

    /// <summary>Makes the request and says what the person got, with the status (and where a redirect goes) in words.</summary>
    private static async Task<(Outcome? Outcome, string Response)> RequestAsync(Session session, string method, string url)
    {
        using var response = method == "POST"
            ? await session.Client.PostRawAsync(url, session.Token is { } token ? Fields.Of(("__RequestVerificationToken", token)) : [])
            : await session.Client.GetAsync(url);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } l ? l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString : null;
        var described = location is null ? $"{status}" : $"{status} to {location}";
        if (response.StatusCode == HttpStatusCode.Forbidden) return (Outcome.Forbidden, described);
        // The challenge sends the person to sign in and back; signing out also lands on /sign-in, without a way back.
        if (status is >= 300 and < 400 && location is not null && location.StartsWith("/sign-in?", StringComparison.Ordinal) && location.Contains("returnUrl="))
            return (Outcome.SignIn, described);
        if (status >= 500) return (null, described);
        if (method != "POST" && response.StatusCode == HttpStatusCode.NotFound) return (null, described + ": the request names a record the person cannot see");
        return (Outcome.Allow, described);
    }

    /// <summary>A signed-in (or anonymous) client and an antiforgery token it may use.</summary>
    private sealed record Session(PortalClient Client, string? Token);

    /// <summary>One client per person, signed in once and kept; the candidate's is the one of the candidate the request names.</summary>
    private sealed class Sessions(PortalFactory factory, World world)
    {
        private readonly Dictionary<string, Session> _kept = [];

        public async Task<Session> ForAsync(Person person, Guid candidateId)
        {
            var key = person == Person.Candidate ? $"{person} {candidateId}" : person.ToString();
            if (!_kept.TryGetValue(key, out var session)) _kept[key] = session = await FreshAsync(person, candidateId);
            return session;
        }

        public async Task<Session> FreshAsync(Person person, Guid candidateId)
        {
            var client = factory.CreatePortalClient();
            var (email, password) = person switch
            {
                Person.Anonymous => (null, null),
                Person.Candidate => (world.EmailOf(candidateId), TestAccounts.Password),
                Person.SchoolLead => (DemoAccounts.SchoolLead, DemoAccounts.Password),
                Person.Assessor => (DemoAccounts.Assessor, DemoAccounts.Password),
                Person.Moderator => (DemoAccounts.Moderator, DemoAccounts.Password),
                Person.Admin => (DemoAccounts.Admin, DemoAccounts.Password),
                _ => throw new ArgumentOutOfRangeException(nameof(person)),
            };
            if (email is not null) await client.SignInAsync(email, password!);
            // A token the person may hold: from the sign-in form, or the sign-out button on a page everyone signed in sees.
            var page = await client.GetPageAsync(email is null ? "/sign-in" : "/standards");
            var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
                ?? throw new InvalidOperationException($"No antiforgery token on the page {person} sees");
            return new Session(client, token);
        }
    }

    /// <summary>
    /// The records the requests name: a candidate in assessment with one record of each kind (<see cref="Main"/>), one whose
    /// decision a moderator confirmed (for the outcome pages) and one whose proposal waits for moderation; all work at Oakfield
    /// and have Sam Assessor. Besides: a spare account to deactivate, a school, a candidate asking for their school to be
    /// added, and a Register export.
    /// </summary>
    private sealed partial class World
    {
        private readonly PortalFactory _factory;
        private readonly Dictionary<Guid, string> _emails = [];

        private World(PortalFactory factory) => _factory = factory;

        public CandidateWithRecords Main { get; private set; } = null!;
        public ReviewCandidate Confirmed { get; private set; } = null!;
        public ReviewCandidate Proposed { get; private set; } = null!;
        public Guid SpareUserId { get; private set; }
        public Guid SchoolId { get; private set; }
        public Guid RequestingCandidateId { get; private set; }
        public int ExportNumber { get; private set; }

        public static async Task<World> CreateAsync(PortalFactory factory)
        {
            var world = new World(factory);
            // The export first, of the demo data's recommended candidate, so the candidates made here stay out of it.
            var admin = await factory.SignedInAsync(DemoAccounts.Admin);
            using (var made = await admin.PostFormAsync("/register-exports", "form[action='/register-exports']", []))
                world.ExportNumber = int.Parse(ExportNumberIn().Match(made.RedirectTarget()).Groups[1].Value);
            world.Main = await CandidatesWithRecords.CreateAsync(factory);
            world.Confirmed = await RecommendationCandidates.ConfirmedAsync(factory);
            world.Proposed = await RecommendationCandidates.ProposedAsync(factory);
            foreach (var candidate in new[] { world.Main.Candidate, world.Confirmed, world.Proposed }) world._emails[candidate.Id] = candidate.Email;
            world.SpareUserId = await TestAccounts.CreateAsync(factory, "Spare Assessor", TestAccounts.UniqueEmail("matrix-spare"), PortalRole.Assessor);
            world.SchoolId = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
            world.RequestingCandidateId = await factory.WithDbAsync(db =>
                db.Candidates.Where(c => c.Email == "grace.adeyemi@demo.test").Select(c => c.Id).SingleAsync());
            return world;
        }

        public string EmailOf(Guid candidateId) => _emails[candidateId];

        /// <summary>The candidate a request about a candidate names: the one whose record has what the page shows.</summary>
        public Guid SubjectOf(string template) => template switch
        {
            "/candidates/{id}/outcome" or "/candidates/{id}/handover" => Confirmed.Id,
            "/candidates/{id}/moderation" => Proposed.Id,
            _ => Main.Id,
        };

        public string UrlFor(MatrixRow row) =>
            Parameter().Replace(row.Template, m => Value(row.Template, m.Groups[1].Value));

        /// <summary>What each route parameter names; a parameter nobody has said anything about fails the test, naming it.</summary>
        private string Value(string template, string name) => name switch
        {
            "id" when template.StartsWith("/admin/users/", StringComparison.Ordinal) => SpareUserId.ToString(),
            "id" when template.StartsWith("/admin/schools/", StringComparison.Ordinal) => SchoolId.ToString(),
            "id" when template.StartsWith("/admin/outbox/", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            "id" when template.StartsWith("/application/documents/", StringComparison.Ordinal) => Main.DocumentId.ToString(),
            "id" when template.StartsWith("/application/experience/", StringComparison.Ordinal) => Main.ExperienceId.ToString(),
            "id" when template.StartsWith("/candidates/{candidateId}/documents/", StringComparison.Ordinal) => Main.DocumentId.ToString(),
            "candidateId" when template.StartsWith("/admin/schools/requests/", StringComparison.Ordinal) => RequestingCandidateId.ToString(),
            "id" or "candidateId" when template.StartsWith("/candidates/", StringComparison.Ordinal)
                || template.StartsWith("/school/candidates/", StringComparison.Ordinal) => SubjectOf(template).ToString(),
            "itemId" => Main.EvidenceItemId.ToString(),
            "fileId" => Main.EvidenceFileId.ToString(),
            "recordId" => Main.ObservationId.ToString(),
            "milestoneId" => Main.MilestoneId.ToString(),
            "code" => "TS1",
            "requirement" => "Degree",
            "number" => ExportNumber.ToString(),
            "statusCode" => "400",
            "subject" => "maths",
            "kind" => "degree",
            "name" => "outcomes-by-month",
            _ => throw new InvalidOperationException($"Say in {nameof(World)}.{nameof(Value)} what {{{name}}} in {template} should name"),
        };

        public Task<HashSet<Guid>> AuditIdsAsync() =>
            _factory.WithDbAsync(async db => (await db.AuditEntries.Select(a => a.Id).ToListAsync()).ToHashSet());

        /// <summary>
        /// What the requests changed: audit entries added since, except those a request is meant to leave (reading safeguarding
        /// details, exporting a portfolio, deactivating the spare account).
        /// </summary>
        public Task<List<string>> ChangesSinceAsync(HashSet<Guid> before) =>
            _factory.WithDbAsync(async db =>
            {
                var added = await db.AuditEntries.AsNoTracking()
                    .Select(a => new { a.Id, a.SubjectId, a.SubjectType, a.Action, a.Detail })
                    .ToListAsync();
                return added.Where(a => !before.Contains(a.Id) && a.SubjectId != SpareUserId && !ReadsThatAreAudited.Contains(a.Action))
                    .Select(a => $"{a.SubjectType} {a.SubjectId}: {a.Action} ({a.Detail})")
                    .ToList();
            });

        public Task<int> AuditedSinceAsync(HashSet<Guid> before, string action) =>
            _factory.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().Where(a => a.Action == action).Select(a => a.Id).ToListAsync())
                .Count(id => !before.Contains(id)));

        /// <summary>Entries requests leave without changing anything: audited reads, sign-ins and refusals.</summary>
        private static readonly HashSet<string> ReadsThatAreAudited =
            ["Safeguarding details viewed", "Portfolio exported", SecurityAudit.SignedIn, SecurityAudit.AccessDenied];

        [GeneratedRegex(@"/register-exports/(\d+)$")]
        private static partial Regex ExportNumberIn();

        [GeneratedRegex(@"\{\*?(\w+)\??\}")]
        private static partial Regex Parameter();
    }
}
