extern alias Benchmarks;

using System.Net;
using Benchmarks::AoPortal.Benchmarks.Generation;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Infrastructure.Persistence;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Web.Tests.Performance;

/// <summary>What one GET cost the database, and the readers that read the most rows.</summary>
public sealed record PageCost(int Commands, long Rows, int Synchronous, int Connections, IReadOnlyList<(int Rows, string Sql)> Reads);

/// <summary>
/// The real portal over a provider made by the scale-data generator (tests/AoPortal.Benchmarks) instead of the demo data,
/// with every SQL command counted, and the people whose pages are measured: the candidate in assessment with the most
/// evidence and records, their assessor and their school's lead.
/// </summary>
public sealed class ScalePortal : IAsyncDisposable
{
    /// <summary>The day the data is generated as of, and the portal's clock: the same provider every run, whatever the date.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    private ScalePortal(PortalFactory factory, int candidates)
    {
        Factory = factory;
        Candidates = candidates;
    }

    public PortalFactory Factory { get; }

    public int Candidates { get; }

    public string Password => "AoPortal-bench-2026";

    public string Admin => "admin01@provider.example";

    public Person Candidate { get; private set; } = default!;

    public string AssessorEmail { get; private set; } = "";

    public string LeadEmail { get; private set; } = "";

    /// <summary>The candidates allocated to the assessor measured, whatever their status: the caseload page lists each.</summary>
    public int Caseload { get; private set; }

    public int InAssessment { get; private set; }

    /// <summary>Every assessment plan, and every decision and withdrawal: what the reports are worked out from.</summary>
    public int PlansDecisionsAndWithdrawals { get; private set; }

    /// <summary>The plans, accepted items and shared records of the lead's staff: what the staff list's progress is worked out from.</summary>
    public int LeadsStaffWork { get; private set; }

    public sealed record Person(Guid Id, string Email, string LastName);

    /// <summary>
    /// Generates the provider into the portal's own database file, then starts the portal on it. Only the number of
    /// candidates changes between the portals compared: schools and staff stay the same, so any growth is the candidates'.
    /// </summary>
    public static async Task<ScalePortal> StartAsync(int candidates)
    {
        var factory = new PortalFactory();
        await ScaleDataGenerator.GenerateAsync(new GenerateOptions
        {
            Database = factory.DatabasePath,
            Uploads = factory.UploadsFolder,
            Candidates = candidates,
            // 20 schools and 5 assessors: at 500 candidates a lead has about 25 staff and an assessor a caseload of about 100.
            Schools = 20,
            Assessors = 5,
            Moderators = 2,
            Admins = 1,
            Today = Today,
            NoFiles = true,
        }, TextWriter.Null);

        factory.Settings["Demo:Seed"] = "false";
        factory.Settings["Outbox:PollSeconds"] = "0";
        factory.TestServices.Add(services =>
        {
            services.ConfigureDbContext<AoPortalDbContext>(o => o.AddInterceptors(new SqlCounter()));
            // Carries the test's tally into the request (see SqlCounter).
            services.Configure<TestServerOptions>(o => o.PreserveExecutionContext = true);
        });
        var noon = Today.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        factory.Clock.Advance(noon - factory.Clock.GetUtcNow());

        var portal = new ScalePortal(factory, candidates);
        await portal.FindPeopleAsync();
        return portal;
    }

    public Task<PortalClient> SignedInAsync(string email) => Factory.SignedInAsync(email, Password);

    /// <summary>
    /// GETs the page once to warm up (views compiled, caches filled), then again counting its SQL commands and rows. The
    /// page must answer 200.
    /// </summary>
    public async Task<PageCost> MeasureAsync(PortalClient client, string url)
    {
        await client.GetPageAsync(url);
        // Measured as worked out afresh, the first view after a change: what the progress cache (ADR-015) keeps between
        // views is what these tests hold to a fixed number of queries and rows.
        ((MemoryCache)Factory.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);
        var tally = SqlCounter.Start();
        try
        {
            using var response = await client.Http.GetAsync(url);
            await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} responded {(int)response.StatusCode}; Location: {response.Headers.Location}");
        }
        finally
        {
            SqlCounter.Stop();
        }

        return new PageCost(tally.Commands, tally.Rows, tally.Synchronous, tally.Connections, tally.Reads.ToList());
    }

    private async Task FindPeopleAsync()
    {
        await Factory.WithDbAsync(async db =>
        {
            var best = await db.Candidates
                .Where(c => c.Status == CandidateStatus.InAssessment && c.AssessorId != null && c.EmployingSchoolId != null)
                .Select(c => new
                {
                    c.Id, c.Email, c.LastName, c.AssessorId, c.EmployingSchoolId,
                    Work = db.EvidenceItems.Count(e => e.CandidateId == c.Id) + db.AssessmentRecords.Count(r => r.CandidateId == c.Id),
                })
                .OrderByDescending(c => c.Work).ThenBy(c => c.Email)
                .FirstAsync();
            Candidate = new Person(best.Id, best.Email, best.LastName);
            AssessorEmail = await db.Users.Where(u => u.Id == best.AssessorId).Select(u => u.Email!).SingleAsync();
            LeadEmail = await db.Users.Where(u => u.SchoolId == best.EmployingSchoolId && u.Email!.EndsWith("@schools.example"))
                .Select(u => u.Email!).SingleAsync();
            Caseload = await db.Candidates.CountAsync(c => c.AssessorId == best.AssessorId);
            InAssessment = await db.Candidates.CountAsync(c => c.Status == CandidateStatus.InAssessment);
            PlansDecisionsAndWithdrawals = await db.AssessmentPlans.CountAsync() + await db.Recommendations.CountAsync()
                + await db.Candidates.CountAsync(c => c.Status == CandidateStatus.Withdrawn);
            var staff = db.Candidates.Where(c => c.EmployingSchoolId == best.EmployingSchoolId).Select(c => c.Id);
            LeadsStaffWork = await db.AssessmentPlans.CountAsync(p => staff.Contains(p.CandidateId))
                + await db.EvidenceItems.CountAsync(i => staff.Contains(i.CandidateId) && i.Status == EvidenceStatus.Accepted)
                + await db.AssessmentRecords.CountAsync(r => staff.Contains(r.CandidateId) && r.Status == RecordStatus.Shared);
        });
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
