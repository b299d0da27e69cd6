using System.Security.Cryptography;
using System.Text;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Standards;
using AoPortal.Domain.Tests.Assessments;
using AoPortal.Domain.Tests.Eligibility;

namespace AoPortal.Domain.Tests.Recommendations;

/// <summary>
/// Builds a candidate ready for a recommendation for QTS along the real lifecycle: invited, application completed (with a
/// TRN), submitted, every requirement met (fundamental English and maths included, as
/// <see cref="SubmittedCandidate.WithEveryRequirementMet"/> does), accepted, allocated to Sam Assessor, assessed from
/// 7 September 2026 for 11 to 16 mathematics; every milestone but moderation done; shared observations of year 9 at
/// Riverside Academy (KS3) and year 10 at Hillside School (KS4), a shared professional discussion, an accepted lesson
/// plan; and all nine final judgements recorded as met. Everything runs up to <see cref="Today"/>, 30 November 2026.
/// <code>new RecommendedCandidate().Build().Proposed().Confirmed()</code>
/// </summary>
public sealed class RecommendedCandidate
{
    public static readonly DateOnly Start = AssessedCandidate.Start;
    public static readonly DateOnly Today = new(2026, 11, 30);
    public static readonly DateTime Now = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly MetOn = new(2026, 11, 27);
    public static readonly DateOnly FirstLesson = new(2026, 10, 5);
    public static readonly DateOnly SecondLesson = new(2026, 10, 19);
    public static readonly DateOnly DiscussionDay = new(2026, 11, 16);

    public static readonly Actor Assessor = AssessedCandidate.Assessor;
    public static readonly Actor Admin = AssessedCandidate.Admin;
    public static readonly Actor Moderator = new(Guid.Parse("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"), "Morgan Moderator");
    public static readonly Actor SecondModerator = new(Guid.Parse("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81"), "Robin Reviewer");
    public static readonly Actor Applicant = SubmittedCandidate.Applicant;
    public static readonly string[] Schools = ["Riverside Academy", "Hillside School"];
    public static readonly string LessonPlanSha256 = Sha256Of("lesson plan v1");
    public const string Trn = "1234567";

    /// <summary>The default policy, except that fundamental English and maths may be waived at selection, to be confirmed later.</summary>
    public static readonly EligibilityPolicy WaiverPolicy = new(1, 2m, 2, true, true,
        [EligibilityRequirement.Experience, EligibilityRequirement.AgeRange, EligibilityRequirement.FundamentalSkills],
        AgeRange.Common, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private string _firstNames = "Daniel";
    private string _lastName = "Evans";
    private string? _trn = Trn;
    private bool _fundamentalSkillsWaived;
    private bool _judged = true;
    private bool _milestonesDone = true;
    private AgeRange _ageRange = new(11, 16);
    private IReadOnlyList<string> _subjects = ["Mathematics"];
    private (YearGroup First, YearGroup Second) _years = (YearGroup.Year9, YearGroup.Year10);

    public RecommendedCandidate Named(string firstNames, string lastName)
    {
        _firstNames = firstNames;
        _lastName = lastName;
        return this;
    }

    public RecommendedCandidate WithoutTrn()
    {
        _trn = null;
        return this;
    }

    /// <summary>Fundamental English and maths waived at selection, so not yet confirmed.</summary>
    public RecommendedCandidate FundamentalSkillsToConfirm()
    {
        _fundamentalSkillsWaived = true;
        return this;
    }

    /// <summary>No final judgements recorded yet.</summary>
    public RecommendedCandidate WithoutJudgements()
    {
        _judged = false;
        return this;
    }

    /// <summary>Assessed for 5 to 11 with no subject, the lessons observed in Year 2 and Year 5.</summary>
    public RecommendedCandidate Primary()
    {
        _ageRange = new AgeRange(5, 11);
        _subjects = [];
        _years = (YearGroup.Year2, YearGroup.Year5);
        return this;
    }

    /// <summary>No milestone of the plan done yet.</summary>
    public RecommendedCandidate WithMilestonesOutstanding()
    {
        _milestonesDone = false;
        return this;
    }

    /// <summary>An accepted candidate with Sam Assessor, before the assessment starts.</summary>
    public Candidate Accepted()
    {
        var (candidate, _) = Candidate.Invite(SubmittedCandidate.UserId,
            new CandidateDetails(_firstNames, _lastName, "daniel.evans@example.com", SubmittedCandidate.SchoolId, new AgeRange(11, 16), ["Mathematics"]),
            Admin, new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc));
        SubmittedCandidate.Complete(candidate);
        if (_trn is not null)
            candidate.SavePersonalDetails(new PersonalDetails("Daniel", "Evans", null, new DateOnly(1988, 6, 14), "01632 960 001",
                "1 High Street, Bristol", "BS3 4QT", _trn, "British", SubmittedCandidate.Today));
        candidate.Submit(Applicant, SubmittedCandidate.SubmittedAt);
        candidate.RecordSafeguardingChecks(SubmittedCandidate.Checks(), Admin, SubmittedCandidate.Now);
        candidate.ConfirmSchoolSupport(SubmittedCandidate.Support(), SubmittedCandidate.SchoolLead, SubmittedCandidate.Now);
        var policy = _fundamentalSkillsWaived ? WaiverPolicy : SubmittedCandidate.Policy;
        foreach (var requirement in SubmittedCandidate.ApplicableTo(candidate).Where(r => r != EligibilityRequirement.SchoolSupport))
        {
            var waive = _fundamentalSkillsWaived && requirement == EligibilityRequirement.FundamentalSkills;
            candidate.JudgeRequirement(requirement, waive ? JudgementOutcome.Waived : JudgementOutcome.Met,
                waive ? "To be confirmed during the assessment" : null, policy, Assessor, SubmittedCandidate.Now);
        }

        candidate.Accept(policy, Assessor, SubmittedCandidate.Now, SubmittedCandidate.Today);
        candidate.AllocateAssessor(Assessor.UserId!.Value, Assessor.Name, Admin, SubmittedCandidate.Now);
        return candidate;
    }

    public RecommendationCase Build()
    {
        var candidate = Accepted();
        var (plan, _) = candidate.StartAssessment(AssessedCandidate.Template, Start, _ageRange, _subjects, Assessor,
            AssessedCandidate.Now, Start);
        if (_milestonesDone)
            foreach (var milestone in plan.Milestones.Where(m => m.Kind != MilestoneKind.Moderation))
                plan.CompleteMilestone(milestone.Id, milestone.DueDate, null, Assessor, Now, Today);

        var records = new List<AssessmentRecord>
        {
            Shared(plan, Observation(FirstLesson, "Riverside Academy", _years.First)),
            Shared(plan, Observation(SecondLesson, "Hillside School", _years.Second)),
            Shared(plan, RecordContent.Discussion(DiscussionDay, ["Safeguarding"], "Knows the referral route", [Met("P2")])),
        };
        var lessonPlan = AcceptedEvidence(candidate.Id, "Year 9 equations", LessonPlanSha256);

        var @case = new RecommendationCase(candidate, plan, records, [lessonPlan], Recommendation.Start(candidate.Id, Now));
        if (_judged) @case.JudgeAll();
        return @case;
    }

    public static StandardJudgement Met(string code) => new(code, StandardOutcome.Met, "Seen throughout", []);

    public static RecordContent Observation(DateOnly on, string school, YearGroup year) =>
        RecordContent.Observation(on, new LessonDetails(school, year, "Mathematics", "Solving linear equations", null, "Clear modelling", null, null),
            [Met("TS1"), Met("TS4")]);

    public static AssessmentRecord Drafted(AssessmentPlan plan, RecordContent content) =>
        AssessmentRecord.Draft(plan, content, Schools, Assessor, Now, Today).Record;

    public static AssessmentRecord Shared(AssessmentPlan plan, RecordContent content)
    {
        var record = Drafted(plan, content);
        record.Share(Assessor, Now);
        return record;
    }

    public static EvidenceFile File(string name, string sha256) => new(Guid.NewGuid().ToString("N"), name, "application/pdf", 2048, sha256);

    /// <summary>A lesson plan the candidate added, with its file scanned clean, still awaiting review.</summary>
    public static EvidenceItem AwaitingEvidence(Guid candidateId, string title, string sha256)
    {
        var (item, _) = EvidenceItem.Add(candidateId, EvidenceKind.LessonPlan, title, new DateOnly(2026, 9, 30), null, null, ["TS4"], true,
            [File("plan.pdf", sha256)], null, Applicant, Now, Today);
        foreach (var file in item.Latest.Files) item.RecordScan(file.Id, ScanResult.Clean);
        return item;
    }

    public static EvidenceItem AcceptedEvidence(Guid candidateId, string title, string sha256)
    {
        var item = AwaitingEvidence(candidateId, title, sha256);
        item.Accept(Assessor, Now);
        return item;
    }

    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static IReadOnlyList<string> Codes => StandardsCatalogue.Current.Judged.Select(s => s.Code).ToList();

    public static FinalJudgement Judgement(string code, StandardOutcome outcome = StandardOutcome.Met) =>
        new(code, outcome, $"Rationale for {code}", [], []);

    /// <summary>Every judged standard met, except those named, judged not yet met.</summary>
    public static List<FinalJudgement> AllJudged(params string[] notMet) =>
        Codes.Select(c => Judgement(c, notMet.Contains(c) ? StandardOutcome.NotYetMet : StandardOutcome.Met)).ToList();

    public static RecommendationProposal QtsProposal(DateOnly? metOn = null) =>
        new(RecommendationOutcome.Recommend, metOn ?? MetOn, new AgeRange(11, 16), ["Mathematics"], "Strong subject knowledge",
            "Develop questioning in key stage 4");

    public static RecommendationProposal NotRecommendedProposal() =>
        new(RecommendationOutcome.NotRecommend, MetOn, new AgeRange(11, 16), ["Mathematics"], "Strengths", "Targets");
}
