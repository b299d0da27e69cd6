using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Candidates;

public class CandidateLifecycleTests
{
    public static TheoryData<CandidateStatus> EveryStatusButDraft()
    {
        var data = new TheoryData<CandidateStatus>();
        foreach (var status in Enum.GetValues<CandidateStatus>().Where(s => s != CandidateStatus.ApplicationDraft)) data.Add(status);
        return data;
    }

    [Fact]
    public void Submit_is_allowed_from_a_draft_application()
    {
        Assert.True(CandidateLifecycle.Allows(CandidateStatus.ApplicationDraft, CandidateEvent.Submit));
    }

    [Fact]
    public void Submit_moves_a_draft_application_to_submitted()
    {
        var (to, action) = CandidateLifecycle.Move(CandidateStatus.ApplicationDraft, CandidateEvent.Submit);

        Assert.Equal(CandidateStatus.Submitted, to);
        Assert.Equal("Application submitted", action);
    }

    [Theory]
    [MemberData(nameof(EveryStatusButDraft))]
    public void Submit_is_not_allowed_from_any_other_status(CandidateStatus from)
    {
        Assert.False(CandidateLifecycle.Allows(from, CandidateEvent.Submit));
    }

    [Theory]
    [MemberData(nameof(EveryStatusButDraft))]
    public void Moving_by_submit_from_any_other_status_is_refused(CandidateStatus from)
    {
        var error = Assert.Throws<DomainRuleException>(() => CandidateLifecycle.Move(from, CandidateEvent.Submit));

        Assert.StartsWith("Application submitted is not possible while the candidate's status is ", error.Message);
    }

    [Theory]
    [InlineData(CandidateStatus.Submitted, "application submitted")]
    [InlineData(CandidateStatus.EligibilityReview, "eligibility review")]
    [InlineData(CandidateStatus.Accepted, "accepted")]
    [InlineData(CandidateStatus.Rejected, "rejected")]
    [InlineData(CandidateStatus.InAssessment, "in assessment")]
    [InlineData(CandidateStatus.RecommendationPending, "awaiting moderation")]
    [InlineData(CandidateStatus.Recommended, "recommended for QTS")]
    [InlineData(CandidateStatus.NotRecommended, "not recommended")]
    [InlineData(CandidateStatus.Deferred, "deferred")]
    [InlineData(CandidateStatus.Withdrawn, "withdrawn")]
    public void The_refusal_names_the_status_in_a_readable_sentence(CandidateStatus from, string status)
    {
        var error = Assert.Throws<DomainRuleException>(() => CandidateLifecycle.Move(from, CandidateEvent.Submit));

        Assert.Equal($"Application submitted is not possible while the candidate's status is {status}", error.Message);
    }
}
