using AoPortal.Application.Abstractions;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Seeding;

/// <summary>
/// Demo schools, staff and candidates for development and trying the portal out. Each record is looked up
/// before it is made, so running it again changes nothing. Demo accounts share <see cref="DemoOptions.Password"/>.
/// </summary>
public sealed class DemoDataSeeder(
    AoPortalDbContext db,
    IUserAccounts accounts,
    UserManager<ApplicationUser> userManager,
    IDocumentStore documents,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const string PrimaryUrn = "100001";
    public const string SecondaryUrn = "100002";

    private static readonly (string First, string Last, string Email, string Urn, string AgeRange, string[] Subjects, bool CanSignIn, DemoStage Stage)[] DemoCandidates =
    [
        ("Priya", "Sharma", "candidate@demo.test", PrimaryUrn, "5-11", [], true, DemoStage.Invited),
        ("Tom", "Baker", "tom.baker@demo.test", PrimaryUrn, "3-7", [], false, DemoStage.Invited),
        ("Aisha", "Okafor", "aisha.okafor@demo.test", PrimaryUrn, "7-11", [], false, DemoStage.ApplicationStarted),
        ("Daniel", "Evans", "daniel.evans@demo.test", SecondaryUrn, "11-16", ["Mathematics"], false, DemoStage.Submitted),
        ("Sofia", "Rossi", "sofia.rossi@demo.test", SecondaryUrn, "11-18", ["Modern foreign languages", "Italian"], false, DemoStage.Returned),
        ("Kwame", "Mensah", "kwame.mensah@demo.test", SecondaryUrn, "14-19", ["Physics"], false, DemoStage.InAssessment),
        ("Chloe", "Bennett", "chloe.bennett@demo.test", SecondaryUrn, "11-16", ["English"], false, DemoStage.Accepted),
    ];

    /// <summary>How far along the lifecycle a demo candidate is seeded.</summary>
    private enum DemoStage
    {
        Invited,
        ApplicationStarted,
        Submitted,
        Returned,
        Accepted,

        /// <summary>
    /// Accepted six weeks ago and five weeks into the assessment, with observations (see <see cref="AssessAsync"/>) and a
    /// portfolio (see <see cref="PortfolioAsync"/>).
    /// </summary>
        InAssessment,
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var primary = await EnsureSchool(new SchoolDetails(PrimaryUrn, "Oakfield Primary School", SchoolPhase.Primary, "Leeds", "LS6 2AB", School.England), cancellationToken);
        var secondary = await EnsureSchool(new SchoolDetails(SecondaryUrn, "Riverside Academy", SchoolPhase.Secondary, "Bristol, City of", "BS3 4QT", School.England), cancellationToken);
        await EnsureSchool(new SchoolDetails(null, "British International School of Lisbon", SchoolPhase.AllThrough, null, null, "Portugal"), cancellationToken);

        await StaffUser("Alex Admin", "admin@demo.test", [PortalRole.Admin], null, cancellationToken);
        await StaffUser("Sam Assessor", "assessor@demo.test", [PortalRole.Assessor], null, cancellationToken);
        await StaffUser("Morgan Moderator", "moderator@demo.test", [PortalRole.Assessor, PortalRole.Moderator], null, cancellationToken);
        await StaffUser("Helen Head", "schoollead@demo.test", [PortalRole.SchoolLead], primary.Id, cancellationToken);

        var schools = new Dictionary<string, School> { [PrimaryUrn] = primary, [SecondaryUrn] = secondary };
        foreach (var c in DemoCandidates)
        {
            await CandidateRecord(c.First, c.Last, c.Email, schools[c.Urn], AgeRange.Parse(c.AgeRange), c.Subjects, c.CanSignIn, c.Stage, cancellationToken);
        }

        await RegisteredCandidate("Grace", "Adeyemi", "grace.adeyemi@demo.test", "St Mary's Primary School, Leeds", cancellationToken);
    }

    /// <summary>Someone who registered from the sign-in page and named a school that is not on the list yet.</summary>
    private async Task RegisteredCandidate(string first, string last, string email, string requestedSchool, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(new NewUserAccount($"{first} {last}", email, [PortalRole.Candidate], null), ct);
            var (candidate, audit) = Candidate.Register(userId, first, last, email, Now);
            candidate.SaveSchoolSupport(null, requestedSchool);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    private async Task<School> EnsureSchool(SchoolDetails details, CancellationToken cancellationToken)
    {
        var existing = await db.Schools.SingleOrDefaultAsync(s => s.Name == details.Name, cancellationToken);
        if (existing is not null) return existing;
        var school = School.Create(details);
        db.Schools.Add(school);
        db.AuditEntries.Add(AuditEntry.Record(Actor.System, Now, nameof(School), school.Id, "School added", "Demo data"));
        await db.SaveChangesAsync(cancellationToken);
        return school;
    }

    private async Task StaffUser(string name, string email, PortalRole[] roles, Guid? schoolId, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        var userId = await accounts.CreateAsync(new NewUserAccount(name, email, roles, schoolId), cancellationToken);
        await SetDemoPassword(userId);
        logger.LogInformation("Demo user {UserId} created", userId);
    }

    /// <summary>
    /// A candidate walked along the lifecycle to <paramref name="stage"/>, all in one transaction, so a candidate whose account
    /// exists is complete and is left alone. Every step happens now, except for a candidate in assessment, whose history
    /// happened on the days a person would have done each step.
    /// </summary>
    private async Task CandidateRecord(string first, string last, string email, School school, AgeRange ageRange, string[] subjects, bool canSignIn, DemoStage stage, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        var past = stage == DemoStage.InAssessment;
        var invitedAt = past ? DaysAgo(63, 9) : Now;
        var submittedAt = past ? DaysAgo(56, 19) : Now;
        var acceptedAt = past ? DaysAgo(42, 11) : Now;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(new NewUserAccount($"{first} {last}", email, [PortalRole.Candidate], null), ct);
            var (candidate, audit) = Candidate.Invite(userId, new CandidateDetails(first, last, email, school.Id, ageRange, subjects), Actor.System, invitedAt);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            if (stage >= DemoStage.ApplicationStarted) FillApplication(candidate, school.Name, complete: stage >= DemoStage.Submitted, DayOf(invitedAt));
            if (stage >= DemoStage.Submitted) db.AuditEntries.Add(candidate.Submit(new Actor(userId, candidate.FullName), submittedAt));
            if (stage == DemoStage.Returned)
                db.AuditEntries.Add(candidate.Return("Please add the dates of your post at Hillside Community School.", await ReviewerAsync(ct), Now));
            if (stage >= DemoStage.Accepted) db.AuditEntries.AddRange(await AcceptAsync(candidate, school.Name, acceptedAt, ct));
            if (stage == DemoStage.InAssessment) await AssessAsync(candidate, school.Name, ct);
            await db.SaveChangesAsync(ct);
            if (canSignIn) await SetDemoPassword(userId);
        }, cancellationToken);
    }

    /// <summary>
    /// A believable application, filled in on <paramref name="today"/>: two schools, Hillside Community School before and the
    /// employing school now, full-responsibility teaching across the candidate's key stages.
    /// Unless <paramref name="complete"/>, only the first sections are filled in.
    /// </summary>
    private static void FillApplication(Candidate candidate, string employer, bool complete, DateOnly today)
    {
        var range = candidate.IntendedAgeRange ?? throw new InvalidOperationException("Demo candidates are invited with an age range.");
        candidate.SavePersonalDetails(new PersonalDetails(candidate.FirstNames, candidate.LastName, null, today.AddYears(-34),
            "01632 960 001", "1 Demo Street, Leeds", "LS6 2AB", null, "British", today));
        candidate.SaveDegree(new Degree("History", "University of Leeds", "United Kingdom", today.Year - 12, "2:1", null, today));
        foreach (var subject in ApplicationProgress.RequiredGcses(range))
        {
            candidate.SaveGcse(new GcseResult(subject, true, null, "6", today.Year - 17, today));
        }

        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "Hillside Community School", "England", "Class teacher",
            today.AddYears(-6), today.AddYears(-3).AddDays(-1), 1m, new AgesTaught(range.FromAge, range.FromAge + 3), true, today));
        if (!complete) return;

        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), employer, "England", "Teacher",
            today.AddYears(-3), null, 0.8m, new AgesTaught(range.ToAge - 3, range.ToAge), true, today));
        candidate.ConfirmExperienceComplete();
        candidate.SaveIntendedAssessment(range, candidate.Subjects);
        candidate.SaveDeclarations(new Declarations(HealthDeclaration.NoConditions, null, false, null, true));
        candidate.SaveSchoolSupport(candidate.EmployingSchoolId, null);
    }

    /// <summary>
    /// Walks a submitted candidate through a full review to acceptance at <paramref name="at"/>, as the demo assessor, admin
    /// and the head of the employing school would.
    /// </summary>
    private async Task<List<AuditEntry>> AcceptAsync(Candidate candidate, string employer, DateTime at, CancellationToken cancellationToken)
    {
        var policy = await db.EligibilityPolicies.OrderByDescending(p => p.Version).FirstAsync(cancellationToken);
        var reviewer = await ReviewerAsync(cancellationToken);
        var today = DayOf(at);
        var head = $"Headteacher, {employer}";
        var audit = new List<AuditEntry>();
        audit.AddRange(candidate.RecordSafeguardingChecks(
            new SafeguardingChecks("001234567890", today.AddMonths(-2), reviewer.Name, today.AddMonths(-2), null, today), reviewer, at));
        audit.Add(candidate.ConfirmSchoolSupport(
            new SchoolSupportConfirmation("The school will release the candidate for observations and a mentor meets them weekly.", "Jo Mentor", null, head, at),
            new Actor(null, head), at));
        foreach (var result in EligibilityEvaluator.Evaluate(candidate, policy, today)
                     .Where(r => r.Status != ComputedStatus.NotApplicable && r.Requirement != EligibilityRequirement.SchoolSupport))
        {
            audit.AddRange(candidate.JudgeRequirement(result.Requirement, JudgementOutcome.Met, null, policy, reviewer, at));
        }

        audit.Add(candidate.Accept(policy, reviewer, at, today));
        return audit;
    }

    /// <summary>
    /// Takes an accepted candidate five weeks into their assessment, each step on the day a person would have entered it (the
    /// domain refuses a start more than four weeks before "today", so "today" is the day of each step): the admin allocates
    /// the demo assessor, who starts the plan and marks the initial meeting and baseline observation done; two shared
    /// observations, at the employing school in year 10 (key stage 4) and at the candidate's previous school in year 12
    /// (post-16), so the observations already cover two consecutive key stages in two schools; the candidate's reflection on
    /// the first; a shared professional discussion; and an observation still in draft.
    /// </summary>
    private async Task AssessAsync(Candidate candidate, string employer, CancellationToken cancellationToken)
    {
        var assessor = await ActorAsync("assessor@demo.test");
        var admin = await ActorAsync("admin@demo.test");
        var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync(cancellationToken);
        var self = new Actor(candidate.UserId, candidate.FullName);
        var schools = candidate.Application.Experience.Select(e => e.SettingName).Prepend(employer).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var previous = schools.First(s => !string.Equals(s, employer, StringComparison.OrdinalIgnoreCase));
        var subject = candidate.Subjects[0];

        db.AuditEntries.Add(candidate.AllocateAssessor(assessor.UserId!.Value, assessor.Name, admin, DaysAgo(40, 14)));

        var start = SchoolDay(35);
        var (plan, started) = candidate.StartAssessment(template, start, candidate.IntendedAgeRange, candidate.Subjects, assessor, At(start, 9), start);
        db.AssessmentPlans.Add(plan);
        db.AuditEntries.Add(started);
        db.AuditEntries.Add(plan.CompleteMilestone(plan.Milestones.First(m => m.Kind == MilestoneKind.InitialMeeting).Id, start,
            "Agreed the plan with the candidate and their mentor, Jo Mentor.", assessor, At(start, 12), start));

        var baselineDay = SchoolDay(28);
        var baseline = Record(plan, schools, assessor, share: true, RecordContent.Observation(baselineDay,
            new LessonDetails(employer, YearGroup.Year10, subject, "Required practical: measuring the specific heat capacity of a metal block",
                "Set 2 of 5: 27 pupils, three with SEND support plans and two learning English as an additional language.",
                "Clear, safe routines for the practical: every group had its equipment out and working within five minutes. " +
                "Questioning drew out why the block must be insulated, and pupils used the right vocabulary.",
                "Plan a short check of what each pupil understands before they start the calculation, so that those who are stuck are found sooner.",
                null),
            [
                new StandardJudgement("TS1", StandardOutcome.Met, "High expectations of behaviour and of the practical work.", ["TS1a", "TS1b"]),
                new StandardJudgement("TS3", StandardOutcome.Met, "Secure knowledge of energy transfers; corrected a misconception about heat and temperature.", ["TS3a"]),
                new StandardJudgement("TS4", StandardOutcome.Met, null, ["TS4a"]),
                new StandardJudgement("TS6", StandardOutcome.NotYetMet, "Little checking of understanding before pupils moved on to the calculation.", []),
                new StandardJudgement("TS7", StandardOutcome.Met, "Calm, purposeful room; clear safety routines.", ["TS7a", "TS7c"]),
            ]));
        db.AuditEntries.Add(plan.CompleteMilestone(plan.Milestones.First(m => m.Kind == MilestoneKind.BaselineObservation).Id, baselineDay,
            null, assessor, At(baselineDay, 16, 30), baselineDay));
        db.AuditEntries.Add(baseline.Reflect(
            "The practical ran well because the routines were rehearsed. I agree that I moved to the calculation too quickly: " +
            "next time I will use mini whiteboards to check everyone can rearrange the equation before they start.",
            self, At(baselineDay.AddDays(2), 19)));

        Record(plan, schools, assessor, share: true, RecordContent.Observation(SchoolDay(14),
            new LessonDetails(previous, YearGroup.Year12, subject, "Circular motion: deriving centripetal acceleration",
                "A level group of 11, during the candidate's second-school placement.",
                "Well-sequenced derivation, with pupils predicting each step. Strong subject knowledge and good use of a demonstration.",
                "Give the students more of the derivation to do themselves; set a short exam-style question to finish.",
                null),
            [
                new StandardJudgement("TS2", StandardOutcome.Met, null, ["TS2b", "TS2d"]),
                new StandardJudgement("TS3", StandardOutcome.Met, "Confident, accurate and well explained.", ["TS3a", "TS3b"]),
                new StandardJudgement("TS4", StandardOutcome.Met, "A well-structured lesson that built on the previous one.", ["TS4a", "TS4b"]),
                new StandardJudgement("TS5", StandardOutcome.Met, "Extension questions ready for the students who finished quickly.", ["TS5a"]),
                new StandardJudgement("TS6", StandardOutcome.Met, "Checked each student's answer to the hinge question before moving on.", ["TS6b"]),
            ]));

        Record(plan, schools, assessor, share: true, RecordContent.Discussion(SchoolDay(7), ["Safeguarding", "Adaptive teaching"],
            "Talked through the school's safeguarding procedures and a concern the candidate had passed on this term, correctly and promptly. " +
            "Discussed how he adapts practical work for a pupil with a visual impairment.",
            [
                new StandardJudgement("TS5", StandardOutcome.Met, "Clear account of adapting practical work.", ["TS5d"]),
                new StandardJudgement("TS8", StandardOutcome.Met, "Works closely with the SENCO and the technicians.", ["TS8b", "TS8c"]),
                new StandardJudgement("P2", StandardOutcome.Met, null, []),
            ]));

        Record(plan, schools, assessor, share: false, RecordContent.Observation(SchoolDay(2),
            new LessonDetails(employer, YearGroup.Year11, subject, "Radioactive decay and half-life", null,
                "Good use of a dice model of decay; pupils plotted their own decay curves.", null, null),
            [
                new StandardJudgement("TS4", StandardOutcome.Met, null, ["TS4a"]),
                new StandardJudgement("TS6", StandardOutcome.NotYetMet, "Notes to finish.", []),
            ]));

        await PortfolioAsync(candidate, self, assessor, baselineDay, cancellationToken);
    }

    /// <summary>
    /// The candidate's portfolio, each item added and reviewed on the day a person would have: the lesson plan for the
    /// baseline observation (TS1b, TS4), with one PDF, accepted; a reflective assignment on behaviour management answered
    /// in the portal (TS7), accepted; and adapted practical worksheets (TS5), with one PDF, awaiting review. The files are
    /// really stored (small valid PDFs under random names, with their SHA-256) and have passed the malware scan.
    /// </summary>
    private async Task PortfolioAsync(Candidate candidate, Actor self, Actor assessor, DateOnly baselineDay, CancellationToken cancellationToken)
    {
        var planDay = baselineDay.AddDays(-1);
        var lessonPlan = Evidence(candidate, self, EvidenceKind.LessonPlan, "Year 10 lesson plan: specific heat capacity practical", planDay,
            "The plan for the baseline observation, with the safety routines for the practical and the questions to draw out why the block is insulated.",
            null, ["TS1b", "TS4"],
            [await StoredPdfAsync("specific-heat-capacity-lesson-plan.pdf", "Year 10 lesson plan: specific heat capacity practical",
                ["Learning objective: measure the specific heat capacity of a metal block.", "Routines: equipment out and working within five minutes."], cancellationToken)],
            null, At(planDay, 20));
        db.AuditEntries.Add(lessonPlan.Accept(assessor, At(baselineDay.AddDays(1), 10)));

        var assignmentDay = SchoolDay(20);
        var assignment = Evidence(candidate, self, EvidenceKind.ReflectiveAssignment, "Reflective assignment: behaviour management", assignmentDay,
            null, EvidenceUploadOptions.DefaultAssignmentPrompts[0], ["TS7"], [],
            "In practical lessons I rely on rehearsed routines: every group knows where the equipment is, who collects it and what to do if " +
            "something goes wrong. I praise the groups who start safely and quickly, and I deal with low-level disruption quietly, " +
            "at the bench, so that the rest of the class keeps working. When a pupil in year 10 refused to wear goggles, I followed the " +
            "school's behaviour policy, spoke to him after the lesson and agreed a fresh start; he has worn them since.",
            At(assignmentDay, 19));
        db.AuditEntries.Add(assignment.Accept(assessor, At(assignmentDay.AddDays(3), 11)));

        var worksheetsDay = SchoolDay(6);
        Evidence(candidate, self, EvidenceKind.PupilsWork, "Adapted practical worksheets for a pupil with a visual impairment", worksheetsDay,
            "Large-print worksheets with tactile markers on the equipment, and the pupil's completed results table (name removed).",
            null, ["TS5"],
            [await StoredPdfAsync("adapted-practical-worksheets.pdf", "Adapted practical worksheets",
                ["Large print, high contrast, tactile markers on the thermometer and the balance.", "Results table completed by the pupil (name removed)."], cancellationToken)],
            null, At(worksheetsDay, 18));
    }

    /// <summary>The candidate adds an item; its files pass the (demo) malware scan at once.</summary>
    private EvidenceItem Evidence(Candidate candidate, Actor self, EvidenceKind kind, string title, DateOnly date, string? description,
        string? prompt, string[] standards, EvidenceFile[] files, string? answer, DateTime at)
    {
        var (item, added) = EvidenceItem.Add(candidate.Id, kind, title, date, description, prompt, standards, pupilDataRemoved: true, files, answer, self, at, DayOf(at));
        foreach (var file in files) item.RecordScan(file.Id, ScanResult.Clean);
        db.EvidenceItems.Add(item);
        db.AuditEntries.Add(added);
        return item;
    }

    /// <summary>Stores a small, valid one-page PDF under a random name and describes it as an upload would be.</summary>
    private async Task<EvidenceFile> StoredPdfAsync(string fileName, string title, string[] lines, CancellationToken cancellationToken)
    {
        var bytes = DemoPdf(title, lines);
        var storedName = Guid.NewGuid().ToString("N");
        using (var content = new MemoryStream(bytes, writable: false))
        {
            await documents.SaveAsync(storedName, content, cancellationToken);
        }

        return new EvidenceFile(storedName, fileName, EvidenceFileKind.Pdf.ContentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>A one-page PDF (A4, Helvetica) with a title and a few lines of ASCII text, with a correct cross-reference table.</summary>
    private static byte[] DemoPdf(string title, IReadOnlyList<string> lines)
    {
        static string Escape(string text) => text.Replace(@"\", @"\\").Replace("(", @"\(").Replace(")", @"\)");
        var text = new StringBuilder("BT /F1 18 Tf 72 770 Td (").Append(Escape(title)).Append(") Tj /F1 12 Tf");
        foreach (var line in lines) text.Append(" 0 -24 Td (").Append(Escape(line)).Append(") Tj");
        var stream = text.Append(" ET").ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The assessor drafts a record on the day it happened and, if <paramref name="share"/>, shares it that afternoon.</summary>
    private AssessmentRecord Record(AssessmentPlan plan, IReadOnlyCollection<string> schools, Actor assessor, bool share, RecordContent content)
    {
        var day = content.Date;
        var (record, drafted) = AssessmentRecord.Draft(plan, content, schools, assessor, At(day, 15), day);
        db.AssessmentRecords.Add(record);
        db.AuditEntries.Add(drafted);
        if (share) db.AuditEntries.Add(record.Share(assessor, At(day, 16)));
        return record;
    }

    private async Task<Actor> ActorAsync(string email)
    {
        var user = await userManager.FindByEmailAsync(email) ?? throw new InvalidOperationException($"The demo user {email} is seeded before the candidates.");
        return new Actor(user.Id, user.DisplayName);
    }

    private async Task<Actor> ReviewerAsync(CancellationToken cancellationToken)
    {
        var assessor = await userManager.FindByEmailAsync("assessor@demo.test");
        return assessor is null ? Actor.System : new Actor(assessor.Id, assessor.DisplayName);
    }

    private async Task SetDemoPassword(Guid userId)
    {
        var user = await userManager.FindByIdAsync(userId.ToString());
        var result = await userManager.AddPasswordAsync(user!, DemoOptions.Password);
        if (!result.Succeeded) throw new InvalidOperationException(result.Errors.First().Description);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A day counted back from the seed date.</summary>
    private DateOnly Day(int daysAgo) => DayOf(Now).AddDays(-daysAgo);

    /// <summary>The school day on or just before a day counted back from the seed date: no lessons, meetings or starts at weekends.</summary>
    private DateOnly SchoolDay(int daysAgo)
    {
        var day = Day(daysAgo);
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(-2),
            _ => day,
        };
    }

    /// <summary>A time (UTC, in working hours) on a day counted back from the seed date.</summary>
    private DateTime DaysAgo(int days, int hour, int minute = 0) => At(Day(days), hour, minute);

    private static DateTime At(DateOnly day, int hour, int minute = 0) => day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc);

    private static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc);
}
