using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;

namespace AoPortal.Domain.Tests.Eligibility;

/// <summary>
/// Builds a candidate for the eligibility review along the real lifecycle: invited with <see cref="Candidate.Invite"/>,
/// every section of the application filled through the candidate's own methods, then submitted, all on
/// <see cref="Today"/>. By default a secondary mathematics teacher, 11 to 16, with a complete application that
/// meets every computed requirement. The review steps run as <see cref="Assessor"/>, <see cref="Admin"/> and
/// <see cref="SchoolLead"/> under <see cref="Policy"/> (the default policy, version 1).
/// <code>new SubmittedCandidate().Build()</code>
/// <code>new SubmittedCandidate().WithEveryRequirementMet().Accepted().Build()</code>
/// </summary>
public sealed class SubmittedCandidate
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>When the candidate submits; the review steps come later the same day.</summary>
    public static readonly DateTime SubmittedAt = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Now = new(2026, 11, 22, 11, 0, 0, DateTimeKind.Utc);

    public static readonly Guid UserId = Guid.Parse("5c0d7a41-8f0e-4d6b-9a6c-2b7e1f3d4c59");
    public static readonly Guid SchoolId = Guid.Parse("e2a6c0f4-13b5-4c7d-8e9f-0a1b2c3d4e5f");
    public static readonly Actor Applicant = new(UserId, "Daniel Evans");
    public static readonly Actor Assessor = new(Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), "Sam Assessor");
    public static readonly Actor Admin = new(Guid.Parse("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), "Alex Admin");
    public static readonly Actor SchoolLead = new(Guid.Parse("c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f"), "Helen Head");

    public static readonly EligibilityPolicy Policy = EligibilityPolicy.Default(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private AgeRange _ageRange = new(11, 16);
    private IReadOnlyList<string> _subjects = ["Mathematics"];
    private bool _submit = true;
    private readonly List<Action<Candidate>> _steps = [];

    /// <summary>A primary teacher, 5 to 11, who names no subject: GCSE science applies.</summary>
    public SubmittedCandidate Primary()
    {
        _ageRange = new AgeRange(5, 11);
        _subjects = [];
        return this;
    }

    /// <summary>Completes the application but leaves it unsubmitted, in <see cref="CandidateStatus.ApplicationDraft"/>.</summary>
    public SubmittedCandidate NotSubmitted()
    {
        _submit = false;
        return this;
    }

    /// <summary>Records the safeguarding checks, as <see cref="Admin"/>.</summary>
    public SubmittedCandidate WithSafeguardingChecks() => Then(c => c.RecordSafeguardingChecks(Checks(), Admin, Now));

    /// <summary>The school lead confirms the school's support, which meets the school support requirement.</summary>
    public SubmittedCandidate WithSchoolSupport() => Then(c => c.ConfirmSchoolSupport(Support(), SchoolLead, Now));

    public SubmittedCandidate Judged(EligibilityRequirement requirement, JudgementOutcome outcome = JudgementOutcome.Met, string? rationale = null) =>
        Then(c => c.JudgeRequirement(requirement, outcome, rationale, Policy, Assessor, Now));

    /// <summary>
    /// Safeguarding checks recorded, school support confirmed, and every other requirement that applies judged met,
    /// except those named, which are left unjudged.
    /// </summary>
    public SubmittedCandidate WithEveryRequirementMet(params EligibilityRequirement[] except) =>
        Then(c =>
        {
            if (!except.Contains(EligibilityRequirement.Safeguarding)) c.RecordSafeguardingChecks(Checks(), Admin, Now);
            if (!except.Contains(EligibilityRequirement.SchoolSupport)) c.ConfirmSchoolSupport(Support(), SchoolLead, Now);
            foreach (var requirement in ApplicableTo(c).Where(r => r != EligibilityRequirement.SchoolSupport && !except.Contains(r)))
                c.JudgeRequirement(requirement, JudgementOutcome.Met, null, Policy, Assessor, Now);
        });

    public SubmittedCandidate Accepted() => Then(c => c.Accept(Policy, Assessor, Now, Today));

    public SubmittedCandidate Rejected(string reason = "The candidate has not taught across two key stages") =>
        Then(c => c.Reject(reason, Policy, Assessor, Now));

    public SubmittedCandidate Returned(string message = "Add your post at Hillside School") =>
        Then(c => c.Return(message, Assessor, Now));

    public Candidate Build()
    {
        var (candidate, _) = Candidate.Invite(UserId,
            new CandidateDetails("Daniel", "Evans", "daniel.evans@example.com", SchoolId, _ageRange, _subjects), Admin,
            new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc));
        Complete(candidate);
        if (_submit) candidate.Submit(Applicant, SubmittedAt);
        foreach (var step in _steps) step(candidate);
        return candidate;
    }

    /// <summary>The requirements that apply to the candidate under <see cref="Policy"/>: all but those not needed.</summary>
    public static IReadOnlyList<EligibilityRequirement> ApplicableTo(Candidate candidate) =>
        EligibilityEvaluator.Evaluate(candidate, Policy, Today)
            .Where(r => r.Status != ComputedStatus.NotApplicable)
            .Select(r => r.Requirement)
            .ToList();

    public static SafeguardingChecks Checks(string dbsNumber = "001234567890") =>
        new(dbsNumber, new DateOnly(2026, 9, 14), "Alex Admin", new DateOnly(2026, 9, 15), null, Today);

    public static SchoolSupportConfirmation Support() =>
        new("We will release Daniel for observations every fortnight.", "Grace Hopper", SchoolLead.UserId, SchoolLead.Name, Now);

    /// <summary>Fills every section of the application as the candidate would.</summary>
    public static void Complete(Candidate candidate)
    {
        var range = candidate.IntendedAgeRange!.Value;
        candidate.SavePersonalDetails(new PersonalDetails("Daniel", "Evans", null, new DateOnly(1988, 6, 14),
            "01632 960 001", "1 High Street, Bristol", "BS3 4QT", null, "British", Today));
        candidate.SaveDegree(new Degree("Mathematics", "University of Bristol", "United Kingdom", 2010, "2:1", null, Today));
        foreach (var subject in ApplicationProgress.RequiredGcses(range))
            candidate.SaveGcse(new GcseResult(subject, true, null, "6", 2005, Today));
        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "Hillside School", "England", "Class teacher",
            new DateOnly(2020, 9, 1), new DateOnly(2023, 8, 31), 1m, new AgesTaught(range.FromAge, range.ToAge), true, Today));
        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "Riverside Academy", "England", "Class teacher",
            new DateOnly(2023, 9, 1), null, 1m, new AgesTaught(range.FromAge, range.ToAge), true, Today));
        candidate.ConfirmExperienceComplete();
        candidate.SaveIntendedAssessment(range, candidate.Subjects);
        candidate.SaveDeclarations(new Declarations(HealthDeclaration.NoConditions, null, false, null, true));
        candidate.SaveSchoolSupport(candidate.EmployingSchoolId!.Value, null);
    }

    private SubmittedCandidate Then(Action<Candidate> step)
    {
        _steps.Add(step);
        return this;
    }
}
