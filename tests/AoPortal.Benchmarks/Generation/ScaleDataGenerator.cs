using System.Diagnostics;
using System.Globalization;
using System.Text;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Documents;
using Bogus;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Benchmarks.Generation;

/// <summary>What a run made: the rows per table, the files written and how long it took.</summary>
public sealed record GenerationResult(string Database, GenerateOptions Options, IReadOnlyDictionary<string, long> RowCounts, int FilesWritten, TimeSpan Elapsed)
{
    public string Describe()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Generated {Options.Candidates} candidates (seed {Options.Seed}, today {Options.Today:yyyy-MM-dd}) in {Elapsed.TotalSeconds:F1} s")
            .AppendLine(CultureInfo.InvariantCulture, $" into {Database}; {FilesWritten} evidence files written.")
            .AppendLine("Rows per table:");
        foreach (var (table, count) in RowCounts.Where(c => c.Value > 0))
            text.AppendLine(CultureInfo.InvariantCulture, $"  {table,-28} {count,10:N0}");
        return text.Append(CultureInfo.InvariantCulture, $"  {"total",-28} {RowCounts.Values.Sum(),10:N0}").ToString();
    }
}

/// <summary>
/// Fills a new SQLite database with a provider of the size asked for (see docs/performance.md): staff and schools, then the
/// candidates in batches, each taken along the lifecycle by a <see cref="CandidateJourney"/>, then the Register exports and
/// QTS awards. The same options give the same data; see docs/performance.md for what is and is not byte-identical.
/// </summary>
public static class ScaleDataGenerator
{
    public static async Task<GenerationResult> GenerateAsync(GenerateOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var database = new ScaleDatabase(options.Database);
        await database.CreateAsync(options.UploadsFolder);
        var store = new FileSystemDocumentStore(options.UploadsFolder);
        var f = new Faker("en_GB") { Random = new Randomizer(options.Seed) };
        var accounts = new Accounts(f, options.Password);
        var today = options.Today;
        var setUpAt = today.AddYears(-2).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

        Provider provider;
        await using (var db = database.NewContext(detectChanges: false))
        {
            var staff = new List<object>();
            var admins = Staff(staff, accounts, options.Admins, "Admin", setUpAt, PortalRole.Admin);
            var assessors = Staff(staff, accounts, options.Assessors, "Assessor", setUpAt, PortalRole.Assessor);
            var moderators = Staff(staff, accounts, options.Moderators, "Moderator", setUpAt, PortalRole.Assessor, PortalRole.Moderator);
            var schools = Schools(staff, accounts, f, options.Schools, setUpAt);
            db.AddRange(staff);
            await db.SaveChangesAsync();
            var policy = await db.EligibilityPolicies.AsNoTracking().OrderByDescending(p => p.Version).FirstAsync();
            var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync();
            provider = new Provider([.. admins], [.. assessors], [.. moderators], [.. schools], policy, template, today);
        }

        var stages = StageSpread.For(options.Candidates, list => f.Random.Shuffle(list).ToList());
        var toAward = new List<(Guid CandidateId, DateOnly ConfirmedOn)>();
        var files = 0;
        for (var first = 0; first < stages.Count; first += options.BatchSize)
        {
            var output = new BatchOutput();
            var journey = new CandidateJourney(f, provider, accounts, output);
            for (var i = first; i < Math.Min(first + options.BatchSize, stages.Count); i++) journey.Take(i, stages[i]);
            await using (var db = database.NewContext(detectChanges: false))
            {
                db.AddRange(output.Entities);
                await db.SaveChangesAsync();
            }

            if (!options.NoFiles)
            {
                foreach (var (name, content) in output.Files)
                {
                    using var stream = new MemoryStream(content, writable: false);
                    await store.SaveAsync(name, stream, CancellationToken.None);
                }

                files += output.Files.Count;
            }

            toAward.AddRange(output.ToAward);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {Math.Min(first + options.BatchSize, stages.Count),6} candidates, {clock.Elapsed.TotalSeconds,6:F1} s"));
        }

        await ExportAndAwardAsync(database, f, provider, toAward);
        var counts = await database.RowCountsAsync();
        return new GenerationResult(database.Path, options, counts, files, clock.Elapsed);
    }

    private static List<Person> Staff(List<object> sink, Accounts accounts, int count, string role, DateTime at, params PortalRole[] roles) =>
        Enumerable.Range(1, count).Select(n =>
            accounts.Add(sink, $"{role} {n:00}", $"{role.ToLowerInvariant()}{n:00}@provider.example", at, null, roles)).ToList();

    /// <summary>Schools in England (a few overseas), each added with its audit entry and a school lead with an account.</summary>
    private static List<SchoolWithLead> Schools(List<object> sink, Accounts accounts, Faker f, int count, DateTime at)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var schools = new List<SchoolWithLead>();
        for (var n = 0; n < count; n++)
        {
            var overseas = n % 20 == 19;
            var phase = f.PickRandom(SchoolPhase.Primary, SchoolPhase.Primary, SchoolPhase.Secondary, SchoolPhase.AllThrough);
            var kind = phase == SchoolPhase.Primary ? f.PickRandom("Primary School", "Infant and Junior School", "Church of England Primary School")
                : f.PickRandom("Academy", "High School", "Community School", "School");
            var name = $"{f.Address.City()} {kind}";
            if (!names.Add(name)) names.Add(name = $"{name} ({n + 1})");
            var details = overseas
                ? new SchoolDetails(null, $"British School of {f.Address.City()} ({n + 1})", SchoolPhase.AllThrough, null, null, f.PickRandom(Vocabulary.Countries))
                : new SchoolDetails((100000 + 7 * n).ToString(CultureInfo.InvariantCulture), name, phase, f.Address.County(), f.Address.ZipCode(), School.England);
            var school = School.Create(details);
            sink.Add(school);
            sink.Add(AuditEntry.Record(Actor.System, at, nameof(School), school.Id, "School added", "Scale data"));
            var leadName = f.Name.FullName();
            var lead = accounts.Add(sink, leadName, $"lead{n + 1:000}@schools.example", at, school.Id, PortalRole.SchoolLead);
            schools.Add(new SchoolWithLead(school, lead));
        }

        return schools;
    }

    /// <summary>
    /// The confirmed recommendations for QTS go to Register in the provider's weekly export (the first Friday a week after
    /// confirmation), and DfE awards QTS one to three weeks later: numbered exports, then each award.
    /// </summary>
    private static async Task ExportAndAwardAsync(ScaleDatabase database, Faker f, Provider provider, List<(Guid CandidateId, DateOnly ConfirmedOn)> toAward)
    {
        var exports = toAward
            .Select(a => (a.CandidateId, ExportOn: FridayOnOrAfter(a.ConfirmedOn.AddDays(7))))
            .GroupBy(a => a.ExportOn).OrderBy(g => g.Key).ToList();
        var number = 0;
        foreach (var group in exports)
        {
            await using var db = database.NewContext();
            var ids = group.Select(g => g.CandidateId).ToList();
            var candidates = await db.Candidates.Where(c => ids.Contains(c.Id)).ToListAsync();
            var recommendations = await db.Recommendations.Where(r => ids.Contains(r.CandidateId)).ToListAsync();
            var waiting = ids.Select(id => (candidates.Single(c => c.Id == id), recommendations.Single(r => r.CandidateId == id))).ToList();
            var admin = f.PickRandom(provider.Admins).Actor;
            var (export, audit) = RegisterExport.Create(++number, waiting, admin, group.Key.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
            db.RegisterExports.Add(export);
            db.AuditEntries.AddRange(audit);
            foreach (var (candidate, recommendation) in waiting)
            {
                var awarded = group.Key.AddDays(f.Random.Int(7, 21));
                db.AuditEntries.Add(candidate.RecordQtsAward(recommendation, awarded, admin, awarded.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), awarded));
            }

            await db.SaveChangesAsync();
        }
    }

    private static DateOnly FridayOnOrAfter(DateOnly day) => day.AddDays(((int)DayOfWeek.Friday - (int)day.DayOfWeek + 7) % 7);
}
