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
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Standards;
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
        ("Nadia", "Shah", "nadia.shah@demo.test", SecondaryUrn, "11-16", ["Mathematics"], false, DemoStage.AwaitingModeration),
        ("Owen", "Price", "owen.price@demo.test", PrimaryUrn, "5-11", [], false, DemoStage.Recommended),
    ];

    /// <summary>The TRN Owen Price gave in his personal details: Register needs one to export his recommendation.</summary>
    private const string RecommendedCandidateTrn = "2345678";

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

        /// <summary>
        /// Twelve weeks of assessment done, every standard judged met, and QTS proposed by the demo assessor: waiting for a
        /// moderator (see <see cref="CompleteAssessmentAsync"/>).
        /// </summary>
        AwaitingModeration,

        /// <summary>As <see cref="AwaitingModeration"/>, a week earlier, then confirmed by the demo moderator: waiting for Register export.</summary>
        Recommended,
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
        var finished = stage >= DemoStage.AwaitingModeration;
        var invitedAt = finished ? DaysAgo(120, 9) : past ? DaysAgo(63, 9) : Now;
        var submittedAt = finished ? DaysAgo(112, 19) : past ? DaysAgo(56, 19) : Now;
        var acceptedAt = finished ? DaysAgo(100, 11) : past ? DaysAgo(42, 11) : Now;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(new NewUserAccount($"{first} {last}", email, [PortalRole.Candidate], null), ct);
            var (candidate, audit) = Candidate.Invite(userId, new CandidateDetails(first, last, email, school.Id, ageRange, subjects), Actor.System, invitedAt);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            if (stage >= DemoStage.ApplicationStarted)
                FillApplication(candidate, school.Name, complete: stage >= DemoStage.Submitted, DayOf(invitedAt),
                    stage == DemoStage.Recommended ? RecommendedCandidateTrn : null);
            if (stage >= DemoStage.Submitted) db.AuditEntries.Add(candidate.Submit(new Actor(userId, candidate.FullName), submittedAt));
            if (stage == DemoStage.Returned)
                db.AuditEntries.Add(candidate.Return("Please add the dates of your post at Hillside Community School.", await ReviewerAsync(ct), Now));
            if (stage >= DemoStage.Accepted) db.AuditEntries.AddRange(await AcceptAsync(candidate, school.Name, acceptedAt, ct));
            if (stage == DemoStage.InAssessment) await AssessAsync(candidate, school.Name, ct);
            if (finished) await CompleteAssessmentAsync(candidate, school.Name, confirm: stage == DemoStage.Recommended, ct);
            await db.SaveChangesAsync(ct);
            if (canSignIn) await SetDemoPassword(userId);
        }, cancellationToken);
    }

    /// <summary>
    /// A believable application, filled in on <paramref name="today"/>: two schools, Hillside Community School before and the
    /// employing school now, full-responsibility teaching across the candidate's key stages.
    /// Unless <paramref name="complete"/>, only the first sections are filled in. A <paramref name="trn"/> goes in the personal details.
    /// </summary>
    private static void FillApplication(Candidate candidate, string employer, bool complete, DateOnly today, string? trn = null)
    {
        var range = candidate.IntendedAgeRange ?? throw new InvalidOperationException("Demo candidates are invited with an age range.");
        candidate.SavePersonalDetails(new PersonalDetails(candidate.FirstNames, candidate.LastName, null, today.AddYears(-34),
            "01632 960 001", "1 Demo Street, Leeds", "LS6 2AB", trn, "British", today));
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
    /// Takes an accepted candidate through a whole twelve-week assessment to a proposal for QTS, each step on the day a person
    /// would have entered it (a start is entered at most four weeks late, so "today" is the day of each step): the admin
    /// allocates the demo assessor, who starts the plan and marks every milestone but moderation done; four shared records
    /// (observations at the employing school and at the candidate's previous school, in two consecutive key stages of their
    /// age range, and a professional discussion); an accepted reflective assignment; fundamental English and maths confirmed;
    /// a final judgement of every standard, met, with a rationale citing the records; and the proposal for QTS, with the
    /// strengths and induction targets for the hand-over. When <paramref name="confirm"/>, the assessment ran a week earlier
    /// and the demo moderator (not the assessor) has confirmed the decision, which now waits for the Register export.
    /// </summary>
    private async Task CompleteAssessmentAsync(Candidate candidate, string employer, bool confirm, CancellationToken cancellationToken)
    {
        var assessor = await ActorAsync("assessor@demo.test");
        var admin = await ActorAsync("admin@demo.test");
        var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync(cancellationToken);
        var range = candidate.IntendedAgeRange ?? throw new InvalidOperationException("Demo candidates are invited with an age range.");
        var schools = candidate.Application.Experience.Select(e => e.SettingName).Prepend(employer).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var previous = schools.First(s => !string.Equals(s, employer, StringComparison.OrdinalIgnoreCase));
        var primary = !range.NeedsSubject;
        var subject = candidate.Subjects.FirstOrDefault() ?? "Mathematics";
        var daysEarlier = confirm ? 7 : 0;

        db.AuditEntries.Add(candidate.AllocateAssessor(assessor.UserId!.Value, assessor.Name, admin, DaysAgo(95 + daysEarlier, 14)));
        var start = SchoolDay(84 + daysEarlier);
        var (plan, started) = candidate.StartAssessment(template, start, range, candidate.Subjects, assessor, At(start, 9), start);
        db.AssessmentPlans.Add(plan);
        db.AuditEntries.Add(started);
        if (!candidate.FundamentalSkillsConfirmed)
            db.AuditEntries.Add(candidate.ConfirmFundamentalSkills("Confirmed at the initial meeting.", assessor, At(start, 12)));

        DateOnly Week(int week) => start.AddDays(7 * week);
        var (earlier, later) = primary ? (YearGroup.Year2, YearGroup.Year5) : (YearGroup.Year9, YearGroup.Year10);
        var records = new List<AssessmentRecord>
        {
            Record(plan, schools, assessor, share: true, RecordContent.Observation(Week(1),
                new LessonDetails(employer, later, subject, primary ? "Equivalent fractions on a number line" : "Simultaneous equations by elimination",
                    primary ? "Mixed-attainment class of 29; two pupils with EHC plans supported by a teaching assistant." : "Set 3 of 6: 26 pupils, four with SEND support plans.",
                    "Clear modelling with worked examples side by side, then well-chosen practice. Pupils explained their reasoning to a partner.",
                    "Check the understanding of the whole class before moving on, rather than of the pupils who volunteer.", null),
                [
                    new StandardJudgement("TS1", StandardOutcome.Met, "High expectations: every pupil was expected to explain their method.", ["TS1a"]),
                    new StandardJudgement("TS3", StandardOutcome.Met, "Secure subject knowledge; anticipated the common misconception.", ["TS3a"]),
                    new StandardJudgement("TS4", StandardOutcome.Met, "A well-structured lesson with a clear sequence.", ["TS4a", "TS4b"]),
                    new StandardJudgement("TS7", StandardOutcome.Met, "Calm, purposeful room with established routines.", ["TS7a"]),
                ])),
            Record(plan, schools, assessor, share: true, RecordContent.Observation(Week(6),
                new LessonDetails(previous, earlier, subject, primary ? "Adding two-digit numbers with base-ten blocks" : "Solving linear equations with unknowns on both sides",
                    primary ? "Year 2 class of 27, seen at the candidate's previous school." : "Year 9 class of 28, seen at the candidate's previous school.",
                    "Built on what pupils knew from the last lesson; the practical resources were used well to move from concrete to abstract.",
                    "Give the pupils who finish early a problem that stretches them rather than more of the same.", null),
                [
                    new StandardJudgement("TS2", StandardOutcome.Met, "Pupils made clear progress from their starting points.", ["TS2a", "TS2b"]),
                    new StandardJudgement("TS4", StandardOutcome.Met, "Built on the previous lesson.", ["TS4b"]),
                    new StandardJudgement("TS5", StandardOutcome.Met, "Adapted resources for the pupils who needed them.", ["TS5b"]),
                    new StandardJudgement("TS6", StandardOutcome.Met, "Used mini whiteboards to check every pupil's answer.", ["TS6b"]),
                ])),
            Record(plan, schools, assessor, share: true, RecordContent.Observation(Week(9),
                new LessonDetails(employer, later, subject, primary ? "Reasoning about area and perimeter" : "Proof by algebra: odd and even numbers",
                    null, "Excellent questioning and well-judged adaptation for the pupils with SEND.", null, null),
                [
                    new StandardJudgement("TS5", StandardOutcome.Met, "Adaptation well matched to the pupils' needs.", ["TS5a", "TS5d"]),
                    new StandardJudgement("TS6", StandardOutcome.Met, "Precise, timely feedback in the lesson.", ["TS6d"]),
                    new StandardJudgement("TS7", StandardOutcome.Met, "Behaviour managed quietly and consistently.", ["TS7b", "TS7c"]),
                ])),
            Record(plan, schools, assessor, share: true, RecordContent.Discussion(Week(10), ["Safeguarding", "Curriculum progression", "Educational theory"],
                "Talked through the school's safeguarding procedures and how the candidate plans a sequence of lessons so that each builds on the last, " +
                "with reference to cognitive load theory.",
                [
                    new StandardJudgement("TS3", StandardOutcome.Met, "A clear account of how the curriculum builds over the key stages.", ["TS3b"]),
                    new StandardJudgement("TS8", StandardOutcome.Met, "Works closely with colleagues, the SENCO and parents.", ["TS8a", "TS8d"]),
                    new StandardJudgement("P2", StandardOutcome.Met, "Secure understanding of safeguarding and professional conduct.", []),
                ])),
        };
        foreach (var milestone in plan.Milestones.Where(m => m.Kind != MilestoneKind.Moderation))
            db.AuditEntries.Add(plan.CompleteMilestone(milestone.Id, milestone.DueDate, null, assessor, At(milestone.DueDate, 17), milestone.DueDate));

        var assignmentDay = Week(4);
        var self = new Actor(candidate.UserId, candidate.FullName);
        var assignment = Evidence(candidate, self, EvidenceKind.ReflectiveAssignment, "Reflective assignment: curriculum progression", assignmentDay,
            null, EvidenceUploadOptions.DefaultAssignmentPrompts[2], ["TS2", "TS3", "TS4"], [],
            "I plan each unit backwards from what pupils need to know at its end, and start every lesson with a short review of what came before. " +
            "When a review shows that most of the class has forgotten a step, I reteach it before moving on rather than pressing ahead with the plan.",
            At(assignmentDay, 19));
        db.AuditEntries.Add(assignment.Accept(assessor, At(assignmentDay.AddDays(2), 11)));

        // The final judgements, each citing the records and the assignment it rests on.
        var finalDay = Week(11);
        var judgedAt = At(finalDay, 16);
        var (baseline, second, third, discussion) = (records[0].Id, records[1].Id, records[2].Id, records[3].Id);
        var citable = records.Select(r => r.Id).Append(assignment.Id).ToHashSet();
        var recommendation = Recommendation.Start(candidate.Id, judgedAt);
        var rationales = new Dictionary<string, (string Rationale, Guid[] Records, Guid[] Evidence)>
        {
            ["TS1"] = ("Consistently high expectations of every pupil, in each of the lessons observed.", [baseline, third], []),
            ["TS2"] = ("Pupils make good progress; the assignment shows lessons planned to build on prior learning.", [second], [assignment.Id]),
            ["TS3"] = ("Secure subject and curriculum knowledge, explained clearly in the professional discussion.", [baseline, discussion], [assignment.Id]),
            ["TS4"] = ("Well-structured lessons that build on one another.", [baseline, second], [assignment.Id]),
            ["TS5"] = ("Teaching adapted well to pupils' needs, including those with SEND.", [second, third], []),
            ["TS6"] = ("Accurate, timely checking of understanding and feedback; the early target was met.", [second, third], []),
            ["TS7"] = ("Calm, consistent behaviour management in both schools.", [baseline, third], []),
            ["TS8"] = ("Works well with colleagues, the SENCO and parents.", [discussion], []),
            ["P2"] = ("Secure understanding of safeguarding and of the standards of personal and professional conduct.", [discussion], []),
        };
        foreach (var (code, _) in StandardsCatalogue.Current.Judged)
        {
            var (rationale, cited, evidence) = rationales[code];
            db.AuditEntries.Add(candidate.RecordFinalJudgement(recommendation,
                new FinalJudgement(code, StandardOutcome.Met, rationale, cited, evidence), citable, assessor, judgedAt));
        }

        db.Recommendations.Add(recommendation);
        var proposedOn = SchoolDay(2 + daysEarlier);
        db.AuditEntries.AddRange(candidate.ProposeOutcome(recommendation,
            new RecommendationProposal(RecommendationOutcome.Recommend, finalDay, range, candidate.Subjects,
                "Very clear explanations and modelling; calm, well-established routines; builds strong relationships with pupils and their families.",
                "Develop the use of assessment information to plan for the whole class; take on a wider role in the subject across the school."),
            plan, records, assessor, At(proposedOn, 15), proposedOn));
        if (!confirm) return;

        var moderator = await ActorAsync("moderator@demo.test");
        var confirmedOn = SchoolDay(2);
        db.AuditEntries.AddRange(candidate.ConfirmOutcome(recommendation, plan, records, [assignment], moderator, At(confirmedOn, 11)));
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
