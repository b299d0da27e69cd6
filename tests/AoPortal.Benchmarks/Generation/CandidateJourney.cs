using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Standards;
using AoPortal.Domain.Users;
using Bogus;

namespace AoPortal.Benchmarks.Generation;

/// <summary>What the journeys of one batch leave behind: entities to add, files to write, recommendations to export later.</summary>
public sealed class BatchOutput
{
    public List<object> Entities { get; } = [];
    public List<(string StoredName, byte[] Content)> Files { get; } = [];

    /// <summary>Confirmed recommendations for QTS to export to Register and award in the last step, with the day each was confirmed.</summary>
    public List<(Guid CandidateId, DateOnly ConfirmedOn)> ToAward { get; } = [];
}

/// <summary>Everything a journey needs that does not change from one candidate to the next.</summary>
public sealed record Provider(
    Person[] Admins, Person[] Assessors, Person[] Moderators, SchoolWithLead[] Schools, EligibilityPolicy Policy, PlanTemplate Template, DateOnly Today);

/// <summary>
/// Takes one candidate along the lifecycle to a <see cref="Stage"/>, only through the domain's own methods, each step on the
/// day a person would have taken it, keeping every audit entry the methods return. Dates count back from
/// <see cref="Provider.Today"/>; every choice comes from the seeded <see cref="Faker"/>, in a fixed order.
/// </summary>
public sealed class CandidateJourney(Faker f, Provider provider, Accounts accounts, BatchOutput output)
{
    private const int EvidenceTarget = 40;

    // Observations about a fortnight apart (six in twelve weeks) and two professional discussions, as days after the start.
    private static readonly int[] ObservationDays = [2, 16, 30, 44, 58, 72];
    private static readonly int[] DiscussionDays = [37, 79];

    private DateOnly Today => provider.Today;

    public void Take(int index, Stage stage)
    {
        var school = f.PickRandom(provider.Schools.Where(s => s.School.Country == School.England).ToList());
        var range = AgeRange.Parse(f.PickRandom(school.School.Phase switch
        {
            SchoolPhase.Primary => Vocabulary.PrimaryRanges,
            SchoolPhase.Secondary => Vocabulary.SecondaryRanges,
            _ => [.. Vocabulary.PrimaryRanges, .. Vocabulary.SecondaryRanges],
        }));
        IReadOnlyList<string> subjects = range.NeedsSubject ? [f.PickRandom(Vocabulary.SecondarySubjects)] : [];
        var previous = f.PickRandom(provider.Schools.Where(s => s != school).ToList());
        var first = f.Name.FirstName();
        var last = f.Name.LastName();
        var email = $"{Accounts.Slug(first)}.{Accounts.Slug(last)}.{index + 1}@candidates.example";
        var t = Timeline.For(stage, f, Today);

        var self = accounts.Add(output.Entities, $"{first} {last}", email, At(t.Invited, 9), null, PortalRole.Candidate);
        var details = new CandidateDetails(first, last, email, school.School.Id, range, subjects);
        var admin = f.PickRandom(provider.Admins);
        var (candidate, created) = f.Random.Bool(0.2f)
            ? Candidate.Nominate(self.Id, details, school.Lead.Actor, At(t.Invited, 9))
            : Candidate.Invite(self.Id, details, admin.Actor, At(t.Invited, 9));
        output.Entities.Add(candidate);
        Audit(created);

        if (stage == Stage.Invited) return;
        var complete = stage != Stage.ApplicationInProgress && stage != Stage.WithdrawnFromApplication;
        FillApplication(candidate, school.School.Name, previous.School.Name, t.Filled, complete, trn: (2000000 + index).ToString(CultureInfo.InvariantCulture));
        if (stage == Stage.WithdrawnFromApplication)
        {
            Audit(candidate.Withdraw(f.PickRandom(WithdrawalReason.PersonalCircumstances, WithdrawalReason.LeftEmployment, WithdrawalReason.ChoseAnotherRoute),
                null, admin.Actor, At(t.Ended, 16)));
            return;
        }

        if (!complete) return;
        Audit(candidate.Submit(self.Actor, At(t.Submitted, 20)));
        if (stage == Stage.Submitted)
        {
            if (f.Random.Bool()) ConfirmSupport(candidate, school, t.Submitted.AddDays(1) <= Today ? t.Submitted.AddDays(1) : t.Submitted);
            return;
        }

        var reviewer = f.PickRandom(provider.Admins);
        if (stage == Stage.Rejected)
        {
            Audit(candidate.Reject("The teaching experience does not meet the provider's requirements.", provider.Policy, reviewer.Actor, At(t.Accepted, 11)));
            return;
        }

        Accept(candidate, school, reviewer, t.Accepted);
        var assessor = f.PickRandom(provider.Assessors);
        if (stage == Stage.Accepted)
        {
            if (f.Random.Bool()) Audit(candidate.AllocateAssessor(assessor.Id, assessor.Name, admin.Actor, At(t.Accepted, 14)));
            return;
        }

        Audit(candidate.AllocateAssessor(assessor.Id, assessor.Name, admin.Actor, At(t.Allocated, 14)));
        var start = t.Started;
        var (plan, started) = candidate.StartAssessment(provider.Template, start, range, subjects, assessor.Actor, At(start, 9), start);
        output.Entities.Add(plan);
        Audit(started);
        if (!candidate.FundamentalSkillsConfirmed)
            Audit(candidate.ConfirmFundamentalSkills("Confirmed at the initial meeting.", assessor.Actor, At(start, 12)));

        var finished = stage is Stage.AwaitingModeration or Stage.Recommended or Stage.NotRecommended or Stage.QtsAwarded;
        var schools = new[] { school.School.Name, previous.School.Name };
        var (records, evidence) = Assess(candidate, plan, range, subjects, schools, self, assessor, t.Ended, finished);
        if (stage == Stage.WithdrawnInAssessment)
        {
            Audit(candidate.Withdraw(f.PickRandom(WithdrawalReason.Health, WithdrawalReason.LeftEmployment, WithdrawalReason.UnlikelyToMeetStandards),
                null, admin.Actor, At(t.Ended, 17)));
            return;
        }

        if (!finished) return;
        var recommendation = Propose(candidate, plan, range, subjects, records, evidence, assessor, t.Ended, notRecommended: stage == Stage.NotRecommended);
        if (stage == Stage.AwaitingModeration) return;
        var moderator = f.PickRandom(provider.Moderators);
        foreach (var entry in candidate.ConfirmOutcome(recommendation, plan, records, evidence, moderator.Actor, At(t.Confirmed, 11))) Audit(entry);
        if (stage == Stage.QtsAwarded) output.ToAward.Add((candidate.Id, t.Confirmed));
    }

    /// <summary>
    /// The application, filled in on <paramref name="day"/>: personal details and degree, then (if <paramref name="complete"/>)
    /// GCSEs, two posts (the previous school, then the employer), the intended assessment, declarations and school.
    /// </summary>
    private void FillApplication(Candidate candidate, string employer, string previousSchool, DateOnly day, bool complete, string trn)
    {
        var range = candidate.IntendedAgeRange!.Value;
        candidate.SavePersonalDetails(new PersonalDetails(candidate.FirstNames, candidate.LastName, null,
            day.AddYears(-f.Random.Int(26, 50)).AddDays(-f.Random.Int(0, 364)), f.Phone.PhoneNumber("01632 96# ###"),
            f.Address.StreetAddress(), f.Address.ZipCode(), trn, "British", day));
        candidate.SaveDegree(new Degree(f.PickRandom(Vocabulary.Degrees), f.PickRandom(Vocabulary.Universities), "United Kingdom",
            day.Year - f.Random.Int(5, 20), f.PickRandom("First", "2:1", "2:2"), null, day));
        if (!complete) return;

        foreach (var subject in ApplicationProgress.RequiredGcses(range))
            candidate.SaveGcse(new GcseResult(subject, true, null, f.PickRandom("4", "5", "6", "7", "8"), day.Year - 18, day));
        var years = f.Random.Int(2, 5);
        candidate.SaveExperience(new ExperienceEntry(f.Random.Guid(), previousSchool, "England", "Unqualified teacher",
            day.AddYears(-years - 3), day.AddYears(-years).AddDays(-1), 1m, new AgesTaught(range.FromAge, range.ToAge), true, day));
        candidate.SaveExperience(new ExperienceEntry(f.Random.Guid(), employer, "England", "Unqualified teacher",
            day.AddYears(-years), null, f.PickRandom(1m, 1m, 0.8m), new AgesTaught(range.FromAge, range.ToAge), true, day));
        candidate.ConfirmExperienceComplete();
        candidate.SaveIntendedAssessment(range, candidate.Subjects);
        candidate.SaveDeclarations(new Declarations(HealthDeclaration.NoConditions, null, false, null, true));
        candidate.SaveSchoolSupport(candidate.EmployingSchoolId, null);
    }

    private void ConfirmSupport(Candidate candidate, SchoolWithLead school, DateOnly day) =>
        Audit(candidate.ConfirmSchoolSupport(
            new SchoolSupportConfirmation("The school will release the candidate for observations; a mentor meets them weekly.",
                f.Name.FullName(), school.Lead.Id, school.Lead.Name, At(day, 9)),
            school.Lead.Actor, At(day, 9)));

    /// <summary>The whole review, on the day of acceptance: checks, the school's support, each requirement judged met, accepted.</summary>
    private void Accept(Candidate candidate, SchoolWithLead school, Person reviewer, DateOnly day)
    {
        var at = At(day, 10);
        foreach (var entry in candidate.RecordSafeguardingChecks(
                     new SafeguardingChecks(f.Random.ReplaceNumbers("00##########"), day.AddMonths(-2), reviewer.Name, day.AddMonths(-2), null, day), reviewer.Actor, at))
            Audit(entry);
        ConfirmSupport(candidate, school, day);
        foreach (var result in EligibilityEvaluator.Evaluate(candidate, provider.Policy, day)
                     .Where(r => r.Status != ComputedStatus.NotApplicable && r.Requirement != EligibilityRequirement.SchoolSupport))
        foreach (var entry in candidate.JudgeRequirement(result.Requirement, JudgementOutcome.Met, null, provider.Policy, reviewer.Actor, at))
            Audit(entry);
        Audit(candidate.Accept(provider.Policy, reviewer.Actor, At(day, 11), day));
    }

    /// <summary>
    /// The assessment from its start up to and including <paramref name="until"/>: milestones done when due (a few left
    /// overdue unless <paramref name="finished"/>), observations and discussions drafted and shared on their day (the most recent
    /// one may still be a draft), reflections, and the portfolio: an item about every other day, reviewed within a week.
    /// </summary>
    private (List<AssessmentRecord> Records, List<EvidenceItem> Evidence) Assess(
        Candidate candidate, AssessmentPlan plan, AgeRange range, IReadOnlyList<string> subjects, string[] schools,
        Person self, Person assessor, DateOnly until, bool finished)
    {
        foreach (var milestone in plan.Milestones.Where(m => m.Kind != MilestoneKind.Moderation && m.DueDate <= until))
        {
            if (!finished && f.Random.Bool(0.08f)) continue;
            var done = Min(milestone.DueDate.AddDays(f.Random.Int(0, 2)), until);
            Audit(plan.CompleteMilestone(milestone.Id, done, null, assessor.Actor, At(done, 17), done));
        }

        var (stageA, stageB) = Vocabulary.ConsecutiveStages(range);
        var subject = subjects.Count > 0 ? subjects[0] : null;
        var records = new List<AssessmentRecord>();
        var visits = ObservationDays.Select((d, i) => (Day: d, Observation: (int?)i)).Concat(DiscussionDays.Select(d => (Day: d, Observation: (int?)null)))
            .OrderBy(v => v.Day);
        foreach (var (offset, observation) in visits)
        {
            var day = WeekdayOnOrBefore(plan.StartDate.AddDays(offset), plan.StartDate);
            if (day > until) break;
            var judgements = Judgements(observation is null);
            var content = observation is { } i
                ? RecordContent.Observation(day, new LessonDetails(schools[i / 2 % 2], f.PickRandom(Vocabulary.YearsOf(i % 2 == 0 ? stageA : stageB)),
                    subject ?? f.PickRandom(Vocabulary.PrimaryFocusSubjects), f.Lorem.Sentence(4).TrimEnd('.'), null,
                    f.PickRandom(Vocabulary.Strengths), f.PickRandom(Vocabulary.Targets), null), judgements)
                : RecordContent.Discussion(day, f.PickRandom(Vocabulary.Topics, 2), f.Lorem.Paragraph(2), judgements);
            var (record, drafted) = AssessmentRecord.Draft(plan, content, schools, assessor.Actor, At(day, 15), day);
            output.Entities.Add(record);
            records.Add(record);
            Audit(drafted);
            if (!finished && day == until && f.Random.Bool()) continue;
            Audit(record.Share(assessor.Actor, At(day, 16)));
            var reflected = day.AddDays(f.Random.Int(1, 3));
            if (observation is not null && reflected <= until && f.Random.Bool(0.6f))
                Audit(record.Reflect(f.Lorem.Paragraph(3), self.Actor, At(reflected, 19)));
        }

        var evidence = new List<EvidenceItem>();
        for (var k = 0; k < EvidenceTarget; k++)
        {
            var added = plan.StartDate.AddDays(2 * k);
            if (added > until) break;
            evidence.Add(Evidence(candidate, k, added, self, assessor, until, finished));
        }

        return (records, evidence);
    }

    /// <summary>Two to four standards judged, mostly met, with a point or two under each.</summary>
    private List<StandardJudgement> Judgements(bool discussion)
    {
        var codes = f.PickRandom(StandardsCatalogue.Current.Judged.Select(s => s.Code).Where(c => discussion || c != "P2"), f.Random.Int(2, 4))
            .OrderBy(c => c, StringComparer.Ordinal).ToList();
        return codes.Select(code =>
        {
            var points = StandardsCatalogue.Current.PointsUnder(code).Select(p => p.Code).ToList();
            var met = f.Random.Bool(0.85f);
            return new StandardJudgement(code, met ? StandardOutcome.Met : StandardOutcome.NotYetMet,
                met ? f.PickRandom(Vocabulary.Strengths) : f.PickRandom(Vocabulary.Targets),
                met && points.Count > 0 ? f.PickRandom(points, Math.Min(2, points.Count)).Order(StringComparer.Ordinal).ToList() : []);
        }).ToList();
    }

    /// <summary>
    /// One portfolio item added on <paramref name="added"/>: every eighth a reflective assignment answered in the portal, the
    /// rest with a small PDF or two. Reviewed within a week if that has happened by <paramref name="until"/>: accepted, or
    /// (one in ten) more asked for, answered with a second version and then accepted.
    /// </summary>
    private EvidenceItem Evidence(Candidate candidate, int k, DateOnly added, Person self, Person assessor, DateOnly until, bool finished)
    {
        var assignment = k % 8 == 3;
        var kind = assignment ? EvidenceKind.ReflectiveAssignment
            : f.PickRandom(Enum.GetValues<EvidenceKind>().Where(e => e != EvidenceKind.ReflectiveAssignment).ToArray());
        var title = assignment ? $"Reflective assignment {k / 8 + 1}" : $"{f.PickRandom(Vocabulary.EvidenceTitles)}: {f.Lorem.Sentence(3).TrimEnd('.')}";
        var standards = f.PickRandom(StandardsCatalogue.Current.Judged.Select(s => s.Code), f.Random.Int(1, 3)).ToList();
        var files = assignment ? [] : Files(candidate, title, f.Random.Bool(0.2f) ? 2 : 1);
        var (item, audit) = EvidenceItem.Add(candidate.Id, kind, title, added.AddDays(-f.Random.Int(0, 5)),
            assignment ? null : f.Lorem.Sentence(12), assignment ? f.PickRandom(EvidenceUploadOptions.DefaultAssignmentPrompts.ToArray()) : null,
            standards, pupilDataRemoved: true, files, assignment ? f.Lorem.Paragraphs(3) : null, self.Actor, At(added, 19), added);
        foreach (var file in files) item.RecordScan(file.Id, ScanResult.Clean);
        output.Entities.Add(item);
        Audit(audit);

        var reviewed = added.AddDays(f.Random.Int(1, 6));
        if (finished) reviewed = Min(reviewed, until);
        if (reviewed > until) return item;
        if (f.Random.Bool(0.1f) && reviewed.AddDays(4) <= until)
        {
            Audit(item.RequestMore("Please add an annotated example that shows the impact on pupils' progress.", reviewed.AddDays(14),
                assessor.Actor, At(reviewed, 11), reviewed));
            var resubmitted = reviewed.AddDays(2);
            var more = assignment ? [] : Files(candidate, title + " (version 2)", 1);
            Audit(item.AddVersion(more, assignment ? f.Lorem.Paragraphs(3) : null, "Added an annotated example.", self.Actor, At(resubmitted, 19)));
            foreach (var file in more) item.RecordScan(file.Id, ScanResult.Clean);
            reviewed = reviewed.AddDays(4);
        }

        Audit(item.Accept(assessor.Actor, At(reviewed, 11)));
        return item;
    }

    /// <summary>Small PDFs, stored under names from the seeded random, described as an upload would be (size and SHA-256).</summary>
    private EvidenceFile[] Files(Candidate candidate, string title, int count) =>
        Enumerable.Range(1, count).Select(n =>
        {
            var bytes = SmallPdf.Of($"{title} ({candidate.FullName}, page {n})");
            var storedName = Convert.ToHexStringLower(f.Random.Bytes(16));
            output.Files.Add((storedName, bytes));
            var slug = Accounts.Slug(title);
            var fileName = $"{slug[..Math.Min(40, slug.Length)]}-{n}.pdf";
            return new EvidenceFile(storedName, fileName, EvidenceFileKind.Pdf.ContentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }).ToArray();

    /// <summary>
    /// The final judgements (every standard met, or one not yet met), citing a shared record and an accepted item, and the
    /// proposal on <paramref name="day"/>: QTS, or not recommended.
    /// </summary>
    private Recommendation Propose(Candidate candidate, AssessmentPlan plan, AgeRange range, IReadOnlyList<string> subjects,
        List<AssessmentRecord> records, List<EvidenceItem> evidence, Person assessor, DateOnly day, bool notRecommended)
    {
        var at = At(day, 15);
        var shared = records.Where(r => r.Status == RecordStatus.Shared).Select(r => r.Id).ToList();
        var accepted = evidence.Where(e => e.Status == EvidenceStatus.Accepted).Select(e => e.Id).ToList();
        var citable = shared.Concat(accepted).ToHashSet();
        var recommendation = Recommendation.Start(candidate.Id, at);
        var judged = StandardsCatalogue.Current.Judged.Select(s => s.Code).ToList();
        var unmet = notRecommended ? f.PickRandom(judged) : null;
        foreach (var code in judged)
        {
            var met = code != unmet;
            Audit(candidate.RecordFinalJudgement(recommendation, new FinalJudgement(code, met ? StandardOutcome.Met : StandardOutcome.NotYetMet,
                met ? $"Consistently met {code} across the observations and the portfolio." : $"{code} is not yet secure.",
                [f.PickRandom(shared)], accepted.Count > 0 ? [f.PickRandom(accepted)] : []), citable, assessor.Actor, at));
        }

        output.Entities.Add(recommendation);
        var proposal = notRecommended
            ? new RecommendationProposal(RecommendationOutcome.NotRecommend, null, null, [], null, null)
            : new RecommendationProposal(RecommendationOutcome.Recommend, day.AddDays(-1), range, subjects,
                f.PickRandom(Vocabulary.Strengths), f.PickRandom(Vocabulary.Targets));
        foreach (var entry in candidate.ProposeOutcome(recommendation, proposal, plan, records, assessor.Actor, At(day, 16), day)) Audit(entry);
        return recommendation;
    }

    private void Audit(AuditEntry entry) => output.Entities.Add(entry);

    /// <summary>A time on a day, UTC: the hour given and a minute from the seeded random.</summary>
    private DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, f.Random.Int(0, 59)), DateTimeKind.Utc);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The day, or the Friday before when it falls at a weekend, but never before <paramref name="earliest"/>.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly day, DateOnly earliest)
    {
        var weekday = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(-2),
            _ => day,
        };
        return weekday < earliest ? earliest : weekday;
    }
}

/// <summary>A tiny one-page PDF whose only text is a line: enough for the content check (it starts "%PDF-") and a unique SHA-256.</summary>
public static class SmallPdf
{
    public static byte[] Of(string line)
    {
        var text = new string(line.Where(c => c is >= ' ' and <= '~' and not '(' and not ')' and not '\\').ToArray());
        var stream = $"BT /F1 12 Tf 72 770 Td ({text}) Tj ET";
        return Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n" +
            $"4 0 obj << /Length {stream.Length} >> stream\n{stream}\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }
}
