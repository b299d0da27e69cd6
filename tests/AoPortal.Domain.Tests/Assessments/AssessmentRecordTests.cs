using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Assessments;

public class AssessmentRecordTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);
    private static readonly DateTime Later = new(2026, 10, 5, 15, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Schools = ["Riverside Academy", "Hillside School"];
    private static readonly Actor Candidate = new(Guid.Parse("5c0d7a41-8f0e-4d6b-9a6c-2b7e1f3d4c59"), "Daniel Evans");

    public static LessonDetails Lesson(string school = "Riverside Academy", YearGroup year = YearGroup.Year9) =>
        new(school, year, "Mathematics", "Solving linear equations", "28 pupils, mixed ability", "Clear modelling", "Check understanding sooner", null);

    public static StandardJudgement Met(string code, params string[] points) => new(code, StandardOutcome.Met, "Seen throughout", points);

    public static RecordContent Observed(DateOnly? on = null, string school = "Riverside Academy", YearGroup year = YearGroup.Year9) =>
        RecordContent.Observation(on ?? Today, Lesson(school, year), [Met("TS1", "TS1a"), Met("TS4")]);

    private static (AssessmentPlan Plan, AssessmentRecord Record) Drafted(RecordContent? content = null)
    {
        var (_, plan) = Started();
        var (record, _) = AssessmentRecord.Draft(plan, content ?? Observed(), Schools, Assessor, Later, Today);
        return (plan, record);
    }

    [Fact]
    public void An_observation_starts_as_a_draft_with_what_the_assessor_saw()
    {
        var (_, plan) = Started();

        var (record, audit) = AssessmentRecord.Draft(plan, Observed(), Schools, Assessor, Later, Today);

        Assert.Equal((RecordKind.Observation, RecordStatus.Draft, plan.CandidateId), (record.Kind, record.Status, record.CandidateId));
        Assert.Equal(("Sam Assessor", Assessor.UserId), (record.RecordedByName, record.RecordedById));
        Assert.Equal(["TS1", "TS4"], record.Content.Standards.Select(s => s.Code));
        Assert.Equal(["TS1a"], record.Content.JudgementOf("TS1")!.PointList);
        Assert.Equal(("Observation drafted", "5 October 2026, Year 9 Mathematics at Riverside Academy"), (audit.Action, audit.Detail));
        Assert.Equal(plan.CandidateId, audit.SubjectId);
    }

    [Fact]
    public void A_discussion_records_its_topics_and_notes()
    {
        var (_, plan) = Started();
        var content = RecordContent.Discussion(Today, ["Safeguarding", " Behaviour management ", "Safeguarding"], "Knows the DSL and the referral route", [Met("P2", "P2.1a")]);

        var (record, audit) = AssessmentRecord.Draft(plan, content, Schools, Assessor, Later, Today);

        Assert.Equal(RecordKind.ProfessionalDiscussion, record.Kind);
        Assert.Equal(["Safeguarding", "Behaviour management"], record.Content.TopicList);
        Assert.Equal("5 October 2026: Safeguarding, Behaviour management", audit.Detail);
    }

    [Fact]
    public void The_date_must_be_during_the_assessment_and_not_in_the_future()
    {
        var (_, plan) = Started();

        Assert.Equal("The date must be today or in the past",
            Assert.Throws<DomainRuleException>(() => AssessmentRecord.Draft(plan, Observed(Today.AddDays(1)), Schools, Assessor, Later, Today)).Message);
        Assert.Equal("The date must be during the assessment, between 7 September 2026 and 30 November 2026",
            Assert.Throws<DomainRuleException>(() => AssessmentRecord.Draft(plan, Observed(Start.AddDays(-1)), Schools, Assessor, Later, Today)).Message);
    }

    [Fact]
    public void Nothing_is_observed_while_the_assessment_is_deferred()
    {
        var (candidate, plan) = Started();
        candidate.Defer(plan, new DateOnly(2026, 9, 21), "Illness", Assessor, Later, new DateOnly(2026, 9, 21));
        candidate.Reinstate(plan, new DateOnly(2026, 9, 28), Assessor, Later, new DateOnly(2026, 9, 28));

        var error = Assert.Throws<DomainRuleException>(() => AssessmentRecord.Draft(plan, Observed(new DateOnly(2026, 9, 24)), Schools, Assessor, Later, Today));

        Assert.Equal(("The assessment was deferred on that date", "Date"), (error.Message, error.Field));
        AssessmentRecord.Draft(plan, Observed(new DateOnly(2026, 9, 28)), Schools, Assessor, Later, Today);
    }

    [Fact]
    public void The_school_must_be_one_the_candidate_works_or_worked_at()
    {
        var (_, plan) = Started();

        var error = Assert.Throws<DomainRuleException>(() => AssessmentRecord.Draft(plan, Observed(school: "Elsewhere High"), Schools, Assessor, Later, Today));

        Assert.Equal("Select a school the candidate works or has worked at", error.Message);
        AssessmentRecord.Draft(plan, Observed(school: "hillside school"), Schools, Assessor, Later, Today);
    }

    [Fact]
    public void A_record_judges_at_least_one_known_standard_once_with_points_under_it()
    {
        Assert.Equal("Judge at least one standard",
            Assert.Throws<DomainRuleException>(() => RecordContent.Observation(Today, Lesson(), [])).Message);
        Assert.Equal("TS1 is judged more than once",
            Assert.Throws<DomainRuleException>(() => RecordContent.Observation(Today, Lesson(), [Met("TS1"), Met("TS1")])).Message);
        Assert.Equal("'TS9' is not one of the Teachers' Standards", Assert.Throws<DomainRuleException>(() => Met("TS9")).Message);
        Assert.Equal("TS2a is not a point under TS1", Assert.Throws<DomainRuleException>(() => Met("TS1", "TS2a")).Message);
        Assert.Equal("P2.1,P2.1a", Met("P2", "P2.1a", "P2.1").Points);
    }

    [Fact]
    public void A_discussion_needs_a_topic()
    {
        Assert.Equal("Select at least one topic",
            Assert.Throws<DomainRuleException>(() => RecordContent.Discussion(Today, [" "], null, [Met("TS8")])).Message);
    }

    [Fact]
    public void A_draft_can_be_changed_then_shared_and_is_read_only_afterwards()
    {
        var (plan, record) = Drafted();
        var version = record.Version;

        record.Update(plan, Observed(year: YearGroup.Year11), Schools, Assessor, Later, Today);
        var audit = record.Share(Assessor, Later);

        Assert.NotEqual(version, record.Version);
        Assert.Equal(YearGroup.Year11, record.Content.Lesson!.YearGroup);
        Assert.Equal((RecordStatus.Shared, Later), (record.Status, record.SharedAt));
        Assert.Equal("Observation shared with the candidate", audit.Action);
        Assert.Equal("This observation has been shared with the candidate, so it can only be amended with a reason",
            Assert.Throws<DomainRuleException>(() => record.Update(plan, Observed(), Schools, Assessor, Later, Today)).Message);
        Assert.Equal("This observation has already been shared with the candidate",
            Assert.Throws<DomainRuleException>(() => record.Share(Assessor, Later)).Message);
    }

    [Fact]
    public void An_amendment_keeps_the_original_and_says_why()
    {
        var (plan, record) = Drafted();
        record.Share(Assessor, Later);
        var original = record.Content;

        var audit = record.Amend(plan, Observed(year: YearGroup.Year10), " Wrong year group ", Schools, Assessor, Later, Today);

        Assert.Equal(YearGroup.Year10, record.Content.Lesson!.YearGroup);
        var amendment = Assert.Single(record.Amendments);
        Assert.Same(original, amendment.Previous);
        Assert.Equal(("Wrong year group", "Sam Assessor"), (amendment.Reason, amendment.ByName));
        Assert.Equal(("Observation amended", "5 October 2026, Year 10 Mathematics at Riverside Academy. Wrong year group"), (audit.Action, audit.Detail));
        Assert.Equal(RecordStatus.Shared, record.Status);
    }

    [Fact]
    public void An_amendment_needs_a_reason_and_a_shared_record()
    {
        var (plan, record) = Drafted();

        Assert.Equal("A draft is changed directly; only a shared record is amended",
            Assert.Throws<DomainRuleException>(() => record.Amend(plan, Observed(), "Why", Schools, Assessor, Later, Today)).Message);
        record.Share(Assessor, Later);
        Assert.Equal("Enter the reason for the amendment",
            Assert.Throws<DomainRuleException>(() => record.Amend(plan, Observed(), " ", Schools, Assessor, Later, Today)).Message);
        Assert.Empty(record.Amendments);
    }

    [Fact]
    public void An_observation_cannot_become_a_discussion()
    {
        var (plan, record) = Drafted();

        Assert.Equal("This record is a observation",
            Assert.Throws<DomainRuleException>(() => record.Update(plan, RecordContent.Discussion(Today, ["SEND"], null, [Met("TS5")]), Schools, Assessor, Later, Today)).Message);
    }

    [Fact]
    public void The_candidate_reflects_on_a_shared_record_only()
    {
        var (_, record) = Drafted();

        Assert.Equal("This observation has not been shared with you",
            Assert.Throws<DomainRuleException>(() => record.Reflect("I rushed the plenary", Candidate, Later)).Message);
        record.Share(Assessor, Later);
        var first = record.Reflect(" I rushed the plenary ", Candidate, Later);
        var second = record.Reflect("I rushed the plenary; next time I will leave ten minutes", Candidate, Later);

        Assert.Equal("I rushed the plenary; next time I will leave ten minutes", record.Reflection);
        Assert.Equal(Later, record.ReflectedAt);
        Assert.Equal(("Reflection added to observation", Candidate.UserId), (first.Action, first.ActorId));
        Assert.Equal("Reflection on observation changed", second.Action);
    }
}
